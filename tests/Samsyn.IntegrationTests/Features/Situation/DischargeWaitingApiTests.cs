using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Samsyn.IntegrationTests.Features.Situation;

/// <summary>
/// /api/v1/discharge-waiting and /api/v1/areas/{id}/discharge-settings: import, single months, rights, versions, the rolling
/// values of the demo data and the threshold. Rows the tests create lie in 2031 and later, far from the demo data, and
/// mostly belong to a municipality created for the test.
/// </summary>
public abstract class DischargeWaitingApiTests(SamsynFactory factory)
{
    private const string Import = "/api/v1/discharge-waiting/import";
    private const string Header = "kommun;månad;medeldagar;antal";
    private const string Ale = "Ale kommun – vård och omsorg";
    private const string Kungalv = "Kungälvs kommun – vård och omsorg";
    private const string Stenungsund = "Stenungsunds kommun – vård och omsorg";

    [Fact]
    public async Task Import_creates_the_months_and_a_second_import_updates_them()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (areaId, municipality) = await NewMunicipalityAsync(admin);

        using (var first = await ImportAsync(admin, Csv($"{municipality.Name};2031-01;2,0;10", $"{municipality.Id};2031-02;4,0;30", $"{municipality.Name};2031-03;3,0;60")))
        {
            var summary = await first.ShouldBeJsonAsync(HttpStatusCode.OK);
            (summary.GetProperty("created").GetInt32(), summary.GetProperty("updated").GetInt32()).ShouldBe((3, 0));
            summary.GetProperty("latestMonth").GetString().ShouldBe("2031-03");
        }
        using (var second = await ImportAsync(admin, Csv($"{municipality.Name};2031-03;3,5;60", $"{municipality.Name};2031-02;4,0;30", $"{municipality.Name};2031-04;1,0;20")))
        {
            var summary = await second.ShouldBeJsonAsync(HttpStatusCode.OK);
            (summary.GetProperty("created").GetInt32(), summary.GetProperty("updated").GetInt32(), summary.GetProperty("unchanged").GetInt32()).ShouldBe((1, 1, 1));
            summary.GetProperty("message").GetString().ShouldBe("1 ny månad, 1 ändrad och 1 oförändrad.");
        }

        var months = await MonthsAsync(admin, areaId, municipality.Id, "2031-01", "2031-12");
        months.Select(m => (m.GetProperty("month").GetString(), m.GetProperty("averageDays").GetDecimal())).ShouldBe(
            [("2031-01", 2.0m), ("2031-02", 4.0m), ("2031-03", 3.5m), ("2031-04", 1.0m)]);
        months[2].GetProperty("version").GetInt32().ShouldBe(2, "the updated month");
        months[2].GetProperty("rollingDays").GetDecimal().ShouldBe(3.5m, "(2·10 + 4·30 + 3,5·60) / 100");
    }

    [Fact]
    public async Task Import_with_a_bad_row_is_refused_naming_the_line_and_column_and_imports_nothing()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (areaId, municipality) = await NewMunicipalityAsync(admin);

        using var response = await ImportAsync(admin, Csv($"{municipality.Name};2031-01;2,0;10", $"{municipality.Name};2031-13;2,5;10", $"{municipality.Name};2031-03;-1;10"));

        (await response.ShouldBeValidationProblemAsync("rows[3].månad")).ShouldContain(m => m.StartsWith("Rad 3, kolumn månad:") && m.Contains("Månaden 13 finns inte", StringComparison.OrdinalIgnoreCase));
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("errors").GetProperty("rows[4].medeldagar")[0].GetString().ShouldNotBeNull().ShouldContain("negativa");
        problem.GetProperty("errors").EnumerateObject().Count().ShouldBe(2, "the good row is not an error");
        (await MonthsAsync(admin, areaId, municipality.Id, "2031-01", "2031-12")).ShouldBeEmpty("nothing is imported, not even the good row");
    }

    [Fact]
    public async Task Import_naming_an_unknown_municipality_is_refused_on_its_line()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var simba = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);

        using var response = await ImportAsync(admin, Csv($"{Ale};2031-01;2,0;10", "Kungsbacka kommun;2031-01;2,0;10", "Kungälvs sjukhus;2031-01;2,0;10"), $"?areaId={simba}");

        (await response.ShouldBeValidationProblemAsync("rows[3].kommun")).ShouldContain(m => m.Contains("”Kungsbacka kommun” är ingen kommun i SIMBA"));
        (await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("rows[4].kommun", out _).ShouldBeTrue("a hospital is not a municipality");
    }

    [Fact]
    public async Task Member_imports_figures_for_their_own_municipality()
    {
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await ImportAsync(member, Csv($"{Ale};2033-01;2,2;30", "Ale kommun;2033-02;2,4;31"));

        var summary = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        summary.GetProperty("created").GetInt32().ShouldBe(2, "the principal's name finds the municipality too");
    }

    [Fact]
    public async Task Member_importing_another_municipalitys_rows_is_refused_with_403_naming_the_rows_and_nothing_is_imported()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var admin = await factory.SignedInAsync(Demo.Admin);

        using var response = await ImportAsync(member, Csv($"{Ale};2034-05;2,2;30", $"{Kungalv};2034-05;1,9;60", $"{Stenungsund};2034-05;3,9;20"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var detail = problem.GetProperty("detail").GetString().ShouldNotBeNull();
        detail.ShouldContain($"rad 3 ({Kungalv})");
        detail.ShouldContain($"rad 4 ({Stenungsund})");
        detail.ShouldNotContain("rad 2");
        problem.GetProperty("rows").EnumerateArray().Select(r => r.GetInt32()).ShouldBe([3, 4]);
        using var ale = await admin.GetAsync($"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, Ale)}/2034-05");
        ale.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the member's own row is not imported either");
    }

    [Fact]
    public async Task Person_acting_for_no_organisation_may_not_import_or_enter()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var ale = await OrganisationIdAsync(admin, Ale);

        using var import = await ImportAsync(convener, Csv($"{Ale};2031-01;2,0;10"));
        await import.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var put = await convener.PutJsonAsync($"/api/v1/discharge-waiting/{ale}/2031-01", new { averageDays = 2.0 });
        await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Member_may_enter_a_month_for_their_own_municipality_but_not_for_another()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using var admin = await factory.SignedInAsync(Demo.Admin);

        using var own = await member.PutJsonAsync($"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, Ale)}/2035-01", new { averageDays = 2.0, dischargedPatients = 12 });
        await own.ShouldBeJsonAsync(HttpStatusCode.Created);
        using var other = await member.PutJsonAsync($"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, Kungalv)}/2035-01", new { averageDays = 2.0 });
        await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Put_creates_a_month_updates_it_with_its_version_and_refuses_a_stale_version_with_409()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (_, municipality) = await NewMunicipalityAsync(admin);
        var url = $"/api/v1/discharge-waiting/{municipality.Id}/2031-06";

        using (var created = await admin.PutJsonAsync(url, new { averageDays = 2.35, dischargedPatients = 20 }))
        {
            var body = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
            created.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"1\"");
            created.Headers.Location.ShouldNotBeNull().ToString().ShouldBe(url);
            body.GetProperty("month").GetString().ShouldBe("2031-06");
            body.GetProperty("averageDays").GetDecimal().ShouldBe(2.35m);
        }
        using (var withoutVersion = await admin.PutJsonAsync(url, new { averageDays = 2.5 }))
            await withoutVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var updated = await admin.PutJsonAsync(url, new { averageDays = 2.5, dischargedPatients = 20, version = 1 }))
        {
            (await updated.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(2);
            updated.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"2\"");
        }

        using var stale = await admin.PutJsonAsync(url, new { averageDays = 9.9, dischargedPatients = 20, version = 1 });

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var stored = await admin.GetItemAsync(url);
        stored.GetProperty("averageDays").GetDecimal().ShouldBe(2.5m, "the stale edit changed nothing");
        stored.GetProperty("version").GetInt32().ShouldBe(2);

        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent(new { averageDays = 2.6 }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        using var ifMatch = await admin.SendAsync(request);
        (await ifMatch.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(3);
    }

    [Theory]
    [InlineData("2031-13", "month")]
    [InlineData("juni", "month")]
    public async Task Put_with_a_month_that_does_not_exist_is_a_400_naming_the_month(string month, string field)
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        using var response = await admin.PutJsonAsync($"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, Ale)}/{month}", new { averageDays = 2.0 });
        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Put_with_figures_out_of_range_is_a_400_naming_the_field()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var url = $"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, Ale)}/2031-07";

        using (var over = await admin.PutJsonAsync(url, new { averageDays = 366 })) await over.ShouldBeValidationProblemAsync("averageDays");
        using (var missing = await admin.PutJsonAsync(url, new { dischargedPatients = 3 })) await missing.ShouldBeValidationProblemAsync("averageDays");
        using (var negative = await admin.PutJsonAsync(url, new { averageDays = 2, dischargedPatients = -1 })) await negative.ShouldBeValidationProblemAsync("dischargedPatients");
        using (var text = await admin.SendRawJsonAsync(HttpMethod.Put, url, """{"averageDays": "två"}""")) await text.ShouldBeValidationProblemAsync("averageDays");
        using var hospital = await admin.PutJsonAsync($"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, "Kungälvs sjukhus")}/2031-07", new { averageDays = 2 });
        await hospital.ShouldBeValidationProblemAsync("organisationId");
    }

    [Fact]
    public async Task Get_returns_the_rolling_values_of_the_demo_data()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var simba = await member.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var lastMonth = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime).AddMonths(-1);

        var view = await member.GetItemAsync($"/api/v1/discharge-waiting?areaId={simba}");

        view.GetProperty("thresholdDays").GetDecimal().ShouldBe(3.0m);
        var municipalities = view.GetProperty("municipalities").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        foreach (var name in new[] { Ale, Kungalv, Stenungsund, "Tjörns kommun – vård och omsorg" })
        {
            var months = municipalities[name].GetProperty("months").EnumerateArray().ToArray();
            months.Length.ShouldBe(18, name);
            months[^1].GetProperty("month").GetString().ShouldBe(lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), name);
            months[0].GetProperty("rollingMonths").GetInt32().ShouldBe(1, "the first demo month has no months before it");
            months[1].GetProperty("rollingMonths").GetInt32().ShouldBe(2);
            for (var i = 2; i < months.Length; i++)
            {
                // The rolling value, worked out here from the monthly figures the API returns: weighted by patients, one decimal.
                var window = months[(i - 2)..(i + 1)];
                var patients = window.Sum(m => m.GetProperty("dischargedPatients").GetInt32());
                var expected = Math.Round(window.Sum(m => m.GetProperty("averageDays").GetDecimal() * m.GetProperty("dischargedPatients").GetInt32()) / patients, 1, MidpointRounding.AwayFromZero);
                months[i].GetProperty("rollingDays").GetDecimal().ShouldBe(expected, $"{name} {months[i].GetProperty("month").GetString()}");
                months[i].GetProperty("rollingMonths").GetInt32().ShouldBe(3);
                months[i].GetProperty("rollingWeighted").GetBoolean().ShouldBeTrue();
                months[i].GetProperty("overThreshold").GetBoolean().ShouldBe(expected > 3.0m);
            }
        }
        var stenungsund = municipalities[Stenungsund].GetProperty("latest");
        stenungsund.GetProperty("overThreshold").GetBoolean().ShouldBeTrue("Stenungsund is over 3,0 in recent months");
        stenungsund.GetProperty("rollingComparison").GetString().ShouldBe("over");
        municipalities.Where(m => m.Key != Stenungsund && m.Value.GetProperty("latest").ValueKind == JsonValueKind.Object)
            .ShouldAllBe(m => !m.Value.GetProperty("latest").GetProperty("overThreshold").GetBoolean());
    }

    [Theory]
    [InlineData("from=2026-13", "from")]
    [InlineData("to=2026-00", "to")]
    [InlineData("from=2026-10&to=2026-01", "to")]
    [InlineData("from=2000-01&to=2026-01", "from")]
    public async Task Get_with_a_period_that_is_not_one_is_a_400_naming_the_field(string query, string field)
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var simba = await member.IdByNameAsync("/api/v1/areas", Demo.Simba);
        using var response = await member.GetAsync($"/api/v1/discharge-waiting?areaId={simba}&{query}");
        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Get_without_an_area_is_a_400_and_with_an_unknown_area_a_404()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var without = await member.GetAsync("/api/v1/discharge-waiting")) await without.ShouldBeValidationProblemAsync("areaId");
        using var unknown = await member.GetAsync("/api/v1/discharge-waiting?areaId=99999");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Changes_are_in_the_audit_trail_with_who_and_the_figures_before_and_after()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (_, municipality) = await NewMunicipalityAsync(admin);
        var url = $"/api/v1/discharge-waiting/{municipality.Id}/2031-08";
        int id;
        using (var created = await admin.PutJsonAsync(url, new { averageDays = 2.0, dischargedPatients = 10 }))
            id = await MonthIdAsync(municipality.Id, new DateOnly(2031, 8, 1));
        using (var imported = await ImportAsync(admin, Csv($"{municipality.Name};2031-08;2,8;12")))
            imported.StatusCode.ShouldBe(HttpStatusCode.OK);

        var trail = await admin.ListAsync($"/api/v1/audit?entityType=DischargeWaitingMonth&entityId={id}");

        trail.Select(e => e.GetProperty("action").GetString()).ShouldBe(["updated", "created"]);
        trail.ShouldAllBe(e => e.GetProperty("userName").GetString() == Demo.Admin);
        var changes = trail[0].GetProperty("changes");
        changes.GetProperty("AverageDays").GetProperty("before").GetDecimal().ShouldBe(2.0m);
        changes.GetProperty("AverageDays").GetProperty("after").GetDecimal().ShouldBe(2.8m);
        changes.GetProperty("DischargedPatients").GetProperty("after").GetInt32().ShouldBe(12);
    }

    [Fact]
    public async Task Threshold_change_applies_to_the_area_and_is_versioned_and_audited()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var (areaId, municipality) = await NewMunicipalityAsync(admin, newArea: true);
        using (var import = await ImportAsync(admin, Csv($"{municipality.Name};2031-01;3,0;10", $"{municipality.Name};2031-02;3,4;10", $"{municipality.Name};2031-03;3,2;10")))
            import.StatusCode.ShouldBe(HttpStatusCode.OK);
        var settingsUrl = $"/api/v1/areas/{areaId}/discharge-settings";
        var defaults = await admin.GetItemAsync(settingsUrl);
        (defaults.GetProperty("thresholdDays").GetDecimal(), defaults.GetProperty("isDefault").GetBoolean(), defaults.GetProperty("version").GetInt32()).ShouldBe((3.0m, true, 0));
        (await MonthsAsync(admin, areaId, municipality.Id, "2031-03", "2031-03")).Single().GetProperty("overThreshold").GetBoolean().ShouldBeTrue("3,2 is over the default 3,0");

        using (var member = await factory.SignedInAsync(Demo.Member))
        using (var refused = await member.PutJsonAsync(settingsUrl, new { thresholdDays = 3.5 }))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var changed = await admin.PutJsonAsync(settingsUrl, new { thresholdDays = 3.5 }))
        {
            var settings = await changed.ShouldBeJsonAsync(HttpStatusCode.OK);
            (settings.GetProperty("thresholdDays").GetDecimal(), settings.GetProperty("isDefault").GetBoolean(), settings.GetProperty("version").GetInt32()).ShouldBe((3.5m, false, 1));
        }

        var view = await admin.GetItemAsync($"/api/v1/discharge-waiting?areaId={areaId}&from=2031-01&to=2031-03");
        view.GetProperty("thresholdDays").GetDecimal().ShouldBe(3.5m);
        var march = view.GetProperty("municipalities")[0].GetProperty("months")[2];
        march.GetProperty("rollingDays").GetDecimal().ShouldBe(3.2m);
        march.GetProperty("overThreshold").GetBoolean().ShouldBeFalse("3,2 is within the area's own 3,5");
        march.GetProperty("rollingComparison").GetString().ShouldBe("under");

        using (var withoutVersion = await admin.PutJsonAsync(settingsUrl, new { thresholdDays = 3.2 }))
            await withoutVersion.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var atThreshold = await admin.PutJsonAsync(settingsUrl, new { thresholdDays = 3.2, version = 1 }))
            atThreshold.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MonthsAsync(admin, areaId, municipality.Id, "2031-03", "2031-03")).Single().GetProperty("rollingComparison").GetString().ShouldBe("at");
        using (var stale = await admin.PutJsonAsync(settingsUrl, new { thresholdDays = 2.0, version = 1 }))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var twoDecimals = await admin.PutJsonAsync(settingsUrl, new { thresholdDays = 3.25, version = 2 }))
            await twoDecimals.ShouldBeValidationProblemAsync("thresholdDays");

        var settingsId = await factory.InDatabaseAsync(db => Task.FromResult(db.DischargeSettings.Single(s => s.AreaId == areaId).Id));
        (await admin.ListAsync($"/api/v1/audit?entityType=DischargeSettings&entityId={settingsId}"))
            .Select(e => e.GetProperty("action").GetString()).ShouldBe(["updated", "created"]);
    }

    [Fact]
    public async Task Import_as_multipart_and_in_Windows_1252_is_read()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes($"{Header}\r\n{Kungalv};2036-01;1,5;40\r\n");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "utskrivningsklara.csv");

        using var response = await admin.PostAsync(Import, form);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("created").GetInt32().ShouldBe(1);
        (await admin.GetItemAsync($"/api/v1/discharge-waiting/{await OrganisationIdAsync(admin, Kungalv)}/2036-01")).GetProperty("averageDays").GetDecimal().ShouldBe(1.5m);
    }

    [Fact]
    public async Task Import_mistakes_are_answered_as_problems_never_as_server_errors()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);

        using (var big = await admin.PostAsync(Import, new ByteArrayContent(Encoding.UTF8.GetBytes(Header + "\n" + new string('a', 1024 * 1024))) { Headers = { ContentType = new("text/csv") } }))
            await big.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        using (var binary = await admin.PostAsync(Import, new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]) { Headers = { ContentType = new("text/csv") } }))
            await binary.ShouldBeValidationProblemAsync("file");
        using (var json = await admin.PostJsonAsync(Import, new { kommun = Ale }))
            await json.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using (var empty = await ImportAsync(admin, ""))
            await empty.ShouldBeValidationProblemAsync("file");
        using (var noHeader = await ImportAsync(admin, $"{Ale};2031-01;2,0;10\n"))
            await noHeader.ShouldBeValidationProblemAsync("header");
        using (var identity = await ImportAsync(admin, Csv($"{Ale};2031-01;2,0;10;{Demo.TestIdentityNumber}").Replace(Header, Header + ";personnummer", StringComparison.Ordinal)))
            (await identity.ShouldBeValidationProblemAsync("header")).ShouldContain(m => m.Contains("aldrig uppgifter om enskilda patienter"));
        using (var brokenForm = await admin.PostAsync(Import, new StringContent("not a form", Encoding.UTF8) { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz") } }))
            await brokenForm.ShouldBeValidationProblemAsync("file");
    }

    private static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, string query = "")
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync(Import + query, content);
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement[]> MonthsAsync(HttpClient client, int areaId, int organisationId, string from, string to)
    {
        var view = await client.GetItemAsync($"/api/v1/discharge-waiting?areaId={areaId}&from={from}&to={to}");
        return [.. view.GetProperty("municipalities").EnumerateArray().Single(m => m.GetProperty("organisationId").GetInt32() == organisationId)
            .GetProperty("months").EnumerateArray()];
    }

    private static async Task<int> OrganisationIdAsync(HttpClient client, string name) => await client.IdByNameAsync("/api/v1/organisations", name);

    private Task<int> MonthIdAsync(int organisationId, DateOnly month) =>
        factory.InDatabaseAsync(db => Task.FromResult(db.DischargeWaitingMonths.Single(m => m.OrganisationId == organisationId && m.Month == month).Id));

    /// <summary>A municipality of its own for the test: in SIMBA, or in a new area when the test changes the area's threshold.</summary>
    private static async Task<(int AreaId, (int Id, string Name) Municipality)> NewMunicipalityAsync(HttpClient admin, bool newArea = false)
    {
        int areaId;
        if (newArea)
        {
            using var area = await admin.PostJsonAsync("/api/v1/areas", new { name = Unique.Name("Område"), shortName = Unique.Letters(6) });
            areaId = (await area.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }
        else areaId = await admin.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var town = "Test" + Unique.Letters(6);
        using var principal = await admin.PostJsonAsync("/api/v1/principals", new { name = $"{town} kommun", kind = "municipality" });
        var principalId = (await principal.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var name = $"{town} kommun – vård och omsorg";
        using var organisation = await admin.PostJsonAsync("/api/v1/organisations", new { name, kind = "municipalCare", principalId, areaId });
        return (areaId, ((await organisation.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32(), name));
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DischargeWaitingApiOnSqlite(SqliteFactory factory) : DischargeWaitingApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DischargeWaitingApiOnPostgres(PostgresFactory factory) : DischargeWaitingApiTests(factory);
