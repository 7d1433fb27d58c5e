using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Meetings;

public sealed class AgendaItemInput
{
    [Display(Name = "Rubrik"), Mandatory, MaxChars(300), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Typ av punkt"), Chosen]
    public AgendaItemKind? Kind { get; set; }

    [Display(Name = "Tid i minuter"), Mandatory, Range(1, AgendaItem.MaxDurationMinutes, ErrorMessage = "Tiden ska vara mellan 1 och 240 minuter.")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Beskrivning"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Description { get; set; }

    [Display(Name = "Länkar till underlag"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Links { get; set; }

    [Display(Name = "Föredragande organisation")]
    public int? PresenterOrganisationId { get; set; }

    [Display(Name = "Föredragande")]
    public int? PresenterPersonId { get; set; }

    /// <summary>The convener's decision on a proposal (accepted or declined).</summary>
    [Display(Name = "Beslut om punkten")]
    public AgendaItemStatus? Status { get; set; }

    /// <summary>Position on the agenda (1 = first); the convener reorders with it.</summary>
    [Display(Name = "Plats i dagordningen"), Range(1, 500, ErrorMessage = "Platsen ska vara mellan 1 och 500.")]
    public int? Order { get; set; }

    public int? Version { get; set; }
}

/// <summary>The agenda: proposals until the deadline, the convener's decisions, publishing that freezes it.</summary>
public static class AgendaApi
{
    public static RouteGroupBuilder MapAgendaApi(this RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{id:int}/agenda-items", Add).WithName("AddAgendaItem")
            .WithSummary("Föreslå (ledamot) eller lägg till (sammankallande) en punkt; efter fastställandet markeras den som sent tillkommen");
        meetings.MapPut("/{id:int}/agenda-items/{itemId:int}", Update).WithName("UpdateAgendaItem")
            .WithSummary("Ändra, ordna, godta eller avböj en punkt (sammankallande)");
        meetings.MapDelete("/{id:int}/agenda-items/{itemId:int}", Remove).WithName("RemoveAgendaItem")
            .WithSummary("Ta bort en punkt innan dagordningen är fastställd");
        meetings.MapPost("/{id:int}/agenda/publish", Publish).WithName("PublishAgenda")
            .WithSummary("Fastställ dagordningen; senare punkter markeras som sent tillkomna");
        return meetings;
    }

    private static async Task<Results<Created<AgendaItemView>, ValidationProblem, ProblemHttpResult>> Add(
        int id, AgendaItemInput input, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        var manages = await rights.CanManageAsync(meeting.GroupId, ct);
        if (!manages && !await rights.CanProposeAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (await AgendaOperations.CheckAsync(input, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (await AgendaOperations.AddRefusalAsync(db, meeting, manages, ct) is { } refusal) return ApiProblems.StateConflict(refusal);
        var item = await AgendaOperations.AddAsync(db, meeting, input, manages, rights.PersonId, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/meetings/{id}", await ViewAsync(db, id, item.Id, ct));
    }

    private static async Task<Results<Ok<AgendaItemView>, ValidationProblem, ProblemHttpResult>> Update(
        int id, int itemId, AgendaItemInput input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == id, ct);
        var item = meeting?.AgendaItems.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item is null) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (await AgendaOperations.CheckAsync(input, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        if (AgendaOperations.ChangeRefusal(meeting, item) is { } refusal) return ApiProblems.StateConflict(refusal);
        db.ExpectVersion(item, version);
        AgendaOperations.Apply(input, item);
        if (input.Status is AgendaItemStatus status) AgendaOperations.Decide(db, meeting, item, status, rights.PersonId);
        if (input.Order is int order) AgendaOperations.Reorder(meeting, item, order);
        await db.SaveChangesAsync(ct);
        http.SetETag(item.Version);
        return TypedResults.Ok(await ViewAsync(db, id, itemId, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        int id, int itemId, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == id, ct);
        var item = meeting?.AgendaItems.FirstOrDefault(i => i.Id == itemId);
        if (meeting is null || item is null) return ApiProblems.NotFound();
        var ownProposal = item.Status == AgendaItemStatus.Proposed && item.ProposedByPersonId == rights.PersonId && rights.PersonId is not null;
        if (!ownProposal && !await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (AgendaOperations.ChangeRefusal(meeting, item, removing: true) is { } refusal) return ApiProblems.StateConflict(refusal);
        meeting.AgendaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeetingDetails>, ProblemHttpResult>> Publish(
        int id, VersionInput? body, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (http.ClientVersion(body?.Version) is int version) db.ExpectVersion(meeting, version);
        await MeetingOperations.PublishAgendaAsync(db, meeting, rights.PersonId, ct);
        await db.SaveChangesAsync(ct);
        http.SetETag(meeting.Version);
        return TypedResults.Ok((await MeetingViews.DetailsAsync(db, id, ct))!);
    }

    private static async Task<AgendaItemView> ViewAsync(AppDbContext db, int meetingId, int itemId, CancellationToken ct) =>
        (await MeetingViews.DetailsAsync(db, meetingId, ct))!.Agenda.First(i => i.Id == itemId);
}
