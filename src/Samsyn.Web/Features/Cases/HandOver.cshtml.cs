using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Cases;

/// <summary>The handover form as the page shows it: the date as the date field sends it.</summary>
public sealed class HandoverForm
{
    [Display(Name = "Grupp som tar emot frågan")]
    public int? ToGroupId { get; set; }

    [Display(Name = "Uppdrag")]
    public string? Assignment { get; set; }

    [Display(Name = "Återrapport senast")]
    public string? ReportBackBy { get; set; }

    [Display(Name = "Beslut om överlämning i protokollet")]
    public int? DecisionId { get; set; }

    public int Version { get; set; }
}

/// <summary>The handing group's convener hands the case over to a group of the same area, with an assignment and a date.</summary>
public sealed class HandOverModel(AppDbContext db, CaseRights rights, CaseOperations operations) : PageModel
{
    public static readonly string[] FieldOrder = ["Input.ToGroupId", "Input.Assignment", "Input.ReportBackBy", "Input.DecisionId"];

    /// <summary>The date a new handover suggests: six weeks ahead, time for a group that meets five times a year.</summary>
    public const int SuggestedWeeks = 6;

    [FromRoute] public int Id { get; set; }
    [BindProperty] public HandoverForm Input { get; set; } = new();
    public CaseDetails Details { get; private set; } = null!;
    public List<SelectListItem> Groups { get; private set; } = [];
    public List<SelectListItem> Decisions { get; private set; } = [];
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        Input = new HandoverForm
        {
            Version = Details.Version,
            ReportBackBy = MeetingText.IsoDate(SwedishTime.DateOf(db.Clock.GetUtcNow()).AddDays(7 * SuggestedWeeks)),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        ModelState.Clear();
        var fields = new FieldErrors(FieldOrder);
        DateOnly? date = null;
        if (MeetingText.TryParseDate(Input.ReportBackBy, out var parsed)) date = parsed;
        else if (!string.IsNullOrWhiteSpace(Input.ReportBackBy)) fields.Add("Input.ReportBackBy", "Ange ett datum som finns, till exempel 2027-01-29.");
        var input = new HandoverInput
        {
            ToGroupId = Input.ToGroupId is > 0 ? Input.ToGroupId : null, Assignment = Input.Assignment, ReportBackBy = date,
            DecisionId = Input.DecisionId is > 0 ? Input.DecisionId : null, Version = Input.Version,
        };
        try
        {
            var result = fields.Any ? null : await operations.HandOverAsync(Id, input, Input.Version, ct);
            if (result is not null && this.Refusal(result) is { } denied) return denied;
            if (result is { Outcome: Outcome.Done })
            {
                TempData["Message"] = $"Frågan är överlämnad till {Groups.First(g => g.Value == CasePages.Id(input.ToGroupId!.Value)).Text}. Gruppen har fått en notis.";
                return Redirect(CasePages.CaseLink(Id));
            }
            foreach (var (key, messages) in result?.Errors ?? new Dictionary<string, string[]>())
                fields.AddAll($"Input.{char.ToUpperInvariant(key[0])}{key[1..]}", messages);
        }
        catch (Exception e) when (e.IsConflict())
        {
            TempData["Error"] = Texts.Common_Conflict;
            return Redirect(CasePages.CaseLink(Id));
        }
        catch (Structure.InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
            return Redirect(CasePages.CaseLink(Id));
        }
        fields.CopyTo(ModelState, ViewData);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var details = await CaseViews.DetailsAsync(db, Id, ct);
        if (details is null) return NotFound();
        if (!await rights.CanManageGroupAsync(details.GroupId, ct)) return Forbid();
        Details = details;
        var open = details.Handovers.Where(h => h.Status is HandoverStatus.Sent or HandoverStatus.Accepted).Select(h => h.ToGroupId);
        Groups = await CasePages.GroupsOfAreaAsync(db, details.AreaId, [details.GroupId, .. open], ct);
        Decisions = await CasePages.MinutesDecisionsAsync(db, details.GroupId, DecisionType.Handover, ct);
        Refused = CaseRules.Refusal(details.Status, CaseAction.HandOver, open.Any());
        return null;
    }
}
