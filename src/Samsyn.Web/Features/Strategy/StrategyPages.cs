using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Strategy;

/// <summary>Swedish names of strategy's choices, and the API's field errors moved onto a page's form.</summary>
public static class StrategyPages
{
    public static string Label(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Utkast",
        PlanStatus.Proposed => "Föreslagen av styrgruppen",
        PlanStatus.Adopted => "Fastställd",
        _ => "Ersatt",
    };

    public static string Label(ActivityStatus status) => status switch
    {
        ActivityStatus.NotStarted => "Ej påbörjad",
        ActivityStatus.OnTrack => "Enligt plan",
        ActivityStatus.AtRisk => "I riskzonen",
        ActivityStatus.Done => "Klar",
        _ => "Avbruten",
    };

    public static string Label(ReportingPeriod period) => period switch
    {
        ReportingPeriod.HalfYearly => "Halvårsvis",
        ReportingPeriod.Quarterly => "Kvartalsvis",
        _ => "En gång per år",
    };

    /// <summary>"1 aktivitet", "3 aktiviteter".</summary>
    public static string Activities(int count) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? "aktivitet" : "aktiviteter")}";

    /// <summary>"1 verksamhetsplan", "3 verksamhetsplaner".</summary>
    public static string ActivityPlans(int count) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? "verksamhetsplan" : "verksamhetsplaner")}";

    /// <summary>Names in a sentence ending with one full stop, even when the last name ends with its own ("… samverkansgrupperna.").</summary>
    public static string Listing(IEnumerable<string> names) => string.Join("; ", names).TrimEnd('.') + ".";

    /// <summary>The steering groups whose plans the user may draft (all of them for an administrator), for a form's choice.</summary>
    public static async Task<List<SelectListItem>> SteeringGroupsAsync(AppDbContext db, StrategyRights rights, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.Level == GroupLevel.Steering && g.RetiredAt == null)
            .OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var list = new List<SelectListItem>();
        foreach (var g in groups)
            if (await rights.CanManagePlanAsync(g.Id, ct)) list.Add(new SelectListItem(g.Name, g.Id.ToString(CultureInfo.InvariantCulture)));
        return list;
    }

    public static async Task<List<SelectListItem>> PoliticalGroupsAsync(AppDbContext db, int? areaId, CancellationToken ct) =>
        [.. (await db.Groups.AsNoTracking().Where(g => g.Level == GroupLevel.Political && g.RetiredAt == null && (areaId == null || g.AreaId == areaId))
            .OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            .Select(g => new SelectListItem(g.Name, g.Id.ToString(CultureInfo.InvariantCulture)))];

    public static List<SelectListItem> ReportingPeriods() =>
        [.. Enum.GetValues<ReportingPeriod>().Select(p => new SelectListItem(Label(p), p.ToString()))];

    /// <summary>"goalAreaIds" → "Input.GoalAreaIds", "values[0].value" → "Input.Values[0].Value".</summary>
    public static void CopyErrors(IDictionary<string, string[]> errors, string[] order, ModelStateDictionary modelState, ViewDataDictionary viewData)
    {
        var fields = new FieldErrors(order);
        foreach (var (key, messages) in errors)
            fields.AddAll("Input." + string.Join('.', key.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])), messages);
        fields.CopyTo(modelState, viewData);
    }
}

/// <summary>A short-lived token that lets the server's own Chromium open a follow-up report to make its PDF.</summary>
public sealed class StrategyPrintAccess(IDataProtectionProvider protection)
{
    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Samsyn.StrategyReport").ToTimeLimitedDataProtector();

    public string TokenFor(int planId, int year) => Protector.Protect($"{planId}:{year}", TimeSpan.FromMinutes(2));

    public bool IsValid(int planId, int year, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try { return Protector.Unprotect(token) == $"{planId}:{year}"; }
        catch (System.Security.Cryptography.CryptographicException) { return false; }
    }
}
