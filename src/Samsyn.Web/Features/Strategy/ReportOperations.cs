using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Strategy;

/// <summary>Which report a request names: a year of the plan for the yearly report, the whole period (no year) for the period report.</summary>
public static class ReportScope
{
    public static ReportKind? ParseKind(string? kind) => kind?.ToLowerInvariant() switch
    {
        "yearly" or "year" or "ar" => ReportKind.Yearly,
        "period" => ReportKind.Period,
        _ => null,
    };

    /// <summary>The year the report is kept under (none for the period report), or the errors keyed by field.</summary>
    public static (int? Year, Dictionary<string, string[]> Errors) Check(ReportKind kind, int? year, int planStart, int planEnd)
    {
        var errors = new Dictionary<string, string[]>();
        if (kind == ReportKind.Period) return (null, errors);
        if (year is not int y) errors["year"] = ["Ange året som den årliga rapporten gäller."];
        else if (y < planStart || y > planEnd) errors["year"] = [$"Året {y} ligger utanför planens period {planStart}–{planEnd}."];
        return (errors.Count == 0 ? year : null, errors);
    }

    /// <summary>The summary is plain text of a limited length without personal identity numbers.</summary>
    public static Dictionary<string, string[]> CheckSummary(string? summary)
    {
        var errors = new Dictionary<string, string[]>();
        if (summary is { Length: > FollowUpReport.MaxSummaryChars }) errors["summary"] = [$"Sammanfattningen får vara högst {FollowUpReport.MaxSummaryChars} tecken."];
        else if (summary is not null && PersonalIdentityNumberGuard.ContainsIdentityNumber(summary)) errors["summary"] = [Texts.Validation_PersonalIdentityNumber];
        return errors;
    }

    public static string Title(ReportKind kind, int? year, int start, int end, string planTitle) => kind == ReportKind.Period
        ? string.Create(CultureInfo.InvariantCulture, $"Uppföljning {start}–{end}: {planTitle}")
        : string.Create(CultureInfo.InvariantCulture, $"Uppföljning {year}: {planTitle}");

    public static string Link(int planId, ReportKind kind, int? year) => kind == ReportKind.Period
        ? $"/strategi/planer/{planId}/rapport?kind=period"
        : string.Create(CultureInfo.InvariantCulture, $"/strategi/planer/{planId}/rapport?year={year}");
}

public sealed record FollowUpReportView(int StrategicPlanId, ReportKind Kind, int? Year, int FirstYear, int LastYear, string Title,
    string? Summary, DateTimeOffset? SummaryChangedAt, string? SummaryChangedBy, int? DocumentId, DateTimeOffset? StoredAt,
    IReadOnlyList<Rollup> Rollups, int Version);

/// <summary>Reading, writing and storing the follow-up reports, for the API and the report page alike.</summary>
public static class ReportOperations
{
    public static Task<FollowUpReport?> FindAsync(AppDbContext db, int planId, ReportKind kind, int? year, CancellationToken ct) =>
        db.FollowUpReports.FirstOrDefaultAsync(r => r.StrategicPlanId == planId && r.Kind == kind && r.Year == year, ct);

    public static async Task<FollowUpReport> FindOrNewAsync(AppDbContext db, int planId, ReportKind kind, int? year, CancellationToken ct)
    {
        if (await FindAsync(db, planId, kind, year, ct) is { } report) return report;
        report = new FollowUpReport { StrategicPlanId = planId, Kind = kind, Year = year };
        db.FollowUpReports.Add(report);
        return report;
    }

    /// <summary>The years a report covers: its year, or every year of the plan.</summary>
    public static IEnumerable<int> Years(StrategicPlan plan, ReportKind kind, int? year) =>
        kind == ReportKind.Period ? Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1) : [year!.Value];

    public static async Task<FollowUpReportView> ViewAsync(AppDbContext db, StrategicPlan plan, ReportKind kind, int? year, CancellationToken ct)
    {
        var report = await db.FollowUpReports.AsNoTracking().FirstOrDefaultAsync(r => r.StrategicPlanId == plan.Id && r.Kind == kind && r.Year == year, ct);
        var rollups = new List<Rollup>();
        foreach (var y in Years(plan, kind, year)) rollups.Add(await StrategyViews.RollupAsync(db, plan.Id, y, ct));
        return new FollowUpReportView(plan.Id, kind, year, rollups[0].Year, rollups[^1].Year, ReportScope.Title(kind, year, plan.StartYear, plan.EndYear, plan.Title),
            report?.Summary, report?.SummaryChangedAt, report?.SummaryChangedBy, report?.DocumentId, report?.StoredAt, rollups, report?.Version ?? 0);
    }

    /// <summary>
    /// Stores the report in the document register as a follow-up report of the steering group: the first time as a new
    /// document, later as its draft (a new revision once a version is approved); the text is the summary and the figures,
    /// the file the printed report when a PDF could be made.
    /// </summary>
    public static async Task<GoverningDocument> StoreAsync(AppDbContext db, StrategicPlan plan, FollowUpReport report, IReadOnlyList<Rollup> rollups,
        byte[]? pdf, string byName, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow();
        var title = ReportScope.Title(report.Kind, report.Year, plan.StartYear, plan.EndYear, plan.Title);
        var html = RichText.Clean(Content(report, rollups)).Html;
        var document = report.DocumentId is int id ? await DocumentOperations.LoadAsync(db, id, ct) : null;
        DocumentVersion draft;
        if (document is null)
        {
            document = new GoverningDocument
            {
                AreaId = plan.AreaId, Type = DocumentType.FollowUpReport, Title = title.Length > 300 ? title[..300] : title, PreparedBy = byName,
                PreparedByGroupId = plan.SteeringGroupId, ApprovingGroupId = plan.SteeringGroupId, OwnerGroupId = plan.SteeringGroupId,
                IssuedOn = Infrastructure.SwedishTime.DateOf(now),
            };
            draft = document.StartFirstDraft(html, now, byName);
            db.GoverningDocuments.Add(document);
        }
        else
        {
            draft = document.Draft ?? await DocumentOperations.StartRevisionAsync(db, document, "Uppföljningen är uppdaterad från Samsyns data.", byName, ct);
            if (draft.Id != 0) await db.Entry(draft).Collection(v => v.Files).LoadAsync(ct);
            draft.Edit(html, draft.ChangeNote);
        }
        if (pdf is not null)
        {
            var name = FileName(report);
            if (draft.Files.FirstOrDefault(f => f.FileName == name) is { } old) draft.RemoveFile(old);
            draft.AddFile(new DocumentFile
            {
                FileName = name, ContentType = "application/pdf", Length = pdf.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
                UploadedAt = now, UploadedByName = byName, Content = new DocumentFileContent { Data = pdf },
            });
        }
        report.StoredAs(document, now);
        return document;
    }

    public static string FileName(FollowUpReport report) => report.Kind == ReportKind.Period
        ? "uppfoljning-period.pdf" : string.Create(CultureInfo.InvariantCulture, $"uppfoljning-{report.Year}.pdf");

    /// <summary>The document's text: the summary and, per year, the figures per goal area and the gaps (in the register's few tags).</summary>
    public static string Content(FollowUpReport report, IReadOnlyList<Rollup> rollups)
    {
        var e = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        var html = new StringBuilder("<h3>Sammanfattning</h3>");
        foreach (var paragraph in (report.Summary ?? "Ingen sammanfattning är skriven.").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            html.Append("<p>").Append(e.Encode(paragraph.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        foreach (var rollup in rollups)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{rollup.Year}: per målområde</h3><ul>");
            foreach (var row in rollup.GoalAreas)
            {
                var done = row.ByStatus.Where(s => s.Count > 0).Select(s => $"{StrategyPages.Label(s.Status).ToLower(sv)} {s.Count}");
                var progress = row.AverageProgressPercent is decimal p ? $", väg mot mål {p.ToString("0.#", sv)} %" : "";
                html.Append("<li><strong>").Append(e.Encode(row.Name)).Append("</strong>: ")
                    .Append(e.Encode($"{StrategyPages.Activities(row.Activities)}{(row.Activities > 0 ? $" ({string.Join(", ", done)})" : "")}{progress}")).Append("</li>");
            }
            html.Append("</ul>");
            if (rollup.GoalAreaGaps.Count > 0)
                html.Append("<p><em>Målområden utan aktivitet:</em> ").Append(e.Encode(string.Join("; ", rollup.GoalAreaGaps.Select(g => g.Name)))).Append("</p>");
        }
        return html.ToString();
    }
}
