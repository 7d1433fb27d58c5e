using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;

namespace Samsyn.Web.Features.Decisions;

/// <summary>That a decision concerns a governing document (approves it, grants an exemption from it, asks for its revision …).</summary>
public sealed class DecisionDocument
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public Decision Decision { get; set; } = null!;
    public int DocumentId { get; set; }
    public GoverningDocument Document { get; set; } = null!;
}

internal sealed class DecisionDocumentConfiguration : IEntityTypeConfiguration<DecisionDocument>
{
    public void Configure(EntityTypeBuilder<DecisionDocument> builder)
    {
        builder.HasOne(l => l.Decision).WithMany().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Document).WithMany().HasForeignKey(l => l.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.DecisionId, l.DocumentId }).IsUnique();
        builder.HasIndex(l => l.DocumentId);
    }
}
