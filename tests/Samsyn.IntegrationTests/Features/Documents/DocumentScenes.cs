using System.Globalization;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.IntegrationTests.Features.Situation;

namespace Samsyn.IntegrationTests.Features.Documents;

/// <summary>
/// A collaboration area of one test's own: a municipality and a hospital, a management group whose convener
/// (<see cref="Convener"/>) approves its documents and decides its exemptions, with the municipality's member
/// (<see cref="Member"/>) seated, and a person with a login and no seat anywhere (<see cref="Outsider"/>).
/// <see cref="OtherAreaOrganisationId"/> belongs to another area.
/// </summary>
public sealed record DocumentScene(
    int AreaId, int GroupId, string GroupName, int MunicipalityId, string MunicipalityName, int HospitalId,
    TestPerson Convener, TestPerson Member, TestPerson Outsider, int OtherAreaOrganisationId);

public static class DocumentScenes
{
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today(this SamsynFactory factory) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(),
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime);

    public static async Task<DocumentScene> NewDocumentSceneAsync(this SamsynFactory factory)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (areaId, _) = await admin.NewAreaAsync();
        var (municipalityId, municipalityName) = await admin.NewOrganisationAsync(areaId, "municipalCare", "Testkommun");
        var (hospitalId, _) = await admin.NewOrganisationAsync(areaId, "hospital", "Testsjukhus");
        var (otherArea, _) = await admin.NewAreaAsync();
        var (otherOrganisation, _) = await admin.NewOrganisationAsync(otherArea, "municipalCare", "Grannkommun");
        var convener = await factory.NewPersonWithAccountAsync();
        var member = await factory.NewPersonWithAccountAsync();
        var outsider = await factory.NewPersonWithAccountAsync();
        var groupName = Unique.Name("Ledningsgrupp");
        var groupId = await admin.NewGroupAsync(areaId, groupName);
        await admin.AddMemberAsync(groupId, convener.PersonId, null, role: "convener");
        await admin.AddMemberAsync(groupId, member.PersonId, municipalityId);
        return new DocumentScene(areaId, groupId, groupName, municipalityId, municipalityName, hospitalId, convener, member, outsider, otherOrganisation);
    }

    public static Task<HttpResponseMessage> PostDocumentAsync(this HttpClient client, int approvingGroupId, string type = "guideline", string? title = null,
        string content = "Rutinen gäller alla vård- och insatsgivare.", bool isInternal = false, int? reviewIntervalMonths = 24) =>
        client.PostJsonAsync("/api/v1/documents", new
        {
            type, title = title ?? Unique.Name("Riktlinje"), approvingGroupId, ownerGroupId = approvingGroupId, preparedBy = "Testprocessledare",
            issuedOn = "2026-01-15", reviewIntervalMonths, isInternal, content,
        });

    /// <summary>Creates a document with its first draft and returns the details.</summary>
    public static async Task<JsonElement> CreateDocumentAsync(this HttpClient client, int approvingGroupId, string type = "guideline", string? title = null, bool isInternal = false)
    {
        using var response = await client.PostDocumentAsync(approvingGroupId, type, title, isInternal: isInternal);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static int Id(JsonElement details) => details.GetProperty("summary").GetProperty("id").GetInt32();

    /// <summary>Approves version <paramref name="number"/> by a decision registered now, outside a meeting, dated <paramref name="decidedOn"/>.</summary>
    public static async Task<JsonElement> ApproveAsync(this HttpClient convener, int documentId, int number, DateOnly decidedOn)
    {
        using var response = await convener.PostJsonAsync($"/api/v1/documents/{documentId}/versions/{number}/approve",
            new { decisionText = "Gruppen fastställer dokumentet.", decidedOn = Iso(decidedOn) });
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>A document approved in version 1, ready for exemptions.</summary>
    public static async Task<int> ApprovedDocumentAsync(this HttpClient convener, DocumentScene scene, string type = "routine", DateOnly? approvedOn = null)
    {
        var id = Id(await convener.CreateDocumentAsync(scene.GroupId, type));
        await convener.ApproveAsync(id, 1, approvedOn ?? new DateOnly(2026, 1, 20));
        return id;
    }
}
