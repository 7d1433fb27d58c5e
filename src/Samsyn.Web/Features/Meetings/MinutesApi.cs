using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Meetings;

public sealed class NotesInput
{
    [Display(Name = "Anteckningar"), MaxChars(20000), NoPersonalIdentityNumber]
    public string? Notes { get; set; }

    public int? Version { get; set; }
}

public sealed class DecisionInput
{
    [Display(Name = "Beslut"), Mandatory, MaxChars(4000), NoPersonalIdentityNumber]
    public string? Text { get; set; }

    [Display(Name = "Typ av beslut")]
    public DecisionType? Type { get; set; }
}

public sealed class ActionItemInput
{
    [Display(Name = "Åtgärd"), Mandatory, MaxChars(2000), NoPersonalIdentityNumber]
    public string? Text { get; set; }

    [Display(Name = "Ansvarig")]
    public int? OwnerPersonId { get; set; }

    [Display(Name = "Klart senast")]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "Klar")]
    public bool? Done { get; set; }

    public int? Version { get; set; }
}

public sealed record ApproveInput(int? Version, string? AdjustedBy);

/// <summary>The minutes: notes, decisions and action items per agenda item; approval locks them.</summary>
public static class MinutesApi
{
    public static RouteGroupBuilder MapMinutesApi(this RouteGroupBuilder meetings)
    {
        meetings.MapPut("/{id:int}/agenda-items/{itemId:int}/notes", SaveNotes).WithName("SaveNotes").WithSummary("Spara anteckningar för en punkt");
        meetings.MapPost("/{id:int}/agenda-items/{itemId:int}/decisions", AddDecision).WithName("AddDecision").WithSummary("Protokollför ett beslut");
        meetings.MapDelete("/{id:int}/decisions/{decisionId:int}", RemoveDecision).WithName("RemoveDecision").WithSummary("Ta bort ett beslut ur utkastet");
        meetings.MapPost("/{id:int}/agenda-items/{itemId:int}/action-items", AddActionItem).WithName("AddActionItem").WithSummary("Lägg till en åtgärd med ansvarig och datum");
        meetings.MapPut("/{id:int}/action-items/{actionId:int}", UpdateActionItem).WithName("UpdateActionItem").WithSummary("Ändra eller klarmarkera en åtgärd");
        meetings.MapPost("/{id:int}/minutes/approve", Approve).WithName("ApproveMinutes").WithSummary("Godkänn och lås protokollet (ordförande eller sammankallande)");
        return meetings;
    }

    private static async Task<Results<Ok<AgendaItemView>, ValidationProblem, ProblemHttpResult>> SaveNotes(
        int id, int itemId, NotesInput input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var (meeting, item, refusal) = await EditableAsync(db, rights, id, itemId, ct);
        if (refusal is not null) return refusal;
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(item!, version);
        item!.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        await db.SaveChangesAsync(ct);
        http.SetETag(item.Version);
        return TypedResults.Ok((await MeetingViews.DetailsAsync(db, meeting!.Id, ct))!.Agenda.First(i => i.Id == itemId));
    }

    private static async Task<Results<Created<DecisionView>, ValidationProblem, ProblemHttpResult>> AddDecision(
        int id, int itemId, DecisionInput input, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var (meeting, item, refusal) = await EditableAsync(db, rights, id, itemId, ct);
        if (refusal is not null) return refusal;
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var decision = Decision.InMinutes(meeting!, input.Text!.Trim(), input.Type ?? DecisionType.Decision);
        item!.Decisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/meetings/{id}", new DecisionView(decision.Id, decision.Type, decision.Text, decision.Version));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveDecision(
        int id, int decisionId, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.MeetingId == id, ct);
        if (decision is null) return ApiProblems.NotFound();
        var (_, _, refusal) = await EditableAsync(db, rights, id, decision.AgendaItemId ?? 0, ct);
        if (refusal is not null) return refusal;
        if (await Decisions.DecisionUse.DescribeAsync(db, decision.Id, ct) is { } use)
            return ApiProblems.StateConflict($"Beslutet kan inte tas bort: {use}.");
        db.Decisions.Remove(decision);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<ActionItemView>, ValidationProblem, ProblemHttpResult>> AddActionItem(
        int id, int itemId, ActionItemInput input, AppDbContext db, MeetingRights rights, CancellationToken ct)
    {
        var (_, item, refusal) = await EditableAsync(db, rights, id, itemId, ct);
        if (refusal is not null) return refusal;
        if (await CheckAsync(input, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        var action = new ActionItem { MeetingId = id };
        Apply(input, action, db.Clock.GetUtcNow());
        item!.ActionItems.Add(action);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/meetings/{id}", await ActionViewAsync(db, action.Id, ct));
    }

    /// <summary>Action items stay open after the minutes are approved, so marking one done is always allowed.</summary>
    private static async Task<Results<Ok<ActionItemView>, ValidationProblem, ProblemHttpResult>> UpdateActionItem(
        int id, int actionId, ActionItemInput input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var action = await db.ActionItems.FirstOrDefaultAsync(a => a.Id == actionId && a.MeetingId == id, ct);
        if (action is null) return ApiProblems.NotFound();
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        var owner = action.OwnerPersonId is not null && action.OwnerPersonId == rights.PersonId;
        if (!owner && !await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (await CheckAsync(input, db, ct) is { Count: > 0 } errors) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(action, version);
        if (meeting.AreMinutesApproved && (input.Text!.Trim() != action.Text || input.OwnerPersonId != action.OwnerPersonId || input.DueDate != action.DueDate))
            return ApiProblems.StateConflict("Protokollet är godkänt; åtgärden kan bara klarmarkeras.");
        Apply(input, action, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        http.SetETag(action.Version);
        return TypedResults.Ok(await ActionViewAsync(db, actionId, ct));
    }

    private static async Task<Results<Ok<MeetingDetails>, ValidationProblem, ProblemHttpResult>> Approve(
        int id, ApproveInput? input, AppDbContext db, MeetingRights rights, HttpContext http, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return ApiProblems.NotFound();
        var chair = (await ChairAssignment.ResolveAsync(db, [meeting], ct))[meeting.Id];
        var isChair = chair.PersonId is not null && chair.PersonId == rights.PersonId;
        if (!isChair && !await rights.CanManageAsync(meeting.GroupId, ct)) return ApiProblems.Forbidden();
        if (MeetingOperations.AdjusterError(await MeetingOperations.UsesAdjusterAsync(db, meeting.GroupId, ct), input?.AdjustedBy) is { } adjusterError)
            return ApiProblems.Validation("adjustedBy", adjusterError);
        if (http.ClientVersion(input?.Version) is int version) db.ExpectVersion(meeting, version);
        await MeetingOperations.ApproveMinutesAsync(db, meeting, rights.UserName, input?.AdjustedBy, rights.PersonId, ct);
        await db.SaveChangesAsync(ct);
        http.SetETag(meeting.Version);
        return TypedResults.Ok((await MeetingViews.DetailsAsync(db, id, ct))!);
    }

    /// <summary>The meeting and item when the current user may write minutes and they are not locked; else the refusal.</summary>
    private static async Task<(Meeting?, AgendaItem?, ProblemHttpResult?)> EditableAsync(
        AppDbContext db, MeetingRights rights, int id, int itemId, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        var item = meeting is null ? null
            : await db.AgendaItems.Include(i => i.Decisions).Include(i => i.ActionItems).FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id, ct);
        if (meeting is null || item is null) return (null, null, ApiProblems.NotFound());
        if (!await rights.CanManageAsync(meeting.GroupId, ct)) return (null, null, ApiProblems.Forbidden());
        if (meeting.AreMinutesApproved) return (null, null, ApiProblems.StateConflict("Protokollet är godkänt och låst."));
        return (meeting, item, null);
    }

    private static async Task<Dictionary<string, string[]>> CheckAsync(ActionItemInput input, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.OwnerPersonId is int p && !await db.People.AnyAsync(x => x.Id == p, ct))
            errors["ownerPersonId"] = ["Personen finns inte."];
        return errors;
    }

    private static void Apply(ActionItemInput input, ActionItem action, DateTimeOffset now)
    {
        action.Text = input.Text!.Trim();
        action.OwnerPersonId = input.OwnerPersonId;
        action.DueDate = input.DueDate;
        if (input.Done == true && action.DoneAt is null) action.DoneAt = now;
        else if (input.Done == false) action.DoneAt = null;
    }

    private static Task<ActionItemView> ActionViewAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.ActionItems.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActionItemView(a.Id, a.Text, a.OwnerPersonId, a.OwnerPerson != null ? a.OwnerPerson.Name : null, a.DueDate, a.DoneAt != null, a.Version))
            .FirstAsync(ct);
}
