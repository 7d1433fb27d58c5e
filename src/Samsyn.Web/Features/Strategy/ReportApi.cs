using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Pdf;

namespace Samsyn.Web.Features.Strategy;

public sealed record ReportSummaryInput(string? Summary, int? Version);

/// <summary>/api/v1/strategic-plans/{id}/reports/{kind}: the yearly and the period follow-up report, their summary text and their place in the document register.</summary>
public static class ReportApi
{
    public static RouteGroupBuilder MapReportApi(this RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:int}/reports/{kind}", Get).WithName("GetFollowUpReport")
            .WithSummary("Uppföljningsrapporten: kind = yearly (med year) eller period; sammanställningen och sammanfattningen");
        plans.MapPut("/{id:int}/reports/{kind}", PutSummary).WithName("PutFollowUpReportSummary")
            .WithSummary("Skriv rapportens sammanfattning (styrgruppens sammankallande; version i If-Match eller body, 0 för en ny)");
        plans.MapPost("/{id:int}/reports/{kind}/document", Store).WithName("StoreFollowUpReport")
            .WithSummary("Spara rapporten i dokumentregistret som uppföljningsrapport (text och PDF)");
        return plans;
    }

    private static async Task<Results<Ok<FollowUpReportView>, ValidationProblem, ProblemHttpResult>> Get(
        int id, string kind, int? year, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var plan = await db.StrategicPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound();
        var (reportKind, reportYear, errors) = Scope(kind, year, plan);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var view = await ReportOperations.ViewAsync(db, plan, reportKind, reportYear, ct);
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<FollowUpReportView>, ValidationProblem, ProblemHttpResult>> PutSummary(
        int id, string kind, int? year, ReportSummaryInput input, AppDbContext db, StrategyRights rights, HttpContext http, CancellationToken ct)
    {
        var plan = await db.StrategicPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        var (reportKind, reportYear, errors) = Scope(kind, year, plan);
        foreach (var (field, messages) in ReportScope.CheckSummary(input.Summary)) errors[field] = messages;
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        var report = await ReportOperations.FindOrNewAsync(db, id, reportKind, reportYear, ct);
        if (report.Id == 0 && version != 0) return ApiProblems.Conflict("Rapporten har ingen sparad sammanfattning ännu; skicka version 0.");
        if (report.Id != 0) db.ExpectVersion(report, version);
        report.WriteSummary(input.Summary, db.Clock.GetUtcNow(), rights.UserName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (version == 0)
        {
            // Someone else wrote the first summary in the same moment (the unique index on plan, kind and year).
            return ApiProblems.Conflict("Någon annan har just skrivit en sammanfattning. Hämta rapporten och gör din ändring igen.");
        }
        var view = await ReportOperations.ViewAsync(db, plan, reportKind, reportYear, ct);
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<FollowUpReportView>, ValidationProblem, ProblemHttpResult>> Store(
        int id, string kind, int? year, AppDbContext db, StrategyRights rights, HttpContext http, ChromiumPdf pdf, StrategyPrintAccess access,
        IConfiguration configuration, CancellationToken ct)
    {
        var plan = await db.StrategicPlans.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return ApiProblems.NotFound();
        if (!await rights.CanManagePlanAsync(plan.SteeringGroupId, ct)) return ApiProblems.Forbidden();
        var (reportKind, reportYear, errors) = Scope(kind, year, plan);
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var report = await ReportOperations.FindOrNewAsync(db, id, reportKind, reportYear, ct);
        var view = await ReportOperations.ViewAsync(db, plan, reportKind, reportYear, ct);
        var bytes = await ReportPdf.RenderAsync(pdf, access, configuration, http.Request, id, reportKind, reportYear, ct);
        await ReportOperations.StoreAsync(db, plan, report, view.Rollups, bytes, rights.UserName, ct);
        await db.SaveChangesAsync(ct);
        view = await ReportOperations.ViewAsync(db, plan, reportKind, reportYear, ct);
        http.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static (ReportKind Kind, int? Year, Dictionary<string, string[]> Errors) Scope(string kind, int? year, StrategicPlan plan)
    {
        if (ReportScope.ParseKind(kind) is not ReportKind reportKind)
            return (ReportKind.Yearly, null, new() { ["kind"] = ["Okänd rapport. Välj yearly (med year) eller period."] });
        var (reportYear, errors) = ReportScope.Check(reportKind, year, plan.StartYear, plan.EndYear);
        return (reportKind, reportYear, errors);
    }
}

/// <summary>The printed report as PDF, made by the server's own Chromium from the report page with a short-lived token.</summary>
public static class ReportPdf
{
    public static Task<byte[]?> RenderAsync(ChromiumPdf pdf, StrategyPrintAccess access, IConfiguration configuration, HttpRequest request,
        int planId, ReportKind kind, int? year, CancellationToken ct)
    {
        if (!pdf.IsAvailable) return Task.FromResult<byte[]?>(null);
        var self = configuration["Pdf:SelfUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        var token = Uri.EscapeDataString(access.TokenFor(planId, year ?? 0));
        return pdf.RenderAsync(new Uri($"{self}{ReportScope.Link(planId, kind, year)}&token={token}"), ct);
    }
}
