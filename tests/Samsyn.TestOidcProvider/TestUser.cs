namespace Samsyn.TestOidcProvider;

/// <summary>What the provider does wrong with a user's id token, to prove that Samsyn refuses it.</summary>
public enum TokenFault
{
    None,

    /// <summary>The payload is changed after signing (another email), so the signature no longer matches.</summary>
    Tampered,

    /// <summary>Correctly signed, but expired an hour ago (beyond any clock skew).</summary>
    Expired,

    /// <summary>Correctly signed, but issued to another client.</summary>
    WrongAudience,
}

/// <summary>
/// A person who can log in at the test provider with <see cref="UserName"/> (no password). The claims go into
/// the id token under the usual names: sub, name, email, email_verified, plus the HSA-id and groups.
/// </summary>
public sealed record TestUser(string UserName)
{
    public string Subject { get; init; } = Guid.NewGuid().ToString("N");
    public string? Name { get; init; }
    public string? Email { get; init; }
    public bool? EmailVerified { get; init; }
    public string? HsaId { get; init; }
    public IReadOnlyList<string> Groups { get; init; } = [];
    public TokenFault Fault { get; init; }
}
