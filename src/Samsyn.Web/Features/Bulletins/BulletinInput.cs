using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Bulletins;

public sealed class BulletinLinkInput
{
    [Display(Name = "Länktext")]
    public string? Title { get; set; }

    [Display(Name = "Adress")]
    public string? Url { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);
}

/// <summary>
/// A bulletin as the API and the compose page send it. Exactly one of <see cref="AreaId"/>, <see cref="GroupId"/>
/// and <see cref="OrganisationIds"/> names the recipients when it is sent; a correction (PUT) leaves them out.
/// </summary>
public sealed class BulletinInput
{
    public const int MaxBodyChars = 20_000;

    [Display(Name = "Rubrik"), Mandatory, MaxChars(200), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Meddelandets text"), Mandatory, MaxChars(MaxBodyChars)]
    public string? Body { get; set; }

    [Display(Name = "Gäller till och med"), Mandatory]
    public DateOnly? ValidUntil { get; set; }

    [Display(Name = "Område")]
    public int? AreaId { get; set; }

    [Display(Name = "Grupp")]
    public int? GroupId { get; set; }

    [Display(Name = "Organisationer")]
    public List<int>? OrganisationIds { get; set; }

    public List<BulletinLinkInput>? Links { get; set; }

    public int? Version { get; set; }

    public bool NamesRecipients => AreaId is not null || GroupId is not null || OrganisationIds is not null;
}

/// <summary>A bulletin's content after checking: clean title, sanitised body (with what was removed), validity and links.</summary>
public sealed record BulletinDraft(string Title, CleanedBody Body, DateOnly ValidUntil, IReadOnlyList<(string Title, string Url)> Links);

/// <summary>The rules a bulletin's content and recipients follow, for the API and the pages alike; errors are keyed by the camelCase field.</summary>
public static class BulletinChecks
{
    public static Dictionary<string, string[]> CheckContent(BulletinInput input, DateOnly today, out BulletinDraft? draft)
    {
        draft = null;
        var errors = InputValidation.Validate(input);
        var body = RichText.Clean(input.Body);
        if (!errors.ContainsKey("body") && input.Body is not null)
        {
            if (body.Text.Length == 0) errors["body"] = ["Texten är tom när otillåten formatering har tagits bort. Skriv meddelandet som text."];
            else if (PersonalIdentityNumberGuard.ContainsIdentityNumber(body.Text)) errors["body"] = [Texts.Validation_PersonalIdentityNumber];
        }
        if (input.ValidUntil is DateOnly until && until < today)
            errors["validUntil"] = [$"Sista giltighetsdag kan inte ligga före i dag ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})."];
        var links = CheckLinks(input.Links, errors);
        if (errors.Count == 0) draft = new BulletinDraft(input.Title!.Trim(), body, input.ValidUntil!.Value, links);
        return errors;
    }

    private static List<(string Title, string Url)> CheckLinks(List<BulletinLinkInput>? input, Dictionary<string, string[]> errors)
    {
        var links = new List<(string, string)>();
        if (input is null) return links;
        if (input.Count(l => l is not null && !l.IsEmpty) > Bulletin.MaxLinks)
        {
            errors["links"] = [$"Ett meddelande kan ha högst {Bulletin.MaxLinks} länkar."];
            return links;
        }
        for (var i = 0; i < input.Count; i++)
        {
            var link = input[i];
            if (link is null || link.IsEmpty) continue;
            var at = i.ToString(CultureInfo.InvariantCulture);
            var title = link.Title?.Trim() ?? "";
            var url = link.Url?.Trim() ?? "";
            if (title.Length == 0) errors[$"links[{at}].title"] = ["Skriv vad länken leder till."];
            else if (title.Length > 200) errors[$"links[{at}].title"] = ["Länktexten får vara högst 200 tecken."];
            else if (PersonalIdentityNumberGuard.ContainsIdentityNumber(title)) errors[$"links[{at}].title"] = [Texts.Validation_PersonalIdentityNumber];
            if (UrlError(url) is { } error) errors[$"links[{at}].url"] = [error];
            links.Add((title, url));
        }
        return links;
    }

    public static string? UrlError(string url) =>
        url.Length == 0 ? "Ange länkens adress."
        : url.Length > 1000 ? "Adressen får vara högst 1000 tecken."
        : !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0
            ? "Ange en fullständig adress som börjar med https://, till exempel https://www.vgregion.se/."
        : PersonalIdentityNumberGuard.ContainsIdentityNumber(url) ? Texts.Validation_PersonalIdentityNumber
        : null;

    /// <summary>
    /// Resolves the recipients chosen in <paramref name="input"/> to organisations. Adds the error to the field that
    /// names them when the choice is unclear, unknown, or leads to no active organisation.
    /// </summary>
    public static async Task<(RecipientChoice? Choice, IReadOnlyList<int> Organisations)> ResolveRecipientsAsync(
        AppDbContext db, BulletinInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var (choice, field, error) = RecipientRules.Choose(input.AreaId, input.GroupId, input.OrganisationIds);
        if (choice is null)
        {
            errors[field] = [error!];
            return (null, []);
        }
        field = RecipientRules.FieldOf(choice.Kind);
        if (choice.Kind == RecipientKind.Area && !await db.Areas.AnyAsync(a => a.Id == choice.AreaId && a.RetiredAt == null, ct))
            errors[field] = ["Området finns inte eller är avslutat."];
        if (choice.Kind == RecipientKind.Group && !await db.Groups.AnyAsync(g => g.Id == choice.GroupId && g.RetiredAt == null, ct))
            errors[field] = ["Gruppen finns inte eller är avslutad."];
        if (errors.ContainsKey(field)) return (choice, []);

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => choice.Kind != RecipientKind.Area || o.AreaId == choice.AreaId)
            .Select(o => new OrganisationFact(o.Id, o.AreaId, o.RetiredAt == null)).ToListAsync(ct);
        var seats = choice.Kind == RecipientKind.Group
            ? await db.Memberships.AsNoTracking().Where(m => m.GroupId == choice.GroupId)
                .Select(m => new SeatFact(m.GroupId, m.OrganisationId, m.RetiredAt == null)).ToListAsync(ct)
            : [];
        if (RecipientRules.Unavailable(choice, organisations) is { Count: > 0 } missing)
        {
            errors[field] = [$"Organisationen finns inte eller är avslutad: {string.Join(", ", missing)}."];
            return (choice, []);
        }
        var resolved = RecipientRules.Resolve(choice, organisations, seats);
        if (resolved.Count == 0)
            errors[field] = [choice.Kind == RecipientKind.Group
                ? "Ingen organisation har en aktiv plats i gruppen, så meddelandet skulle inte nå någon. Välj ett område eller organisationer."
                : "Det finns ingen aktiv organisation att skicka till. Välj andra mottagare."];
        return (choice, resolved);
    }
}
