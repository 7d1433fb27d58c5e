using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// A document in the register: the contract's fields (<c>approvedBy</c> is the approving group's name, <c>approvedOn</c>
/// the first approval as in the header's "Datum för godkännande", later approvals are <c>revisedOn</c>).
/// </summary>
public sealed record DocumentSummary(
    int Id, string Title, DocumentType Type, int AreaId, string AreaName, string ApprovedBy, int ApprovedByGroupId,
    int? OwnerGroupId, string? OwnerGroupName, DateOnly? IssuedOn, DateOnly? ApprovedOn, DateOnly? RevisedOn, int? CurrentVersion,
    DateOnly? NextRevisionDue, RevisionState RevisionState, bool HasDraft, bool IsInternal, int ActiveExemptions, int Version);

public sealed record DecisionRef(int Id, string Text, DateOnly DecidedOn, int GroupId, string GroupName, int? MeetingId);

public sealed record FileView(int Id, string FileName, string ContentType, long Length, string Url);

public sealed record VersionView(
    int Number, bool Approved, string? Content, string? ChangeNote, DateTimeOffset CreatedAt, string CreatedByName,
    DateOnly? ApprovedOn, DecisionRef? ApprovalDecision, IReadOnlyList<FileView> Files, int Version);

public sealed record VersionSummary(int Number, bool Approved, bool IsCurrent, string? ChangeNote, DateOnly? ApprovedOn, int? DecisionId, int? MeetingId);

public sealed record ExemptionBanner(int Id, string Description, DateOnly ValidFrom, DateOnly LastDay, IReadOnlyList<string> Organisations, int VersionNumber);

public sealed record DocumentDetails(
    DocumentSummary Summary, string? PreparedBy, int? PreparedByPersonId, string? PreparedByPersonName, int? PreparedByGroupId,
    string? PreparedByGroupName, DateOnly? ValidFrom, DateOnly? ValidTo, int? ReviewIntervalMonths, bool RevisionDueSetByHand,
    IReadOnlyList<DateOnly> Revisions, VersionView? Current, VersionView? Draft, IReadOnlyList<VersionSummary> Versions,
    IReadOnlyList<ExemptionBanner> ActiveExemptions, IReadOnlyList<DecisionRef> Decisions);

public static class DocumentViews
{
    /// <summary>The register's rows as the database gives them; <see cref="CompleteAsync"/> adds the revision state and active exemptions.</summary>
    public static IQueryable<DocumentSummary> Summaries(IQueryable<GoverningDocument> documents) =>
        documents.Select(d => new DocumentSummary(
            d.Id, d.Title, d.Type, d.AreaId, d.Area.Name, d.ApprovingGroup.Name, d.ApprovingGroupId, d.OwnerGroupId,
            d.OwnerGroup != null ? d.OwnerGroup.Name : null, d.IssuedOn,
            d.Versions.Where(v => v.ApprovedOn != null).OrderBy(v => v.Number).Select(v => v.ApprovedOn).FirstOrDefault(),
            d.Versions.Count(v => v.ApprovedOn != null) > 1
                ? d.Versions.Where(v => v.ApprovedOn != null).OrderByDescending(v => v.Number).Select(v => v.ApprovedOn).FirstOrDefault()
                : null,
            d.Versions.Where(v => v.ApprovedOn != null).OrderByDescending(v => v.Number).Select(v => (int?)v.Number).FirstOrDefault(),
            d.NextRevisionDue, RevisionState.NotScheduled, d.Versions.Any(v => v.ApprovedOn == null), d.IsInternal, 0, d.Version));

    /// <summary>Documents matching the register's search: text in the title or the approved text, a type, a group of the document.</summary>
    public static IQueryable<GoverningDocument> Matching(this IQueryable<GoverningDocument> documents, string? q, DocumentType? type, int? groupId, int? areaId)
    {
        if (type is DocumentType t) documents = documents.Where(d => d.Type == t);
        if (groupId is int g) documents = documents.Where(d => d.ApprovingGroupId == g || d.OwnerGroupId == g || d.PreparedByGroupId == g);
        if (areaId is int a) documents = documents.Where(d => d.AreaId == a);
        if (DocumentText.SearchPattern(q) is { } term)
        {
            // Translated to SQL lower(); no culture is involved on the client.
#pragma warning disable CA1304, CA1311
            documents = documents.Where(d => EF.Functions.Like(d.Title.ToLower(), term)
                || d.Versions.Any(v => v.ApprovedOn != null && v.Content != null && EF.Functions.Like(v.Content.ToLower(), term)));
#pragma warning restore CA1304, CA1311
        }
        return documents;
    }

    /// <summary>One page of the register, titles in alphabetical order, each with its count of active exemptions.</summary>
    public static async Task<(List<DocumentSummary> Items, int Total)> PageAsync(
        AppDbContext db, IQueryable<GoverningDocument> documents, DateOnly today, int page, int pageSize, CancellationToken ct)
    {
        var total = await documents.CountAsync(ct);
        var items = await Summaries(documents.OrderBy(d => d.Title).ThenBy(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return (await CompleteAsync(db, items, today, ct), total);
    }

    /// <summary>The rows with their revision state on <paramref name="today"/> and their count of exemptions active today.</summary>
    public static async Task<List<DocumentSummary>> CompleteAsync(AppDbContext db, List<DocumentSummary> items, DateOnly today, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToList();
        var counts = await ExemptionQueries.ActiveOn(db.Exemptions.AsNoTracking(), today).Where(e => ids.Contains(e.DocumentId))
            .GroupBy(e => e.DocumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. items.Select(i => i with { ActiveExemptions = counts.GetValueOrDefault(i.Id), RevisionState = RevisionSchedule.StateOn(i.NextRevisionDue, today) })];
    }

    /// <summary>The document with its header, the version in force, the draft (for those who may see it), versions, active exemptions and decisions.</summary>
    public static async Task<DocumentDetails?> DetailsAsync(AppDbContext db, int id, bool withDraft, CancellationToken ct)
    {
        var today = DocumentText.Today(db.Clock);
        var summary = (await CompleteAsync(db, await Summaries(db.GoverningDocuments.AsNoTracking().Where(d => d.Id == id)).ToListAsync(ct), today, ct))
            .FirstOrDefault();
        if (summary is null) return null;
        var d = await db.GoverningDocuments.AsNoTracking().Include(x => x.PreparedByPerson).Include(x => x.PreparedByGroup)
            .Include(x => x.Versions).FirstAsync(x => x.Id == id, ct);
        var approved = d.Versions.Where(v => v.IsApproved).OrderBy(v => v.Number).ToList();
        var current = d.Current;
        var draft = withDraft ? d.Draft : null;
        var decisionIds = d.Versions.Where(v => v.ApprovalDecisionId != null).Select(v => v.ApprovalDecisionId!.Value).ToList();
        var linked = await db.DecisionDocuments.AsNoTracking().Where(l => l.DocumentId == id).Select(l => l.DecisionId).ToListAsync(ct);
        var decisions = await DecisionRefsAsync(db, [.. decisionIds.Concat(linked).Distinct()], ct);
        return new DocumentDetails(
            summary, d.PreparedBy, d.PreparedByPersonId, d.PreparedByPerson?.Name, d.PreparedByGroupId, d.PreparedByGroup?.Name,
            d.ValidFrom, d.ValidTo, d.ReviewIntervalMonths, d.RevisionDueSetByHand,
            [.. approved.Skip(1).Select(v => v.ApprovedOn!.Value)],
            current is null ? null : await VersionAsync(db, id, current, decisions, ct),
            draft is null ? null : await VersionAsync(db, id, draft, decisions, ct),
            [.. d.Versions.OrderByDescending(v => v.Number).Where(v => withDraft || v.IsApproved).Select(v => new VersionSummary(
                v.Number, v.IsApproved, v == current, v.ChangeNote, v.ApprovedOn, v.ApprovalDecisionId,
                decisions.FirstOrDefault(x => x.Id == v.ApprovalDecisionId)?.MeetingId))],
            await ExemptionQueries.BannersAsync(db, id, today, ct),
            [.. decisions.OrderByDescending(x => x.DecidedOn).ThenByDescending(x => x.Id)]);
    }

    /// <summary>One version with its files and approving decision.</summary>
    public static async Task<VersionView> VersionAsync(AppDbContext db, int documentId, DocumentVersion version, IReadOnlyList<DecisionRef>? known, CancellationToken ct)
    {
        var files = await db.DocumentFiles.AsNoTracking().Where(f => f.VersionId == version.Id).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.FileName, f.ContentType, f.Length }).ToListAsync(ct);
        var decision = version.ApprovalDecisionId is int decisionId
            ? known?.FirstOrDefault(x => x.Id == decisionId) ?? (await DecisionRefsAsync(db, [decisionId], ct)).FirstOrDefault()
            : null;
        return new VersionView(version.Number, version.IsApproved, version.Content is null ? null : RichText.Render(version.Content), version.ChangeNote,
            version.CreatedAt, version.CreatedByName, version.ApprovedOn, decision,
            [.. files.Select(f => new FileView(f.Id, f.FileName, f.ContentType, f.Length, FileUrl(documentId, version.Number, f.Id)))], version.Version);
    }

    public static async Task<List<DecisionRef>> DecisionRefsAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await db.Decisions.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Join(db.Groups, x => x.GroupId, g => g.Id, (x, g) => new DecisionRef(x.Id, x.Text, x.DecidedOn, x.GroupId, g.Name, x.MeetingId))
            .ToListAsync(ct);

    public static string Link(int id) => $"/dokument/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string ApiUrl(int id) => $"/api/v1/documents/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string FileUrl(int documentId, int number, int fileId) =>
        $"/api/v1/documents/{documentId.ToString(CultureInfo.InvariantCulture)}/versions/{number.ToString(CultureInfo.InvariantCulture)}/files/{fileId.ToString(CultureInfo.InvariantCulture)}";
}
