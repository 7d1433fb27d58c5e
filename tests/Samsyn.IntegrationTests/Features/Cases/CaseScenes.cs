using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.IntegrationTests.Features.Situation;
using Samsyn.Web.Infrastructure;

namespace Samsyn.IntegrationTests.Features.Cases;

/// <summary>
/// A collaboration area of one test's own, so that its cases and notifications are the test's only: a
/// handing (management) group with its convener and a member who acts for the municipality, two
/// collaboration groups A and B each with a convener (A also with a member), and a group in another area.
/// Everyone named here has a login.
/// </summary>
public sealed record CaseScene(
    int AreaId, int HandingGroupId, string HandingGroupName, int GroupAId, string GroupAName, int GroupBId, string GroupBName,
    int OtherAreaGroupId, int MunicipalityId, int HospitalId, int OtherAreaOrganisationId,
    TestPerson HandingConvener, TestPerson Raiser, TestPerson ReceiverA, TestPerson ReceiverB, TestPerson GroupAMember);

/// <summary>Builds case scenes through the API as an administrator would, and drives cases through the API as their users do.</summary>
public static class CaseScenes
{
    private static readonly ConditionalWeakTable<SamsynFactory, Task<CaseScene>> Shared = [];

    /// <summary>A scene shared by the tests of one database that only add to it (bad input, refusals).</summary>
    public static Task<CaseScene> SharedSceneAsync(this SamsynFactory factory) => Shared.GetValue(factory, f => f.NewCaseSceneAsync());

    public static async Task<CaseScene> NewCaseSceneAsync(this SamsynFactory factory)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (areaId, _) = await admin.NewAreaAsync();
        // A principal of the scene's own: the demo's principals (such as Ale kommun) must stay in one area each for the CSV import.
        using var principal = await admin.PostJsonAsync("/api/v1/principals", new { name = Unique.Name("Ärendehuvudman"), kind = "municipality" });
        var principalId = Id(await principal.ShouldBeJsonAsync(HttpStatusCode.Created));
        var hospitalId = await admin.NewOrganisationAsync(areaId, principalId, "hospital", "Ärendesjukhus");
        var municipalityId = await admin.NewOrganisationAsync(areaId, principalId, "municipalCare", "Ärendekommun");
        var (otherAreaId, _) = await admin.NewAreaAsync();
        var otherOrganisationId = await admin.NewOrganisationAsync(otherAreaId, principalId, "municipalCare", "Annan kommun");

        var handingName = Unique.Name("Ledningsgrupp");
        var handing = await admin.NewLevelGroupAsync(areaId, handingName, "management", null);
        var groupAName = Unique.Name("Närområdesgrupp");
        var groupA = await admin.NewLevelGroupAsync(areaId, groupAName, "collaboration", handing);
        var groupBName = Unique.Name("Närområdesgrupp");
        var groupB = await admin.NewLevelGroupAsync(areaId, groupBName, "collaboration", handing);
        var otherGroup = await admin.NewLevelGroupAsync(otherAreaId, Unique.Name("Annan grupp"), "collaboration", null);

        var handingConvener = await factory.NewPersonWithAccountAsync();
        var raiser = await factory.NewPersonWithAccountAsync();
        var receiverA = await factory.NewPersonWithAccountAsync();
        var receiverB = await factory.NewPersonWithAccountAsync();
        var memberA = await factory.NewPersonWithAccountAsync();
        await admin.AddMemberAsync(handing, handingConvener.PersonId, null, role: "convener");
        await admin.AddMemberAsync(handing, raiser.PersonId, municipalityId);
        await admin.AddMemberAsync(handing, await admin.NewPersonAsync("Sjukhusledamot"), hospitalId);
        await admin.AddMemberAsync(groupA, receiverA.PersonId, null, role: "convener");
        await admin.AddMemberAsync(groupA, memberA.PersonId, municipalityId);
        await admin.AddMemberAsync(groupB, receiverB.PersonId, null, role: "convener");
        return new CaseScene(areaId, handing, handingName, groupA, groupAName, groupB, groupBName, otherGroup,
            municipalityId, hospitalId, otherOrganisationId, handingConvener, raiser, receiverA, receiverB, memberA);
    }

    private static async Task<int> NewOrganisationAsync(this HttpClient admin, int areaId, int principalId, string kind, string prefix)
    {
        using var response = await admin.PostJsonAsync("/api/v1/organisations", new { name = Unique.Name(prefix), kind, principalId, areaId });
        return Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
    }

    public static async Task<int> NewLevelGroupAsync(this HttpClient admin, int areaId, string name, string level, int? parentId)
    {
        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name, level, areaId, parentId, mandate = "Skapad av ett test av ärenden." });
        return (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    /// <summary>The server's Swedish date, as the rules see it.</summary>
    public static DateOnly Today(this SamsynFactory factory) => SwedishTime.DateOf(factory.Clock.GetUtcNow());

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object CaseBody(CaseScene scene, string? title = null) => new
    {
        groupId = scene.HandingGroupId, title = title ?? Unique.Name("Ärende"),
        description = "Hjälpmedel saknas vid hemkomst från sjukhuset.", urgency = "high",
        affectedOrganisationIds = new[] { scene.MunicipalityId, scene.HospitalId },
    };

    /// <summary>The raiser raises a case with the handing group; returns it (asserting the 201).</summary>
    public static async Task<JsonElement> RaiseCaseAsync(this SamsynFactory factory, CaseScene scene, string? title = null)
    {
        using var raiser = await factory.SignedInAsync(scene.Raiser.Email);
        using var response = await raiser.PostJsonAsync("/api/v1/cases", CaseBody(scene, title));
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static int Id(JsonElement item) => item.GetProperty("id").GetInt32();

    public static int Version(JsonElement item) => item.GetProperty("version").GetInt32();

    public static string Status(JsonElement item) => item.GetProperty("status").GetString()!;

    public static Task<JsonElement> CaseAsync(this HttpClient client, int id) => client.GetItemAsync($"/api/v1/cases/{id}");

    public static Task<JsonElement> GetHandoverAsync(this HttpClient client, int id) => client.GetItemAsync($"/api/v1/handovers/{id}");

    public static Task<HttpResponseMessage> PostHandoverAsync(this HttpClient client, JsonElement handled, int toGroupId, DateOnly reportBackBy,
        string assignment = "Kartlägg och föreslå ett gemensamt arbetssätt.") =>
        client.PostJsonAsync($"/api/v1/cases/{Id(handled)}/handovers",
            new { toGroupId, assignment, reportBackBy = Date(reportBackBy), version = Version(handled) });

    /// <summary>The handing convener hands the case over; returns the handover (asserting the 201).</summary>
    public static async Task<JsonElement> HandOverAsync(this HttpClient convener, int caseId, int toGroupId, DateOnly reportBackBy)
    {
        using var response = await convener.PostHandoverAsync(await convener.CaseAsync(caseId), toGroupId, reportBackBy);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>The receiving convener accepts; returns the handover.</summary>
    public static async Task<JsonElement> AcceptAsync(this HttpClient receiver, int handoverId)
    {
        var handover = await receiver.GetHandoverAsync(handoverId);
        using var response = await receiver.PostJsonAsync($"/api/v1/handovers/{handoverId}/accept", new { version = Version(handover) });
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ReportBackAsync(this HttpClient receiver, int handoverId, string text = "Gruppen föreslår en gemensam checklista.")
    {
        var handover = await receiver.GetHandoverAsync(handoverId);
        using var response = await receiver.PostJsonAsync($"/api/v1/handovers/{handoverId}/report-back", new { text, version = Version(handover) });
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public static Task<int> CaseCountAsync(this SamsynFactory factory, int groupId) =>
        factory.InDatabaseAsync(db => db.Cases.CountAsync(c => c.GroupId == groupId));

    public static Task<int> HandoverCountAsync(this SamsynFactory factory, int caseId) =>
        factory.InDatabaseAsync(db => db.Handovers.CountAsync(h => h.CaseId == caseId));

    public static Task<int> EventCountAsync(this SamsynFactory factory, int caseId) =>
        factory.InDatabaseAsync(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId));

    /// <summary>The notifications of a kind about a case, by recipient.</summary>
    public static Task<List<Samsyn.Web.Features.Notifications.Notification>> CaseNotificationsAsync(
        this SamsynFactory factory, int caseId, Samsyn.Web.Features.Notifications.NotificationKind kind) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == $"/arenden/{caseId}" && n.Kind == kind).ToListAsync());
}
