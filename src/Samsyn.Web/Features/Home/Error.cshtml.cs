using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samsyn.Web.Features.Home;

/// <summary>The Swedish error page; re-executed for any method, so no antiforgery check.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public void OnGet() { }

    public void OnPost() { }
}
