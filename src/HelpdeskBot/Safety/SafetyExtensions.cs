using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HelpdeskBot.Safety;

public static class SafetyExtensions
{
    /// <summary>Registers the guard's scanner; it is stateless, so one instance serves every turn.</summary>
    public static IHostApplicationBuilder AddHelpdeskSafety(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SecretScanner>();
        builder.Services.AddSingleton<ActivityGuard>();
        builder.Services.AddSingleton<RefusedValues>();
        return builder;
    }
}
