using System.Security.Claims;
using HelpdeskBot.Data;
using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Concurrency;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Handoff;

public enum SignInResult { Success, Invalid, LockedOut }

/// <summary>
/// Agents' accounts and tokens: passwords hashed with ASP.NET Core Identity's hasher (PBKDF2), a lockout
/// after repeated failures, and signed bearer tokens for the API, the console and the SignalR hub.
/// </summary>
public sealed class AgentAuth
{
    public const string Scheme = "Agent";
    private const string Issuer = "helpdeskbot-agents";

    private readonly IAgentStore store;
    private readonly HandoffOptions options;
    private readonly TimeProvider clock;
    private readonly PasswordHasher<AgentAccount> hasher = new();
    private readonly JsonWebTokenHandler handler = new();
    private readonly UnknownAgentNames unknownNames = new();

    public AgentAuth(IAgentStore store, IOptions<HandoffOptions> options, DataDirectory dataDirectory, TimeProvider clock)
    {
        this.store = store;
        this.options = options.Value;
        this.clock = clock;
        Key = new SymmetricSecurityKey(dataDirectory.SigningKey("agent-signing.key", this.options.SigningKey, "Helpdesk:Handoff:SigningKey")) { KeyId = "agents" };
    }

    public SecurityKey Key { get; }

    public TokenValidationParameters Validation => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = Key,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "name",
    };

    public async Task<AgentAccount> SetPasswordAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (!IsValidName(name)) throw new ArgumentException("An agent name is 2–64 letters, digits, dots, dashes or underscores.", nameof(name));
        if (password.Length < 10) throw new ArgumentException("A password needs at least 10 characters.", nameof(password));
        var account = new AgentAccount { Name = name.Trim(), PasswordHash = "", CreatedAt = clock.GetUtcNow() };
        return await store.SaveAsync(account with { PasswordHash = hasher.HashPassword(account, password) }, cancellationToken);
    }

    public Task<(SignInResult Result, string? Token)> SignInAsync(string name, string password, CancellationToken cancellationToken = default) =>
        // A failure count written by another sign-in meanwhile is read again; after five lost races the answer is "no".
        ETagRetry.RunAsync<(SignInResult Result, string? Token)>(5, async _ =>
        {
            var valid = IsValidName(name);
            var account = valid ? await store.GetAsync(name, cancellationToken) : null;
            var now = clock.GetUtcNow();
            if (account is null)
            {
                // Same work and the same answers as a real account (its failures counted, then locked), so neither
                // timing nor 401-then-423 tells which names exist.
                VerifyDummy(password);
                if (!valid) return ETagAttempt.Done<(SignInResult, string?)>((SignInResult.Invalid, null));
                if (unknownNames.IsLocked(name, now)) return ETagAttempt.Done<(SignInResult, string?)>((SignInResult.LockedOut, null));
                return ETagAttempt.Done<(SignInResult, string?)>((unknownNames.Fail(name, now, options) ? SignInResult.LockedOut : SignInResult.Invalid, null));
            }
            if (account.LockedUntil > now)
            {
                VerifyDummy(password);
                return ETagAttempt.Done<(SignInResult, string?)>((SignInResult.LockedOut, null));
            }
            var ok = hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
            var failures = ok ? 0 : account.FailedSignIns + 1;
            var locked = !ok && failures >= options.MaxFailedSignIns ? now.AddMinutes(options.LockoutMinutes) : (DateTimeOffset?)null;
            if (!await store.TryUpdateAsync(account with { FailedSignIns = locked is null ? failures : 0, LockedUntil = locked }, cancellationToken))
            {
                return ETagAttempt<(SignInResult, string?)>.Lost;
            }
            if (!ok) return ETagAttempt.Done<(SignInResult, string?)>((locked is null ? SignInResult.Invalid : SignInResult.LockedOut, null));
            return ETagAttempt.Done<(SignInResult, string?)>((SignInResult.Success, Issue(account.Name)));
        }, () => (SignInResult.Invalid, null));

    private string Issue(string name)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(options.AgentTokenMinutes),
            Subject = new ClaimsIdentity([new Claim("name", name), new Claim("role", "agent")]),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    private void VerifyDummy(string password) =>
        hasher.VerifyHashedPassword(new AgentAccount { Name = "", PasswordHash = "", CreatedAt = default }, DummyHash, password);

    public static bool IsValidName(string? name) =>
        name is { Length: >= 2 and <= 64 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static readonly string DummyHash = new PasswordHasher<AgentAccount>().HashPassword(new AgentAccount { Name = "", PasswordHash = "", CreatedAt = default }, "not-a-real-password");
}
