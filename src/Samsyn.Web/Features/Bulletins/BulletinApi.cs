using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>The body of an acknowledgement: the organisation acknowledged for, needed only when the reader acts for several recipients.</summary>
public sealed record AcknowledgementInput(int? OrganisationId);

public sealed record AcknowledgementView(int BulletinId, int OrganisationId, string OrganisationName, DateTimeOffset AcknowledgedAt, string? AcknowledgedBy, bool AlreadyAcknowledged);

public static class BulletinApi
{
    public static RouteGroupBuilder MapBulletinApi(this RouteGroupBuilder api)
    {
        var bulletins = api.MapGroup("/bulletins").WithTags("Meddelanden");
        bulletins.MapGet("/", List).WithName("ListBulletins")
            .WithSummary("Meddelanden till alla som jag får läsa, nyast först; current=true bara aktuella, current=false bara inaktuella");
        bulletins.MapGet("/{id:int}", Get).WithName("GetBulletin").WithSummary("Ett meddelande med mottagare och bekräftelser");
        bulletins.MapPost("/", Send).WithName("SendBulletin")
            .WithSummary("Skicka ett meddelande till alla i ett område (areaId), en grupp (groupId) eller valda organisationer (organisationIds)");
        bulletins.MapPut("/{id:int}", Correct).WithName("CorrectBulletin")
            .WithSummary("Rätta rubrik, text, länkar eller giltighet (avsändaren); mottagarna ändras inte");
        bulletins.MapPost("/{id:int}/acknowledgements", Acknowledge).WithName("AcknowledgeBulletin")
            .WithSummary("Bekräfta att min organisation har läst meddelandet (201 första gången, 200 om det redan är bekräftat)");
        bulletins.MapPost("/{id:int}/reminders", Remind).WithName("RemindBulletinRecipients")
            .WithSummary("Påminn de organisationer som inte har bekräftat, nu");
        bulletins.MapBulletinAttachmentApi();
        return bulletins;
    }

    private static async Task<Results<Ok<PagedList<BulletinSummary>>, ValidationProblem>> List(
        AppDbContext db, BulletinRights rights, bool? current, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Check(page, pageSize) is { } errors) return ApiProblems.Validation(errors);
        var query = await rights.ReadableAsync(ct);
        var today = BulletinViews.Today(db);
        if (current == true) query = query.Where(b => b.ValidUntil >= today);
        if (current == false) query = query.Where(b => b.ValidUntil < today);
        var p = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(ct);
        var items = await BulletinViews.SummariesAsync(db, await rights.OwnOrganisationIdsAsync(ct), query.OrderByDescending(b => b.Id).Skip((p - 1) * size).Take(size), ct);
        return TypedResults.Ok(new PagedList<BulletinSummary>(items, total, p, size));
    }

    private static async Task<Results<Ok<BulletinDetails>, ProblemHttpResult>> Get(int id, AppDbContext db, BulletinRights rights, HttpContext http, CancellationToken ct)
    {
        if (!await db.Bulletins.AnyAsync(b => b.Id == id, ct)) return ApiProblems.NotFound();
        if (!await rights.MayReadAsync(id, ct)) return ApiProblems.Forbidden();
        var details = (await BulletinViews.DetailsAsync(db, rights, id, ct))!;
        http.SetETag(details.Version);
        return TypedResults.Ok(details);
    }

    private static async Task<Results<Created<BulletinDetails>, ValidationProblem, ProblemHttpResult>> Send(
        BulletinInput input, AppDbContext db, BulletinRights rights, CancellationToken ct)
    {
        if (!await rights.MaySendAnythingAsync(ct)) return ApiProblems.Forbidden();
        var errors = BulletinChecks.CheckContent(input, BulletinViews.Today(db), out var draft);
        var (choice, organisations) = await BulletinChecks.ResolveRecipientsAsync(db, input, errors, ct);
        if (choice is not null && !await rights.MaySendToAsync(choice, ct)) return ApiProblems.Forbidden();
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        var bulletin = await BulletinOperations.SendAsync(db, draft!, choice!, organisations, rights.PersonId, rights.UserName, ct);
        var details = (await BulletinViews.DetailsAsync(db, rights, bulletin.Id, ct))! with { Notices = Notices(draft!) };
        return TypedResults.Created($"/api/v1/bulletins/{bulletin.Id.ToString(CultureInfo.InvariantCulture)}", details);
    }

    private static async Task<Results<Ok<BulletinDetails>, ValidationProblem, ProblemHttpResult>> Correct(
        int id, BulletinInput input, AppDbContext db, BulletinRights rights, HttpContext http, CancellationToken ct)
    {
        var bulletin = await db.Bulletins.Include(b => b.Links).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (bulletin is null) return ApiProblems.NotFound();
        if (!rights.MayCorrect(bulletin.SenderPersonId)) return ApiProblems.Forbidden();
        // A bulletin that has already expired may still be corrected without moving its last day.
        var today = BulletinViews.Today(db);
        var errors = BulletinChecks.CheckContent(input, bulletin.ValidUntil < today ? bulletin.ValidUntil : today, out var draft);
        if (input.NamesRecipients) errors["recipients"] = ["Mottagarna kan inte ändras efter att meddelandet har skickats. Skicka ett nytt meddelande till fler."];
        if (errors.Count > 0) return ApiProblems.Validation(errors);
        if (http.ClientVersion(input.Version) is not int version) return ApiProblems.PreconditionRequired();
        db.ExpectVersion(bulletin, version);
        bulletin.Correct(draft!.Title, draft.Body.Html, draft.ValidUntil, draft.Links, BulletinOperations.Now(db));
        await db.SaveChangesAsync(ct);
        http.SetETag(bulletin.Version);
        return TypedResults.Ok((await BulletinViews.DetailsAsync(db, rights, id, ct))! with { Notices = Notices(draft) });
    }

    private static async Task<Results<Created<AcknowledgementView>, Ok<AcknowledgementView>, ValidationProblem, ProblemHttpResult>> Acknowledge(
        int id, AcknowledgementInput? input, AppDbContext db, BulletinRights rights, CancellationToken ct)
    {
        var bulletin = await db.Bulletins.Include(b => b.Recipients).ThenInclude(r => r.Organisation).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (bulletin is null) return ApiProblems.NotFound();
        if (!await rights.MayReadAsync(id, ct)) return ApiProblems.Forbidden();
        int organisationId;
        if (input?.OrganisationId is int chosen)
        {
            if (bulletin.Recipients.All(r => r.OrganisationId != chosen))
                return ApiProblems.Validation("organisationId", "Organisationen är inte mottagare av meddelandet.");
            if (!await rights.CanActForAsync(chosen, ct)) return ApiProblems.Forbidden();
            organisationId = chosen;
        }
        else
        {
            var own = await rights.OwnOrganisationIdsAsync(ct);
            var mine = bulletin.Recipients.Where(r => own.Contains(r.OrganisationId)).Select(r => r.OrganisationId).ToList();
            if (mine.Count > 1)
                return ApiProblems.Validation("organisationId", "Du företräder flera mottagare av meddelandet. Ange vilken organisation du bekräftar för.");
            if (mine.Count == 0)
                return rights.IsAdministrator
                    ? ApiProblems.Validation("organisationId", "Ange vilken organisation du bekräftar för.")
                    : ApiProblems.Forbidden();
            organisationId = mine[0];
        }
        var (recipient, recorded) = await BulletinOperations.AcknowledgeAsync(db, bulletin, organisationId, rights.PersonId, rights.UserName, ct);
        var name = bulletin.Recipients.First(r => r.OrganisationId == organisationId).Organisation.Name;
        var view = new AcknowledgementView(id, organisationId, name, recipient.AcknowledgedAt!.Value, recipient.AcknowledgedByName, !recorded);
        return recorded ? TypedResults.Created($"/api/v1/bulletins/{id.ToString(CultureInfo.InvariantCulture)}", view) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ReminderRoundView>, ProblemHttpResult>> Remind(int id, AppDbContext db, BulletinRights rights, CancellationToken ct)
    {
        var bulletin = await db.Bulletins.Include(b => b.Recipients).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (bulletin is null) return ApiProblems.NotFound();
        if (!await rights.FollowsUpAsync(bulletin.SenderPersonId, bulletin.GroupId, ct)) return ApiProblems.Forbidden();
        var round = await BulletinOperations.RemindAsync(db, bulletin, rights.PersonId, rights.UserName, ct);
        return TypedResults.Ok(new ReminderRoundView(round.SentAt, round.SentByName, round.OrganisationCount, round.PersonCount));
    }

    public static IReadOnlyList<string> Notices(BulletinDraft draft) =>
        draft.Body.WasChanged ? [$"{BulletinText.FormattingRemoved}: {string.Join(", ", draft.Body.Removed)}."] : [];
}

/// <summary>Swedish texts shared by the API and the pages.</summary>
public static class BulletinText
{
    public const string FormattingRemoved = "Otillåten formatering togs bort";
}
