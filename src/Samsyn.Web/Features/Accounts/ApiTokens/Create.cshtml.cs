using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Security;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Accounts.ApiTokens;

/// <summary>Issues a token. The token is shown on the answer to the form, once; it is never stored or shown again.</summary>
[Authorize(Policy = Roles.Administrator)]
public sealed class CreateModel(AppDbContext db, UserManager<AppUser> users, CurrentUser me, ApiGroupCatalogue catalogue, TimeProvider clock) : PageModel
{
    [BindProperty] public ApiTokenInput Input { get; set; } = new();

    public IReadOnlyList<string> Groups => catalogue.All;

    /// <summary>The new token, set only on the answer to a successful post.</summary>
    public string? IssuedToken { get; private set; }

    public int? IssuedId { get; private set; }

    public void OnGet()
    {
        Input.Access = ApiTokenAccess.ReadOnly;
        Input.ExpiresOn = SwedishTime.DateOf(clock.GetUtcNow()).AddDays(90);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (errors, account) = await ApiTokenApi.CheckAsync(Input, db, users, me, catalogue, clock, ct);
        if (errors.Count > 0)
        {
            ModelState.AddErrors(errors);
            ViewData["FieldOrder"] = new[] { "Input.Name", "Input.UserEmail", "Input.Access", "Input.ApiGroups", "Input.ExpiresOn" };
            return Page();
        }
        var (token, secret) = ApiTokenApi.NewToken(Input, account!, me, clock);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        (IssuedToken, IssuedId) = (secret, token.Id);
        // The answer holds a secret: keep it out of every cache.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
