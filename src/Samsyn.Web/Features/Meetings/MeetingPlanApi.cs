using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Meetings;

public sealed record HolidayItem(DateOnly Date, string Name, bool IsPublicHoliday);

/// <summary>A proposed fixed meeting with the group's usual time and length.</summary>
public sealed record MeetingProposal(DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason, MeetingKind Kind, int IsoWeek, bool AlreadyPlanned);

/// <summary>One meeting of the plan as the convener accepts it, possibly moved or re-timed.</summary>
public sealed record AcceptedMeeting(DateOnly Date, TimeOnly? Start, int? DurationMinutes, string? Reason);

public sealed record AcceptPlanInput(List<AcceptedMeeting>? Meetings);

public static class MeetingPlanApi
{
    public static RouteGroupBuilder MapMeetingPlanApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar/holidays", Holidays).WithTags("Kalender").WithName("ListHolidays")
            .WithSummary("Svenska helgdagar samt julafton, nyårsafton och midsommarafton för ett år (1900–2200)");
        var plan = api.MapGroup("/groups/{groupId:int}/meeting-plan").WithTags("Möten");
        plan.MapGet("/", Propose).WithName("ProposeMeetingPlan")
            .WithSummary("Förslag på fasta möten för ett år: före och efter storhelger och sommaren, på vardagar");
        plan.MapPost("/", Accept).WithName("AcceptMeetingPlan")
            .WithSummary("Godkänn (och justera) förslagen i ett svep; skapar mötena");
        return api;
    }

    private static Results<Ok<List<HolidayItem>>, ValidationProblem> Holidays(int? year)
    {
        if (year is not int y || y is < SwedishCalendar.FirstYear or > SwedishCalendar.LastYear)
            return ApiProblems.Validation("year", $"Ange ett år mellan {SwedishCalendar.FirstYear} och {SwedishCalendar.LastYear}.");
        return TypedResults.Ok(SwedishCalendar.Holidays(y).Select(h => new HolidayItem(h.Date, h.Name, h.IsPublicHoliday)).ToList());
    }

    private static async Task<Results<Ok<List<MeetingProposal>>, ValidationProblem, ProblemHttpResult>> Propose(
        int groupId, int? year, AppDbContext db, CancellationToken ct)
    {
        if (year is not int y || y is < SwedishCalendar.FirstYear or > SwedishCalendar.LastYear)
            return ApiProblems.Validation("year", $"Ange ett år mellan {SwedishCalendar.FirstYear} och {SwedishCalendar.LastYear}.");
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct)) return ApiProblems.NotFound();
        return TypedResults.Ok(await ProposalsAsync(db, groupId, y, ct));
    }

    public static async Task<List<MeetingProposal>> ProposalsAsync(AppDbContext db, int groupId, int year, CancellationToken ct)
    {
        var settings = await MeetingSettingsApi.LoadOrDefaultAsync(db, groupId, ct);
        var from = MeetingApi.StartOfDay(new DateOnly(year, 1, 1));
        var to = MeetingApi.StartOfDay(new DateOnly(year + 1, 1, 1));
        var planned = (await db.Meetings.AsNoTracking()
                .Where(m => m.GroupId == groupId && m.Status != MeetingStatus.Cancelled && m.StartsAt >= from && m.StartsAt < to)
                .Select(m => m.StartsAt).ToListAsync(ct))
            .Select(s => DateOnly.FromDateTime(SwedishTime.ToLocal(s).DateTime)).ToHashSet();
        return [.. MeetingPlanner.Propose(year, settings.PlanRules).Select(p =>
        {
            var (starts, ends) = Times(p.Date, settings.UsualStart, settings.DurationMinutes);
            return new MeetingProposal(p.Date, starts, ends, p.ReasonText, MeetingKind.Fixed, SwedishCalendar.IsoWeek(p.Date), planned.Contains(p.Date));
        })];
    }

    private static async Task<Results<Created<List<MeetingSummary>>, ValidationProblem, ProblemHttpResult>> Accept(
        int groupId, AcceptPlanInput input, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(groupId, ct)) return ApiProblems.Forbidden();
        if (group.RetiredAt is not null) return ApiProblems.StateConflict("Gruppen är avslutad och kan inte få nya möten.");
        var accepted = input.Meetings ?? [];
        if (accepted.Count == 0) return ApiProblems.Validation("meetings", "Välj minst ett möte att planera.");
        if (CheckPlan(accepted) is { Count: > 0 } errors) return ApiProblems.Validation(errors);

        var meetings = await CreateAsync(db, groupId, group.Name, accepted, ct);
        await db.SaveChangesAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        return TypedResults.Created($"/api/v1/meetings?groupId={groupId}",
            await MeetingViews.SummariesAsync(db, db.Meetings.Where(m => ids.Contains(m.Id)).OrderBy(m => m.StartsAt), ct));
    }

    /// <summary>Refuses days off and absurd lengths, keyed by the meeting's index in the list.</summary>
    public static Dictionary<string, string[]> CheckPlan(IReadOnlyList<AcceptedMeeting> meetings)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < meetings.Count; i++)
        {
            var m = meetings[i];
            if (!SwedishCalendar.IsWorkingDay(m.Date))
                errors[$"meetings[{i}].date"] = [$"{m.Date:yyyy-MM-dd} är inte en arbetsdag ({SwedishCalendar.HolidayName(m.Date) ?? "helg"})."];
            if (m.DurationMinutes is < 15 or > MeetingApi.MaxMeetingHours * 60)
                errors[$"meetings[{i}].durationMinutes"] = [$"Ett möte ska vara mellan 15 minuter och {MeetingApi.MaxMeetingHours} timmar."];
            if (m.Reason?.Length > 200) errors[$"meetings[{i}].reason"] = ["Anledningen får vara högst 200 tecken."];
        }
        if (meetings.GroupBy(m => m.Date).Any(g => g.Count() > 1)) errors["meetings"] = ["Samma dag finns med mer än en gång."];
        return errors;
    }

    public static async Task<List<Meeting>> CreateAsync(AppDbContext db, int groupId, string groupName, IEnumerable<AcceptedMeeting> accepted, CancellationToken ct)
    {
        var settings = await MeetingSettingsApi.LoadOrDefaultAsync(db, groupId, ct);
        var meetings = new List<Meeting>();
        foreach (var m in accepted)
        {
            var (starts, ends) = Times(m.Date, m.Start ?? settings.UsualStart, m.DurationMinutes ?? settings.DurationMinutes);
            meetings.Add(await MeetingApi.PlanAsync(db, new MeetingInput
            {
                GroupId = groupId, Title = groupName, StartsAt = starts, EndsAt = ends,
                Kind = MeetingKind.Fixed, Reason = m.Reason,
            }, ct));
        }
        return meetings;
    }

    /// <summary>Local Stockholm start and end on <paramref name="date"/>, with the offset of that day (summer or winter time).</summary>
    public static (DateTimeOffset Starts, DateTimeOffset Ends) Times(DateOnly date, TimeOnly start, int minutes)
    {
        var local = date.ToDateTime(start);
        var starts = new DateTimeOffset(local, SwedishTime.Zone.GetUtcOffset(local));
        return (starts, starts.AddMinutes(minutes));
    }
}
