using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>
/// Compose a bulletin: recipients, text, links, files and validity. When the sanitiser had to remove something,
/// the cleaned text is shown for the sender to check before it goes out; nothing is sent until it is clean.
/// </summary>
[RequestSizeLimit(BulletinPages.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = BulletinPages.MaxRequestBytes)]
public sealed class CreateModel(AppDbContext db, BulletinRights rights) : PageModel
{
    [BindProperty] public BulletinForm Input { get; set; } = new();
    public BulletinChoices Choices { get; private set; } = new();

    /// <summary>What was removed from the text on the last attempt (shown above the form).</summary>
    public string? CleanedNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await rights.MaySendAnythingAsync(ct)) return Forbid();
        Choices = await BulletinChoices.LoadAsync(db, rights, ct);
        Input = new BulletinForm
        {
            RecipientKind = Choices.GroupsOnly ? BulletinForm.ToGroup : BulletinForm.ToArea,
            AreaId = Choices.Areas.Count == 1 ? int.Parse(Choices.Areas[0].Value, CultureInfo.InvariantCulture) : null,
            ValidUntil = BulletinViews.Today(db).AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        Input.PadLinks();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await rights.MaySendAnythingAsync(ct)) return Forbid();
        var fields = new FieldErrors(BulletinForm.FieldOrder);
        var input = Input.ToInput(withRecipients: true, fields);
        var errors = BulletinChecks.CheckContent(input, BulletinViews.Today(db), out var draft);
        var (choice, organisations) = await BulletinChecks.ResolveRecipientsAsync(db, input, errors, ct);
        if (choice is not null && !await rights.MaySendToAsync(choice, ct)) return Forbid();
        BulletinForm.AddErrors(fields, errors, input);
        var files = await BulletinPages.CheckFilesAsync(Input.Files, fields, ct);
        if (!fields.Any && draft!.Body.WasChanged)
        {
            Input.Body = draft.Body.Html;
            CleanedNotice = BulletinPages.CleanedNotice(draft, Input.Files.Count > 0);
        }
        if (fields.Any || CleanedNotice is not null)
        {
            BulletinForm.Apply(fields, ModelState, ViewData);
            Choices = await BulletinChoices.LoadAsync(db, rights, ct);
            Input.PadLinks();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var bulletin = await BulletinOperations.SendAsync(db, draft!, choice!, organisations, rights.PersonId, rights.UserName, ct);
        await BulletinPages.AttachAsync(db, bulletin.Id, files, rights, ct);
        await transaction.CommitAsync(ct);
        TempData["Message"] = $"Meddelandet är skickat till {organisations.Count.ToString(CultureInfo.InvariantCulture)} organisationer.";
        return Redirect(BulletinNotifications.Link(bulletin.Id));
    }
}
