using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HelpdeskBot.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>Tag of each API (its route group's) → the bearer scheme its callers present.</summary>
    internal static readonly IReadOnlyDictionary<string, BearerScheme> Schemes = new Dictionary<string, BearerScheme>(StringComparer.Ordinal)
    {
        ["Direct Line"] = new("DirectLine", "opaque", "The Direct Line secret (a trusted backend) or a conversation token from POST /v3/directline/conversations or /tokens/generate."),
        ["Bot Framework"] = new("BotConnector", "JWT", "The Bot Connector's token (signed by Bot Framework, endorsed for the channel), or the Emulator's in emulator mode."),
        ["Agents"] = new("Agent", "JWT", "An agent's token from POST /api/agent/token."),
    };

    /// <summary>
    /// One OpenAPI document (<c>/openapi/v1.json</c>) for the three APIs: Direct Line, <c>/api/messages</c> and the
    /// agent API, each operation with its request and response schemas and the bearer scheme it takes.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "HelpdeskBot";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                foreach (var scheme in Schemes.Values)
                {
                    document.Components.SecuritySchemes[scheme.Name] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = scheme.Format,
                        Description = scheme.Description,
                    };
                }
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
                var tag = metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault(Schemes.ContainsKey);
                if (tag is null) return Task.CompletedTask;
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(Schemes[tag].Name, context.Document)] = [],
                });
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    internal sealed record BearerScheme(string Name, string Format, string Description);
}
