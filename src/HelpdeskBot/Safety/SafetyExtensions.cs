namespace HelpdeskBot.Safety;

public static class SafetyExtensions
{
    public static IHostApplicationBuilder AddHelpdeskSafety(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SecretScanner>();
        builder.Services.AddSingleton<ActivityGuard>();
        return builder;
    }
}
