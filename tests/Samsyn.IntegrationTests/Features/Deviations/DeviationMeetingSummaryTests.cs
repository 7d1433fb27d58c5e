using System.Text.RegularExpressions;
using Samsyn.Web.Infrastructure;

namespace Samsyn.IntegrationTests.Features.Deviations;

/// <summary>
/// The deviation summary on a meeting's page, against hand-counted reports: new ones between the group's organisations
/// in the period, by step; answers given; those still unanswered after their due date; the recurring pattern proposed.
/// </summary>
public abstract partial class DeviationMeetingSummaryTests(SamsynFactory factory)
{
    [Fact]
    public async Task The_meeting_page_counts_the_groups_deviations_by_hand()
    {
        var scene = await factory.NewDeviationSceneAsync();
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var today = factory.Today();
        // The group met yesterday; the summary of the next meeting covers what happened since.
        await admin.CreateMeetingAsync(scene.GroupId, SwedishTime.At(today.AddDays(-1), new TimeOnly(13, 0)));
        var meeting = MeetingsApi.MeetingId(await admin.CreateMeetingAsync(scene.GroupId, SwedishTime.At(today.AddDays(90), new TimeOnly(13, 0))));
        using var reporter = await factory.SignedInAsync(scene.Reporter.Email);

        // Three admission notices to the hospital (the third makes a recurring pattern), one unreachable contact to the
        // hospital, and one admission notice to primary care, which has no seat in the group and is not counted.
        var first = await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-3)));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-2)));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-1)));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today.AddDays(-1), step: "contactUnreachable"));
        await reporter.ReportAsync(DeviationScenes.Body(scene, today, concerned: [scene.PrimaryCareId]));
        using (var handler = await factory.SignedInAsync(scene.Handler.Email))
        using (var answer = await handler.ActAsync(first.GetProperty("id").GetInt32(), "answer", new { version = 1, analysis = "Rutinen var okänd.", measures = "Genomgång på APT." }))
            await answer.ShouldBeJsonAsync(HttpStatusCode.OK);

        // The day after the answers were due, before the next meeting: the other three to the hospital are overdue.
        var due = DateOnly.Parse(first.GetProperty("answerDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        due.AddDays(1).ShouldBeLessThan(today.AddDays(90), "the test needs the next meeting still ahead");
        using (factory.Clock.TravelTo(SwedishTime.At(due.AddDays(1), new TimeOnly(9, 0))))
        {
            using var pages = await factory.PagesAsAsync(scene.Convener.Email);
            using var response = await pages.GetAsync($"/moten/{meeting}");
            var html = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var summary = Squash(html[html.IndexOf("id=\"avvikelser-summary\"", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf("id=\"avvikelser-summary\"", StringComparison.Ordinal), StringComparison.Ordinal)]);
            summary.ShouldContain("sedan förra mötet");
            summary.ShouldContain("4 nya avvikelser mellan gruppens organisationer, 1 besvarad och <strong>3 obesvarade efter svarstiden</strong>.");
            summary.ShouldContain("Ett återkommande mönster finns som egen punkt på dagordningen.");
            summary.ShouldContain("<li>Inskrivningsmeddelande senare än 24 timmar: 3</li>");
            Regex.Count(summary, "<li>").ShouldBe(2, "two steps: admission notices and the unreachable contact");
            summary.ShouldContain(": 1</li>");
        }
    }

    private static string Squash(string html) => WhiteSpace().Replace(html, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

[Collection(SqliteDatabase.Name)]
public sealed class DeviationMeetingSummaryOnSqlite(SqliteFactory factory) : DeviationMeetingSummaryTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DeviationMeetingSummaryOnPostgres(PostgresFactory factory) : DeviationMeetingSummaryTests(factory);
