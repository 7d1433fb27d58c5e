using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Deviations;

/// <summary>One deviation: what happened, the answer, the history of its states, and what the user may do with it now.</summary>
public sealed class DetailsModel(AppDbContext db, DeviationAccess access, IOptions<DeviationOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public DeviationActionInput Input { get; set; } = new();

    public DeviationView Deviation { get; private set; } = null!;
    public bool Handles { get; private set; }
    public bool Follows { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public bool MayAcknowledge => Handles && DeviationWorkflow.Allows(Deviation.Status, DeviationAction.Acknowledge);
    public bool MayAnswer => Handles && DeviationWorkflow.Allows(Deviation.Status, DeviationAction.Answer);
    public bool MayClose => Follows && DeviationWorkflow.Allows(Deviation.Status, DeviationAction.Close);
    public bool MayReopen => Follows && DeviationWorkflow.Allows(Deviation.Status, DeviationAction.Reopen);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct) => ActAsync(DeviationAction.Acknowledge, "Avvikelsen är kvitterad.", ct);

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken ct) => ActAsync(DeviationAction.Answer, "Svaret är sparat. Den som rapporterade har fått en notis.", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) => ActAsync(DeviationAction.Close, "Avvikelsen är avslutad.", ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => ActAsync(DeviationAction.Reopen, "Avvikelsen är öppnad igen. De berörda har fått en notis.", ct);

    private async Task<IActionResult> ActAsync(DeviationAction action, string done, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(ct);
        DeviationResult result;
        try
        {
            result = await DeviationHandling.ActAsync(db, viewer, await access.NameAsync(ct), Id, action, Input, Input.Version, options.Value, ct);
        }
        catch (Exception e) when (e.IsConflict() || e is InvalidStateChangeException)
        {
            TempData["Error"] = e is InvalidStateChangeException state ? state.Message : Texts.Common_Conflict;
            return Redirect(DeviationReporting.Link(Id));
        }
        switch (result)
        {
            case DeviationResult.Saved:
                TempData["Message"] = done;
                return Redirect(DeviationReporting.Link(Id));
            case DeviationResult.Invalid invalid:
                if (!await LoadAsync(ct)) return NotFound();
                ModelState.Clear();
                ModelState.AddErrors(invalid.Errors);
                ViewData["FieldOrder"] = new[] { "Input.Analysis", "Input.Measures", "Input.Comment" };
                ViewData["PostedAction"] = action;
                return Page();
            case DeviationResult.NotAllowed:
                return Forbid();
            case DeviationResult.VersionRequired:
                TempData["Error"] = Texts.Common_Conflict;
                return Redirect(DeviationReporting.Link(Id));
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Now = db.Clock.GetUtcNow();
        var view = await DeviationViews.DetailsAsync(db, Id, Now, ct);
        var viewer = await access.ViewerAsync(ct);
        if (view is null) return false;
        var concerned = view.ConcernedOrganisations.Select(c => c.Id).ToList();
        if (!viewer.Sees(view.ReportingOrganisation.Id, concerned)) return false;
        Deviation = view;
        Handles = viewer.Handles(concerned);
        Follows = viewer.Follows(view.ReportingOrganisation.Id, concerned);
        return true;
    }
}
