using System.Runtime.CompilerServices;
using Azure.Identity;
using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Handoff;
using HelpdeskBot.Turns;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Azure.SignalR;

namespace HelpdeskBot.Instances;

public static class InstancesExtensions
{
    /// <summary>
    /// Several instances: Azure SignalR Service behind the hubs when configured, and the instance link that
    /// carries "a conversation grew" (and, relayed, the agent consoles' pushes) between instances. The web app
    /// only: the command line runs no hubs and no streams.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskInstances(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<InstancesOptions>(builder.Configuration, InstancesOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.AzureSignalR.ConnectionString) || string.IsNullOrWhiteSpace(o.AzureSignalR.Endpoint),
                $"{InstancesOptions.Section}:AzureSignalR: set ConnectionString or Endpoint (managed identity), not both.");
        var options = builder.Configuration.GetSection(InstancesOptions.Section).Get<InstancesOptions>() ?? new InstancesOptions();

        builder.Services.AddSingleton<InstanceAuth>();
        builder.Services.AddSingleton(new InstanceLinkTransport());
        builder.Services.AddAuthentication().AddJwtBearer(InstanceAuth.Scheme, _ => { });
        builder.Services.AddOptions<JwtBearerOptions>(InstanceAuth.Scheme)
            .Configure<InstanceAuth>((o, auth) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = auth.Validation;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(InstanceAuth.Scheme, p => p.AddAuthenticationSchemes(InstanceAuth.Scheme).RequireAuthenticatedUser().RequireClaim("role", "instance"));

        // A malformed endpoint is left to the validation above, which names the key.
        if (!string.IsNullOrWhiteSpace(options.AzureSignalR.ConnectionString) || Uri.TryCreate(options.AzureSignalR.Endpoint, UriKind.Absolute, out _))
        {
            AddAzureSignalR(builder.Services, options.AzureSignalR);
        }
        if (Uri.TryCreate(options.LinkUrl, UriKind.Absolute, out _))
        {
            builder.Services.AddSingleton<InstanceLink>();
            builder.Services.AddSingleton<IConversationSignalBus>(sp => sp.GetRequiredService<InstanceLink>());
            builder.Services.AddSingleton<IAgentFanOut>(sp => sp.GetRequiredService<InstanceLink>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<InstanceLink>());
        }
        return builder;
    }

    // Azure SignalR's types are named only here, in a method that runs when it is configured, and not inlined: ahead-of-time
    // code loads what a method names when the method starts (issue 15: one instance kept its code resident for nothing).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddAzureSignalR(IServiceCollection services, AzureSignalROptions azure) =>
        services.AddSignalR().AddAzureSignalR(o =>
        {
            if (!string.IsNullOrWhiteSpace(azure.ConnectionString)) o.ConnectionString = azure.ConnectionString;
            else o.Endpoints = [new ServiceEndpoint(new Uri(azure.Endpoint!), new DefaultAzureCredential())];
        });

    /// <summary>The instance hub; needs <c>UseAuthentication</c>, <c>UseAuthorization</c> and <c>UseWebSockets</c> before it.</summary>
    public static IEndpointRouteBuilder MapInstanceHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<InstanceHub>(InstanceHub.Path);
        return endpoints;
    }
}
