using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>Dokumenttyp: uppdragsbeskrivning, överenskommelse, riktlinje, rutin, strategisk plan, verksamhetsplan, other, or a follow-up report (stored from strategy).</summary>
public enum DocumentType { Mandate, Agreement, Guideline, Routine, StrategicPlan, ActivityPlan, Other, FollowUpReport }

/// <summary>
/// Styrdokument: a governing document with the header of the seed documents (Dokumenttyp, Upprättat av, Godkänt av,
/// Uppdrag, Utfärdsdatum, Datum för godkännande and revisions) and its versions. Each approved version is kept and
/// readable; at most one draft is worked on beside the approved one without disturbing it; approving a draft records
/// the approving group's decision (and so the meeting) and moves the next revision.
/// </summary>
public sealed class GoverningDocument : Entity
{
    public int AreaId { get; set; }
    public CollaborationArea Area { get; set; } = null!;
    public DocumentType Type { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Only members (and substitutes) of the document's groups may read an internal document.</summary>
    public bool IsInternal { get; set; }

    /// <summary>Upprättat av as written in the header ("Carina Westerelve i samverkan med samordningsgruppen").</summary>
    public string? PreparedBy { get; set; }
    public int? PreparedByPersonId { get; set; }
    public Person? PreparedByPerson { get; set; }
    public int? PreparedByGroupId { get; set; }
    public Group? PreparedByGroup { get; set; }

    /// <summary>Godkänt av: the group whose decision approves each version; its convener records the approval.</summary>
    public int ApprovingGroupId { get; set; }
    public Group ApprovingGroup { get; set; } = null!;

    /// <summary>Uppdrag: the group the document is about or that owns it, and is reminded of its revision.</summary>
    public int? OwnerGroupId { get; set; }
    public Group? OwnerGroup { get; set; }

    /// <summary>Utfärdsdatum.</summary>
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>How often the document is revised, in months (12 for "revideras en gång per år").</summary>
    public int? ReviewIntervalMonths { get; set; }

    /// <summary>When the next revision is due: set by hand, or worked out from the last approval (<see cref="RevisionSchedule"/>).</summary>
    public DateOnly? NextRevisionDue { get; private set; }

    /// <summary>Whether <see cref="NextRevisionDue"/> was set by hand rather than worked out.</summary>
    public bool RevisionDueSetByHand { get; private set; }

    public List<DocumentVersion> Versions { get; } = [];

    /// <summary>The approved version in force: the latest approved one.</summary>
    public DocumentVersion? Current => Versions.Where(v => v.IsApproved).MaxBy(v => v.Number);

    /// <summary>The version being worked on, if any.</summary>
    public DocumentVersion? Draft => Versions.FirstOrDefault(v => !v.IsApproved);

    /// <summary>Datum för godkännande: the first version's approval; later approvals are revisions.</summary>
    public DateOnly? FirstApprovedOn => Versions.Where(v => v.IsApproved).MinBy(v => v.Number)?.ApprovedOn;

    /// <summary>Sets the revision date by hand (<paramref name="due"/>), or lets it follow the last approval and the interval (null).</summary>
    public void SetRevisionDue(DateOnly? due)
    {
        RevisionDueSetByHand = due is not null;
        NextRevisionDue = due ?? RevisionSchedule.NextDue(Current?.ApprovedOn, ReviewIntervalMonths, ValidTo);
    }

    /// <summary>Starts the document with its first draft.</summary>
    public DocumentVersion StartFirstDraft(string? content, DateTimeOffset at, string byName)
    {
        if (Versions.Count > 0) throw new InvalidStateChangeException("Dokumentet har redan en version.");
        var first = new DocumentVersion { Number = 1, Content = content, CreatedAt = at, CreatedByName = byName };
        Versions.Add(first);
        return first;
    }

    /// <summary>
    /// Starts a revision: a new draft with the approved version's text and files and a note of what changes.
    /// The approved version stays in force until the draft is approved.
    /// </summary>
    public DocumentVersion StartRevision(string changeNote, DateTimeOffset at, string byName)
    {
        DocumentVersionRules.EnsureCanStartRevision(this);
        var current = Current!;
        var draft = new DocumentVersion
        {
            Number = Versions.Max(v => v.Number) + 1, Content = current.Content, ChangeNote = changeNote, CreatedAt = at, CreatedByName = byName,
        };
        foreach (var file in current.Files) draft.Files.Add(file.CopyForDraft());
        Versions.Add(draft);
        return draft;
    }

    /// <summary>
    /// Approves the draft by <paramref name="decision"/> of the approving group: the version is locked, dated by the
    /// decision, and the next revision moves (unless it was set by hand).
    /// </summary>
    public void Approve(DocumentVersion draft, Decision decision, DateTimeOffset at, string byName)
    {
        DocumentVersionRules.EnsureCanApprove(this, draft, decision);
        draft.MarkApproved(decision, at, byName);
        SetRevisionDue(null);
    }
}

internal sealed class GoverningDocumentConfiguration : IEntityTypeConfiguration<GoverningDocument>
{
    public void Configure(EntityTypeBuilder<GoverningDocument> builder)
    {
        builder.ToTable("GoverningDocuments");
        builder.Property(d => d.Title).HasMaxLength(300).IsRequired();
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.PreparedBy).HasMaxLength(300);
        builder.HasOne(d => d.Area).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.PreparedByPerson).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.PreparedByGroup).WithMany().HasForeignKey(d => d.PreparedByGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ApprovingGroup).WithMany().HasForeignKey(d => d.ApprovingGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.OwnerGroup).WithMany().HasForeignKey(d => d.OwnerGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.AreaId, d.Type });
        builder.HasIndex(d => d.NextRevisionDue);
    }
}
