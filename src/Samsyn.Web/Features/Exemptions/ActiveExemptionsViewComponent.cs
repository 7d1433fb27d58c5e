using Microsoft.AspNetCore.Mvc;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

public sealed record ActiveExemptionsView(int GroupId, DateOnly Day, IReadOnlyList<ExemptionSummary> Exemptions);

/// <summary>
/// The standing item "Aktiva temporära avsteg": the exemptions in force on a day that concern a group (decided by it, or
/// for an organisation seated in it), for the group's page and its meetings' agenda and minutes.
/// <c>@await Component.InvokeAsync("ActiveExemptions", new { groupId, on })</c>.
/// </summary>
public sealed class ActiveExemptionsViewComponent(AppDbContext db, DocumentRights rights) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int groupId, DateOnly? on = null)
    {
        var ct = HttpContext.RequestAborted;
        var today = DocumentText.Today(db.Clock);
        var day = on ?? today;
        var query = ExemptionQueries.ConcerningGroup(db, ExemptionQueries.ActiveOn(await ExemptionApi.ReadableAsync(db, rights, ct), day), groupId);
        var exemptions = await ExemptionQueries.SummariesAsync(db, query, today, ct);
        return View("/Features/Exemptions/_ActiveExemptions.cshtml",
            new ActiveExemptionsView(groupId, day, [.. exemptions.OrderBy(e => e.LastDay).ThenBy(e => e.Id)]));
    }
}
