using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Pdf;

namespace Samsyn.Web.Features.Documents;

/// <summary>A clean page to print: the header block as in the seed documents, active exemptions, and the version in force; as PDF through headless Chromium.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class PrintModel(AppDbContext db, DocumentRights rights, PrintAccess access, ChromiumPdf pdf, IConfiguration configuration) : PageModel
{
    private const string Kind = "document";

    [FromRoute] public int Id { get; set; }
    public DocumentDetails Details { get; private set; } = null!;
    public DateTimeOffset PrintedAt => db.Clock.GetUtcNow();

    /// <summary>Signed-in readers, or the server's own Chromium with a print token for this document.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? token, CancellationToken ct)
    {
        var groups = await DocumentApi.GroupsAsync(db, Id, ct);
        var byToken = access.IsValid(Kind, Id, token);
        if (User.Identity?.IsAuthenticated != true && !byToken) return Challenge();
        if (groups is null) return NotFound();
        if (!byToken && !await rights.MayReadAsync(groups, ct)) return Forbid();
        Details = (await DocumentViews.DetailsAsync(db, Id, withDraft: false, ct))!;
        return Page();
    }

    /// <summary>The print page as PDF, made by headless Chromium; without Chromium the user is told to print to PDF.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var groups = await DocumentApi.GroupsAsync(db, Id, ct);
        if (groups is null) return NotFound();
        if (!await rights.MayReadAsync(groups, ct)) return Forbid();
        var self = configuration["Pdf:SelfUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var bytes = await pdf.RenderAsync(new Uri($"{self}{DocumentViews.Link(Id)}/utskrift?token={Uri.EscapeDataString(access.TokenFor(Kind, Id))}"), ct);
        if (bytes is null)
        {
            TempData["Error"] = pdf.IsAvailable
                ? "PDF:en kunde inte skapas just nu. Använd Skriv ut på utskriftssidan och välj Spara som PDF."
                : "Servern saknar Chromium och kan inte skapa PDF. Använd Skriv ut på utskriftssidan och välj Spara som PDF.";
            return Redirect(DocumentViews.Link(Id));
        }
        var version = (await DocumentViews.DetailsAsync(db, Id, withDraft: false, ct))!.Summary.CurrentVersion;
        return File(bytes, "application/pdf", $"styrdokument-{Id.ToString(CultureInfo.InvariantCulture)}-version-{(version ?? 0).ToString(CultureInfo.InvariantCulture)}.pdf");
    }
}
