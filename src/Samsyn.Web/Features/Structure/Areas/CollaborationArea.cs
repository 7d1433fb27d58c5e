using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Structure;

/// <summary>Samverkansområde: a collaboration such as SIMBA or Vårdsamverkan Skaraborg.</summary>
public sealed class CollaborationArea : RetirableEntity
{
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The summer vacation period as ISO weeks; groups plan their meetings before and after it.</summary>
    public int SummerFirstWeek { get; set; } = 27;
    public int SummerLastWeek { get; set; } = 32;
}

internal sealed class CollaborationAreaConfiguration : IEntityTypeConfiguration<CollaborationArea>
{
    public void Configure(EntityTypeBuilder<CollaborationArea> builder)
    {
        builder.ToTable("Areas");
        builder.Property(a => a.Name).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ShortName).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
