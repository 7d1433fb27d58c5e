using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Situation;

/// <summary>
/// /api/v1/status-figures: everyone reads the key figures, administrators keep them. Figures are
/// created for organisations of kind "other", which no demo organisation is, so the reporting of
/// other tests is untouched.
/// </summary>
public abstract class StatusFigureApiTests(SamsynFactory factory)
{
    private static string NewKey() => $"test{Unique.Letters(10)}";

    private static object Figure(string key, string kind = "other", string? label = null, int order = 1, int maximum = 50, int? version = null) =>
        new { key, label = label ?? $"Testtal {key}", unit = "st", organisationKind = kind, order, maximum, version };

    private static async Task<JsonElement> CreateAsync(HttpClient admin, string key, string kind = "other", int maximum = 50)
    {
        using var response = await admin.PostJsonAsync("/api/v1/status-figures", Figure(key, kind, maximum: maximum));
        return await response.ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"/api/v1/status-figures{query}");
        return [.. (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()];
    }

    private Task<int> CountWithKeyAsync(string key) => factory.InDatabaseAsync(db => db.StatusFigureDefinitions.CountAsync(f => f.Key == key));

    [Fact]
    public async Task Everyone_signed_in_reads_the_figures_of_a_kind_in_order()
    {
        using var member = await factory.SignedInAsync(Demo.Member);

        var hospital = await ListAsync(member, "?organisationKind=Hospital");
        // The query takes the API's own spelling too, and refuses numbers as the JSON bodies do.
        (await ListAsync(member, "?organisationKind=hospital")).Select(f => f.GetProperty("id").GetInt32())
            .ShouldBe(hospital.Select(f => f.GetProperty("id").GetInt32()));
        using (var number = await member.GetAsync("/api/v1/status-figures?organisationKind=0"))
            await number.ShouldBeValidationProblemAsync("organisationKind");

        hospital.Select(f => f.GetProperty("key").GetString()).ShouldBe(["dischargeReady", "overOccupancy", "staffAbsence"]);
        hospital.ShouldAllBe(f => f.GetProperty("organisationKind").GetString() == "hospital");
        var absence = hospital[2];
        absence.GetProperty("label").GetString().ShouldBe("Frånvaro i personalen");
        absence.GetProperty("unit").GetString().ShouldBe("%");
        absence.GetProperty("maximum").GetInt32().ShouldBe(100);
        absence.GetProperty("retired").GetBoolean().ShouldBeFalse();
        absence.GetProperty("version").GetInt32().ShouldBePositive();
        (await ListAsync(member)).Length.ShouldBeGreaterThanOrEqualTo(9, "the nine default figures of every kind");
    }

    [Fact]
    public async Task Member_may_not_create_change_or_retire_a_figure()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var figure = await CreateAsync(admin, NewKey());
        var id = figure.GetProperty("id").GetInt32();
        var version = figure.GetProperty("version").GetInt32();
        using var member = await factory.SignedInAsync(Demo.Member);
        var key = NewKey();

        using var create = await member.PostJsonAsync("/api/v1/status-figures", Figure(key));
        using var update = await member.PutJsonAsync($"/api/v1/status-figures/{id}", Figure(figure.GetProperty("key").GetString()!, label: "Ändrat av ledamot", version: version));
        using var retire = await member.PostJsonAsync($"/api/v1/status-figures/{id}/retire", new { version });

        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await update.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await retire.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await CountWithKeyAsync(key)).ShouldBe(0);
        var unchanged = (await ListAsync(admin, "?organisationKind=Other")).Single(f => f.GetProperty("id").GetInt32() == id);
        unchanged.GetProperty("label").GetString().ShouldBe(figure.GetProperty("label").GetString());
        unchanged.GetProperty("retired").GetBoolean().ShouldBeFalse();
        unchanged.GetProperty("version").GetInt32().ShouldBe(version);
    }

    [Fact]
    public async Task Administrator_creates_a_figure_with_201_and_its_location()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var key = NewKey();

        using var response = await admin.PostJsonAsync("/api/v1/status-figures",
            new { key, label = "Inskrivna i hemsjukvård", unit = "st", organisationKind = "other", order = 3, maximum = 400 });

        var figure = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = figure.GetProperty("id").GetInt32();
        response.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"/api/v1/status-figures/{id}");
        figure.GetProperty("key").GetString().ShouldBe(key);
        figure.GetProperty("label").GetString().ShouldBe("Inskrivna i hemsjukvård");
        figure.GetProperty("unit").GetString().ShouldBe("st");
        figure.GetProperty("organisationKind").GetString().ShouldBe("other");
        figure.GetProperty("order").GetInt32().ShouldBe(3);
        figure.GetProperty("maximum").GetInt32().ShouldBe(400);
        figure.GetProperty("retired").GetBoolean().ShouldBeFalse();
        (await ListAsync(admin, "?organisationKind=Other")).ShouldContain(f => f.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Key_is_unique_per_kind_of_organisation_only()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var key = NewKey();
        await CreateAsync(admin, key);

        using var duplicate = await admin.PostJsonAsync("/api/v1/status-figures", Figure(key, label: "Samma nyckel igen"));
        await duplicate.ShouldBeValidationProblemAsync("key");
        (await CountWithKeyAsync(key)).ShouldBe(1);

        using var sameKeyOtherKind = await admin.PostJsonAsync("/api/v1/status-figures", Figure(key, kind: "privateProvider"));
        var created = await sameKeyOtherKind.ShouldBeJsonAsync(HttpStatusCode.Created);
        (await CountWithKeyAsync(key)).ShouldBe(2);
        // Leave the private providers' list as it was for reporting: retire it again.
        using var retire = await admin.PostJsonAsync($"/api/v1/status-figures/{created.GetProperty("id").GetInt32()}/retire", new { version = created.GetProperty("version").GetInt32() });
        retire.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("""{"key": "Bad Key", "label": "Tal", "unit": "st", "organisationKind": "other", "order": 1, "maximum": 10}""", "key")]
    [InlineData("""{"key": "9lives", "label": "Tal", "unit": "st", "organisationKind": "other", "order": 1, "maximum": 10}""", "key")]
    [InlineData("""{"label": "Tal", "unit": "st", "organisationKind": "other", "order": 1, "maximum": 10}""", "key")]
    [InlineData("""{"key": "{key}", "label": "", "unit": "st", "organisationKind": "other", "order": 1, "maximum": 10}""", "label")]
    [InlineData("""{"key": "{key}", "label": "Patient 19121212-1212", "unit": "st", "organisationKind": "other", "order": 1, "maximum": 10}""", "label")]
    [InlineData("""{"key": "{key}", "label": "Tal", "unit": "st", "organisationKind": "clinic", "order": 1, "maximum": 10}""", "organisationKind")]
    [InlineData("""{"key": "{key}", "label": "Tal", "unit": "st", "order": 1, "maximum": 10}""", "organisationKind")]
    [InlineData("""{"key": "{key}", "label": "Tal", "unit": "st", "organisationKind": "other", "order": 1, "maximum": 0}""", "maximum")]
    [InlineData("""{"key": "{key}", "label": "Tal", "unit": "st", "organisationKind": "other", "order": 100, "maximum": 10}""", "order")]
    [InlineData("""{"key": "{key}", "label": "Tal", "unit": "", "organisationKind": "other", "order": 1, "maximum": 10}""", "unit")]
    public async Task Bad_figure_is_400_naming_the_field_and_nothing_is_created(string template, string field)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var key = NewKey();
        var before = await factory.InDatabaseAsync(db => db.StatusFigureDefinitions.CountAsync());

        using var response = await admin.SendRawJsonAsync(HttpMethod.Post, "/api/v1/status-figures", template.Replace("{key}", key, StringComparison.Ordinal));

        await response.ShouldBeValidationProblemAsync(field);
        (await factory.InDatabaseAsync(db => db.StatusFigureDefinitions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Change_needs_the_version_and_a_stale_one_is_409()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var key = NewKey();
        var figure = await CreateAsync(admin, key);
        var id = figure.GetProperty("id").GetInt32();
        var version = figure.GetProperty("version").GetInt32();

        using (var missing = await admin.PutJsonAsync($"/api/v1/status-figures/{id}", Figure(key, label: "Utan version")))
            await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);

        using var first = await admin.PutJsonAsync($"/api/v1/status-figures/{id}", Figure(key, label: "Första ändringen", maximum: 80, version: version));
        var changed = await first.ShouldBeJsonAsync(HttpStatusCode.OK);
        changed.GetProperty("label").GetString().ShouldBe("Första ändringen");
        changed.GetProperty("maximum").GetInt32().ShouldBe(80);
        changed.GetProperty("version").GetInt32().ShouldBeGreaterThan(version);
        first.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe($"\"{changed.GetProperty("version").GetInt32()}\"");

        using var stale = await admin.PutJsonAsync($"/api/v1/status-figures/{id}", Figure(key, label: "Med gammal version", version: version));
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var stored = (await ListAsync(admin, "?organisationKind=Other")).Single(f => f.GetProperty("id").GetInt32() == id);
        stored.GetProperty("label").GetString().ShouldBe("Första ändringen");
        stored.GetProperty("version").GetInt32().ShouldBe(changed.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Version_may_come_as_If_Match()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var key = NewKey();
        var figure = await CreateAsync(admin, key);
        var id = figure.GetProperty("id").GetInt32();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/status-figures/{id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Figure(key, label: "Via If-Match")),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{figure.GetProperty("version").GetInt32()}\""));

        using var response = await admin.SendAsync(request);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("label").GetString().ShouldBe("Via If-Match");
    }

    [Fact]
    public async Task Changing_the_key_to_one_the_kind_already_has_is_400()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var taken = NewKey();
        await CreateAsync(admin, taken);
        var figure = await CreateAsync(admin, NewKey());

        using var response = await admin.PutJsonAsync($"/api/v1/status-figures/{figure.GetProperty("id").GetInt32()}",
            Figure(taken, version: figure.GetProperty("version").GetInt32()));

        await response.ShouldBeValidationProblemAsync("key");
        (await CountWithKeyAsync(taken)).ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_figure_is_404()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var update = await admin.PutJsonAsync("/api/v1/status-figures/987654321", Figure(NewKey(), version: 1));
        using var retire = await admin.PostJsonAsync("/api/v1/status-figures/987654321/retire", new { version = 1 });
        await update.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await retire.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Retired_figure_is_kept_but_refused_in_reports_until_reinstated()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var key = NewKey();
        var figure = await CreateAsync(admin, key, maximum: 20);
        var id = figure.GetProperty("id").GetInt32();
        var (areaId, _) = await admin.NewAreaAsync();
        var (organisation, _) = await admin.NewOrganisationAsync(areaId, "other", "Testaktör");
        var first = await admin.ReportAsync(new { organisationId = organisation, level = "normal", figures = new Dictionary<string, decimal> { [key] = 7 } });
        first.GetProperty("figures").EnumerateArray().ShouldHaveSingleItem().GetProperty("label").GetString().ShouldBe($"Testtal {key}");

        using (var noVersion = await admin.PostJsonAsync($"/api/v1/status-figures/{id}/retire", new { }))
            await noVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var retire = await admin.PostJsonAsync($"/api/v1/status-figures/{id}/retire", new { version = figure.GetProperty("version").GetInt32() }))
            retire.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var retired = (await ListAsync(admin, "?organisationKind=Other")).Single(f => f.GetProperty("id").GetInt32() == id);
        retired.GetProperty("retired").GetBoolean().ShouldBeTrue("a retired figure stays in the list for the history");
        var before = await factory.ReportCountAsync(organisation);
        using (var refused = await admin.PostReportAsync(new { organisationId = organisation, level = "normal", figures = new Dictionary<string, decimal> { [key] = 7 } }))
            await refused.ShouldBeValidationProblemAsync($"figures.{key}");
        (await factory.ReportCountAsync(organisation)).ShouldBe(before);
        // The earlier report still shows its value under the figure's name.
        (await admin.GetItemAsync($"/api/v1/status-reports/{first.GetProperty("id").GetInt32()}"))
            .GetProperty("figures").EnumerateArray().ShouldHaveSingleItem().GetProperty("value").GetDecimal().ShouldBe(7m);

        using (var reinstate = await admin.PostJsonAsync($"/api/v1/status-figures/{id}/reinstate", new { version = retired.GetProperty("version").GetInt32() }))
            reinstate.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await admin.ReportAsync(new { organisationId = organisation, level = "normal", figures = new Dictionary<string, decimal> { [key] = 20 } });
        again.GetProperty("figures").EnumerateArray().ShouldHaveSingleItem().GetProperty("value").GetDecimal().ShouldBe(20m);
        using (var aboveMaximum = await admin.PostReportAsync(new { organisationId = organisation, level = "normal", figures = new Dictionary<string, decimal> { [key] = 21 } }))
            await aboveMaximum.ShouldBeValidationProblemAsync($"figures.{key}");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StatusFigureApiOnSqlite(SqliteFactory factory) : StatusFigureApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StatusFigureApiOnPostgres(PostgresFactory factory) : StatusFigureApiTests(factory);
