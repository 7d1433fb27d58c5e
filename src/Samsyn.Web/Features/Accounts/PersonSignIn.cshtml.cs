using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts.Sso;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Accounts;

/// <summary>An administrator's page for how a person signs in: HSA-id, SSO only, linked provider logins.</summary>
[Authorize(Policy = Roles.Administrator)]
public sealed class PersonSignInModel(AppDbContext db, UserManager<AppUser> users, OidcProviders providers) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public PersonSignInInput Settings { get; set; } = new();
    [BindProperty] public ExternalLoginInput Link { get; set; } = new();

    public PersonSignInItem Person { get; private set; } = null!;
    public bool HasProviders => providers.Any;
    public IReadOnlyList<SelectListItem> ProviderChoices =>
        [.. providers.All.Select(p => new SelectListItem(p.DisplayName, p.Name))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Settings = new PersonSignInInput { HsaId = Person.HsaId, SsoOnly = Person.SsoOnly, Version = Person.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        ModelState.Clear();
        var errors = await PersonSignInApi.CheckAsync(Settings, Id, db, providers, ct);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors, "Settings");
            return Page();
        }
        try
        {
            await PersonSignInApi.SaveAsync(Settings, Id, Settings.Version ?? 0, db, ct);
        }
        catch (Exception e) when (e.IsConflict() || e is DbUpdateException)
        {
            ModelState.AddModelError("", Texts.Common_Conflict);
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Settings = new PersonSignInInput { HsaId = Person.HsaId, SsoOnly = Person.SsoOnly, Version = Person.Version };
            return Page();
        }
        TempData["Message"] = Texts.Common_Saved;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == Id, ct);
        if (person is null) return NotFound();
        ModelState.Clear();
        if (await PersonSignInApi.LinkAsync(Link, person, db, users, providers) is { } errors)
        {
            ModelState.AddErrors(errors, "Link");
            await LoadAsync(ct);
            Settings = new PersonSignInInput { HsaId = Person.HsaId, SsoOnly = Person.SsoOnly, Version = Person.Version };
            return Page();
        }
        TempData["Message"] = "Inloggningen är kopplad till personen.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string? provider, string? subject)
    {
        TempData[await PersonSignInApi.UnlinkAsync(Id, provider, subject, db, users) ? "Message" : "Error"] =
            "Inloggningen är borttagen från personen.";
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var person = await PersonSignInApi.LoadAsync(db, providers, Id, ct);
        if (person is null) return false;
        Person = person;
        return true;
    }
}
