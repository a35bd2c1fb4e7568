using System.Security.Claims;
using HelpdeskBot.Handoff;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Instances;

/// <summary>
/// Tokens one instance shows another's hub: signed with the agents' key (<c>Helpdesk:Handoff:SigningKey</c>,
/// shared by every instance), under an issuer of their own, so an agent's token does not open the instance hub
/// and an instance token does not open the agent API.
/// </summary>
public sealed class InstanceAuth(AgentAuth agents, TimeProvider clock)
{
    public const string Scheme = "Instance";
    private const string Issuer = "helpdeskbot-instances";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly JsonWebTokenHandler handler = new();

    public TokenValidationParameters Validation => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = agents.Key,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "name",
    };

    /// <summary>A fresh token for this instance's link (asked for at every (re)connection).</summary>
    public string IssueToken()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity([new Claim("name", Environment.MachineName), new Claim("role", "instance")]),
            NotBefore = now,
            IssuedAt = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(agents.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
