using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Structure;

/// <summary>Huvudman: the region or a municipality (or a private owner) that is responsible for care.</summary>
public sealed class Principal : RetirableEntity
{
    public string Name { get; set; } = "";
    public PrincipalKind Kind { get; set; }
}

public enum PrincipalKind { Region, Municipality, Private, Other }

internal sealed class PrincipalConfiguration : IEntityTypeConfiguration<Principal>
{
    public void Configure(EntityTypeBuilder<Principal> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
