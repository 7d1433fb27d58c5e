using System.Globalization;
using System.Text.RegularExpressions;
using static Samsyn.BrowserTests.Pages.AttendancePage;

namespace Samsyn.BrowserTests.Features.Meetings;

/// <summary>
/// The issue's main path: a year planned, an agenda published, absence with a substitute, attendance,
/// minutes written and approved, and the PDF of agenda and minutes.
/// </summary>
public sealed partial class MeetingYearTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ManagementGroup = "Ledningsgrupp i samverkan";
    private const string Ale = "Ale kommun – vård och omsorg";
    private const string ItemTitle = "Vårdplatsläget inför påskhelgen";

    [Fact]
    public async Task Process_leader_plans_a_year_holds_a_meeting_with_a_substitute_and_downloads_the_approved_minutes_as_pdf()
    {
        // Far enough ahead that the demo data has no meetings that year.
        var year = DateTime.UtcNow.Year + 3;
        var groupId = await Server.GroupIdAsync(ManagementGroup);

        // The process leader plans the year's fixed meetings, accepting every proposal as it stands.
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var meetings = new GroupMeetingsPage(Page, groupId, year);
        await meetings.GotoAsync();
        await Assertions.Expect(meetings.UpcomingMeetings).ToHaveCountAsync(0);
        var plan = await meetings.OpenPlanAsync();
        var proposals = await plan.ProposalsAsync();
        var reasons = proposals.Select(p => p.Reason).ToList();
        reasons.ShouldBeUnique();
        new[] { "Efter jul och nyår", "Före påsk", "Efter påsk", "Efter sommaren", "Före jul" }.ShouldBeSubsetOf(reasons);
        proposals.ShouldAllBe(p => p.Selected && !p.AlreadyPlanned);
        proposals.Select(p => DateOnly.ParseExact(p.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek)
            .ShouldAllBe(d => d != DayOfWeek.Saturday && d != DayOfWeek.Sunday);
        meetings = await plan.PlanMarkedAsync();
        await Assertions.Expect(meetings.SuccessMessage).ToHaveTextAsync($"{proposals.Count} möten är planerade.");
        await Assertions.Expect(meetings.UpcomingMeetingLinks).ToHaveCountAsync(proposals.Count);

        // … opens the meeting before Easter, adds an item and publishes the agenda.
        var meeting = await meetings.OpenMeetingAsync("Före påsk");
        var meetingId = meeting.Id;
        await meeting.AddItemAsync(ItemTitle, "Beslut", 10);
        (await meeting.AgendaTitlesAsync()).ShouldContain(ItemTitle);
        await meeting.PublishAgendaAsync();

        // The member for Ale reports absence and names her substitute.
        await SwitchUserAsync(DemoAccounts.Member);
        meeting = new MeetingPage(Page, meetingId);
        await meeting.GotoAsync();
        await meeting.ReportAbsenceAsync("Per Modellsson");
        await Assertions.Expect(meeting.WithdrawAbsenceButton).ToBeVisibleAsync();
        // axe, here and below, on the states only this path reaches (the other pages: MeetingAccessibilityTests).
        await Page.ShouldHaveNoViolationsAsync();

        // The substitute is notified and sees the meeting as theirs.
        await SwitchUserAsync(DemoAccounts.Substitute);
        var notifications = new NotificationsPage(Page);
        await notifications.GotoAsync();
        await Assertions.Expect(notifications.Notification("Du ersätter Eva Låtsasson")).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();
        meeting = await notifications.OpenMeetingAsync("Du ersätter Eva Låtsasson");
        meeting.Id.ShouldBe(meetingId);
        await Assertions.Expect(meeting.StandInNotice).ToContainTextAsync("Du ersätter Eva Låtsasson");
        await Page.ShouldHaveNoViolationsAsync();

        // The meeting day: the process leader records attendance, writes and approves the minutes.
        var startsAt = await Server.MeetingStartsAtAsync(meetingId);
        using (Server.Clock.TravelTo(startsAt.AddMinutes(20)))
        {
            // Three years on, yesterday's login has expired: sign in again.
            await SignInAfreshAsync(DemoAccounts.ProcessLeader);
            meeting = new MeetingPage(Page, meetingId);
            await meeting.GotoAsync();

            var register = await meeting.OpenAttendanceRegisterAsync();
            var ale = register.Seat(Ale);
            await Assertions.Expect(register.Choice(ale, SubstituteAttended)).ToBeCheckedAsync();
            await Assertions.Expect(register.ChosenSubstitute(ale)).ToHaveTextAsync("Per Modellsson");
            await Page.ShouldHaveNoViolationsAsync();
            await register.ChooseForAllAsync(Present, except: Ale);
            await register.ChooseAsync(Ale, SubstituteAttended);
            await register.SaveAsync();

            var chosen = await register.ChosenAsync();
            chosen.Count.ShouldBeGreaterThanOrEqualTo(7);
            chosen.Single(c => c.Key.Contains(Ale, StringComparison.Ordinal)).Value.ShouldBe(SubstituteAttended);
            chosen.Where(c => !c.Key.Contains(Ale, StringComparison.Ordinal)).ShouldAllBe(c => c.Value == Present);
            await Assertions.Expect(register.UnsavedSuggestions).ToHaveCountAsync(0);
            await Assertions.Expect(register.RepresentedCount).ToHaveTextAsync(AllOf());

            var minutes = new MinutesPage(Page, meetingId);
            await minutes.GotoAsync();
            const string notes = "Alla vårdgivare har planerat bemanningen över påsk. Sjukhuset öppnar extra vårdplatser.";
            await minutes.WriteNotesAsync(ItemTitle, notes);
            await minutes.AddDecisionAsync(ItemTitle, "Ledningsgruppen fastställer den gemensamma planen för påskhelgen.");
            // The page has reloaded: the notes were saved by the autosave alone.
            await Assertions.Expect(minutes.Notes(ItemTitle)).ToHaveValueAsync(notes);
            var due = DateOnly.FromDateTime(startsAt.UtcDateTime).AddDays(14);
            await minutes.AddActionAsync(ItemTitle, "Sammanställ vårdplatsläget efter påsk.", "Helena Fiktiva", due);
            await Assertions.Expect(minutes.Decisions(ItemTitle)).ToContainTextAsync(["Ledningsgruppen fastställer den gemensamma planen"]);
            await Assertions.Expect(minutes.Actions(ItemTitle)).ToContainTextAsync(["Sammanställ vårdplatsläget efter påsk. – Helena Fiktiva"]);
            await Page.ShouldHaveNoViolationsAsync();

            await minutes.ApproveAsync(adjuster: "Anders Påhittad");
            await Assertions.Expect(minutes.ApprovedNotice).ToContainTextAsync("Godkänt av Helena Fiktiva");
            await Assertions.Expect(minutes.ApprovedNotice).ToContainTextAsync("Justerat av Anders Påhittad");
            await Assertions.Expect(minutes.Main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
            await Assertions.Expect(minutes.ApproveButton).ToHaveCountAsync(0);
            await Assertions.Expect(minutes.Item(ItemTitle)).ToContainTextAsync(notes);
            await Page.ShouldHaveNoViolationsAsync();

            meeting = new MeetingPage(Page, meetingId);
            await meeting.GotoAsync();
            // Chromium makes the PDF on the server; on a busy machine that takes a while.
            var download = await Page.RunAndWaitForDownloadAsync(() => meeting.PdfLink.EvaluateAsync("link => link.click()"), new() { Timeout = 60_000 });
            download.SuggestedFilename.ShouldBe($"protokoll-{DateOnly.FromDateTime(startsAt.UtcDateTime):yyyy-MM-dd}.pdf");
            var pdf = await File.ReadAllBytesAsync(await download.PathAsync());

            pdf.Take(5).ToArray().ShouldBe("%PDF-"u8.ToArray());
            var text = PdfText.Of(pdf);
            text.ShouldContain(PdfText.Squash(ManagementGroup));
            text.ShouldContain(PdfText.Squash(ItemTitle));
            text.ShouldContain(PdfText.Squash("Ledningsgruppen fastställer den gemensamma planen för påskhelgen."));
        }
    }

    /// <summary>"6 av 6": every organisation represented.</summary>
    [GeneratedRegex(@"^(\d+) av \1$")]
    private static partial Regex AllOf();
}
