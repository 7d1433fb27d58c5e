using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samsyn.Web.Features.Structure;

/// <summary>A person who takes part in the collaboration (a manager, process leader, politician). Never a patient.</summary>
public sealed class Person : RetirableEntity
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Title { get; set; }
    public string? Phone { get; set; }

    /// <summary>The organisation the person works for, if any.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasOne(p => p.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
