using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Infrastructure.Web;

public static class PageErrors
{
    /// <summary>Puts the API-style errors (camelCase field → messages) on the page's form fields.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var (field, messages) in errors)
        {
            var key = field.Length == 0 ? "" : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }

    /// <summary>True for the exceptions that mean someone else saved the record first.</summary>
    public static bool IsConflict(this Exception exception) =>
        exception is ConcurrencyConflictException or DbUpdateConcurrencyException;
}
