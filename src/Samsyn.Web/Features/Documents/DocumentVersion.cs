using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// One version of a governing document: its text (sanitised HTML) and files. A draft may be edited; an approved
/// version is locked for good and stays readable after later versions.
/// </summary>
public sealed class DocumentVersion : Entity
{
    public const int MaxFiles = 10;

    public int DocumentId { get; set; }
    public int Number { get; set; }

    /// <summary>Sanitised HTML (see <see cref="Infrastructure.Content.RichText"/>); safe to render as it is.</summary>
    public string? Content { get; set; }

    /// <summary>What the revision changes; the first version has none.</summary>
    public string? ChangeNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";

    /// <summary>Datum för godkännande of this version: the day of the approving decision.</summary>
    public DateOnly? ApprovedOn { get; private set; }
    public int? ApprovalDecisionId { get; private set; }
    public Decision? ApprovalDecision { get; private set; }
    public DateTimeOffset? ApprovalRecordedAt { get; private set; }
    public string? ApprovalRecordedBy { get; private set; }

    public List<DocumentFile> Files { get; } = [];

    public bool IsApproved => ApprovedOn is not null;

    public bool HasContent => !string.IsNullOrWhiteSpace(Content) || Files.Count > 0;

    /// <summary>Changes the draft's text and change note; an approved version cannot change.</summary>
    public void Edit(string? content, string? changeNote)
    {
        EnsureDraft();
        (Content, ChangeNote) = (content, changeNote);
    }

    public void AddFile(DocumentFile file)
    {
        EnsureDraft();
        if (Files.Count >= MaxFiles) throw new InvalidStateChangeException($"En version kan ha högst {MaxFiles} filer.");
        Files.Add(file);
    }

    public void RemoveFile(DocumentFile file)
    {
        EnsureDraft();
        Files.Remove(file);
    }

    /// <summary>Refuses any change to an approved version.</summary>
    public void EnsureDraft()
    {
        if (IsApproved)
            throw new InvalidStateChangeException(
                $"Version {Number} är godkänd och kan inte ändras. Starta en revidering för att göra en ny version.");
    }

    internal void MarkApproved(Decision decision, DateTimeOffset at, string byName)
    {
        EnsureDraft();
        // A decision registered in the same change has no id yet; the navigation carries it until the save.
        (ApprovedOn, ApprovalDecision, ApprovalRecordedAt, ApprovalRecordedBy) = (decision.DecidedOn, decision, at, byName);
        if (decision.Id != 0) ApprovalDecisionId = decision.Id;
    }
}

/// <summary>
/// A file of a version (PDF or DOCX). Its bytes live in a table of their own (owned), so that lists never load
/// them and the audit trail records the file's name, size and checksum rather than its content.
/// </summary>
public sealed class DocumentFile
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedByName { get; set; } = "";
    public DocumentFileContent Content { get; set; } = null!;

    /// <summary>The same file for a new draft; the approved version keeps its own.</summary>
    public DocumentFile CopyForDraft() => new()
    {
        FileName = FileName, ContentType = ContentType, Length = Length, Sha256 = Sha256, UploadedAt = UploadedAt,
        UploadedByName = UploadedByName, Content = new DocumentFileContent { Data = Content.Data },
    };
}

public sealed class DocumentFileContent
{
    public byte[] Data { get; set; } = [];
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.Property(v => v.Content).HasMaxLength(DocumentInput.MaxContentChars);
        builder.Property(v => v.ChangeNote).HasMaxLength(2000);
        builder.Property(v => v.CreatedByName).HasMaxLength(200).IsRequired();
        builder.Property(v => v.ApprovalRecordedBy).HasMaxLength(200);
        builder.HasOne(v => v.ApprovalDecision).WithMany().HasForeignKey(v => v.ApprovalDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}

internal sealed class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UploadedByName).HasMaxLength(200).IsRequired();
        builder.OwnsOne(f => f.Content, content =>
        {
            content.ToTable("DocumentFileContents");
            content.Property(c => c.Data).IsRequired();
        });
        builder.Navigation(f => f.Content).IsRequired();
    }
}
