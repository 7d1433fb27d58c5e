using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Meetings;

public sealed class MeetingInput
{
    [Display(Name = "Grupp"), Chosen]
    public int? GroupId { get; set; }

    [Display(Name = "Rubrik"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Start"), Mandatory]
    public DateTimeOffset? StartsAt { get; set; }

    [Display(Name = "Slut"), Mandatory]
    public DateTimeOffset? EndsAt { get; set; }

    [Display(Name = "Plats eller länk"), MaxChars(300), NoPersonalIdentityNumber]
    public string? Location { get; set; }

    [Display(Name = "Typ av möte")]
    public MeetingKind? Kind { get; set; }

    [Display(Name = "Anledning"), MaxChars(200), NoPersonalIdentityNumber]
    public string? Reason { get; set; }

    [Display(Name = "Ordförande (organisation)")]
    public int? ChairOrganisationId { get; set; }

    [Display(Name = "Ordförande (person)")]
    public int? ChairPersonId { get; set; }

    public int? Version { get; set; }
}

public static class MeetingApi
{
    public const int MaxMeetingHours = 12;

    public static RouteGroupBuilder MapMeetingApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Möten");
        meetings.MapGet("/", List).WithName("ListMeetings").WithSummary("Möten, valfritt per grupp och datumintervall (from/to, ÅÅÅÅ-MM-DD)");
        meetings.MapGet("/{id:int}", Get).WithName("GetMeeting").WithSummary("Ett möte med ordförande och dagordning");
        meetings.MapPost("/", Create).WithName("CreateMeeting").WithSummary("Planera ett möte (gruppens sammankallande)");
        meetings.MapPut("/{id:int}", Update).WithName("UpdateMeeting").WithSummary("Ändra tid, plats, rubrik eller ordförande");
        meetings.MapPost("/{id:int}/cancel", Cancel).WithName("CancelMeeting").WithSummary("Ställ in ett möte");
        return meetings;
    }

    private static async Task<Results<Ok<PagedList<MeetingSummary>>, ValidationProblem>> List(
        AppDbContext db, int? groupId, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        if (from > to) return ApiProblems.Validation("to", "Slutdatumet ligger före startdatumet.");
        var query = db.Meetings.Where(m => groupId == null || m.GroupId == groupId);
        if (from is DateOnly f) { var start = StartOfDay(f); query = query.Where(m => m.StartsAt >= start); }
        if (to is DateOnly t) { var end = StartOfDay(t.AddDays(1)); query = query.Where(m => m.StartsAt < end); }
        var p = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(ct);
        var items = await MeetingViews.SummariesAsync(db, query.OrderBy(m => m.StartsAt).Skip((p - 1) * size).Take(size), ct);
        return TypedResults.Ok(new PagedList<MeetingSummary>(items, total, p, size));
    }

    private static async Task<Results<Ok<MeetingDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var details = await MeetingViews.DetailsAsync(db, id, ct);
        if (details is null) return ApiProblems.NotFound();
        http.SetETag(details.Meeting.Version);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Created<MeetingDetails>, ValidationProblem, ProblemHttpResult>> Create(
        MeetingInput input, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (!await db.Groups.AnyAsync(g => g.Id == input.GroupId && g.RetiredAt == null, ct))
            return ApiProblems.Validation("groupId", "Gruppen finns inte eller är avslutad.");
        if (!await rights.CanManageAsync(input.GroupId!.Value, ct)) return ApiProblems.Forbidden();
        if (await CheckAsync(input, db, ct) is { Count: > 0 } more) return ApiProblems.Validation(more);
        var meeting = await PlanAsync(db, input, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", (await MeetingViews.DetailsAsync(db, meeting.Id, ct))!);
    }

    /// <summary>Creates a meeting with the group's standing agenda items.</summary>
    public static async Task<Meeting> PlanAsync(AppDbContext db, MeetingInput input, CancellationToken ct)
    {
        var settings = await db.MeetingSettings.AsNoTracking().Include(s => s.StandingItems)
            .FirstOrDefaultAsync(s => s.GroupId == input.GroupId, ct);
        var meeting = new Meeting
        {
            GroupId = input.GroupId!.Value,
            Title = input.Title!.Trim(),
            StartsAt = input.StartsAt!.Value.ToUniversalTime(),
            EndsAt = input.EndsAt!.Value.ToUniversalTime(),
            Location = Clean(input.Location) ?? settings?.Location,
            Kind = input.Kind ?? MeetingKind.Ordinary,
            Reason = Clean(input.Reason),
            ChairOrganisationOverrideId = input.ChairOrganisationId,
            ChairPersonOverrideId = input.ChairPersonId,
        };
        var order = 1;
        foreach (var standing in settings?.StandingItems.OrderBy(s => s.Order) ?? Enumerable.Empty<StandingAgendaItem>())
        {
            meeting.AgendaItems.Add(new AgendaItem
            {
                Order = order++, Title = standing.Title, Kind = standing.Kind, DurationMinutes = standing.DurationMinutes,
                Status = AgendaItemStatus.Accepted, IsStanding = true,
            });
        }
        db.Meetings.Add(meeting);
        return meeting;
    }

    private static async Task<Results<Ok<MeetingDetails>, ValidationProblem, ProblemHttpResult>> Update(
        int id, MeetingInput input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        input.GroupId ??= meeting.GroupId;
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (input.GroupId != meeting.GroupId) return ApiProblems.Validation("groupId", "Ett möte kan inte flyttas till en annan grupp.");
        if (await CheckAsync(input, db, ct) is { Count: > 0 } more) return ApiProblems.Validation(more);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(meeting, version);
        await MeetingOperations.UpdateAsync(db, meeting, input, rights.PersonId, ct);
        await db.SaveChangesAsync(ct);
        http.SetETag(meeting.Version);
        return TypedResults.Ok((await MeetingViews.DetailsAsync(db, id, ct))!);
    }

    private static async Task<Results<Ok<MeetingDetails>, ProblemHttpResult>> Cancel(
        int id, VersionInput? body, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(body?.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(meeting, version);
        await MeetingOperations.CancelAsync(db, meeting, rights.PersonId, ct);
        await db.SaveChangesAsync(ct);
        http.SetETag(meeting.Version);
        return TypedResults.Ok((await MeetingViews.DetailsAsync(db, id, ct))!);
    }

    /// <summary>The rules a meeting's time and chair must follow; shared with the pages.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(MeetingInput input, AppDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.EndsAt <= input.StartsAt) errors["endsAt"] = ["Mötet måste sluta efter att det börjar."];
        else if (input.EndsAt - input.StartsAt > TimeSpan.FromHours(MaxMeetingHours))
            errors["endsAt"] = [$"Ett möte kan vara högst {MaxMeetingHours} timmar."];
        if (input.ChairOrganisationId is int o && !await db.Organisations.AnyAsync(x => x.Id == o, ct))
            errors["chairOrganisationId"] = ["Organisationen finns inte."];
        if (input.ChairPersonId is int p && !await db.People.AnyAsync(x => x.Id == p, ct))
            errors["chairPersonId"] = ["Personen finns inte."];
        return errors;
    }

    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, SwedishTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

