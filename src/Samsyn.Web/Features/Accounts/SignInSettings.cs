using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Accounts;

/// <summary>
/// How a person may sign in, set by an administrator: the HSA-id that matches them at their first login
/// through the organisation's identity provider, and whether the local password login is closed to them.
/// A person without a row has neither.
/// </summary>
public sealed class SignInSettings : Entity
{
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;

    /// <summary>The person's HSA-id (e.g. SE2321000131-P000000123456), unique; matched against the provider's HSA-id claim.</summary>
    public string? HsaId { get; set; }

    /// <summary>Local password login is refused; only the organisation's identity provider signs the person in.</summary>
    public bool SsoOnly { get; set; }

    /// <summary>HSA-ids are compared in upper case without surrounding space.</summary>
    public static string? NormaliseHsaId(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}

internal sealed class SignInSettingsConfiguration : IEntityTypeConfiguration<SignInSettings>
{
    public void Configure(EntityTypeBuilder<SignInSettings> builder)
    {
        builder.ToTable("SignInSettings");
        builder.HasIndex(s => s.PersonId).IsUnique();
        builder.HasIndex(s => s.HsaId).IsUnique();
        builder.Property(s => s.HsaId).HasMaxLength(64);
        builder.HasOne(s => s.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
