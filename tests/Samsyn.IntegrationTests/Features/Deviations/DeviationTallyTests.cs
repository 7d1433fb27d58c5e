using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Api;

namespace Samsyn.IntegrationTests.Features.Deviations;

/// <summary>
/// The statistics come from the monthly tally; here they must equal the same statistics counted from the reports one by
/// one, after every kind of change, for periods on and off month boundaries and with each filter: one grouping at a time
/// (the API), all of them at once (<see cref="DeviationCounts.AllAsync(Samsyn.Web.Infrastructure.Data.AppDbContext, DeviationStatisticsQuery, CancellationToken)"/>),
/// and as the statistics page shows them.
/// </summary>
public abstract partial class DeviationTallyTests(SamsynFactory factory)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly string[] Groupings = ["process", "step", "reportingOrganisation", "concernedOrganisation", "month"];

    [Fact]
    public async Task Statistics_from_the_tally_equal_those_counted_from_the_reports_after_a_mixed_series_of_changes()
    {
        var scene = await factory.NewDeviationSceneAsync();
        var today = factory.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var handler = await factory.SignedInAsync(scene.Handler.Email);

        var onToday = await IdAsync(reporter, DeviationScenes.Body(scene, today));
        var firstOfMonth = await IdAsync(reporter, DeviationScenes.Body(scene, thisMonth));
        var toTwo = await IdAsync(reporter, DeviationScenes.Body(scene, lastMonth.AddDays(12), process: "sip", step: "invitationLate", concerned: [scene.PrimaryCareId, scene.HospitalId]));
        var lastDay = await IdAsync(reporter, DeviationScenes.Body(scene, thisMonth.AddDays(-1), step: "medicationListIncomplete"));
        var yearAgo = await IdAsync(reporter, DeviationScenes.Body(scene, today.AddMonths(-13).AddDays(3), step: "contactUnreachable"));
        var fromHospital = DeviationScenes.Body(scene, today.AddDays(-40), step: "aidsNotInPlace", concerned: [scene.MunicipalityId]);
        fromHospital["reportingOrganisationId"] = scene.HospitalId;
        var toMunicipality = await IdAsync(handler, fromHospital);
        var removed = await IdAsync(reporter, DeviationScenes.Body(scene, today.AddDays(-3), process: "sip", step: "partyAbsent", concerned: [scene.HospitalId, scene.PrimaryCareId]));

        await ActAsync(handler, onToday, "acknowledge", new { });
        await ActAsync(handler, firstOfMonth, "answer", new { analysis = "Hög belastning.", measures = "Ny rutin." });
        await ActAsync(reporter, firstOfMonth, "close", new { comment = "Tack." });
        await ActAsync(reporter, toMunicipality, "answer", new { analysis = "Beställningen kom sent.", measures = "Bevakning." });
        using (factory.Clock.TravelTo(factory.Clock.GetUtcNow().AddDays(3)))
        {
            using var later = await factory.FreshlySignedInAsync(scene.Handler.Email);
            await ActAsync(later, toTwo, "answer", new { analysis = "Kallelsen fastnade.", measures = "Påminnelse." });
            await ActAsync(later, yearAgo, "answer", new { analysis = "Numret var fel.", measures = "Rättat." });
        }
        await ActAsync(reporter, toTwo, "reopen", new { comment = "Svaret räcker inte." });
        await ActAsync(reporter, yearAgo, "reopen", new { comment = "Vi behöver veta mer." });
        using (factory.Clock.TravelTo(factory.Clock.GetUtcNow().AddDays(75)))
        {
            using var late = await factory.FreshlySignedInAsync(scene.Handler.Email);
            await ActAsync(late, toTwo, "answer", new { analysis = "Kallelsen fastnade i kön.", measures = "Ny bevakning." });
        }
        // No page edits a report's month, process or concerned organisations yet; the save hook must move them all the same.
        await factory.InDatabaseAsync(async db =>
        {
            var report = await db.DeviationReports.Include(d => d.Concerned).SingleAsync(d => d.Id == lastDay);
            var sip = await db.DeviationProcesses.Include(p => p.Steps).SingleAsync(p => p.Code == "sip");
            (report.OccurredOn, report.ProcessId, report.StepId) = (today.AddDays(-70), sip.Id, sip.Steps.Single(s => s.Code == "planNotFollowed").Id);
            report.Concerned.Clear();
            report.Concerned.Add(new DeviationConcerned { OrganisationId = scene.PrimaryCareId });
            report.Concerned.Add(new DeviationConcerned { OrganisationId = scene.OtherId });
            await db.SaveChangesAsync();
            // Removed without its concerned organisations loaded: the database deletes those by cascade.
            db.DeviationReports.Remove(await db.DeviationReports.SingleAsync(d => d.Id == removed));
            return await db.SaveChangesAsync();
        });
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var csv = $"månad;process;steg;rapporterande;berörd;antal\n{lastMonth:yyyy-MM};discharge;admissionNoticeLate;{scene.MunicipalityName};{scene.HospitalId};5\n";
        using (var import = await admin.PostAsync("/api/v1/deviations/aggregates/import?source=Tallytest", new StringContent(csv, Encoding.UTF8, "text/csv")))
            await import.ShouldBeJsonAsync(HttpStatusCode.OK);

        // A retired organisation keeps its counts and its name in the statistics, but leaves the page's list of organisations.
        await factory.InDatabaseAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == scene.OtherId)).Retire(factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        await factory.InDatabaseAsync(async db => { await db.TallyShouldMatchReportsAsync(scene.AreaId); return true; });
        (await ReferenceAsync(new(today.AddMonths(-14), today, null, null, scene.AreaId), DeviationGrouping.Process)).Sum(r => r.Count).ShouldBe(6 + 5);

        (DateOnly? From, DateOnly? To)[] periods =
        [
            (null, null),
            (today.AddMonths(-14).AddDays(9), today),
            (lastMonth.AddDays(9), thisMonth.AddDays(4)),
            (lastMonth, thisMonth.AddDays(-1)),
            (lastMonth.AddDays(1), thisMonth.AddDays(-2)),
            (lastMonth.AddDays(12), lastMonth.AddDays(12)),
            (today.AddDays(-70), today.AddDays(-1)),
            (today.AddDays(-20), thisMonth.AddMonths(2).AddDays(6)),
            (thisMonth.AddMonths(1), thisMonth.AddMonths(3).AddDays(-1)),
            (today.AddYears(-4), today.AddYears(-4).AddDays(40)),
        ];
        (string? Process, int? Organisation, int? Area)[] filters =
        [
            (null, null, scene.AreaId), ("discharge", null, scene.AreaId), ("sip", null, null), (null, scene.HospitalId, null), (null, scene.OtherId, null),
            (null, null, null),
        ];
        using var pages = await factory.PagesAsAsync(scene.Reporter.Email);
        foreach (var (from, to) in periods)
            foreach (var (process, organisation, area) in filters)
                await StatisticsShouldEqualReportsAsync(reporter, pages, scene, from, to, process, organisation, area);
    }

    [Fact]
    public async Task The_demo_data_and_everything_saved_since_are_tallied() =>
        await factory.InDatabaseAsync(async db =>
        {
            (await db.DeviationReports.CountAsync()).ShouldBeGreaterThan(40, "the demo's deviations");
            await db.TallyShouldMatchReportsAsync();
            return true;
        });

    [Fact]
    public async Task Parallel_reports_are_all_counted()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var today = factory.Today();
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => reporter.ReportAsync(
            DeviationScenes.Body(scene, today.AddDays(-(i % 3)), concerned: i % 2 == 0 ? [scene.HospitalId] : [scene.HospitalId, scene.PrimaryCareId]))));

        var counted = await factory.InDatabaseAsync(async db =>
        {
            await db.TallyShouldMatchReportsAsync(scene.AreaId);
            return (await db.DeviationTallies.Where(t => t.AreaId == scene.AreaId).SumAsync(t => t.Count),
                await db.DeviationAnswerTallies.Where(t => t.AreaId == scene.AreaId).SumAsync(t => t.Count),
                await db.DeviationConcernedTallies.Where(t => t.AreaId == scene.AreaId).SumAsync(t => t.Count));
        });
        counted.ShouldBe((24, 24, 36));
    }

    [Fact]
    public async Task An_emptied_tally_is_counted_again_from_the_reports_at_start_up()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today(), concerned: [scene.HospitalId, scene.PrimaryCareId]));
        await factory.InDatabaseAsync(async db =>
        {
            await db.DeviationTallies.ExecuteDeleteAsync();
            await db.DeviationAnswerTallies.ExecuteDeleteAsync();
            await db.DeviationConcernedTallies.ExecuteDeleteAsync();
            await DeviationTallies.EnsureAsync(db, NullLogger.Instance, CancellationToken.None);
            await db.TallyShouldMatchReportsAsync();
            (await db.DeviationTallies.SumAsync(t => t.Count)).ShouldBe(await db.DeviationReports.CountAsync());
            (await DeviationTallies.RebuildAsync(db, onlyIfEmpty: true, CancellationToken.None)).ShouldBeNull("a filled tally is left alone");
            return true;
        });
    }

    private async Task StatisticsShouldEqualReportsAsync(
        HttpClient client, HttpClient pages, DeviationScene scene, DateOnly? from, DateOnly? to, string? process, int? organisation, int? area)
    {
        var (query, _) = DeviationStatisticsQuery.Of(from, to, process, organisation, area, factory.Today());
        var filter = $"from={DeviationScenes.Iso(query!.From)}&to={DeviationScenes.Iso(query.To)}" +
            (process is null ? "" : $"&process={process}") + (organisation is null ? "" : $"&organisationId={organisation}") + (area is null ? "" : $"&areaId={area}");
        var expected = new Dictionary<DeviationGrouping, IReadOnlyList<DeviationCount>>();
        foreach (var groupBy in Groupings)
        {
            QueryNames.TryParse<DeviationGrouping>(groupBy, out var by).ShouldBeTrue();
            expected[by!.Value] = await ReferenceAsync(query, by.Value);
            using var response = await client.GetAsync($"/api/v1/deviations/statistics?groupBy={groupBy}&{filter}");
            var served = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .Select(r => (r.GetProperty("key").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("count").GetInt32(), r.GetProperty("importedCount").GetInt32())).ToList();
            served.ShouldBe([.. expected[by.Value].Select(r => (r.Key, r.Name, r.Count, r.ImportedCount))], $"{groupBy} {filter}");
        }
        var answers = await factory.InDatabaseAsync(db => DeviationCounts.AnswerTimesFromReportsAsync(db, query, CancellationToken.None));
        using var times = await client.GetAsync($"/api/v1/deviations/statistics/answer-times?{filter}");
        (await times.ShouldBeJsonAsync(HttpStatusCode.OK)).Deserialize<AnswerTimeSummary>(Web).ShouldBe(answers, $"answer times {filter}");

        var all = await factory.InDatabaseAsync(db => DeviationCounts.AllAsync(db, query, CancellationToken.None));
        all.Groups.Keys.ShouldBe(Enum.GetValues<DeviationGrouping>(), ignoreOrder: true);
        foreach (var (by, rows) in expected) all.Groups[by].ShouldBe(rows, $"all groupings: {by} {filter}");
        all.Answers.ShouldBe(answers, $"all groupings: answer times {filter}");

        var path = $"/avvikelser/statistik?fran={DeviationScenes.Iso(query.From)}&till={DeviationScenes.Iso(query.To)}" +
            (process is null ? "" : $"&process={process}") + (organisation is null ? "" : $"&organisation={organisation}") + (area is null ? "" : $"&omrade={area}");
        using var page = await pages.GetAsync(path);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var (by, rows) in expected)
            TableRows(html, by).ShouldBe([.. rows.Select(r => (r.Name, r.Count, r.ImportedCount))], $"page: {by} {path}");
        AnswerRows(html).ShouldBe([answers.Reported, answers.AnsweredInTime, answers.AnsweredLate, answers.Open - answers.OpenOverdue, answers.OpenOverdue], $"page: answer times {path}");
        WebUtility.HtmlDecode(html).ShouldContain($"median {Days(answers.MedianDays)}, medel {Days(answers.AverageDays)}.", customMessage: path);
        var listed = OrganisationOptions(html);
        listed.ShouldContain(scene.HospitalId, path);
        listed.Contains(scene.OtherId).ShouldBe(organisation == scene.OtherId, $"the retired organisation is listed only when chosen: {path}");
    }

    private static string Days(double? days) => days?.ToString("0.#", SwedishTime.Culture) ?? "–";

    /// <summary>The rows (name, count, imported) of the page's table of one grouping: the month table, or the table of a grouping's bars.</summary>
    private static List<(string Name, int Count, int Imported)> TableRows(string html, DeviationGrouping by)
    {
        var start = by == DeviationGrouping.Month ? html.IndexOf("<caption>Avvikelser per månad</caption>", StringComparison.Ordinal) : html.IndexOf(by switch
        {
            DeviationGrouping.Process => "id=\"by-process-heading\"",
            DeviationGrouping.Step => "id=\"by-step-heading\"",
            DeviationGrouping.ReportingOrganisation => "id=\"by-reporting-heading\"",
            _ => "id=\"by-concerned-heading\"",
        }, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"the page has the {by} table");
        var end = html.IndexOf(by == DeviationGrouping.Month ? "</table>" : "</section>", start, StringComparison.Ordinal);
        return [.. TableRow().Matches(html[start..end]).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value),
            int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)))];
    }

    /// <summary>The counts of the page's answer times table, in its order.</summary>
    private static List<int> AnswerRows(string html)
    {
        var start = html.IndexOf("class=\"answer-times\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the page has the answer times table");
        return [.. AnswerRow().Matches(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)])
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
    }

    /// <summary>The ids the page's organisation filter offers.</summary>
    private static List<int> OrganisationOptions(string html)
    {
        var start = html.IndexOf("<select id=\"organisation\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the page has the organisation filter");
        return [.. OptionValue().Matches(html[start..html.IndexOf("</select>", start, StringComparison.Ordinal)])
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex("""<tr><th scope="row">(.*?)</th><td class="num">(-?\d+)</td><td class="num">(-?\d+)</td></tr>""")]
    private static partial Regex TableRow();

    [GeneratedRegex("""<tr><th scope="row">[^<]*</th><td class="num">(-?\d+)</td>""")]
    private static partial Regex AnswerRow();

    [GeneratedRegex("""<option value="(\d+)"[^>]*>""")]
    private static partial Regex OptionValue();

    private Task<IReadOnlyList<DeviationCount>> ReferenceAsync(DeviationStatisticsQuery query, DeviationGrouping by) =>
        factory.InDatabaseAsync(db => DeviationCounts.CountsFromReportsAsync(db, query, by, CancellationToken.None));

    private static async Task<int> IdAsync(HttpClient client, object body) => (await client.ReportAsync(body)).GetProperty("id").GetInt32();

    private async Task ActAsync(HttpClient client, int id, string action, object body)
    {
        var version = await factory.InDatabaseAsync(db => db.DeviationReports.Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var withVersion = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withVersion["version"] = version;
        using var response = await client.ActAsync(id, action, withVersion);
        await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DeviationTallyOnSqlite(SqliteFactory factory) : DeviationTallyTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DeviationTallyOnPostgres(PostgresFactory factory) : DeviationTallyTests(factory);
