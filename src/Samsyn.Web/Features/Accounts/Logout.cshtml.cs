using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samsyn.Web.Features.Accounts;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "Du är utloggad.";
        return Redirect("/logga-in");
    }
}
