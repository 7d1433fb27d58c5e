using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Documents;

/// <summary>What the pages of documents, decisions and exemptions share: errors on the form's fields in order, and the choices of their lists.</summary>
public static class DocumentPages
{
    /// <summary>
    /// Replaces the page's model state with the API-style <paramref name="errors"/> on the "Input." fields, in the order the
    /// fields stand; a value the binder could not read (a date that does not exist) gets a message of its own.
    /// </summary>
    public static bool ShowErrors(ModelStateDictionary modelState, ViewDataDictionary viewData, IDictionary<string, string[]> errors, params string[] order)
    {
        var fields = new FieldErrors(order);
        foreach (var (key, entry) in modelState.Where(e => e.Value is { Errors.Count: > 0 } && !string.IsNullOrEmpty(e.Value.AttemptedValue)))
            fields.Add(key, "Värdet kunde inte läsas. Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-03-31, eller ett heltal.");
        foreach (var (key, messages) in errors) fields.AddAll(FormKey(key), messages);
        modelState.Clear();
        fields.CopyTo(modelState, viewData);
        return fields.Any;
    }

    /// <summary>"organisationIds" → "Input.OrganisationIds"; "" (about the whole form) stays "".</summary>
    public static string FormKey(string apiKey) => apiKey.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(apiKey[0])}{apiKey[1..]}";

    public static List<SelectListItem> Types() =>
        [.. Enum.GetValues<DocumentType>().Select(t => new SelectListItem(DocumentText.Type(t), t.ToString()))];

    /// <summary>Active groups as "Grupp (område)", in the given ids or all.</summary>
    public static async Task<List<SelectListItem>> GroupsAsync(AppDbContext db, IReadOnlySet<int>? only, int? areaId, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.RetiredAt == null && (areaId == null || g.AreaId == areaId))
            .Select(g => new { g.Id, g.Name, Area = g.Area.ShortName }).ToListAsync(ct);
        return [.. groups.Where(g => only is null || only.Contains(g.Id)).OrderBy(g => g.Area, StringComparer.Ordinal).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => new SelectListItem($"{g.Name} ({g.Area})", Id(g.Id)))];
    }

    /// <summary>The latest decisions of the groups, newest first: "2026-03-03 · Ledningsgrupp i samverkan, möte: text".</summary>
    public static async Task<List<SelectListItem>> DecisionsAsync(AppDbContext db, IReadOnlyCollection<int> groupIds, CancellationToken ct, int take = 40)
    {
        var ids = groupIds.ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.GroupId))
            .OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).Take(take)
            .Join(db.Groups, d => d.GroupId, g => g.Id, (d, g) => new { d.Id, d.Text, d.DecidedOn, d.MeetingId, d.Type, Group = g.Name })
            .ToListAsync(ct);
        return [.. decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id).Select(d => new SelectListItem(
            $"{DocumentText.Iso(d.DecidedOn)} · {d.Group}{(d.MeetingId is null ? ", utanför möte" : ", möte")}{(d.Type == DecisionType.Exemption ? ", avsteg" : "")}: {Shorten(d.Text)}", Id(d.Id)))];
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Shorten(string text, int max = 110) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024).ToString(CultureInfo.InvariantCulture)} kB"
        : $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("sv-SE"))} MB";
}
