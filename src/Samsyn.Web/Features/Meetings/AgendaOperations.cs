using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The agenda changes the API and the meeting pages both make, each in one place with its guards: who may add or
/// propose an item and until when, when items may still change, what a decision on a proposal tells the proposer.
/// Callers check rights first; a refusal is a Swedish sentence the API answers with 409 and a page shows.
/// </summary>
public static class AgendaOperations
{
    public const string Cancelled = "Mötet är inställt.";

    /// <summary>The agenda is the frame of the minutes: once they are approved, its items no longer change.</summary>
    public const string MinutesLocked = "Protokollet är godkänt och låst; dagordningen kan inte längre ändras.";

    public const string Published = "Dagordningen är fastställd; punkterna på den kan inte längre ändras.";

    public const string PublishedNoRemoval = "Dagordningen är fastställd; punkterna på den kan inte tas bort.";

    /// <summary>Why nobody can add an item now (cancelled, minutes approved), or why a member can no longer propose; null when the item may come.</summary>
    public static async Task<string?> AddRefusalAsync(AppDbContext db, Meeting meeting, bool manages, CancellationToken ct) =>
        meeting.Status == MeetingStatus.Cancelled ? Cancelled
        : meeting.AreMinutesApproved ? MinutesLocked
        : manages ? null
        : await ProposalsClosedAsync(db, meeting, ct);

    /// <summary>Why <paramref name="item"/> can no longer be changed (or, with <paramref name="removing"/>, removed); null when it can.</summary>
    public static string? ChangeRefusal(Meeting meeting, AgendaItem item, bool removing = false) =>
        meeting.Status == MeetingStatus.Cancelled ? Cancelled
        : meeting.AreMinutesApproved ? MinutesLocked
        : meeting.IsAgendaPublished && !item.IsLateAddition ? removing ? PublishedNoRemoval : Published
        : null;

    /// <summary>Why a member can no longer propose: the agenda is published or the deadline has passed.</summary>
    public static async Task<string?> ProposalsClosedAsync(AppDbContext db, Meeting meeting, CancellationToken ct)
    {
        if (meeting.IsAgendaPublished) return "Dagordningen är redan fastställd. Kontakta sammankallande om en sen punkt.";
        var days = await db.MeetingSettings.Where(s => s.GroupId == meeting.GroupId).Select(s => (int?)s.AgendaDeadlineWorkingDays).FirstOrDefaultAsync(ct) ?? 3;
        var deadline = MeetingViews.AgendaDeadline(meeting.StartsAt, days);
        var today = DateOnly.FromDateTime(SwedishTime.ToLocal(db.Clock.GetUtcNow()).DateTime);
        return today > deadline ? $"Sista dag för förslag var {deadline:yyyy-MM-dd}. Kontakta sammankallande om en sen punkt." : null;
    }

    /// <summary>The input's errors, keyed by the API's field names: the attributes' rules, and presenters that exist.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(AgendaItemInput input, AppDbContext db, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.PresenterOrganisationId is int o && !await db.Organisations.AnyAsync(x => x.Id == o, ct))
            errors["presenterOrganisationId"] = ["Organisationen finns inte."];
        if (input.PresenterPersonId is int p && !await db.People.AnyAsync(x => x.Id == p, ct))
            errors["presenterPersonId"] = ["Personen finns inte."];
        return errors;
    }

    /// <summary>
    /// Adds the item last on the agenda: accepted when the convener adds it, a proposal (and news for the conveners) when a
    /// member does; marked as a late addition once the agenda is published. Save afterwards.
    /// </summary>
    public static async Task<AgendaItem> AddAsync(AppDbContext db, Meeting meeting, AgendaItemInput input, bool manages, int? personId, CancellationToken ct)
    {
        var item = new AgendaItem
        {
            Order = meeting.AgendaItems.Count == 0 ? 1 : meeting.AgendaItems.Max(i => i.Order) + 1,
            Status = manages ? AgendaItemStatus.Accepted : AgendaItemStatus.Proposed,
            IsLateAddition = meeting.IsAgendaPublished,
            ProposedByPersonId = personId,
        };
        Apply(input, item);
        meeting.AgendaItems.Add(item);
        if (!manages)
        {
            var groupName = await db.Groups.Where(g => g.Id == meeting.GroupId).Select(g => g.Name).FirstAsync(ct);
            await MeetingNotifications.ItemProposedAsync(db, meeting, groupName, item.Title, personId, ct);
        }
        return item;
    }

    /// <summary>The convener accepts or declines a proposal; the proposer is told.</summary>
    public static void Decide(AppDbContext db, Meeting meeting, AgendaItem item, AgendaItemStatus status, int? personId)
    {
        if (status == item.Status) return;
        item.Status = status;
        MeetingNotifications.ItemDecided(db, meeting, item, personId);
    }

    public static void Apply(AgendaItemInput input, AgendaItem item)
    {
        item.Title = input.Title!.Trim();
        item.Kind = input.Kind!.Value;
        item.DurationMinutes = input.DurationMinutes!.Value;
        item.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        item.Links = string.IsNullOrWhiteSpace(input.Links) ? null : input.Links.Trim();
        item.PresenterOrganisationId = input.PresenterOrganisationId;
        item.PresenterPersonId = input.PresenterPersonId;
    }

    /// <summary>Moves <paramref name="item"/> to position <paramref name="order"/> and renumbers the rest.</summary>
    public static void Reorder(Meeting meeting, AgendaItem item, int order)
    {
        var list = meeting.AgendaItems.OrderBy(i => i.Order).Where(i => i != item).ToList();
        list.Insert(Math.Clamp(order - 1, 0, list.Count), item);
        for (var i = 0; i < list.Count; i++) list[i].Order = i + 1;
    }
}
