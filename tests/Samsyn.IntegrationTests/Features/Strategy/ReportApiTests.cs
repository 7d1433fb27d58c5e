using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>/api/v1/strategic-plans/{id}/reports/{kind}: the summary text of the yearly and period reports, versions, rights, and storing in the document register.</summary>
public abstract class ReportApiTests(SamsynFactory factory)
{
    [Fact]
    public async Task The_convener_writes_the_yearly_summary_and_a_stale_or_bad_summary_is_refused_with_nothing_changed()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var url = $"/api/v1/strategic-plans/{scene.PlanId}/reports/yearly?year=2030";

        var empty = await admin.GetItemAsync(url);
        empty.GetProperty("summary").ValueKind.ShouldBe(JsonValueKind.Null);
        empty.GetProperty("version").GetInt32().ShouldBe(0);
        empty.GetProperty("rollups").GetArrayLength().ShouldBe(1);

        using (var noVersion = await admin.PutJsonAsync(url, new { summary = "Utan version." }))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var created = await admin.PutJsonAsync(url, new { summary = "Året gick enligt plan.", version = 0 }))
        {
            var report = await created.ShouldBeJsonAsync(HttpStatusCode.OK);
            report.GetProperty("summary").GetString().ShouldBe("Året gick enligt plan.");
            report.GetProperty("summaryChangedBy").GetString().ShouldBe(Demo.Admin);
            report.GetProperty("version").GetInt32().ShouldBe(1);
        }
        using (var stale = await admin.PutJsonAsync(url, new { summary = "Gammal text.", version = 0 }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var identity = await admin.PutJsonAsync(url, new { summary = $"Gäller {Demo.TestIdentityNumber}.", version = 1 }))
            await identity.ShouldBeValidationProblemAsync("summary");
        using (var outside = await admin.PutJsonAsync($"/api/v1/strategic-plans/{scene.PlanId}/reports/yearly?year=2033", new { summary = "X", version = 0 }))
            (await outside.ShouldBeValidationProblemAsync("year"))[0].ShouldContain("2030–2032");
        using (var kind = await admin.GetAsync($"/api/v1/strategic-plans/{scene.PlanId}/reports/monthly"))
            await kind.ShouldBeValidationProblemAsync("kind");
        using (var member = await factory.SignedInAsync(scene.Member.Email))
        {
            using (var forbidden = await member.PutJsonAsync(url, new { summary = "Ledamotens text.", version = 1 }))
                await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            using (var forbiddenStore = await member.PostJsonAsync($"/api/v1/strategic-plans/{scene.PlanId}/reports/yearly/document?year=2030", new { }))
                await forbiddenStore.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            (await member.GetItemAsync(url)).GetProperty("summary").GetString().ShouldBe("Året gick enligt plan.");
        }
        using (var missing = await admin.GetAsync("/api/v1/strategic-plans/999999/reports/period"))
            await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var audit = await factory.InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "FollowUpReport").OrderBy(e => e.Id).ToListAsync());
        audit.ShouldContain(e => e.UserName == Demo.Admin && e.Changes.Contains("gick enligt plan"));
    }

    [Fact]
    public async Task The_period_report_covers_every_year_and_is_stored_in_the_document_register_once_then_updated()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var url = $"/api/v1/strategic-plans/{scene.PlanId}/reports/period";
        var period = await admin.GetItemAsync(url);
        period.GetProperty("rollups").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).ShouldBe([2030, 2031, 2032]);
        period.GetProperty("year").ValueKind.ShouldBe(JsonValueKind.Null);
        using (var summary = await admin.PutJsonAsync(url, new { summary = "Tre år av samverkan.", version = 0 }))
            summary.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stored = await admin.PostJsonAsync($"{url}/document", new { });
        var report = await stored.ShouldBeJsonAsync(HttpStatusCode.OK);
        var documentId = report.GetProperty("documentId").GetInt32();
        var document = await admin.GetItemAsync($"/api/v1/documents/{documentId}");
        document.GetRawText().ShouldContain("followUpReport");
        document.GetRawText().ShouldContain("Tre år av samverkan.");
        document.GetRawText().ShouldContain("Uppföljning 2030–2032");

        using (var again = await admin.PostJsonAsync($"{url}/document", new { }))
            (await again.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("documentId").GetInt32().ShouldBe(documentId);
        (await factory.InDatabaseAsync(db => db.GoverningDocuments.CountAsync(d => d.Title.StartsWith("Uppföljning 2030–2032") && d.Title.EndsWith(report.GetProperty("title").GetString()!.Substring(22)))))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Two_first_period_summaries_at_once_keep_one_report_and_refuse_the_other_with_409()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var url = $"/api/v1/strategic-plans/{scene.PlanId}/reports/period";

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => admin.PutJsonAsync(url, new { summary = $"Sammanfattning {i}.", version = 0 })));
        try
        {
            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.Count(s => s == HttpStatusCode.OK).ShouldBeGreaterThanOrEqualTo(1);
            statuses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
            (await factory.InDatabaseAsync(db => db.FollowUpReports.CountAsync(r => r.StrategicPlanId == scene.PlanId && r.Year == null)))
                .ShouldBe(1, "the period report of a plan is one row however many write it first at once");
        }
        finally
        {
            foreach (var response in responses) response.Dispose();
        }
    }

    [Fact]
    public async Task The_Skaraborg_yearly_report_for_2019_has_the_steering_groups_stored_summary()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var areaId = await member.IdByNameAsync("/api/v1/areas", Demo.Skaraborg);
        var planId = (await member.ListAsync($"/api/v1/strategic-plans?areaId={areaId}&status=adopted")).Single().GetProperty("id").GetInt32();

        var report = await member.GetItemAsync($"/api/v1/strategic-plans/{planId}/reports/yearly?year=2019");

        report.GetProperty("summary").GetString()!.ShouldStartWith("Under 2019 har samverkansgrupperna");
        report.GetProperty("summary").GetString()!.ShouldContain("Personal- och kompetensförsörjning saknar aktivitet");
        report.GetProperty("version").GetInt32().ShouldBe(1);
        report.GetProperty("rollups")[0].GetProperty("goalAreaGaps").GetArrayLength().ShouldBe(1);
        (await member.GetItemAsync($"/api/v1/strategic-plans/{planId}/reports/yearly?year=2020")).GetProperty("summary").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_report_routes_are_in_the_openapi_document()
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync("/openapi/v1.json");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("/api/v1/strategic-plans/{id}/reports/{kind}");
        text.ShouldContain("/api/v1/strategic-plans/{id}/reports/{kind}/document");
        text.ShouldContain("/api/v1/activities/{id}/follow-ups/{followUpId}");
        text.ShouldContain("/api/v1/strategic-plans/{id}/goal-areas/{goalAreaId}");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class ReportApiOnSqlite(SqliteFactory factory) : ReportApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class ReportApiOnPostgres(PostgresFactory factory) : ReportApiTests(factory);
