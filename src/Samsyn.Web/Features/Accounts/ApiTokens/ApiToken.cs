using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

public enum ApiTokenAccess { ReadOnly, ReadWrite }

/// <summary>
/// A personal access token for an integration: acts as one account, limited to reading or also writing, and
/// optionally to some parts of the API (<c>/api/v1/&lt;part&gt;</c>). Only the SHA-256 hash of the token is kept;
/// the token itself is shown once, when it is issued.
/// </summary>
public sealed class ApiToken : Entity
{
    /// <summary>Every token starts with this, so the API can tell it from a login's bearer token (and secret scanners can find it).</summary>
    public const string Prefix = "samsyn_pat_";

    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the whole token, lower-case hex. Never written to the audit trail.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the token, to recognise it in a list: <c>samsyn_pat_Ab3d</c>.</summary>
    public string Hint { get; set; } = "";

    /// <summary>The account the token acts as; its roles and memberships decide the rights, within the token's scope.</summary>
    public string UserId { get; set; } = "";
    public AppUser User { get; set; } = null!;

    public ApiTokenAccess Access { get; set; }

    /// <summary>The API parts the token may reach, separated by spaces; empty means all.</summary>
    public string ApiGroups { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public IReadOnlyList<string> Groups => ApiGroups.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(string by, DateTimeOffset at)
    {
        if (RevokedAt is not null) throw new InvalidOperationException("The token is already revoked.");
        RevokedAt = at;
        RevokedBy = by;
    }

    /// <summary>A new token: the prefix and 32 random bytes in base64url (256 bits).</summary>
    public static string NewSecret() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string HintOf(string token) => token[..Math.Min(token.Length, Prefix.Length + 4)];
}

/// <summary>
/// One use of a token, throttled: one row per token, method, route and minute (the first use in that minute).
/// Together with the audit trail of the token itself, it answers who used which token, where and when.
/// </summary>
public sealed class ApiTokenUse
{
    public long Id { get; set; }
    public int TokenId { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Method { get; set; } = "";

    /// <summary>The route pattern (<c>/api/v1/groups/{id:int}</c>), so that ids do not multiply the rows.</summary>
    public string Route { get; set; } = "";

    /// <summary>The start of the minute of the use, in UTC; part of the throttling key.</summary>
    public DateTimeOffset Minute { get; set; }

    /// <summary>The moment of the first use in that minute.</summary>
    public DateTimeOffset At { get; set; }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.Hint).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Access).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ApiGroups).HasMaxLength(1000);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.Groups);
    }
}

internal sealed class ApiTokenUseConfiguration : IEntityTypeConfiguration<ApiTokenUse>
{
    public void Configure(EntityTypeBuilder<ApiTokenUse> builder)
    {
        builder.ToTable("ApiTokenUses");
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.Property(u => u.Method).HasMaxLength(10);
        builder.Property(u => u.Route).HasMaxLength(300);
        builder.HasIndex(u => new { u.TokenId, u.Method, u.Route, u.Minute }).IsUnique();
        builder.HasOne<ApiToken>().WithMany().HasForeignKey(u => u.TokenId).OnDelete(DeleteBehavior.Cascade);
    }
}
