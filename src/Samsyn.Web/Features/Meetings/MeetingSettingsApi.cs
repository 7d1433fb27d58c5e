using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Meetings;

public sealed record StandingItemInput(string? Title, AgendaItemKind? Kind, int? DurationMinutes);

public sealed class MeetingSettingsInput
{
    [Display(Name = "Vanlig starttid"), Mandatory]
    public TimeOnly? UsualStart { get; set; }

    [Display(Name = "Mötets längd i minuter"), Mandatory, Range(15, 720, ErrorMessage = "Längden ska vara mellan 15 och 720 minuter.")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Vanlig veckodag")]
    public DayOfWeek? PreferredDay { get; set; }

    [Display(Name = "Plats eller möteslänk"), MaxChars(300), NoPersonalIdentityNumber]
    public string? Location { get; set; }

    [Display(Name = "Pingst räknas som storhelg")]
    public bool IncludeWhitsun { get; set; }

    [Display(Name = "Sista dag för förslag (arbetsdagar före mötet)"), Range(0, 20, ErrorMessage = "Ange 0–20 arbetsdagar.")]
    public int AgendaDeadlineWorkingDays { get; set; } = 3;

    [Display(Name = "Närvaromål i procent"), Range(1, 100, ErrorMessage = "Ange ett mål mellan 1 och 100 procent.")]
    public int AttendanceTarget { get; set; } = 90;

    [Display(Name = "Protokollet justeras")]
    public bool UsesAdjuster { get; set; }

    [Display(Name = "Sommarperiodens första vecka"), Range(1, 53, ErrorMessage = "Ange en vecka 1–53.")]
    public int SummerFirstWeek { get; set; } = 27;

    [Display(Name = "Sommarperiodens sista vecka"), Range(1, 53, ErrorMessage = "Ange en vecka 1–53.")]
    public int SummerLastWeek { get; set; } = 32;

    [Display(Name = "Ordförandeskapet roterar från")]
    public DateOnly? ChairRotationStart { get; set; }

    [Display(Name = "Månader per ordförandeperiod"), Range(1, 60, ErrorMessage = "Ange 1–60 månader.")]
    public int ChairPeriodMonths { get; set; } = 12;

    /// <summary>Organisations in the order they take the chair.</summary>
    public List<int> ChairRotation { get; set; } = [];

    public List<StandingItemInput> StandingItems { get; set; } = [];

    public int? Version { get; set; }
}

public sealed record MeetingSettingsView(
    int GroupId, TimeOnly UsualStart, int DurationMinutes, DayOfWeek? PreferredDay, string? Location, bool IncludeWhitsun,
    int AgendaDeadlineWorkingDays, int AttendanceTarget, bool UsesAdjuster, int SummerFirstWeek, int SummerLastWeek,
    DateOnly? ChairRotationStart, int ChairPeriodMonths, IReadOnlyList<int> ChairRotation, IReadOnlyList<StandingItemInput> StandingItems, int Version);

/// <summary>A group's meeting settings and its attendance statistics.</summary>
public static class MeetingSettingsApi
{
    public static RouteGroupBuilder MapMeetingSettingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/groups/{groupId:int}").WithTags("Möten");
        group.MapGet("/meeting-settings", Get).WithName("GetMeetingSettings").WithSummary("Gruppens mötesinställningar, ordföranderotation och stående punkter");
        group.MapPut("/meeting-settings", Update).WithName("UpdateMeetingSettings").WithSummary("Ändra mötesinställningarna (sammankallande)");
        group.MapGet("/attendance", Statistics).WithName("GroupAttendance")
            .WithSummary("Närvaro per organisation och person över hållna möten (from/to, ÅÅÅÅ-MM-DD)");
        return api;
    }

    /// <summary>The group's settings, or the defaults with the summer period of the group's area.</summary>
    public static async Task<MeetingSettings> LoadOrDefaultAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        var saved = await db.MeetingSettings.Include(s => s.ChairRotationSlots).Include(s => s.StandingItems).FirstOrDefaultAsync(s => s.GroupId == groupId, ct);
        if (saved is not null) return saved;
        var summer = await db.Groups.Where(g => g.Id == groupId).Select(g => new { g.Area.SummerFirstWeek, g.Area.SummerLastWeek }).FirstOrDefaultAsync(ct);
        return new MeetingSettings { GroupId = groupId, SummerFirstWeek = summer?.SummerFirstWeek ?? 27, SummerLastWeek = summer?.SummerLastWeek ?? 32 };
    }

    public static MeetingSettingsView View(MeetingSettings s) => new(
        s.GroupId, s.UsualStart, s.DurationMinutes, s.PreferredDay, s.Location, s.IncludeWhitsun, s.AgendaDeadlineWorkingDays,
        s.AttendanceTarget, s.UsesAdjuster, s.SummerFirstWeek, s.SummerLastWeek, s.ChairRotationStart, s.ChairPeriodMonths,
        [.. s.ChairRotationSlots.OrderBy(r => r.Order).Select(r => r.OrganisationId)],
        [.. s.StandingItems.OrderBy(i => i.Order).Select(i => new StandingItemInput(i.Title, i.Kind, i.DurationMinutes))], s.Version);

    private static async Task<Results<Ok<MeetingSettingsView>, ProblemHttpResult>> Get(int groupId, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        var settings = await LoadOrDefaultAsync(db, groupId, ct);
        http.SetETag(settings.Version);
        return TypedResults.Ok(View(settings));
    }

    private static async Task<Results<Ok<MeetingSettingsView>, ValidationProblem, ProblemHttpResult>> Update(
        int groupId, MeetingSettingsInput input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(groupId, ct)) return ApiProblems.Forbidden();
        if (await CheckAsync(input, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var settings = await LoadOrDefaultAsync(db, groupId, ct);
        if (settings.Id != 0)
        {
            if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
            db.ExpectVersion(settings, version);
        }
        else db.MeetingSettings.Add(settings);
        Apply(input, settings);
        if (settings.Id != 0) db.Entry(settings).Property(s => s.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        http.SetETag(settings.Version);
        return TypedResults.Ok(View(settings));
    }

    public static async Task<Dictionary<string, string[]>> CheckAsync(MeetingSettingsInput input, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.SummerLastWeek < input.SummerFirstWeek) errors["summerLastWeek"] = ["Sista veckan kan inte ligga före den första."];
        var rotation = input.ChairRotation ?? [];
        if (rotation.Count != rotation.Distinct().Count()) errors["chairRotation"] = ["Samma organisation finns med mer än en gång."];
        else if (rotation.Count > 0 && await db.Organisations.CountAsync(o => rotation.Contains(o.Id), ct) != rotation.Count)
            errors["chairRotation"] = ["En eller flera organisationer finns inte."];
        if (rotation.Count > 0 && input.ChairRotationStart is null) errors["chairRotationStart"] = ["Ange när rotationen börjar."];
        var items = input.StandingItems ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Title) || items[i].Title!.Length > 300)
                errors[$"standingItems[{i}].title"] = ["Ange en rubrik på högst 300 tecken."];
            else if (Privacy.PersonalIdentityNumberGuard.ContainsIdentityNumber(items[i].Title))
                errors[$"standingItems[{i}].title"] = [Resources.Texts.Validation_PersonalIdentityNumber];
            if (items[i].DurationMinutes is not (>= 1 and <= AgendaItem.MaxDurationMinutes))
                errors[$"standingItems[{i}].durationMinutes"] = ["Tiden ska vara mellan 1 och 240 minuter."];
        }
        return errors;
    }

    /// <summary>Every setting, the rotation and the standing items in the order given; shared with the settings page.</summary>
    public static void Apply(MeetingSettingsInput input, MeetingSettings s)
    {
        s.UsualStart = input.UsualStart!.Value;
        s.DurationMinutes = input.DurationMinutes!.Value;
        s.PreferredDay = input.PreferredDay;
        s.Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim();
        s.IncludeWhitsun = input.IncludeWhitsun;
        s.AgendaDeadlineWorkingDays = input.AgendaDeadlineWorkingDays;
        s.AttendanceTarget = input.AttendanceTarget;
        s.UsesAdjuster = input.UsesAdjuster;
        s.SummerFirstWeek = input.SummerFirstWeek;
        s.SummerLastWeek = input.SummerLastWeek;
        s.ChairRotationStart = input.ChairRotationStart;
        s.ChairPeriodMonths = input.ChairPeriodMonths;
        s.ChairRotationSlots.Clear();
        var rotation = input.ChairRotation ?? [];
        for (var i = 0; i < rotation.Count; i++) s.ChairRotationSlots.Add(new ChairRotationSlot { Order = i + 1, OrganisationId = rotation[i] });
        s.StandingItems.Clear();
        var items = input.StandingItems ?? [];
        for (var i = 0; i < items.Count; i++)
            s.StandingItems.Add(new StandingAgendaItem { Order = i + 1, Title = items[i].Title!.Trim(), Kind = items[i].Kind ?? AgendaItemKind.Information, DurationMinutes = items[i].DurationMinutes!.Value });
    }

    private static async Task<Results<Ok<AttendanceSummary>, ValidationProblem, ProblemHttpResult>> Statistics(
        int groupId, DateOnly? from, DateOnly? to, AppDbContext db, CancellationToken ct)
    {
        if (from > to) return ApiProblems.Validation("to", "Slutdatumet ligger före startdatumet.");
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        return TypedResults.Ok(await AttendanceSummaryAsync(db, groupId, from, to, ct));
    }

    public static async Task<AttendanceSummary> AttendanceSummaryAsync(AppDbContext db, int groupId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var target = await db.MeetingSettings.Where(s => s.GroupId == groupId).Select(s => (int?)s.AttendanceTarget).FirstOrDefaultAsync(ct) ?? 90;
        var query = db.Attendances.AsNoTracking()
            .Join(db.Meetings.Where(m => m.GroupId == groupId && m.Status != MeetingStatus.Cancelled), a => a.MeetingId, m => m.Id, (a, m) => new { a, m });
        if (from is DateOnly f) { var start = MeetingApi.StartOfDay(f); query = query.Where(x => x.m.StartsAt >= start); }
        if (to is DateOnly t) { var end = MeetingApi.StartOfDay(t.AddDays(1)); query = query.Where(x => x.m.StartsAt < end); }
        // Ids per seat and names once per membership: three years are some 1,200 seats, but only a few dozen memberships.
        var rows = await query.Select(x => new { x.a.MeetingId, x.a.MembershipId, x.a.Status, x.m.StartsAt }).ToListAsync(ct);
        var seated = rows.Select(r => r.MembershipId).Distinct().ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(m => seated.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.OrganisationId, OrganisationName = m.Organisation != null ? m.Organisation.Name : null, m.PersonId, PersonName = m.Person.Name,
            })
            .ToDictionaryAsync(m => m.Id, ct);
        var dates = rows.Select(r => r.StartsAt).Distinct().ToDictionary(at => at, at => DateOnly.FromDateTime(Infrastructure.SwedishTime.ToLocal(at).DateTime));
        var records = rows.Select(r =>
        {
            var seat = memberships[r.MembershipId];
            return new AttendanceRecord(r.MeetingId, seat.OrganisationId, seat.OrganisationName, seat.PersonId, seat.PersonName, r.Status, dates[r.StartsAt]);
        }).ToList();
        return AttendanceStatistics.Compute(records, target);
    }
}
