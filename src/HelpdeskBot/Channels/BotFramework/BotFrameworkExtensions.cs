using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Outbox;
using HelpdeskBot.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Channels.BotFramework;

public static class BotFrameworkExtensions
{
    /// <summary>Azure Bot Service channels: authentication of <c>/api/messages</c>, the bot's tokens, and replies to <c>serviceUrl</c>.</summary>
    public static IHostApplicationBuilder AddHelpdeskBotFramework(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(BotFrameworkOptions.Section);
        builder.Services.AddValidatedOptions<BotFrameworkOptions>(builder.Configuration, BotFrameworkOptions.Section)
            .Configure<IConfiguration>(ReadIdentity);
        builder.Services.AddSingleton<IValidateOptions<BotFrameworkOptions>, ValidateBotFrameworkOptions>();

        // No client here follows a redirect: a reply, a token request or a key download goes where it was checked
        // to go, not wherever a 3xx points (off loopback, to another port, to a host the bot's token must not see).
        builder.Services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        builder.Services.AddHttpClient(MsalConnectorTokens.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        builder.Services.AddHttpClient(TeamsAttachments.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            // A download must not be steered to another host than the one checked.
            .ConfigurePrimaryHttpMessageHandler(NoRedirects);
        builder.Services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects)
            // Every reply is one request: the factory's two logging handlers (four lines and a scope per reply) cost
            // 15% of a turn's time under load (issue 15). Failures are logged by the outbox, once per reply.
            .RemoveAllLoggers()
            // Retries only what cannot post a reply twice (ConnectorClient.ShouldRetry): 429, honouring Retry-After, and a
            // connection that was never made. Exponential backoff; tunable under Helpdesk:BotFramework:Resilience.
            .AddStandardResilienceHandler(resilience =>
            {
                section.GetSection("Resilience").Bind(resilience);
                resilience.Retry.ShouldHandle = ConnectorClient.ShouldRetry;
                resilience.Retry.ShouldRetryAfterHeader = true;
            })
            // One channel's outage (its circuit open) must not stop replies to another.
            .SelectPipelineByAuthority();

        builder.Services.AddSingleton<BotFrameworkAuthenticator>();
        builder.Services.AddSingleton<IConnectorTokens, MsalConnectorTokens>();
        builder.Services.AddSingleton<TrustedServiceUrls>();
        builder.Services.AddSingleton<EmulatorFence>();
        builder.Services.AddSingleton<ConnectorClient>();
        builder.Services.AddSingleton<ConnectorOutbox>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ConnectorOutbox>());
        builder.Services.AddSingleton<IActivityRenderer, TeamsRenderer>();
        builder.Services.AddSingleton<IActivityRenderer, SlackRenderer>();
        builder.Services.AddSingleton<ChannelRendering>();
        builder.Services.AddSingleton<IReplyDelivery, BotConnectorDelivery>();
        // Proactive messages (an agent's reply, a ticket's status, a handoff timing out) leave through the outbox.
        builder.Services.AddSingleton<IOutboxSender, ConnectorOutboxSender>();
        builder.Services.AddSingleton<SlackNumbers>();
        builder.Services.AddSingleton<TeamsAttachments>();
        builder.Services.TryAddSingleton<UploadWindow>();
        return builder;
    }

    private static HttpMessageHandler NoRedirects() => new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <summary>The identity under the ecosystem's top-level names, as Azure Bot resources and their templates write them.</summary>
    private static void ReadIdentity(BotFrameworkOptions options, IConfiguration configuration)
    {
        if (configuration["MicrosoftAppId"] is { Length: > 0 } appId) options.MicrosoftAppId = appId.Trim();
        if (configuration["MicrosoftAppPassword"] is { Length: > 0 } password) options.MicrosoftAppPassword = password;
        if (configuration["MicrosoftAppTenantId"] is { Length: > 0 } tenant) options.MicrosoftAppTenantId = tenant.Trim();
        if (configuration["MicrosoftAppType"] is { Length: > 0 } type)
        {
            if (Enum.TryParse<MicrosoftAppType>(type.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) options.MicrosoftAppType = parsed;
            else options.InvalidAppType = type;
        }
    }

    private sealed class ValidateBotFrameworkOptions : IValidateOptions<BotFrameworkOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
