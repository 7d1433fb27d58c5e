using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>
/// Reading a bulletin: the text, links and files; a button per organisation the reader acts for to acknowledge it;
/// and for the sender (and conveners) who has and has not acknowledged, with a reminder to those who have not.
/// </summary>
public sealed class DetailsModel(AppDbContext db, BulletinRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public BulletinDetails Details { get; private set; } = null!;
    public bool MayCorrect { get; private set; }
    public AcknowledgementSummary Summary => new(Details.RecipientCount, Details.AcknowledgedCount);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await db.Bulletins.AnyAsync(b => b.Id == Id, ct)) return NotFound();
        if (!await rights.MayReadAsync(Id, ct)) return Forbid();
        Details = (await BulletinViews.DetailsAsync(db, rights, Id, ct))!;
        MayCorrect = rights.MayCorrect(Details.SenderPersonId);
        return Page();
    }

    /// <summary>Acknowledges for one organisation the reader acts for. As POST /api/v1/bulletins/{id}/acknowledgements.</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int organisationId, CancellationToken ct)
    {
        var bulletin = await db.Bulletins.Include(b => b.Recipients).ThenInclude(r => r.Organisation).FirstOrDefaultAsync(b => b.Id == Id, ct);
        if (bulletin is null) return NotFound();
        if (!await rights.MayReadAsync(Id, ct) || !await rights.CanActForAsync(organisationId, ct)) return Forbid();
        var recipient = bulletin.Recipients.FirstOrDefault(r => r.OrganisationId == organisationId);
        if (recipient is null) return Back("Organisationen är inte mottagare av meddelandet.");
        var (_, recorded) = await BulletinOperations.AcknowledgeAsync(db, bulletin, organisationId, rights.PersonId, rights.UserName, ct);
        TempData["Message"] = recorded
            ? $"Tack! {recipient.Organisation.Name} har bekräftat att ni har läst meddelandet."
            : $"{recipient.Organisation.Name} hade redan bekräftat meddelandet.";
        return Back(null);
    }

    /// <summary>Reminds the organisations that have not acknowledged, now. As POST /api/v1/bulletins/{id}/reminders.</summary>
    public async Task<IActionResult> OnPostRemindAsync(CancellationToken ct)
    {
        var bulletin = await db.Bulletins.Include(b => b.Recipients).FirstOrDefaultAsync(b => b.Id == Id, ct);
        if (bulletin is null) return NotFound();
        if (!await rights.FollowsUpAsync(bulletin.SenderPersonId, bulletin.GroupId, ct)) return Forbid();
        try
        {
            var round = await BulletinOperations.RemindAsync(db, bulletin, rights.PersonId, rights.UserName, ct);
            TempData["Message"] = round.OrganisationCount == 1
                ? $"En påminnelse är skickad till den organisation som inte har bekräftat ({round.PersonCount} personer)."
                : $"En påminnelse är skickad till de {round.OrganisationCount} organisationer som inte har bekräftat ({round.PersonCount} personer).";
        }
        catch (InvalidStateChangeException e)
        {
            TempData["Error"] = e.Message;
        }
        return Back(null, "bekraftelser");
    }

    private RedirectResult Back(string? error, string? fragment = null)
    {
        if (error is not null) TempData["Error"] = error;
        return Redirect(BulletinNotifications.Link(Id) + (fragment is null ? "" : "#" + fragment));
    }
}
