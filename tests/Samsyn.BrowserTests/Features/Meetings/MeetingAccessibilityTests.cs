using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Features.Meetings;

/// <summary>
/// WCAG 2.1 AA as axe-core can judge it on the meeting pages and the notification centre, as the convener and,
/// where a member's page differs (the proposal and absence forms, the draft minutes), as a member. The demo data
/// gives the last held meeting (approved minutes) and the next one (open agenda with a member's proposal). The
/// states only the meeting itself reaches – a reported absence, the register on the day, minutes awaiting
/// approval, the substitute's view – are checked along the main path in <see cref="MeetingYearTests"/>.
/// </summary>
public sealed partial class MeetingAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ManagementGroup = "Ledningsgrupp i samverkan";
    private const string Group = "{grupp}";
    private const string Held = "{hallet}";
    private const string Next = "{nasta}";
    private const string NextItem = "{punkt}";
    private const string NextYear = "{nastaAr}";

    [Theory]
    [InlineData(DemoAccounts.ProcessLeader, "/moten")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + Group + "/moten")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + Group + "/moten/planera?ar=" + NextYear)]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/ny?grupp=" + Group)]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Next)]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Next + "/andra")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Next + "/punkter/" + NextItem + "/andra")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Next + "/narvaro")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Next + "/protokoll")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Next + "/utskrift")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Held)]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Held + "/narvaro")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Held + "/protokoll")]
    [InlineData(DemoAccounts.ProcessLeader, "/moten/" + Held + "/utskrift")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + Group + "/narvaro")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + Group + "/narvaro?fran=igar&till=2026-12-31")]
    [InlineData(DemoAccounts.ProcessLeader, "/grupper/" + Group + "/motesinstallningar")]
    [InlineData(DemoAccounts.ProcessLeader, "/notiser")]
    [InlineData(DemoAccounts.Member, "/moten")]
    [InlineData(DemoAccounts.Member, "/moten/" + Next)]
    [InlineData(DemoAccounts.Member, "/moten/" + Next + "/protokoll")]
    [InlineData(DemoAccounts.Member, "/notiser")]
    public async Task Meeting_page_has_no_axe_violations(string user, string path)
    {
        await SignedInAsAsync(user);
        var response = await Page.GotoAsync(await ResolveAsync(path));

        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, $"GET {path} answered {response.Status}; the page must exist before it can be checked.");
        await ShouldBeSwedishTitledAndAccessibleAsync();
    }

    [Fact]
    public async Task Group_attendance_shows_its_chart_with_a_text_summary()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        await Page.GotoAsync(await ResolveAsync("/grupper/" + Group + "/narvaro"));

        var chart = Page.GetByRole(AriaRole.Figure, new() { Name = "Andel möten där organisationen var representerad" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(chart.Locator("li.bar-row")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(chart).ToHaveAccessibleDescriptionAsync(SameFiguresInTable());
    }

    [Fact]
    public async Task Agenda_item_form_showing_errors_has_no_axe_violations()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var meeting = new MeetingPage(Page, (await Server.MeetingAsync(ManagementGroup, held: false)).Id);
        await meeting.GotoAsync();
        await meeting.ItemTitle.FillAsync("");
        await meeting.AddItemButton.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Rubrik");

        await ShouldBeSwedishTitledAndAccessibleAsync();
    }

    [Fact]
    public async Task Plan_showing_errors_has_no_axe_violations_and_plans_nothing()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var groupId = await Server.GroupIdAsync(ManagementGroup);
        var year = DateTime.UtcNow.Year + 5;
        var plan = new MeetingPlanPage(Page, groupId, year);
        await plan.GotoAsync();
        await plan.ProposalsTable.Locator("input[type=date]").First.FillAsync("");
        await plan.PlanButton.ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange ett datum som finns");

        await ShouldBeSwedishTitledAndAccessibleAsync();
        var meetings = new GroupMeetingsPage(Page, groupId, year);
        await meetings.GotoAsync();
        await Assertions.Expect(meetings.UpcomingMeetings).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Minutes_form_showing_errors_has_no_axe_violations()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var (meetingId, _) = await Server.MeetingAsync(ManagementGroup, held: false);
        var minutes = new MinutesPage(Page, meetingId);
        await minutes.GotoAsync();
        var item = minutes.Main.Locator("section.minutes-item").First;
        await item.Locator("summary").Filter(new() { HasText = "Lägg till beslut" }).ClickAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Lägg till beslutet", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

        await ShouldBeSwedishTitledAndAccessibleAsync();
    }

    [Fact]
    public async Task Meeting_settings_showing_errors_have_no_axe_violations_and_tie_each_error_to_its_field()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var settings = new MeetingSettingsPage(Page, await Server.GroupIdAsync(ManagementGroup));
        await settings.GotoAsync();
        await settings.UsualStart.FillAsync("");
        await settings.AttendanceTarget.FillAsync("500");
        await settings.RotationSlot(2).SelectOptionAsync(await settings.RotationSlot(1).InputValueAsync());
        await settings.StandingItemMinutes(1).FillAsync("0");
        await settings.SaveExpectingErrorsAsync();

        await ShouldBeSwedishTitledAndAccessibleAsync();
        foreach (var field in new[] { settings.UsualStart, settings.AttendanceTarget, settings.StandingItemMinutes(1) })
        {
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(field).ToHaveAccessibleDescriptionAsync(NamesTheProblem());
        }
        await Assertions.Expect(settings.Main.GetByRole(AriaRole.Group, new() { Name = "Turordning", Exact = true }))
            .ToHaveAccessibleDescriptionAsync(NamesTheProblem());
    }

    private async Task ShouldBeSwedishTitledAndAccessibleAsync()
    {
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        (await Page.TitleAsync()).Trim().ShouldNotBeEmpty();
        // Razor prints its code as text where it reads "word@if" as an e-mail address; axe does not notice.
        var leak = RazorCode().Match(await Page.Locator("body").InnerTextAsync());
        leak.Success.ShouldBeFalse($"{Page.Url} shows Razor code as text: \"{leak.Value}\"");
        await Page.ShouldHaveNoViolationsAsync();
    }

    /// <summary>The field's error message, as the settings form words them ("Ange …", "Samma organisation …", "Tiden ska …").</summary>
    [GeneratedRegex("Ange |Samma organisation|Tiden ska")]
    private static partial Regex NamesTheProblem();

    [GeneratedRegex("Samma siffror finns i tabellen nedan")]
    private static partial Regex SameFiguresInTable();

    [GeneratedRegex(@"\w@(if|foreach|for|switch|while|using)\b.{0,40}")]
    private static partial Regex RazorCode();

    private async Task<string> ResolveAsync(string path)
    {
        if (path.Contains(Group, StringComparison.Ordinal))
            path = path.Replace(Group, $"{await Server.GroupIdAsync(ManagementGroup)}", StringComparison.Ordinal);
        if (path.Contains(Held, StringComparison.Ordinal))
            path = path.Replace(Held, $"{(await Server.MeetingAsync(ManagementGroup, held: true)).Id}", StringComparison.Ordinal);
        if (path.Contains(Next, StringComparison.Ordinal))
        {
            var next = (await Server.MeetingAsync(ManagementGroup, held: false)).Id;
            path = path.Replace(Next, $"{next}", StringComparison.Ordinal)
                .Replace(NextItem, $"{await Server.FirstAgendaItemIdAsync(next)}", StringComparison.Ordinal);
        }
        return path.Replace(NextYear, $"{DateTime.UtcNow.Year + 1}", StringComparison.Ordinal);
    }
}
