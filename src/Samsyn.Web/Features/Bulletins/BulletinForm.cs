using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>The compose and correct form as the pages show it: the recipients as one choice, the date as text, link rows and files.</summary>
public sealed class BulletinForm
{
    public const string ToArea = "omrade";
    public const string ToGroup = "grupp";
    public const string ToOrganisations = "organisationer";
    private const int MinLinkRows = 3;

    [Display(Name = "Rubrik")]
    public string? Title { get; set; }

    [Display(Name = "Mottagare")]
    public string? RecipientKind { get; set; }

    [Display(Name = "Område")]
    public int? AreaId { get; set; }

    [Display(Name = "Grupp")]
    public int? GroupId { get; set; }

    [Display(Name = "Organisationer")]
    public List<int> OrganisationIds { get; set; } = [];

    [Display(Name = "Meddelandets text")]
    public string? Body { get; set; }

    public List<BulletinLinkInput> Links { get; set; } = [];

    [Display(Name = "Bilagor")]
    public List<IFormFile> Files { get; set; } = [];

    [Display(Name = "Gäller till och med")]
    public string? ValidUntil { get; set; }

    public int? Version { get; set; }

    public static readonly string[] FieldOrder =
        ["Input.Title", "Input.RecipientKind", "Input.AreaId", "Input.GroupId", "Input.OrganisationIds", "Input.Body", "Input.Links", "Input.Files", "Input.ValidUntil"];

    public static BulletinForm From(Bulletin b) => new()
    {
        Title = b.Title, Body = b.Body, ValidUntil = b.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Version = b.Version,
        Links = [.. b.Links.OrderBy(l => l.Order).Select(l => new BulletinLinkInput { Title = l.Title, Url = l.Url })],
    };

    /// <summary>Empty link rows to fill in: at least three, one more than used, at most the allowed number.</summary>
    public void PadLinks()
    {
        var wanted = Math.Min(Bulletin.MaxLinks, Math.Max(MinLinkRows, Links.Count(l => !l.IsEmpty) + 1));
        Links = [.. Links.Where(l => !l.IsEmpty)];
        while (Links.Count < wanted) Links.Add(new BulletinLinkInput());
    }

    /// <summary>The API's input for this form; the recipients only when sending.</summary>
    public BulletinInput ToInput(bool withRecipients, FieldErrors errors)
    {
        DateOnly? until = null;
        if (string.IsNullOrWhiteSpace(ValidUntil)) errors.Add("Input.ValidUntil", "Ange sista dag som meddelandet gäller.");
        else if (DateOnly.TryParseExact(ValidUntil.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) until = parsed;
        else errors.Add("Input.ValidUntil", "Ange ett datum som finns, till exempel 2027-03-31.");
        var input = new BulletinInput
        {
            Title = Title, Body = Body, ValidUntil = until ?? DateOnly.MaxValue, Version = Version,
            Links = [.. Links.Where(l => !l.IsEmpty)],
        };
        if (!withRecipients) return input;
        switch (RecipientKind)
        {
            case ToArea: input.AreaId = AreaId ?? 0; break;
            case ToGroup: input.GroupId = GroupId ?? 0; break;
            case ToOrganisations: input.OrganisationIds = OrganisationIds; break;
        }
        return input;
    }

    /// <summary>Puts the API-style errors on this form's fields, in the order they stand.</summary>
    public static void AddErrors(FieldErrors fields, IDictionary<string, string[]> errors, BulletinInput input)
    {
        foreach (var (key, messages) in errors)
        {
            var field = key switch
            {
                "recipients" => "Input.RecipientKind",
                "areaId" when input.AreaId == 0 => "Input.AreaId",
                "groupId" when input.GroupId == 0 => "Input.GroupId",
                _ => FormKey(key),
            };
            var texts = key switch
            {
                "areaId" when input.AreaId == 0 => ["Välj ett område."],
                "groupId" when input.GroupId == 0 => ["Välj en grupp."],
                _ => messages,
            };
            fields.AddAll(field, texts);
        }
    }

    /// <summary>"links[2].url" → "Input.Links[2].Url".</summary>
    public static string FormKey(string apiKey) =>
        "Input." + string.Join('.', apiKey.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    public static void Apply(FieldErrors fields, ModelStateDictionary modelState, ViewDataDictionary viewData)
    {
        modelState.Clear();
        fields.CopyTo(modelState, viewData);
    }
}
