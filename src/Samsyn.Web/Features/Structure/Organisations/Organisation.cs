using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Structure;

/// <summary>Vård- och insatsgivare: a hospital, regional primary care, municipal care or a private provider.</summary>
public sealed class Organisation : RetirableEntity
{
    public string Name { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public int PrincipalId { get; set; }
    public Principal Principal { get; set; } = null!;
    public int AreaId { get; set; }
    public CollaborationArea Area { get; set; } = null!;
}

public enum OrganisationKind { Hospital, RegionalPrimaryCare, MunicipalCare, PrivateProvider, Other }

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(o => o.Principal).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Area).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.AreaId, o.Name }).IsUnique();
    }
}
