using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.IntegrationTests.Features.Situation;
using Samsyn.Web.Infrastructure;

namespace Samsyn.IntegrationTests.Features.Deviations;

/// <summary>
/// An area of one test's own: a municipality, a hospital, primary care and an uninvolved municipality, and a management
/// group where the <see cref="Reporter"/> holds the municipality's seat, the <see cref="Handler"/> the hospital's, the
/// <see cref="Outsider"/> the other municipality's, and the <see cref="Convener"/> convenes. All four can log in.
/// </summary>
public sealed record DeviationScene(
    int AreaId, int GroupId, int MunicipalityId, string MunicipalityName, int HospitalId, string HospitalName, int PrimaryCareId, int OtherId,
    TestPerson Reporter, TestPerson Handler, TestPerson Outsider, TestPerson Convener);

public static class DeviationScenes
{
    public static async Task<DeviationScene> NewDeviationSceneAsync(this SamsynFactory factory)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var areaResponse = await admin.PostJsonAsync("/api/v1/areas", new { name = Unique.Name("Avvikelseområde"), shortName = Unique.Letters(6) });
        var areaId = (await areaResponse.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        // A principal of the scene's own, so the organisations never share a principal (a municipality's name) with the demo's.
        using var principalResponse = await admin.PostJsonAsync("/api/v1/principals", new { name = Unique.Name("Avvikelsehuvudman"), kind = "municipality" });
        var principalId = (await principalResponse.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        async Task<(int, string)> OrganisationAsync(string kind, string prefix)
        {
            var name = Unique.Name(prefix);
            using var response = await admin.PostJsonAsync("/api/v1/organisations", new { name, kind, principalId, areaId });
            return ((await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32(), name);
        }
        var (municipalityId, municipalityName) = await OrganisationAsync("municipalCare", "Avvikelsekommun");
        var (hospitalId, hospitalName) = await OrganisationAsync("hospital", "Avvikelsesjukhus");
        var (primaryCareId, _) = await OrganisationAsync("regionalPrimaryCare", "Avvikelsevårdcentral");
        var (otherId, _) = await OrganisationAsync("municipalCare", "Annan kommun");
        var reporter = await factory.NewPersonWithAccountAsync();
        var handler = await factory.NewPersonWithAccountAsync();
        var outsider = await factory.NewPersonWithAccountAsync();
        var convener = await factory.NewPersonWithAccountAsync();
        using var response = await admin.PostJsonAsync("/api/v1/groups", new { name = Unique.Name("Ledningsgrupp"), level = "management", areaId, mandate = "Test av avvikelser." });
        var groupId = (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await admin.AddMemberAsync(groupId, reporter.PersonId, municipalityId);
        await admin.AddMemberAsync(groupId, handler.PersonId, hospitalId);
        await admin.AddMemberAsync(groupId, outsider.PersonId, otherId);
        await admin.AddMemberAsync(groupId, convener.PersonId, null, role: "convener");
        return new DeviationScene(areaId, groupId, municipalityId, municipalityName, hospitalId, hospitalName, primaryCareId, otherId, reporter, handler, outsider, convener);
    }

    public static DateOnly Today(this SamsynFactory factory) => SwedishTime.DateOf(factory.Clock.GetUtcNow());

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Body(DeviationScene scene, DateOnly occurredOn, string step = "admissionNoticeLate", string process = "discharge", int[]? concerned = null) => new()
    {
        ["reportingOrganisationId"] = scene.MunicipalityId,
        ["concernedOrganisationIds"] = concerned ?? [scene.HospitalId],
        ["process"] = process, ["step"] = step, ["occurredOn"] = Iso(occurredOn),
        ["description"] = "Inskrivningsmeddelandet kom efter tre dygn i stället för inom 24 timmar.",
        ["consequence"] = "Hemtjänsten planerade besök i onödan.",
    };

    /// <summary>Reports and returns the created deviation (asserting the 201).</summary>
    public static async Task<JsonElement> ReportAsync(this HttpClient client, object body)
    {
        using var response = await client.PostJsonAsync("/api/v1/deviations", body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, int id, string action, object body) =>
        client.PostJsonAsync($"/api/v1/deviations/{id}/{action}", body);

    /// <summary>A client with a token issued at the app clock's current time (a cached token is not valid after travelling).</summary>
    public static async Task<HttpClient> FreshlySignedInAsync(this SamsynFactory factory, string email)
    {
        var client = factory.Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = SamsynFactory.DemoPassword });
        var token = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<int> DeviationCountAsync(this SamsynFactory factory, int reportingOrganisationId) =>
        factory.InDatabaseAsync(db => db.DeviationReports.CountAsync(d => d.ReportingOrganisationId == reportingOrganisationId));
}
