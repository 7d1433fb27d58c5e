using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Structure;

/// <summary>A group of the collaboration: political body, steering, coordination, management or collaboration group.</summary>
public sealed class Group : RetirableEntity
{
    public string Name { get; set; } = "";
    public GroupLevel Level { get; set; }
    public int AreaId { get; set; }
    public CollaborationArea Area { get; set; } = null!;
    public int? ParentId { get; set; }
    public Group? Parent { get; set; }

    /// <summary>The group's mandate (uppdrag) in plain text until the document register holds it.</summary>
    public string? Mandate { get; set; }

    public List<Membership> Memberships { get; } = [];
}

/// <summary>From the top of the hierarchy down: political collaboration → … → local collaboration groups.</summary>
public enum GroupLevel { Political, Steering, Coordination, Management, Collaboration }

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(200).IsRequired();
        builder.Property(g => g.Level).HasConversion<string>().HasMaxLength(40);
        builder.Property(g => g.Mandate).HasMaxLength(20000);
        builder.HasOne(g => g.Area).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Parent).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.AreaId, g.Name }).IsUnique();
    }
}
