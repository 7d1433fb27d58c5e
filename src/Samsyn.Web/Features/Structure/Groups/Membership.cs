using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Structure;

/// <summary>A person's seat in a group: whom they represent, in what role, and who stands in for them.</summary>
public sealed class Membership : RetirableEntity
{
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;

    /// <summary>The organisation the member represents in the group.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public MemberRole Role { get; set; }

    public List<Substitute> Substitutes { get; } = [];

    /// <summary>Replaces the named substitutes, keeping the order given.</summary>
    public void SetSubstitutes(IReadOnlyList<int> personIds)
    {
        if (personIds.Contains(PersonId))
            throw new InvalidStateChangeException("En ledamot kan inte vara sin egen ersättare.");
        Substitutes.RemoveAll(s => !personIds.Contains(s.PersonId));
        for (var i = 0; i < personIds.Count; i++)
        {
            var existing = Substitutes.FirstOrDefault(s => s.PersonId == personIds[i]);
            if (existing is null) Substitutes.Add(new Substitute { PersonId = personIds[i], Order = i + 1 });
            else existing.Order = i + 1;
        }
    }
}

public enum MemberRole { Member, Chair, Convener, Secretary }

/// <summary>Ersättare: a named person who attends in the member's place when the member is absent.</summary>
public sealed class Substitute
{
    public int Id { get; set; }
    public int MembershipId { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int Order { get; set; }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        builder.HasOne(m => m.Group).WithMany(g => g.Memberships).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Substitutes).WithOne().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GroupId, m.PersonId });
    }
}

internal sealed class SubstituteConfiguration : IEntityTypeConfiguration<Substitute>
{
    public void Configure(EntityTypeBuilder<Substitute> builder)
    {
        builder.HasOne(s => s.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.MembershipId, s.PersonId }).IsUnique();
    }
}
