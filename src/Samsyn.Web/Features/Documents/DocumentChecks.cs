using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Content;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Documents;

/// <summary>A checked header, with the area it belongs to (the approving group's).</summary>
public sealed record DocumentHeader(
    int AreaId, DocumentType Type, string Title, string? PreparedBy, int? PreparedByPersonId, int? PreparedByGroupId, int ApprovingGroupId,
    int? OwnerGroupId, DateOnly? IssuedOn, DateOnly? ValidFrom, DateOnly? ValidTo, int? ReviewIntervalMonths, DateOnly? NextRevisionDue, bool IsInternal);

/// <summary>The rules a document's input follows, for the API and the pages alike; errors are keyed by the camelCase field.</summary>
public static class DocumentChecks
{
    public const int MaxIntervalMonths = 120;

    public static async Task<(Dictionary<string, string[]> Errors, DocumentHeader? Header)> CheckHeaderAsync(
        AppDbContext db, DocumentInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.ReviewIntervalMonths is < 1 or > MaxIntervalMonths)
            errors["reviewIntervalMonths"] = [$"Revideringsintervallet anges i månader, 1–{MaxIntervalMonths}."];
        if (input.ValidFrom is DateOnly from && input.ValidTo is DateOnly to && to < from)
            errors["validTo"] = ["Sista giltighetsdag kan inte ligga före första."];

        int? areaId = null;
        if (input.ApprovingGroupId is int approving && !errors.ContainsKey("approvingGroupId"))
        {
            areaId = await AreaOfActiveGroupAsync(db, approving, ct);
            if (areaId is null) errors["approvingGroupId"] = ["Gruppen finns inte eller är avslutad."];
        }
        foreach (var (field, groupId) in new[] { ("ownerGroupId", input.OwnerGroupId), ("preparedByGroupId", input.PreparedByGroupId) })
        {
            if (groupId is not int id) continue;
            var area = await AreaOfActiveGroupAsync(db, id, ct);
            if (area is null) errors[field] = ["Gruppen finns inte eller är avslutad."];
            else if (areaId is not null && area != areaId) errors[field] = ["Gruppen hör till ett annat samverkansområde än gruppen som godkänner dokumentet."];
        }
        if (input.PreparedByPersonId is int personId && !await db.People.AnyAsync(p => p.Id == personId && p.RetiredAt == null, ct))
            errors["preparedByPersonId"] = ["Personen finns inte."];
        if (errors.Count > 0) return (errors, null);
        return (errors, new DocumentHeader(areaId!.Value, input.Type!.Value, input.Title!.Trim(), Clean(input.PreparedBy), input.PreparedByPersonId,
            input.PreparedByGroupId, input.ApprovingGroupId!.Value, input.OwnerGroupId, input.IssuedOn, input.ValidFrom, input.ValidTo,
            input.ReviewIntervalMonths, input.NextRevisionDue, input.IsInternal ?? false));
    }

    /// <summary>Cleans a version's text; adds an error under <paramref name="field"/> when a personal identity number is in it.</summary>
    public static CleanedBody CheckContent(string? content, Dictionary<string, string[]> errors, string field = "content")
    {
        var cleaned = RichText.Clean(content);
        if (!errors.ContainsKey(field) && PersonalIdentityNumberGuard.ContainsIdentityNumber(cleaned.Text))
            errors[field] = [Texts.Validation_PersonalIdentityNumber];
        return cleaned;
    }

    public static void Apply(GoverningDocument document, DocumentHeader header)
    {
        document.AreaId = header.AreaId;
        document.Type = header.Type;
        document.Title = header.Title;
        document.PreparedBy = header.PreparedBy;
        document.PreparedByPersonId = header.PreparedByPersonId;
        document.PreparedByGroupId = header.PreparedByGroupId;
        document.ApprovingGroupId = header.ApprovingGroupId;
        document.OwnerGroupId = header.OwnerGroupId;
        document.IssuedOn = header.IssuedOn;
        document.ValidFrom = header.ValidFrom;
        document.ValidTo = header.ValidTo;
        document.ReviewIntervalMonths = header.ReviewIntervalMonths;
        document.IsInternal = header.IsInternal;
        document.SetRevisionDue(header.NextRevisionDue);
    }

    private static Task<int?> AreaOfActiveGroupAsync(AppDbContext db, int groupId, CancellationToken ct) =>
        db.Groups.Where(g => g.Id == groupId && g.RetiredAt == null).Select(g => (int?)g.AreaId).FirstOrDefaultAsync(ct);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
