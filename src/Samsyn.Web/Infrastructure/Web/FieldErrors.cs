using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Samsyn.Web.Infrastructure.Web;

/// <summary>Puts errors on a form's fields in the order the fields stand, one message per field, so the error summary reads top-down.</summary>
public sealed class FieldErrors(params string[] order)
{
    private readonly List<(string Key, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    public bool Has(string key) => errors.Any(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the message unless the field already has one.</summary>
    public void Add(string key, string message)
    {
        if (!Has(key)) errors.Add((key, message));
    }

    public void AddAll(string key, IEnumerable<string> messages)
    {
        foreach (var message in messages) Add(key, message);
    }

    /// <summary>Adds the errors to the page's ModelState and tells the error summary the order of the fields.</summary>
    public void CopyTo(ModelStateDictionary modelState, ViewDataDictionary viewData)
    {
        foreach (var (key, message) in errors.OrderBy(e => Rank(e.Key))) modelState.AddModelError(key, message);
        viewData["FieldOrder"] = order;
    }

    private int Rank(string key)
    {
        for (var i = 0; i < order.Length; i++)
            if (key.StartsWith(order[i], StringComparison.OrdinalIgnoreCase)) return i;
        return order.Length;
    }
}
