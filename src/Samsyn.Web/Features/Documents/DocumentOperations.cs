using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Decisions;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// The document changes the API and the pages both make, each in one place with its guards and notifications.
/// Callers check rights and input first; the guarded entity methods refuse what the version rules do not allow.
/// </summary>
public static class DocumentOperations
{
    public static async Task<GoverningDocument> CreateAsync(AppDbContext db, DocumentHeader header, CleanedBody content, string byName, CancellationToken ct)
    {
        var document = new GoverningDocument();
        DocumentChecks.Apply(document, header);
        document.StartFirstDraft(content.Html.Length == 0 ? null : content.Html, DocumentText.Now(db.Clock), byName);
        db.GoverningDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>Changes the header; the document stays in its collaboration area (its exemptions name that area's organisations).</summary>
    public static void UpdateHeader(GoverningDocument document, DocumentHeader header, Dictionary<string, string[]> errors)
    {
        if (header.AreaId != document.AreaId)
        {
            errors["approvingGroupId"] = ["Dokumentet hör till ett annat samverkansområde. Välj en grupp i samma område."];
            return;
        }
        DocumentChecks.Apply(document, header);
    }

    /// <summary>Starts a revision (a new draft from the approved version); refused while a draft exists.</summary>
    public static async Task<DocumentVersion> StartRevisionAsync(AppDbContext db, GoverningDocument document, string changeNote, string byName, CancellationToken ct)
    {
        await LoadFilesAsync(db, document.Current, ct);
        return document.StartRevision(changeNote.Trim(), DocumentText.Now(db.Clock), byName);
    }

    /// <summary>
    /// Approves the draft by the decision named in <paramref name="input"/> (or one taken outside a meeting that is registered
    /// now), links the decision to the document and tells the groups. Errors on the input go to <paramref name="errors"/>;
    /// a draft the rules do not let through throws <see cref="InvalidStateChangeException"/>.
    /// </summary>
    public static async Task<Decision?> ApproveAsync(
        AppDbContext db, GoverningDocument document, DocumentVersion draft, ApprovalInput input, Dictionary<string, string[]> errors,
        int? actorPersonId, string byName, CancellationToken ct)
    {
        draft.EnsureDraft();
        await LoadFilesAsync(db, draft, ct);
        var decision = await ResolveDecisionAsync(db, document.ApprovingGroupId, input, errors, ct);
        if (decision is null) return null;
        document.Approve(draft, decision, DocumentText.Now(db.Clock), byName);
        await DecisionOperations.LinkAsync(db, decision, document.Id, ct);
        await DocumentNotifications.ApprovedAsync(db, document, draft, actorPersonId, ct);
        return decision;
    }

    /// <summary>The decision that approves: an existing one of the approving group, or a new one outside a meeting.</summary>
    private static async Task<Decision?> ResolveDecisionAsync(AppDbContext db, int approvingGroupId, ApprovalInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (input.DecisionId is int decisionId)
        {
            var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId, ct);
            if (decision is null) errors["decisionId"] = ["Beslutet finns inte."];
            else if (decision.GroupId != approvingGroupId) errors["decisionId"] = ["Beslutet är inte fattat av den grupp som godkänner dokumentet."];
            else if (decision.DecidedOn > DocumentText.Today(db.Clock))
                errors["decisionId"] = [$"Beslutet hör till ett möte {DocumentText.Iso(decision.DecidedOn)}, som inte har hållits ännu. Godkänn när beslutet är fattat."];
            return errors.Count > 0 ? null : decision;
        }
        var today = DocumentText.Today(db.Clock);
        if (string.IsNullOrWhiteSpace(input.DecisionText))
            errors["decisionId"] = ["Välj beslutet som godkänner dokumentet, eller skriv beslutet om det fattades utanför ett möte."];
        if (input.DecidedOn is null) errors["decidedOn"] = ["Ange datum för beslutet."];
        else if (input.DecidedOn > today) errors["decidedOn"] = [$"Beslutsdatum kan inte ligga efter i dag ({DocumentText.Iso(today)})."];
        if (errors.Count > 0) return null;
        return DecisionOperations.RecordOutsideMeeting(db, approvingGroupId, input.DecidedOn!.Value, input.DecisionText!, DecisionType.Decision, []);
    }

    /// <summary>Checks and adds a file to the draft (unsaved); returns why it cannot be added, or null.</summary>
    public static async Task<(DocumentFile? File, string? Error)> AttachAsync(AppDbContext db, DocumentVersion draft, IFormFile file, string byName, CancellationToken ct)
    {
        await LoadFilesAsync(db, draft, ct);
        if (draft.Files.Count >= DocumentVersion.MaxFiles) return (null, $"En version kan ha högst {DocumentVersion.MaxFiles} filer.");
        var (upload, error) = await UploadedFiles.ReadAsync(file, FilePolicy.Documents, ct);
        if (upload is null) return (null, error);
        var stored = new DocumentFile
        {
            FileName = upload.FileName, ContentType = upload.ContentType, Length = upload.Length, Sha256 = upload.Sha256,
            UploadedAt = DocumentText.Now(db.Clock), UploadedByName = byName, Content = new DocumentFileContent { Data = upload.Data },
        };
        draft.AddFile(stored);
        return (stored, null);
    }

    /// <summary>The document with its versions, tracked for a change.</summary>
    public static Task<GoverningDocument?> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.GoverningDocuments.Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == id, ct);

    private static async Task LoadFilesAsync(AppDbContext db, DocumentVersion? version, CancellationToken ct)
    {
        if (version is not null && version.Id != 0) await db.Entry(version).Collection(v => v.Files).LoadAsync(ct);
    }
}
