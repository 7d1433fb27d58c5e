using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Cases;

/// <summary>
/// The receiving group's work with a handover, the same for the API and the pages: accept, return,
/// note progress and report back. The report-back is proposed onto the handing group's next meeting
/// and its conveners are told, in the same transaction.
/// </summary>
public sealed class HandoverOperations(AppDbContext db, CaseRights rights)
{
    private DateTimeOffset Now => db.Clock.GetUtcNow();

    public async Task<CaseResult<Handover>> AcceptAsync(int handoverId, CommentInput input, int? version, CancellationToken ct)
    {
        var (handover, refusal) = await ReceivedAsync(handoverId, version, versionRequired: true, ct);
        if (handover is null) return refusal;
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return CaseResult.Invalid<Handover>(errors);
        db.ExpectVersion(handover, version!.Value);
        handover.Accept(Clean(input.Comment), Now, await rights.ActorAsync(ct));
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(handover);
    }

    public async Task<CaseResult<Handover>> ReturnAsync(int handoverId, ReturnInput input, int? version, CancellationToken ct)
    {
        var (handover, refusal) = await ReceivedAsync(handoverId, version, versionRequired: true, ct);
        if (handover is null) return refusal;
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return CaseResult.Invalid<Handover>(errors);
        db.ExpectVersion(handover, version!.Value);
        var actor = await rights.ActorAsync(ct);
        handover.Return(input.Reason!.Trim(), Now, actor);
        await CaseNotifications.ReturnedAsync(db, handover.Case, handover, handover.ToGroup.Name, actor, ct);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(handover);
    }

    /// <summary>A progress note; the version is checked when the client sends one (a note changes nothing else).</summary>
    public async Task<CaseResult<Handover>> AddNoteAsync(int handoverId, NoteInput input, int? version, CancellationToken ct)
    {
        var (handover, refusal) = await ReceivedAsync(handoverId, version, versionRequired: false, ct);
        if (handover is null) return refusal;
        if (InputValidation.Validate(input) is { Count: > 0 } errors) return CaseResult.Invalid<Handover>(errors);
        if (version is int expected) db.ExpectVersion(handover, expected);
        handover.AddNote(input.Text!.Trim(), Now, await rights.ActorAsync(ct));
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(handover);
    }

    public async Task<CaseResult<Handover>> ReportBackAsync(int handoverId, ReportBackInput input, int? version, CancellationToken ct)
    {
        var (handover, refusal) = await ReceivedAsync(handoverId, version, versionRequired: true, ct);
        if (handover is null) return refusal;
        var errors = InputValidation.Validate(input);
        if (!errors.ContainsKey("links") && HandoverRules.LinkError(input.Links) is { } linkError) errors["links"] = [linkError];
        if (errors.Count > 0) return CaseResult.Invalid<Handover>(errors);

        db.ExpectVersion(handover, version!.Value);
        var actor = await rights.ActorAsync(ct);
        var links = HandoverRules.Lines(input.Links) is { Count: > 0 } lines ? string.Join('\n', lines) : null;
        handover.ReportBack(input.Text!.Trim(), links, Now, actor);
        var meeting = await ProposeReportBackAsync(handover, actor, ct);
        await CaseNotifications.ReportedBackAsync(db, handover.Case, handover, handover.ToGroup.Name, meeting, actor, ct);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(handover);
    }

    /// <summary>Puts the report-back on the handing group's next meeting, as a proposal its convener accepts.</summary>
    private async Task<Meeting?> ProposeReportBackAsync(Handover handover, Actor actor, CancellationToken ct)
    {
        var title = CaseOperations.AgendaTitle($"Återrapport från {handover.ToGroup.Name}: {handover.Case.Title}");
        var description = $"{handover.ToGroup.Name} återrapporterar uppdraget \"{handover.Assignment}\".\n\n{handover.ReportBackText}"
            + (handover.ReportBackLinks is null ? "" : $"\n\nUnderlag:\n{handover.ReportBackLinks}")
            + $"\n\nÄrendet i Samsyn: {CaseNotifications.Link(handover.CaseId)}";
        var meeting = await AgendaProposals.ProposeOnNextMeetingAsync(db, handover.FromGroupId, title, description, actor.PersonId, null, ct: ct);
        if (meeting is not null) handover.ProposedAs(CaseOperations.ItemOn(db, meeting, title), meeting.Id, Now, actor);
        return meeting;
    }

    /// <summary>The handover with its case when the user manages the receiving group (and gave a version when one is required).</summary>
    private async Task<(Handover?, CaseResult<Handover>)> ReceivedAsync(int handoverId, int? version, bool versionRequired, CancellationToken ct)
    {
        var handover = await db.Handovers.Include(h => h.ToGroup).Include(h => h.Case).ThenInclude(c => c.Handovers)
            .FirstOrDefaultAsync(h => h.Id == handoverId, ct);
        if (handover is null) return (null, CaseResult.Refused<Handover>(Outcome.NotFound));
        if (!await rights.CanManageGroupAsync(handover.ToGroupId, ct)) return (null, CaseResult.Refused<Handover>(Outcome.Forbidden));
        if (versionRequired && version is null) return (null, CaseResult.Refused<Handover>(Outcome.VersionRequired));
        return (handover, CaseResult.Done(handover));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
