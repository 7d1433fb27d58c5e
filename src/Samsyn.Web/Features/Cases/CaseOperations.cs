using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// The handing group's work with a case, the same for the API and the pages: raise, put on the
/// agenda, decide, hand over and close. Each checks rights, input and the version the client saw,
/// changes the case through its guarded methods, raises the notifications and saves it all at once.
/// The receiving group's work is in <see cref="HandoverOperations"/>.
/// </summary>
public sealed class CaseOperations(AppDbContext db, CaseRights rights)
{
    private DateTimeOffset Now => db.Clock.GetUtcNow();

    public async Task<CaseResult<Case>> RaiseAsync(CaseInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        var group = input.GroupId is int groupId ? await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId && g.RetiredAt == null, ct) : null;
        if (group is null)
        {
            errors.TryAdd("groupId", ["Gruppen finns inte eller är avslutad."]);
            return CaseResult.Invalid<Case>(errors);
        }
        if (!await rights.CanRaiseAsync(group.Id, group.AreaId, ct)) return CaseResult.Refused<Case>(Outcome.Forbidden);

        var mine = await rights.OrganisationsInAreaAsync(group.AreaId, ct);
        var organisationId = input.OrganisationId;
        if (organisationId is int chosen)
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == chosen && o.AreaId == group.AreaId && o.RetiredAt == null, ct))
                errors["organisationId"] = ["Organisationen finns inte i gruppens samverkansområde."];
            else if (!rights.IsAdministrator && !mine.Contains(chosen)) return CaseResult.Refused<Case>(Outcome.Forbidden);
        }
        else if (mine.Count == 1) organisationId = mine[0];
        else if (mine.Count > 1 && !await rights.CanManageGroupAsync(group.Id, ct))
            errors["organisationId"] = ["Välj vilken organisation du företräder."];

        var affected = input.AffectedOrganisationIds?.Distinct().ToList() ?? [];
        if (affected.Count == 0) errors["affectedOrganisationIds"] = ["Välj minst en berörd organisation."];
        else if (await db.Organisations.CountAsync(o => affected.Contains(o.Id) && o.AreaId == group.AreaId && o.RetiredAt == null, ct) != affected.Count)
            errors["affectedOrganisationIds"] = ["En eller flera av de berörda organisationerna finns inte i gruppens samverkansområde."];
        if (errors.Count > 0) return CaseResult.Invalid<Case>(errors);

        var actor = await rights.ActorAsync(ct);
        var raised = Case.Raise(group.Id, input.Title!.Trim(), input.Description!.Trim(), input.Urgency ?? CaseUrgency.Normal,
            organisationId, affected, Now, actor);
        db.Cases.Add(raised);
        // The notification links to the case, whose id the first save gives; both saves are one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await CaseNotifications.RaisedAsync(db, raised, group.Name, actor, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CaseResult.Done(raised);
    }

    /// <summary>Puts the case on the handing group's next meeting (an accepted item, since its convener puts it there).</summary>
    public async Task<CaseResult<Case>> PutOnAgendaAsync(int caseId, int? version, CancellationToken ct)
    {
        var (found, refusal) = await ManagedAsync(caseId, version, ct);
        if (found is null) return CaseResult.Refused<Case>(refusal);
        db.ExpectVersion(found, version!.Value);
        CaseRules.Ensure(found.Status, CaseAction.PutOnAgenda, found.HasOpenHandovers);
        if (found.AgendaItemId is int linked && await UpcomingItemAsync(linked, ct) is { } upcoming)
            throw new InvalidStateChangeException($"Ärendet står redan på dagordningen för mötet {MeetingNotifications.When(upcoming)}.");

        var actor = await rights.ActorAsync(ct);
        var title = AgendaTitle($"Ärende: {found.Title}");
        var meeting = await AgendaProposals.ProposeOnNextMeetingAsync(db, found.GroupId, title, AgendaDescription(found), actor.PersonId,
            found.RaisedForOrganisationId, AgendaItemKind.Decision, ct: ct)
            ?? throw new InvalidStateChangeException($"{found.Group.Name} har inget planerat möte med öppen dagordning. Planera ett möte först.");
        var item = ItemOn(meeting, title);
        if (item.Id == 0) item.PresenterPersonId = found.RaisedByPersonId ?? actor.PersonId;
        if (item.Status == AgendaItemStatus.Proposed) item.Status = AgendaItemStatus.Accepted;
        found.PutOnAgenda(item, meeting.Id, Now, actor);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(found);
    }

    public async Task<CaseResult<Case>> DecideAsync(int caseId, CaseDecisionInput input, int? version, CancellationToken ct)
    {
        var (found, refusal) = await ManagedAsync(caseId, version, ct);
        if (found is null) return CaseResult.Refused<Case>(refusal);
        var errors = InputValidation.Validate(input);
        var decision = await MinutesDecisionAsync(input.DecisionId, found.GroupId, null, ct);
        if (input.DecisionId is not null && decision is null) errors["decisionId"] = [$"Beslutet finns inte i protokollen för {found.Group.Name}."];
        if (errors.Count > 0) return CaseResult.Invalid<Case>(errors);

        db.ExpectVersion(found, version!.Value);
        var actor = await rights.ActorAsync(ct);
        found.Decide(input.Text!.Trim(), decision, Now, actor);
        CaseNotifications.Concluded(db, found, found.Group.Name, actor);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(found);
    }

    public async Task<CaseResult<Handover>> HandOverAsync(int caseId, HandoverInput input, int? version, CancellationToken ct)
    {
        var (found, refusal) = await ManagedAsync(caseId, version, ct);
        if (found is null) return CaseResult.Refused<Handover>(refusal);
        var errors = InputValidation.Validate(input);
        var to = input.ToGroupId is int toId
            ? await db.Groups.AsNoTracking().Where(g => g.Id == toId).Select(g => new GroupRef(g.Id, g.AreaId, g.Name, g.RetiredAt != null)).FirstOrDefaultAsync(ct)
            : null;
        var from = new GroupRef(found.Group.Id, found.Group.AreaId, found.Group.Name, found.Group.IsRetired);
        foreach (var (field, messages) in HandoverRules.Check(from, to, input.ReportBackBy, SwedishTime.DateOf(Now)))
            errors.TryAdd(field, messages);
        var decision = await MinutesDecisionAsync(input.DecisionId, found.GroupId, DecisionType.Handover, ct);
        if (input.DecisionId is not null && decision is null)
            errors["decisionId"] = [$"Välj ett beslut om överlämning i protokollen för {found.Group.Name}, eller inget."];
        if (errors.Count > 0) return CaseResult.Invalid<Handover>(errors);

        db.ExpectVersion(found, version!.Value);
        var actor = await rights.ActorAsync(ct);
        var handover = found.HandOver(to!.Id, input.Assignment!.Trim(), input.ReportBackBy!.Value, decision, Now, actor);
        await CaseNotifications.HandedOverAsync(db, found, handover, found.Group.Name, to.Name, actor, ct);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(handover);
    }

    public async Task<CaseResult<Case>> CloseAsync(int caseId, CommentInput input, int? version, CancellationToken ct)
    {
        var (found, refusal) = await ManagedAsync(caseId, version, ct);
        if (found is null) return CaseResult.Refused<Case>(refusal);
        var errors = InputValidation.Validate(input);
        if (CaseRules.Allows(found.Status, CaseAction.Close, found.HasOpenHandovers) && CaseRules.CloseNeedsComment(found.Status)
            && string.IsNullOrWhiteSpace(input.Comment))
            errors.TryAdd("comment", [CaseRules.CloseCommentMissing]);
        if (errors.Count > 0) return CaseResult.Invalid<Case>(errors);

        db.ExpectVersion(found, version!.Value);
        var actor = await rights.ActorAsync(ct);
        found.Close(string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), Now, actor);
        CaseNotifications.Concluded(db, found, found.Group.Name, actor);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(found);
    }

    /// <summary>The case with its handovers when the user manages its group and gave a version; else why not.</summary>
    private async Task<(Case?, Outcome)> ManagedAsync(int caseId, int? version, CancellationToken ct)
    {
        var found = await db.Cases.Include(c => c.Group).Include(c => c.Handovers).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null) return (null, Outcome.NotFound);
        if (!await rights.CanManageGroupAsync(found.GroupId, ct)) return (null, Outcome.Forbidden);
        if (version is null) return (null, Outcome.VersionRequired);
        return (found, Outcome.Done);
    }

    /// <summary>A decision from the minutes of one of the group's meetings (of the type asked for), or null.</summary>
    private async Task<Decision?> MinutesDecisionAsync(int? decisionId, int groupId, DecisionType? type, CancellationToken ct) =>
        decisionId is not int id ? null
        : await db.Decisions.FirstOrDefaultAsync(d => d.Id == id && (type == null || d.Type == type)
            && db.Meetings.Any(m => m.Id == d.MeetingId && m.GroupId == groupId), ct);

    /// <summary>The meeting of the item when it is still to come and the item is not declined.</summary>
    private async Task<Meeting?> UpcomingItemAsync(int itemId, CancellationToken ct)
    {
        var now = Now;
        var item = await db.AgendaItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.Status != AgendaItemStatus.Declined, ct);
        if (item is null) return null;
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == item.MeetingId, ct);
        return meeting.Status != MeetingStatus.Cancelled && meeting.StartsAt > now ? meeting : null;
    }

    /// <summary>The item <see cref="AgendaProposals"/> put on the meeting (new or already there), from what the context tracks.</summary>
    internal static AgendaItem ItemOn(AppDbContext db, Meeting meeting, string title) =>
        db.AgendaItems.Local.First(i => i.MeetingId == meeting.Id && i.Title == title && i.Status != AgendaItemStatus.Declined);

    private AgendaItem ItemOn(Meeting meeting, string title) => ItemOn(db, meeting, title);

    /// <summary>Agenda item titles are at most 300 characters.</summary>
    internal static string AgendaTitle(string title) => title.Length <= 300 ? title : title[..299] + "…";

    private static string AgendaDescription(Case found) =>
        $"{found.Description}\n\nBrådska: {CaseText.Urgency(found.Urgency).ToLowerInvariant()}. Ärendet i Samsyn: {CaseNotifications.Link(found.Id)}";
}
