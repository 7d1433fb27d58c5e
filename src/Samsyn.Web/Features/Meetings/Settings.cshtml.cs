using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Meetings;

/// <summary>How a group meets: usual time, plan rules, agenda deadline, attendance target, chair rotation and standing items.</summary>
public sealed class SettingsModel(AppDbContext db, MeetingRights rights) : PageModel
{
    public const int RotationSlots = 6;
    public const int StandingSlots = 8;

    [FromRoute] public int Id { get; set; }
    [BindProperty] public MeetingSettingsInput Input { get; set; } = new();
    public string GroupName { get; private set; } = "";
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        var s = MeetingSettingsApi.View(await MeetingSettingsApi.LoadOrDefaultAsync(db, Id, ct));
        Input = new MeetingSettingsInput
        {
            UsualStart = s.UsualStart, DurationMinutes = s.DurationMinutes, PreferredDay = s.PreferredDay, Location = s.Location,
            IncludeWhitsun = s.IncludeWhitsun, AgendaDeadlineWorkingDays = s.AgendaDeadlineWorkingDays, AttendanceTarget = s.AttendanceTarget,
            UsesAdjuster = s.UsesAdjuster, SummerFirstWeek = s.SummerFirstWeek, SummerLastWeek = s.SummerLastWeek,
            ChairRotationStart = s.ChairRotationStart, ChairPeriodMonths = s.ChairPeriodMonths,
            ChairRotation = [.. s.ChairRotation], StandingItems = [.. s.StandingItems], Version = s.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        // Values the binder could not read ("abc" in a number field) keep their defaults; say so instead.
        var unreadable = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList();
        ModelState.Clear();
        var errors = new FieldErrors("Input.UsualStart", "Input.DurationMinutes", "Input.PreferredDay", "Input.Location",
            "Input.SummerFirstWeek", "Input.SummerLastWeek", "Input.AgendaDeadlineWorkingDays", "Input.AttendanceTarget",
            "Input.ChairRotationStart", "Input.ChairPeriodMonths", "Input.ChairRotation", "Input.StandingItems");
        foreach (var key in unreadable.Where(k => k.StartsWith("Input.", StringComparison.Ordinal) && !k.Contains('[', StringComparison.Ordinal)))
            errors.Add(key, key switch
            {
                "Input.UsualStart" => "Ange en starttid, till exempel 13:00.",
                "Input.ChairRotationStart" => "Ange ett datum, till exempel 2027-01-01.",
                _ => "Ange ett heltal.",
            });

        // Empty choices and empty rows are not part of the input; remember where each kept row came from.
        var rotation = (Input.ChairRotation ?? []).Where(id => id > 0).ToList();
        var rows = Input.StandingItems ?? [];
        var kept = new List<(StandingItemInput Item, int Row)>();
        for (var i = 0; i < rows.Count; i++)
            if (!string.IsNullOrWhiteSpace(rows[i].Title) || rows[i].DurationMinutes is not null) kept.Add((rows[i], i));
        Input.ChairRotation = rotation;
        Input.StandingItems = [.. kept.Select(k => k.Item)];

        foreach (var (key, messages) in await MeetingSettingsApi.CheckAsync(Input, db, ct)) errors.AddAll(FieldKey(key, kept), messages);
        errors.CopyTo(ModelState, ViewData);
        if (!ModelState.IsValid)
        {
            Input.StandingItems = [.. rows];
            return Page();
        }

        var settings = await MeetingSettingsApi.LoadOrDefaultAsync(db, Id, ct);
        try
        {
            if (settings.Id != 0) db.ExpectVersion(settings, Input.Version ?? 0);
            else db.MeetingSettings.Add(settings);
            MeetingSettingsApi.Apply(Input, settings);
            if (settings.Id != 0) db.Entry(settings).Property(s => s.Version).IsModified = true;
            await db.SaveChangesAsync(ct);
            TempData["Message"] = "Mötesinställningarna är sparade. De gäller möten som planeras från och med nu.";
            return Redirect($"/grupper/{Id.ToString(CultureInfo.InvariantCulture)}/moten");
        }
        catch (Exception e) when (e.IsConflict())
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            return await OnGetAsync(ct);
        }
    }

    /// <summary>"standingItems[1].durationMinutes" (index among the kept rows) → "Input.StandingItems[3].DurationMinutes"; the rest as AddErrors does.</summary>
    private static string FieldKey(string key, List<(StandingItemInput Item, int Row)> kept)
    {
        const string prefix = "standingItems[";
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (key.StartsWith(prefix, StringComparison.Ordinal) && close > 0
            && int.TryParse(key[prefix.Length..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < kept.Count)
        {
            var field = key[(close + 1)..] == ".durationMinutes" ? "DurationMinutes" : "Title";
            return $"Input.StandingItems[{kept[index].Row.ToString(CultureInfo.InvariantCulture)}].{field}";
        }
        return key.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(key[0])}{key[1..]}";
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (group is null) return NotFound();
        if (!await rights.CanManageAsync(Id, ct)) return Forbid();
        GroupName = group.Name;
        Organisations = await MeetingChoices.OrganisationsAsync(db, Id, ct);
        return null;
    }
}
