using System.Net;
using System.Text.RegularExpressions;
using Samsyn.IntegrationTests.Features.Deviations;
using Samsyn.IntegrationTests.Features.Documents;
using Samsyn.IntegrationTests.Features.Situation;

namespace Samsyn.IntegrationTests.Features.Home;

/// <summary>
/// The start page answers "what needs me now?": a report of the situation when one's organisation has none current,
/// the deviations one's organisation owes an answer, the parties of one's areas under strain, and the exemptions
/// that end soon.
/// </summary>
public abstract class StartPageTests(SamsynFactory factory)
{
    private static async Task<string> StartPageAsync(HttpClient client)
    {
        using var start = await client.GetAsync("/");
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await start.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_page_asks_for_a_situation_report_until_one_is_made()
    {
        var scene = await factory.NewSceneAsync();
        using var page = await factory.PagesAsAsync(scene.Reporter.Email);
        var ask = $"Rapportera läget för {scene.MunicipalityName}";

        (await StartPageAsync(page)).ShouldContain(ask);

        using var api = await factory.SignedInAsync(scene.Reporter.Email);
        await StatusScenes.ReportAsync(api, new { organisationId = scene.MunicipalityId, level = "normal" });
        (await StartPageAsync(page)).ShouldNotContain(ask);
    }

    [Fact]
    public async Task Start_page_lists_the_parties_of_ones_area_under_strain_and_their_help_requests_but_not_those_at_normal()
    {
        var scene = await factory.NewSceneAsync();
        using var page = await factory.PagesAsAsync(scene.Reporter.Email);
        (await StartPageAsync(page)).ShouldContain("Ingen part i dina samverkansområden rapporterar ansträngt läge");

        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        await StatusScenes.ReportAsync(reporter, new { organisationId = scene.MunicipalityId, level = "severe", needsHelp = true, helpWith = "Korttidsplatser i helgen" });
        using var admin = await factory.SignedInAsync(Demo.Admin);
        await StatusScenes.ReportAsync(admin, new { organisationId = scene.HospitalId, level = "normal" });

        var start = await StartPageAsync(page);
        var section = start[start.IndexOf("Ansträngt läge just nu", StringComparison.Ordinal)..start.IndexOf("Avsteg som upphör", StringComparison.Ordinal)];
        var strain = Regex.Replace(Regex.Replace(section, "<[^>]+>", " "), @"\s+", " ");
        strain.ShouldContain(scene.AreaName);
        strain.ShouldContain(scene.MunicipalityName);
        strain.ShouldContain("Allvarligt");
        strain.ShouldContain("Behöver stöd: Korttidsplatser i helgen");
        strain.ShouldNotContain(scene.HospitalName, customMessage: "a party at normal is not under strain");
        strain.ShouldNotContain("Ingen part");
    }

    [Fact]
    public async Task Start_page_counts_the_deviations_ones_organisation_owes_an_answer_until_it_answers()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var hospitalPage = await factory.PagesAsAsync(scene.Handler.Email);
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var id = (await DeviationScenes.ReportAsync(reporter, DeviationScenes.Body(scene, DeviationScenes.Today(factory).AddDays(-2)))).GetProperty("id").GetInt32();
        await DeviationScenes.ReportAsync(reporter, DeviationScenes.Body(scene, DeviationScenes.Today(factory).AddDays(-1)));

        (await StartPageAsync(hospitalPage)).ShouldContain("2 avvikelser väntar på din organisations svar");
        using var reporterPage = await factory.PagesAsAsync(scene.Reporter.Email);
        (await StartPageAsync(reporterPage)).ShouldNotContain("väntar på din organisations svar", customMessage: "the reporting side owes nothing");

        using var handler = await factory.SignedInAsync(scene.Handler.Email);
        var version = (await handler.GetItemAsync($"/api/v1/deviations/{id}")).GetProperty("version").GetInt32();
        using (var answer = await handler.ActAsync(id, "answer", new { version, analysis = "Meddelandet skickades för sent.", measures = "Rutinen gås igenom på avdelningen." }))
            await answer.ShouldBeJsonAsync(HttpStatusCode.OK);
        (await StartPageAsync(hospitalPage)).ShouldContain("1 avvikelse väntar på din organisations svar");
    }

    [Fact]
    public async Task Start_page_shows_the_exemptions_of_ones_area_ending_within_two_weeks()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var documentId = await convener.ApprovedDocumentAsync(scene);
        var today = DeviationScenes.Today(factory);
        async Task GrantAsync(string description, int days)
        {
            using var response = await convener.PostJsonAsync("/api/v1/exemptions", new
            {
                documentId, description, organisationIds = new[] { scene.MunicipalityId }, validFrom = DocumentScenes.Iso(today), validTo = DocumentScenes.Iso(today.AddDays(days)),
            });
            await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        }
        await GrantAsync("Kallelse inom fem dagar under helgerna.", 10);
        await GrantAsync("Dubbla bemanningslistor under sommaren.", 40);

        using var page = await factory.PagesAsAsync(scene.Member.Email);
        var start = await StartPageAsync(page);
        start.ShouldContain("Kallelse inom fem dagar under helgerna.");
        start.ShouldNotContain("Dubbla bemanningslistor under sommaren.", customMessage: "it ends after the two weeks");

        using var outsiderPage = await factory.PagesAsAsync(scene.Outsider.Email);
        (await StartPageAsync(outsiderPage)).ShouldNotContain("Kallelse inom fem dagar under helgerna.", customMessage: "the outsider works in no area of the exemption");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StartPageOnSqlite(SqliteFactory factory) : StartPageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StartPageOnPostgres(PostgresFactory factory) : StartPageTests(factory);
