using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

/// <summary>One proposed fixed meeting as the convener reviews it.</summary>
public sealed class PlanRow
{
    public bool Selected { get; set; }
    public string? Date { get; set; }
    public string? Start { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Reason { get; set; }
    public bool AlreadyPlanned { get; set; }
}

/// <summary>The year's proposed fixed meetings (before and after the major holidays and the summer), accepted in one go.</summary>
public sealed class PlanModel(AppDbContext db, MeetingRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "ar")] public int? Year { get; set; }
    [BindProperty] public List<PlanRow> Rows { get; set; } = [];
    public string GroupName { get; private set; } = "";
    public int ShownYear { get; private set; }
    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];
    public MeetingSettings Settings { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        var proposals = await MeetingPlanApi.ProposalsAsync(db, Id, ShownYear, ct);
        Rows = [.. proposals.Select(p => new PlanRow
        {
            Selected = !p.AlreadyPlanned, Date = MeetingText.IsoDate(p.Date),
            Start = MeetingText.FieldTime(TimeOnly.FromDateTime(SwedishTime.ToLocal(p.StartsAt).DateTime)),
            DurationMinutes = (int)(p.EndsAt - p.StartsAt).TotalMinutes, Reason = p.Reason, AlreadyPlanned = p.AlreadyPlanned,
        })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal) return refusal;
        ModelState.Clear();
        var accepted = new List<AcceptedMeeting>();
        var rowOf = new List<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (!row.Selected) continue;
            var ok = true;
            if (!MeetingText.TryParseDate(row.Date, out var date))
            {
                ModelState.AddModelError($"Rows[{i}].Date", $"Ange ett datum som finns för mötet {Label(row, i)}, till exempel {ShownYear.ToString(CultureInfo.InvariantCulture)}-03-23.");
                ok = false;
            }
            if (!MeetingText.TryParseTime(row.Start, out var start))
            {
                ModelState.AddModelError($"Rows[{i}].Start", $"Ange en starttid för mötet {Label(row, i)}, till exempel 13:00.");
                ok = false;
            }
            if (row.DurationMinutes is null)
            {
                ModelState.AddModelError($"Rows[{i}].DurationMinutes", $"Ange längden i minuter för mötet {Label(row, i)}.");
                ok = false;
            }
            if (!ok) continue;
            accepted.Add(new AcceptedMeeting(date, start, row.DurationMinutes, string.IsNullOrWhiteSpace(row.Reason) ? null : row.Reason.Trim()));
            rowOf.Add(i);
        }
        if (ModelState.IsValid && accepted.Count == 0) ModelState.AddModelError("", "Välj minst ett möte att planera.");
        foreach (var (key, messages) in MeetingPlanApi.CheckPlan(accepted))
            foreach (var message in messages) ModelState.AddModelError(RowKey(key, rowOf), message);

        // Not an API rule: a day that already has a meeting of the group is not planned twice (a repeated post does nothing).
        var dates = accepted.Select(a => a.Date).ToList();
        if (dates.Count > 0)
        {
            var from = MeetingApi.StartOfDay(dates.Min());
            var to = MeetingApi.StartOfDay(dates.Max().AddDays(1));
            var taken = (await db.Meetings.AsNoTracking()
                    .Where(m => m.GroupId == Id && m.Status != MeetingStatus.Cancelled && m.StartsAt >= from && m.StartsAt < to)
                    .Select(m => m.StartsAt).ToListAsync(ct))
                .Select(MeetingText.LocalDate).ToHashSet();
            for (var k = 0; k < accepted.Count; k++)
            {
                if (taken.Contains(accepted[k].Date) && !ModelState.ContainsKey($"Rows[{rowOf[k]}].Date"))
                    ModelState.AddModelError($"Rows[{rowOf[k]}].Date", $"Gruppen har redan ett möte {MeetingText.Date(accepted[k].Date)}. Avmarkera raden eller välj en annan dag.");
            }
        }
        if (!ModelState.IsValid) return Page();

        var meetings = await MeetingPlanApi.CreateAsync(db, Id, GroupName, accepted, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = meetings.Count == 1 ? "1 möte är planerat." : $"{meetings.Count.ToString(CultureInfo.InvariantCulture)} möten är planerade.";
        return Redirect($"/grupper/{Id.ToString(CultureInfo.InvariantCulture)}/moten?ar={ShownYear.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>"meetings[2].durationMinutes" (index among the chosen rows) → "Rows[5].DurationMinutes".</summary>
    private static string RowKey(string key, List<int> rowOf)
    {
        const string prefix = "meetings[";
        var close = key.IndexOf(']', StringComparison.Ordinal);
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || close < 0
            || !int.TryParse(key[prefix.Length..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= rowOf.Count)
            return "";
        var field = key[(close + 1)..] switch { ".durationMinutes" => "DurationMinutes", ".start" => "Start", _ => "Date" };
        return $"Rows[{rowOf[index].ToString(CultureInfo.InvariantCulture)}].{field}";
    }

    /// <summary>"före påsk", to name the row in an error message.</summary>
    private static string Label(PlanRow row, int i) =>
        string.IsNullOrWhiteSpace(row.Reason) ? $"på rad {(i + 1).ToString(CultureInfo.InvariantCulture)}" : row.Reason.Trim().ToLower(SwedishTime.Culture);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (group is null) return NotFound();
        if (!await rights.CanManageAsync(Id, ct)) return Forbid();
        GroupName = group.Name;
        ShownYear = Year is int y && y is >= SwedishCalendar.FirstYear and < SwedishCalendar.LastYear ? y : MeetingText.LocalDate(db.Clock.GetUtcNow()).Year;
        Holidays = SwedishCalendar.Holidays(ShownYear);
        Settings = await MeetingSettingsApi.LoadOrDefaultAsync(db, Id, ct);
        return null;
    }
}
