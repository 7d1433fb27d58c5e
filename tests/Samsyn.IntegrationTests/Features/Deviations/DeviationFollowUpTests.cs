using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;

namespace Samsyn.IntegrationTests.Features.Deviations;

/// <summary>
/// What follows a report over time: overdue answers, reminders, the calendar, recurring patterns onto the next meeting,
/// statistics against hand-counted data, imported counts and the export files.
/// HTTP calls after travelling use a fresh sign-in: a token issued before is not valid weeks ahead.
/// </summary>
public abstract class DeviationFollowUpTests(SamsynFactory factory)
{
    [Fact]
    public async Task An_unanswered_deviation_is_overdue_from_midnight_after_its_due_date_and_the_filter_finds_it()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var created = await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()));
        var id = created.GetProperty("id").GetInt32();
        var due = DateOnly.Parse(created.GetProperty("answerDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        created.GetProperty("overdue").GetBoolean().ShouldBeFalse();

        using (factory.Clock.TravelTo(SwedishTime.At(due, new TimeOnly(23, 0))))
        {
            using var onTheDay = await factory.FreshlySignedInAsync(scene.Reporter.Email);
            (await onTheDay.GetItemAsync($"/api/v1/deviations/{id}")).GetProperty("overdue").GetBoolean().ShouldBeFalse();
            (await onTheDay.ListAsync($"/api/v1/deviations?overdue=true&organisationId={scene.HospitalId}")).ShouldBeEmpty();
        }
        using (factory.Clock.TravelTo(SwedishTime.At(due.AddDays(1), new TimeOnly(0, 1))))
        {
            using var after = await factory.FreshlySignedInAsync(scene.Handler.Email);
            (await after.GetItemAsync($"/api/v1/deviations/{id}")).GetProperty("overdue").GetBoolean().ShouldBeTrue();
            var listed = (await after.ListAsync($"/api/v1/deviations?overdue=true&direction=incoming")).Select(d => d.GetProperty("id").GetInt32()).ToList();
            listed.ShouldContain(id);
            using var answer = await after.ActAsync(id, "answer", new { version = 1, analysis = "Sent svar.", measures = "Bättre bevakning." });
            var answered = await answer.ShouldBeJsonAsync(HttpStatusCode.OK);
            answered.GetProperty("overdue").GetBoolean().ShouldBeFalse();
            answered.GetProperty("answeredLate").GetBoolean().ShouldBeTrue();
        }
    }

    [Fact]
    public async Task The_areas_own_answer_days_set_the_due_date_and_reminders_go_out_a_week_before_and_on_the_day_once_each()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using (var admin = await factory.SignedInAsync(Demo.Admin))
        using (var put = await admin.PutJsonAsync($"/api/v1/areas/{scene.AreaId}/deviation-settings", new { answerDays = 20, patternCount = 3, patternWindowDays = 90 }))
            (await put.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("areaOwn").GetBoolean().ShouldBeTrue();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var created = await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()));
        var id = created.GetProperty("id").GetInt32();
        var due = factory.Today().AddDays(20);
        created.GetProperty("answerDueOn").GetString().ShouldBe(DeviationScenes.Iso(due));

        var reminders = factory.Services.GetRequiredService<ReminderService>();
        async Task<List<Notification>> RaiseAtAsync(DateTimeOffset moment)
        {
            using (factory.Clock.TravelTo(moment)) await reminders.RaiseDueAsync(CancellationToken.None);
            return await factory.InDatabaseAsync(db => db.Notifications.AsNoTracking()
                .Where(n => n.Kind == NotificationKind.DeviationAnswerDue && n.Link == $"/avvikelser/{id}").OrderBy(n => n.Id).ToListAsync());
        }
        var weekBefore = ReminderTimes.MorningOf(due.AddDays(-7), 8);
        (await RaiseAtAsync(weekBefore.AddMinutes(-1))).ShouldBeEmpty("not before the morning a week before");
        var first = await RaiseAtAsync(weekBefore);
        first.ShouldHaveSingleItem().RecipientPersonId.ShouldBe(scene.Handler.PersonId);
        first[0].Subject.ShouldStartWith($"Svar på avvikelse senast {due.ToString("d MMMM yyyy", SwedishTime.Culture)}");
        (await RaiseAtAsync(weekBefore.AddHours(3))).Count.ShouldBe(1, "raised once");

        var onTheDay = await RaiseAtAsync(ReminderTimes.MorningOf(due, 8));
        onTheDay.Count.ShouldBe(2);
        onTheDay[1].Subject.ShouldStartWith("Svar på avvikelse senast i dag");
        (await RaiseAtAsync(ReminderTimes.MorningOf(due, 8).AddHours(2))).Count.ShouldBe(2, "raised once");
        (await RaiseAtAsync(SwedishTime.At(due.AddDays(2), new TimeOnly(9, 0)))).Count.ShouldBe(2, "nothing after the due date");
    }

    [Fact]
    public async Task The_due_date_is_in_the_handlers_calendar_until_answered()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var id = (await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()))).GetProperty("id").GetInt32();

        async Task<List<Samsyn.Web.Features.Meetings.CalendarDay>> DaysAsync(int personId) => await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Samsyn.Web.Infrastructure.Data.AppDbContext>();
            var days = new List<Samsyn.Web.Features.Meetings.CalendarDay>();
            foreach (var source in services.GetServices<ICalendarSource>())
                days.AddRange((await source.EntriesAsync(db, personId, factory.Clock.GetUtcNow(), "https://samsyn.example", CancellationToken.None)).Days);
            return days.Where(d => d.Uid == $"deviation-answer-{id}@samsyn").ToList();
        });

        (await DaysAsync(scene.Handler.PersonId)).ShouldHaveSingleItem().Date.ShouldBe(factory.Today().AddDays(60));
        (await DaysAsync(scene.Reporter.PersonId)).ShouldBeEmpty();
        using var handler = await factory.SignedInAsync(scene.Handler.Email);
        using (var answer = await handler.ActAsync(id, "answer", new { version = 1, analysis = "Analys", measures = "Åtgärd" }))
            await answer.ShouldBeJsonAsync(HttpStatusCode.OK);
        (await DaysAsync(scene.Handler.PersonId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_third_deviation_of_a_kind_within_ninety_days_goes_onto_the_groups_next_meeting_once()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var meeting = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2043, 2, 10, 13, 0, 0, MeetingsApi.Winter)));
        var later = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2043, 3, 10, 13, 0, 0, MeetingsApi.Winter)));
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        var today = factory.Today();
        var title = $"Återkommande avvikelse: Inskrivningsmeddelande senare än 24 timmar ({scene.MunicipalityName} → {scene.HospitalName})";
        async Task<JsonElement[]> ItemsAsync(int id) => [.. MeetingsApi.Agenda(await admin.GetMeetingAsync(id)).Where(i => i.GetProperty("title").GetString()!.StartsWith("Återkommande avvikelse:", StringComparison.Ordinal))];

        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-150)));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-60)));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-30)));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-10), step: "contactUnreachable"));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-5), concerned: [scene.PrimaryCareId]));
        (await ItemsAsync(meeting)).ShouldBeEmpty("two of the kind within 90 days; the others are another step, another organisation or too old");

        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-1)));
        var item = (await ItemsAsync(meeting)).ShouldHaveSingleItem();
        item.GetProperty("title").GetString().ShouldBe(title);
        item.GetProperty("status").GetString().ShouldBe("proposed");
        item.GetProperty("description").GetString()!.ShouldStartWith("3 avvikelser på 90 dagar");
        (await ItemsAsync(later)).ShouldBeEmpty("only the next meeting");
        var told = await factory.InDatabaseAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.AgendaItemProposed && n.Link == $"/moten/{meeting}")
            .Select(n => n.RecipientPersonId).ToListAsync());
        told.ShouldBe([scene.Convener.PersonId]);

        await reporter.ReportAsync(DeviationScenes.Body(scene, today));
        var again = (await ItemsAsync(meeting)).ShouldHaveSingleItem("once per meeting");
        again.GetProperty("description").GetString()!.ShouldStartWith("4 avvikelser på 90 dagar");
        (await factory.InDatabaseAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.AgendaItemProposed && n.Link == $"/moten/{meeting}"))).ShouldBe(1);
    }

    /// <summary>
    /// Hand-counted: this month the municipality reports twice on admission notices to the hospital and once on a SIP
    /// invitation to primary care and the hospital both; the hospital once on aids to the municipality. Last month five
    /// admission notices from the municipality to the hospital are imported from another system.
    /// </summary>
    [Fact]
    public async Task Statistics_by_each_grouping_match_the_hand_counted_reports_and_imported_counts()
    {
        var scene = await factory.NewDeviationSceneAsync();
        var today = factory.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        using var handler = await factory.SignedInAsync(scene.Handler.Email);
        await reporter.ReportAsync(DeviationScenes.Body(scene, thisMonth));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today, process: "sip", step: "invitationLate", concerned: [scene.PrimaryCareId, scene.HospitalId]));
        var fromHospital = DeviationScenes.Body(scene, today, step: "aidsNotInPlace", concerned: [scene.MunicipalityId]);
        fromHospital["reportingOrganisationId"] = scene.HospitalId;
        await handler.ReportAsync(fromHospital);
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var csv = $"månad;process;steg;rapporterande;berörd;antal\n{lastMonth:yyyy-MM};discharge;admissionNoticeLate;{scene.MunicipalityName};{scene.HospitalId};5\n";
        using (var import = await admin.PostAsync("/api/v1/deviations/aggregates/import?source=Testsystem", new StringContent(csv, Encoding.UTF8, "text/csv")))
            (await import.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("created").GetInt32().ShouldBe(1);

        async Task<Dictionary<string, (int Count, int Imported)>> ByAsync(string groupBy)
        {
            using var response = await reporter.GetAsync($"/api/v1/deviations/statistics?areaId={scene.AreaId}&groupBy={groupBy}&from={DeviationScenes.Iso(lastMonth)}&to={DeviationScenes.Iso(today)}");
            return (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray()
                .ToDictionary(r => r.GetProperty("key").GetString()!, r => (r.GetProperty("count").GetInt32(), r.GetProperty("importedCount").GetInt32()));
        }
        (await ByAsync("process")).ShouldBe(new Dictionary<string, (int, int)> { ["discharge"] = (8, 5), ["sip"] = (1, 0) }, ignoreOrder: true);
        (await ByAsync("step")).ShouldBe(new Dictionary<string, (int, int)> { ["discharge/admissionNoticeLate"] = (7, 5), ["discharge/aidsNotInPlace"] = (1, 0), ["sip/invitationLate"] = (1, 0) }, ignoreOrder: true);
        (await ByAsync("reportingOrganisation")).ShouldBe(new Dictionary<string, (int, int)> { [$"{scene.MunicipalityId}"] = (8, 5), [$"{scene.HospitalId}"] = (1, 0) }, ignoreOrder: true);
        (await ByAsync("concernedOrganisation")).ShouldBe(new Dictionary<string, (int, int)>
            { [$"{scene.HospitalId}"] = (8, 5), [$"{scene.PrimaryCareId}"] = (1, 0), [$"{scene.MunicipalityId}"] = (1, 0) }, ignoreOrder: true);
        (await ByAsync("month")).ShouldBe(new Dictionary<string, (int, int)> { [$"{lastMonth:yyyy-MM}"] = (5, 5), [$"{thisMonth:yyyy-MM}"] = (4, 0) }, ignoreOrder: true);

        using (var month = await reporter.GetAsync($"/api/v1/deviations/statistics?areaId={scene.AreaId}&groupBy=month"))
        {
            var rows = (await month.ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
            rows.Count.ShouldBe(12, "the twelve months up to today, empty ones with 0");
            rows[^1].GetProperty("month").GetString().ShouldBe($"{thisMonth:yyyy-MM}");
        }
        using (var bad = await reporter.GetAsync("/api/v1/deviations/statistics?groupBy=week"))
            await bad.ShouldBeValidationProblemAsync("groupBy");
        using (var times = await reporter.GetAsync($"/api/v1/deviations/statistics/answer-times?areaId={scene.AreaId}"))
        {
            var summary = await times.ShouldBeJsonAsync(HttpStatusCode.OK);
            summary.GetProperty("reported").GetInt32().ShouldBe(4);
            summary.GetProperty("open").GetInt32().ShouldBe(4);
            summary.GetProperty("openOverdue").GetInt32().ShouldBe(0);
        }
    }

    [Fact]
    public async Task Import_replaces_the_same_months_count_and_refuses_a_bad_file_whole_and_a_member()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        Task<int> StoredAsync() => factory.InDatabaseAsync(db => db.DeviationAggregates.Where(a => a.ReportingOrganisationId == scene.MunicipalityId).SumAsync(a => a.Count));
        async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
            await client.PostAsync("/api/v1/deviations/aggregates/import?source=MedControl", new StringContent(csv, Encoding.UTF8, "text/csv"));

        using (var first = await ImportAsync(admin, $"månad;process;steg;rapporterande;berörd;antal\n2025-01;In- och utskrivning;;{scene.MunicipalityName};{scene.HospitalName};3\n2025-02;sip;invitationLate;{scene.MunicipalityId};{scene.PrimaryCareId};2\n"))
            (await first.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("message").GetString().ShouldBe("2 nya rader, 0 ändrade och 0 oförändrade från MedControl.");
        using (var again = await ImportAsync(admin, $"månad;process;steg;rapporterande;berörd;antal\n2025-01;discharge;;{scene.MunicipalityName};{scene.HospitalName};4\n"))
            (await again.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("updated").GetInt32().ShouldBe(1);
        (await StoredAsync()).ShouldBe(6);

        using (var bad = await ImportAsync(admin, $"månad;process;steg;rapporterande;berörd;antal\n2025-03;discharge;;{scene.MunicipalityName};{scene.HospitalName};1\n2025-04;discharge;;{scene.MunicipalityName};811218-9876;1\n"))
            (await bad.ShouldBeValidationProblemAsync("rows[3]")).ShouldHaveSingleItem().ShouldContain("personnummer");
        using (var unknown = await ImportAsync(admin, $"månad;process;steg;rapporterande;berörd;antal\n2025-03;nothing;;{scene.MunicipalityName};{scene.HospitalName};1\n"))
            await unknown.ShouldBeValidationProblemAsync("rows[2].process");
        using (var header = await ImportAsync(admin, "personnummer;antal\n"))
            await header.ShouldBeValidationProblemAsync("header");
        using var member = await factory.SignedInAsync(scene.Reporter.Email);
        using (var refused = await ImportAsync(member, $"månad;process;steg;rapporterande;berörd;antal\n2025-05;discharge;;{scene.MunicipalityName};{scene.HospitalName};1\n"))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await StoredAsync()).ShouldBe(6, "nothing of a refused file is stored");
        (await admin.ListAsync("/api/v1/deviations/aggregates?from=2025-01-01&to=2025-02-28")).Count(a => a.GetProperty("source").GetString() == "MedControl"
            && a.GetProperty("reportingOrganisation").GetProperty("id").GetInt32() == scene.MunicipalityId).ShouldBe(2);
    }

    [Fact]
    public async Task Export_as_XLSX_opens_with_a_sheet_per_grouping_and_CSV_has_a_header_and_the_counts()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);
        await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today()));
        await reporter.ReportAsync(DeviationScenes.Body(scene, factory.Today(), process: "sip", step: "partyAbsent", concerned: [scene.PrimaryCareId]));

        using var xlsx = await reporter.GetAsync($"/api/v1/deviations/statistics/export?format=xlsx&areaId={scene.AreaId}");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).ShouldBe(["Process", "Steg", "Rapporterande organisation", "Berörd organisation", "Månad", "Svarstider"]);
        stream.Position = 0;
        var processes = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Process").Cast<IDictionary<string, object>>().ToList();
        processes.Select(r => (r["Kod"]?.ToString(), Convert.ToInt32(r["Antal"], System.Globalization.CultureInfo.InvariantCulture)))
            .ShouldBe([("discharge", 1), ("sip", 1)], ignoreOrder: true);
        stream.Position = 0;
        var answers = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Svarstider").Cast<IDictionary<string, object>>().ToList();
        answers.Single(r => (string)r["Mått"] == "Rapporterade avvikelser")["Värde"].ToString().ShouldBe("2");

        using var csv = await reporter.GetAsync($"/api/v1/deviations/statistics/export?format=csv&groupBy=concernedOrganisation&areaId={scene.AreaId}");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("berörd organisation;kod;antal;varav importerade");
        lines.Length.ShouldBe(3);
        lines.ShouldContain($"{scene.HospitalName};{scene.HospitalId};1;0");
        lines.ShouldContain(l => l.StartsWith("Avvikelsevårdcentral ", StringComparison.Ordinal) && l.EndsWith($";{scene.PrimaryCareId};1;0", StringComparison.Ordinal));
        using (var bad = await reporter.GetAsync("/api/v1/deviations/statistics/export?format=pdf"))
            await bad.ShouldBeValidationProblemAsync("format");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DeviationFollowUpOnSqlite(SqliteFactory factory) : DeviationFollowUpTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DeviationFollowUpOnPostgres(PostgresFactory factory) : DeviationFollowUpTests(factory);
