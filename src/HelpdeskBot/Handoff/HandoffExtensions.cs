using System.Threading.RateLimiting;
using HelpdeskBot.Bot;
using HelpdeskBot.Data.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Handoff;

public static class HandoffExtensions
{
    /// <summary>Escalation to a person: the intent, the gate, timeouts, agent accounts, the agent API's auth and hub.</summary>
    public static IHostApplicationBuilder AddHelpdeskHandoff(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HandoffOptions.Section);
        builder.Services.AddValidatedOptions<HandoffOptions>(builder.Configuration, HandoffOptions.Section);
        builder.Services.AddSingleton<AgentAuth>();
        builder.Services.TryAddSingleton<IAgentFanOut, NoAgentFanOut>();
        builder.Services.AddSingleton<AgentNotifier>();
        builder.Services.AddSingleton<HandoffService>();
        builder.Services.AddSingleton<ITakeBack, HandoffTakeBack>();
        builder.Services.AddSingleton<IIntent, HandoffIntent>();
        builder.Services.AddSingleton(HandoffIntent.WayOut);
        builder.Services.AddSingleton<ITurnGate, HandoffGate>();
        builder.Services.AddSingleton<HandoffTimeouts>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HandoffTimeouts>());
        builder.Services.AddSignalR();

        builder.Services.AddAuthentication()
            .AddJwtBearer(AgentAuth.Scheme, _ => { });
        builder.Services.AddOptions<JwtBearerOptions>(AgentAuth.Scheme)
            .Configure<AgentAuth>((o, auth) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = auth.Validation;
                o.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on a WebSocket: the console's hub connection sends the token in the query.
                    OnMessageReceived = context =>
                    {
                        if (context.HttpContext.Request.Path.StartsWithSegments(AgentHub.Path) && context.Request.Query["access_token"] is { Count: > 0 } token)
                        {
                            context.Token = token;
                        }
                        return Task.CompletedTask;
                    },
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AgentAuth.Scheme, p => p.AddAuthenticationSchemes(AgentAuth.Scheme).RequireAuthenticatedUser().RequireClaim("role", "agent"));
        var signIns = section.Get<HandoffOptions>()?.SignInsPerMinute ?? new HandoffOptions().SignInsPerMinute;
        builder.Services.AddRateLimiter(o => o.AddPolicy(AgentApi.SignInPolicy, new AgentSignInRateLimit(signIns)));
        return builder;
    }
}

/// <summary>Sign-ins per client address; a refusal is the agent API's own ProblemDetails with <c>Retry-After</c>.</summary>
internal sealed class AgentSignInRateLimit(int perMinute) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem("Too many sign-in attempts from this address; wait and try again.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
            .ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext http) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
