using Samsyn.Web.Infrastructure;

namespace Samsyn.IntegrationTests.Features.Situation;

/// <summary>GET /api/v1/status-board and /api/v1/status-history: the latest report per organisation at a moment, staleness, and the days.</summary>
public abstract class StatusBoardApiTests(SamsynFactory factory)
{
    private static readonly TimeSpan Winter = MeetingsApi.Winter;

    private static string Iso(DateTimeOffset moment) => StatusScenes.Iso(moment);

    private static async Task<JsonElement> BoardAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/status-board?{query}");
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static Task<JsonElement> BoardAtAsync(HttpClient client, int areaId, DateTimeOffset asOf) =>
        BoardAsync(client, $"areaId={areaId}&asOf={StatusScenes.Query(asOf)}");

    private static JsonElement EntryOf(JsonElement board, int organisationId) =>
        board.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("organisationId").GetInt32() == organisationId);

    private static string? LevelOf(JsonElement board, int organisationId) => EntryOf(board, organisationId).GetProperty("level").GetString();

    [Fact]
    public async Task Board_has_one_entry_per_organisation_of_the_area_with_level_time_and_staleness()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var reportedAt = factory.Now().AddMinutes(-30).ToOffset(Winter);
        var municipal = await reporter.ReportAsync(new
        {
            organisationId = scene.MunicipalityId, level = "strained", reportedAt = Iso(reportedAt), comment = "Fullt på korttids.",
            needsHelp = true, helpWith = "Två platser", figures = new Dictionary<string, decimal> { ["freeShortTermBeds"] = 0 },
        });
        await admin.ReportAsync(new { organisationId = scene.HospitalId, level = "normal", readiness = "staffAlert" });
        using var member = await factory.SignedInAsync(Demo.Member);

        var board = await BoardAsync(member, $"areaId={scene.AreaId}");

        board.GetProperty("areaId").GetInt32().ShouldBe(scene.AreaId);
        board.GetProperty("groupId").ValueKind.ShouldBe(JsonValueKind.Null);
        board.GetProperty("name").GetString().ShouldBe(scene.AreaName);
        board.GetProperty("staleAfterHours").GetDouble().ShouldBe(24);
        var entries = board.GetProperty("entries").EnumerateArray().ToArray();
        entries.Select(e => e.GetProperty("organisationId").GetInt32()).ShouldBe([scene.HospitalId, scene.PrimaryCareId, scene.MunicipalityId],
            "hospital, primary care, municipality");

        var municipality = entries[2];
        municipality.GetProperty("organisationName").GetString().ShouldBe(scene.MunicipalityName);
        municipality.GetProperty("kind").GetString().ShouldBe("municipalCare");
        municipality.GetProperty("level").GetString().ShouldBe("strained");
        municipality.GetProperty("reportedAt").GetDateTimeOffset().ShouldBe(reportedAt);
        municipality.GetProperty("stale").GetBoolean().ShouldBeFalse();
        municipality.GetProperty("age").GetString().ShouldBe("för 30 minuter sedan");
        municipality.GetProperty("needsHelp").GetBoolean().ShouldBeTrue();
        municipality.GetProperty("helpWith").GetString().ShouldBe("Två platser");
        municipality.GetProperty("comment").GetString().ShouldBe("Fullt på korttids.");
        municipality.GetProperty("reportedBy").GetString().ShouldBe(scene.Reporter.Name);
        municipality.GetProperty("reportId").GetInt32().ShouldBe(municipal.GetProperty("id").GetInt32());
        municipality.GetProperty("figures").EnumerateArray().ShouldHaveSingleItem().GetProperty("label").GetString().ShouldBe("Lediga korttidsplatser");

        var hospital = entries[0];
        hospital.GetProperty("level").GetString().ShouldBe("normal");
        hospital.GetProperty("readiness").GetString().ShouldBe("staffAlert");
        hospital.GetProperty("stale").GetBoolean().ShouldBeFalse();

        var missing = entries[1];
        missing.GetProperty("organisationName").GetString().ShouldBe(scene.PrimaryCareName);
        missing.GetProperty("level").ValueKind.ShouldBe(JsonValueKind.Null);
        missing.GetProperty("reportedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        missing.GetProperty("reportId").ValueKind.ShouldBe(JsonValueKind.Null);
        missing.GetProperty("stale").GetBoolean().ShouldBeTrue();

        var summary = board.GetProperty("summary");
        summary.GetProperty("missing").GetInt32().ShouldBe(1);
        summary.GetProperty("stale").GetInt32().ShouldBe(0);
        summary.GetProperty("needingHelp").EnumerateArray().Select(n => n.GetString()).ShouldBe([scene.MunicipalityName]);
        var perLevel = summary.GetProperty("perLevel").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        perLevel["normal"].ShouldBe(1);
        perLevel["strained"].ShouldBe(1);
        perLevel["severe"].ShouldBe(0);
        perLevel["critical"].ShouldBe(0);
    }

    [Fact]
    public async Task A_report_just_made_is_on_the_board_at_once_whatever_offset_it_was_given_in()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var admin = await factory.SignedInAsync(Demo.Admin);

        // Swedish time, one minute ago: on SQLite a stored clock time would read an hour later than it is.
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "severe", reportedAt = Iso(factory.Now().AddMinutes(-1).ToOffset(Winter)) });
        await admin.ReportAsync(new { organisationId = scene.HospitalId, level = "critical" });

        var board = await BoardAsync(reporter, $"areaId={scene.AreaId}");

        LevelOf(board, scene.MunicipalityId).ShouldBe("severe");
        LevelOf(board, scene.HospitalId).ShouldBe("critical");
        EntryOf(board, scene.MunicipalityId).GetProperty("age").GetString().ShouldBe("nyss");
    }

    [Fact]
    public async Task Board_shows_the_latest_report_of_each_organisation_at_the_moment_asked_for()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var now = factory.Now();
        // Made in this order; the last describes the earliest moment (reported afterwards).
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "severe", reportedAt = Iso(now.AddHours(-3)) });
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "normal", reportedAt = Iso(now.AddHours(-1).ToOffset(Winter)) });
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "critical", reportedAt = Iso(now.AddHours(-5)) });

        LevelOf(await BoardAsync(reporter, $"areaId={scene.AreaId}"), scene.MunicipalityId).ShouldBe("normal");
        LevelOf(await BoardAtAsync(reporter, scene.AreaId, now.AddHours(-2)), scene.MunicipalityId).ShouldBe("severe");
        LevelOf(await BoardAtAsync(reporter, scene.AreaId, now.AddHours(-4).ToOffset(Winter)), scene.MunicipalityId).ShouldBe("critical");
        LevelOf(await BoardAtAsync(reporter, scene.AreaId, now.AddHours(-6)), scene.MunicipalityId).ShouldBeNull();
        // The hospital never reported; the other organisation's reports are not its.
        LevelOf(await BoardAtAsync(reporter, scene.AreaId, now.AddHours(-2)), scene.HospitalId).ShouldBeNull();
    }

    [Fact]
    public async Task Report_exactly_at_the_moment_counts_and_exactly_the_stale_time_old_is_still_current()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        // Reported in Swedish time; the board is asked in UTC and in Swedish time alike.
        var reportedAt = factory.Now().AddHours(-2).ToOffset(Winter);
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "strained", reportedAt = Iso(reportedAt) });
        var staleAfter = TimeSpan.FromHours((await BoardAsync(reporter, $"areaId={scene.AreaId}")).GetProperty("staleAfterHours").GetDouble());

        var before = EntryOf(await BoardAtAsync(reporter, scene.AreaId, reportedAt.AddSeconds(-1).ToUniversalTime()), scene.MunicipalityId);
        var exactly = EntryOf(await BoardAtAsync(reporter, scene.AreaId, reportedAt.ToUniversalTime()), scene.MunicipalityId);
        var lastCurrent = EntryOf(await BoardAtAsync(reporter, scene.AreaId, reportedAt + staleAfter), scene.MunicipalityId);
        var firstStale = EntryOf(await BoardAtAsync(reporter, scene.AreaId, (reportedAt + staleAfter).AddSeconds(1).ToUniversalTime()), scene.MunicipalityId);

        before.GetProperty("level").ValueKind.ShouldBe(JsonValueKind.Null);
        before.GetProperty("stale").GetBoolean().ShouldBeTrue("no report yet");
        exactly.GetProperty("level").GetString().ShouldBe("strained");
        exactly.GetProperty("stale").GetBoolean().ShouldBeFalse();
        exactly.GetProperty("age").GetString().ShouldBe("nyss");
        lastCurrent.GetProperty("level").GetString().ShouldBe("strained");
        lastCurrent.GetProperty("stale").GetBoolean().ShouldBeFalse("exactly the stale time old is still current");
        lastCurrent.GetProperty("reportedAt").GetDateTimeOffset().ShouldBe(reportedAt);
        firstStale.GetProperty("level").GetString().ShouldBe("strained", "a stale report is still shown");
        firstStale.GetProperty("stale").GetBoolean().ShouldBeTrue();
        firstStale.GetProperty("age").GetString().ShouldBe("för 24 timmar sedan");
    }

    [Fact]
    public async Task Summary_counts_a_stale_report_as_stale_not_at_its_level()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var now = factory.Now();
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "critical", needsHelp = true, helpWith = "Allt", reportedAt = Iso(now.AddHours(-30)) });
        await admin.ReportAsync(new { organisationId = scene.HospitalId, level = "severe" });

        var summary = (await BoardAsync(admin, $"areaId={scene.AreaId}")).GetProperty("summary");

        summary.GetProperty("stale").GetInt32().ShouldBe(1);
        summary.GetProperty("missing").GetInt32().ShouldBe(1);
        summary.GetProperty("needingHelp").GetArrayLength().ShouldBe(0, "a stale request for help is not current");
        var perLevel = summary.GetProperty("perLevel").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        perLevel["critical"].ShouldBe(0);
        perLevel["severe"].ShouldBe(1);
    }

    [Fact]
    public async Task An_organisation_silent_for_months_shows_its_last_report_as_stale_not_as_never_reported()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var report = await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "strained" });
        var reportedAt = report.GetProperty("reportedAt").GetDateTimeOffset();

        var board = await BoardAtAsync(reporter, scene.AreaId, factory.Now().AddDays(61));

        var entry = EntryOf(board, scene.MunicipalityId);
        entry.GetProperty("level").GetString().ShouldBe("strained");
        entry.GetProperty("reportedAt").GetDateTimeOffset().ShouldBe(reportedAt);
        entry.GetProperty("stale").GetBoolean().ShouldBeTrue();
        board.GetProperty("summary").GetProperty("stale").GetInt32().ShouldBe(1);
        board.GetProperty("summary").GetProperty("missing").GetInt32().ShouldBe(2, "the hospital and primary care never reported");
    }

    [Fact]
    public async Task Group_board_has_the_organisations_seated_in_the_group()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "strained" });

        var board = await BoardAsync(reporter, $"groupId={scene.GroupId}");

        board.GetProperty("groupId").GetInt32().ShouldBe(scene.GroupId);
        board.GetProperty("areaId").ValueKind.ShouldBe(JsonValueKind.Null);
        board.GetProperty("name").GetString().ShouldBe(scene.GroupName);
        board.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("organisationId").GetInt32())
            .ShouldBe([scene.HospitalId, scene.MunicipalityId], "the primary care organisation has no seat");
        LevelOf(board, scene.MunicipalityId).ShouldBe("strained");
    }

    [Fact]
    public async Task Board_needs_an_area_or_a_group_that_exists()
    {
        using var member = await factory.SignedInAsync(Demo.Member);

        using var neither = await member.GetAsync("/api/v1/status-board");
        using var unknownArea = await member.GetAsync("/api/v1/status-board?areaId=987654321");
        using var unknownGroup = await member.GetAsync("/api/v1/status-board?groupId=987654321");
        using var badMoment = await member.GetAsync("/api/v1/status-board?areaId=1&asOf=igår");

        await neither.ShouldBeValidationProblemAsync("areaId");
        await unknownArea.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknownGroup.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await badMoment.ShouldBeValidationProblemAsync("asOf");
    }

    [Fact]
    public async Task Demo_board_of_SIMBA_shows_every_organisation_with_the_hospital_first()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var simba = await member.IdByNameAsync("/api/v1/areas", Demo.Simba);
        var organisations = (await member.ListAsync($"/api/v1/organisations?areaId={simba}")).Where(o => !o.GetProperty("retired").GetBoolean()).ToArray();

        var board = await BoardAsync(member, $"areaId={simba}");

        var entries = board.GetProperty("entries").EnumerateArray().ToArray();
        entries.Select(e => e.GetProperty("organisationId").GetInt32()).ShouldBe(organisations.Select(o => o.GetProperty("id").GetInt32()), ignoreOrder: true);
        var kinds = entries.Select(e => e.GetProperty("kind").GetString()).ToArray();
        kinds[0].ShouldBe("hospital");
        string[] order = ["hospital", "regionalPrimaryCare", "municipalCare", "privateProvider", "other"];
        kinds.Select(k => Array.IndexOf(order, k)).ShouldBeInOrder(SortDirection.Ascending);
        entries.ShouldContain(e => e.GetProperty("organisationName").GetString() == MeetingsApi.Hospital);
        foreach (var entry in entries)
            foreach (var field in new[] { "organisationId", "level", "reportedAt", "stale" })
                entry.TryGetProperty(field, out var _).ShouldBeTrue($"{field} in {entry}");
    }

    private static Dictionary<string, int> PerLevel(JsonElement day) =>
        day.GetProperty("perLevel").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task History_reads_each_Swedish_day_as_the_board_stood_at_its_end()
    {
        var scene = await factory.NewSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var today = SwedishTime.DateOf(factory.Clock.GetUtcNow());
        DateTimeOffset At(int daysAgo, int hour) => SwedishTime.At(today.AddDays(-daysAgo), new TimeOnly(hour, 0));
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "strained", reportedAt = Iso(At(3, 10)), figures = new Dictionary<string, decimal> { ["freeShortTermBeds"] = 2, ["staffAbsence"] = 10.2m } });
        await admin.ReportAsync(new { organisationId = scene.HospitalId, level = "normal", reportedAt = Iso(At(3, 11)), figures = new Dictionary<string, decimal> { ["staffAbsence"] = 10.3m, ["dischargeReady"] = 5 } });
        await reporter.ReportAsync(new { organisationId = scene.MunicipalityId, level = "severe", reportedAt = Iso(At(2, 9)), figures = new Dictionary<string, decimal> { ["freeShortTermBeds"] = 1 } });
        using var member = await factory.SignedInAsync(Demo.Member);

        var history = await member.GetItemAsync($"/api/v1/status-history?areaId={scene.AreaId}&from={MeetingsApi.Date(today.AddDays(-4))}&to={MeetingsApi.Date(today.AddDays(-2))}");

        history.GetProperty("areaId").GetInt32().ShouldBe(scene.AreaId);
        history.GetProperty("from").GetString().ShouldBe(MeetingsApi.Date(today.AddDays(-4)));
        history.GetProperty("to").GetString().ShouldBe(MeetingsApi.Date(today.AddDays(-2)));
        var days = history.GetProperty("days").EnumerateArray().ToArray();
        days.Select(d => d.GetProperty("date").GetString()).ShouldBe([.. new[] { 4, 3, 2 }.Select(n => MeetingsApi.Date(today.AddDays(-n)))]);

        PerLevel(days[0]).Values.Sum().ShouldBe(0);
        days[0].GetProperty("withoutCurrentReport").GetInt32().ShouldBe(3);

        PerLevel(days[1])["strained"].ShouldBe(1);
        PerLevel(days[1])["normal"].ShouldBe(1);
        days[1].GetProperty("withoutCurrentReport").GetInt32().ShouldBe(1, "the primary care organisation never reported");
        days[1].GetProperty("figureTotals").GetProperty("staffAbsence").GetDecimal().ShouldBe(20.5m);
        days[1].GetProperty("figureAverages").GetProperty("staffAbsence").GetDecimal().ShouldBe(10.3m, "10.25 rounds away from zero");
        days[1].GetProperty("figureTotals").GetProperty("freeShortTermBeds").GetDecimal().ShouldBe(2m);

        // At the end of the last day the hospital's report (11:00 the day before) is 37 hours old: stale.
        PerLevel(days[2])["severe"].ShouldBe(1);
        PerLevel(days[2])["normal"].ShouldBe(0);
        PerLevel(days[2])["strained"].ShouldBe(0);
        days[2].GetProperty("withoutCurrentReport").GetInt32().ShouldBe(2);
        days[2].GetProperty("figureTotals").GetProperty("freeShortTermBeds").GetDecimal().ShouldBe(1m);
        days[2].GetProperty("figureTotals").TryGetProperty("staffAbsence", out _).ShouldBeFalse("the stale hospital's figures are not counted");

        history.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("key").GetString())
            .ShouldContain("dischargeReady", "the figures of the kinds of organisation in the area");
    }

    [Fact]
    public async Task History_refuses_a_missing_scope_a_backward_or_too_long_period_and_an_unknown_area()
    {
        using var member = await factory.SignedInAsync(Demo.Member);

        using var neither = await member.GetAsync("/api/v1/status-history?from=2026-11-01&to=2026-11-02");
        using var backwards = await member.GetAsync("/api/v1/status-history?areaId=1&from=2026-11-02&to=2026-11-01");
        using var tooLong = await member.GetAsync("/api/v1/status-history?areaId=1&from=2025-01-01&to=2026-01-03");
        using var unknown = await member.GetAsync("/api/v1/status-history?areaId=987654321&from=2026-11-01&to=2026-11-02");

        await neither.ShouldBeValidationProblemAsync("areaId");
        await backwards.ShouldBeValidationProblemAsync("to");
        await tooLong.ShouldBeValidationProblemAsync("from");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task History_defaults_to_the_last_thirty_days_up_to_today()
    {
        var scene = await factory.NewSceneAsync();
        using var member = await factory.SignedInAsync(Demo.Member);
        var today = SwedishTime.DateOf(factory.Clock.GetUtcNow());

        var history = await member.GetItemAsync($"/api/v1/status-history?groupId={scene.GroupId}");

        var days = history.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToArray();
        days.Length.ShouldBe(30);
        days[0].ShouldBe(MeetingsApi.Date(today.AddDays(-29)));
        days[^1].ShouldBe(MeetingsApi.Date(today));
        history.GetProperty("groupId").GetInt32().ShouldBe(scene.GroupId);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StatusBoardApiOnSqlite(SqliteFactory factory) : StatusBoardApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StatusBoardApiOnPostgres(PostgresFactory factory) : StatusBoardApiTests(factory);
