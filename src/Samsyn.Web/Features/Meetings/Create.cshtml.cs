using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>A new meeting of a group: an ordinary, fixed or need-based extra meeting.</summary>
public sealed class CreateModel(AppDbContext db, MeetingRights rights) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "grupp")] public int? GroupId { get; set; }
    [BindProperty] public MeetingForm Input { get; set; } = new();
    public string GroupName { get; private set; } = "";
    public List<SelectListItem> Organisations { get; private set; } = [];

    /// <summary>When no group is given: the groups the user convenes.</summary>
    public List<(int Id, string Name)> ManagedGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "typ")] MeetingKind? kind, CancellationToken ct)
    {
        if (GroupId is null)
        {
            var groups = await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
            foreach (var g in groups)
                if (await rights.CanManageAsync(g.Id, ct)) ManagedGroups.Add((g.Id, g.Name));
            return Page();
        }
        if (await LoadAsync(ct) is { } refusal) return refusal;
        var settings = await MeetingSettingsApi.LoadOrDefaultAsync(db, GroupId!.Value, ct);
        Input = new MeetingForm
        {
            Title = kind == MeetingKind.Extra ? $"Extra möte – {GroupName}" : GroupName,
            StartTime = MeetingText.FieldTime(settings.UsualStart),
            EndTime = MeetingText.FieldTime(settings.UsualStart.AddMinutes(settings.DurationMinutes)),
            Kind = kind ?? MeetingKind.Ordinary,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (GroupId is null) return NotFound();
        if (await LoadAsync(ct) is { } refusal) return refusal;
        ModelState.Clear();
        if (await Input.ValidateAsync(GroupId.Value, ModelState, ViewData, db, ct) is not { } input) return Page();
        var meeting = await MeetingApi.PlanAsync(db, input, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Mötet är planerat.";
        return Redirect($"/moten/{meeting.Id.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == GroupId, ct);
        if (group is null) return NotFound();
        if (!await rights.CanManageAsync(group.Id, ct)) return Forbid();
        if (group.RetiredAt is not null)
        {
            TempData["Error"] = "Gruppen är avslutad; nya möten kan inte planeras.";
            return Redirect($"/grupper/{group.Id.ToString(CultureInfo.InvariantCulture)}");
        }
        GroupName = group.Name;
        Organisations = await MeetingChoices.OrganisationsAsync(db, group.Id, ct);
        return null;
    }
}
