namespace Samsyn.BrowserTests.Pages;

/// <summary>A group's meetings in one year ("Möten 2029"), at /grupper/{id}/moten?ar=.</summary>
public sealed class GroupMeetingsPage(IPage page, int groupId, int year) : BasePage(page)
{
    public override string Path => $"/grupper/{groupId}/moten?ar={year}";

    public ILocator PlanLink => Main.GetByRole(AriaRole.Link, new() { Name = "Planera årets fasta möten", Exact = true });

    /// <summary>The table under "Kommande möten {year}".</summary>
    public ILocator UpcomingMeetings => Main.GetByRole(AriaRole.Table, new() { Name = $"Kommande möten {year}", Exact = true });

    /// <summary>The links to the upcoming meetings, one per row, named by date ("tisdag 2 januari 2029").</summary>
    public ILocator UpcomingMeetingLinks => UpcomingMeetings.Locator("tbody tr td:first-child").GetByRole(AriaRole.Link);

    public async Task<MeetingPlanPage> OpenPlanAsync()
    {
        await PlanLink.ClickAsync();
        var plan = new MeetingPlanPage(Page, groupId, year);
        await Assertions.Expect(plan.Heading).ToContainTextAsync($"Planera fasta möten {year}");
        return plan;
    }

    /// <summary>Opens the upcoming meeting whose row mentions <paramref name="reason"/> ("Efter nyår").</summary>
    public async Task<MeetingPage> OpenMeetingAsync(string reason)
    {
        var row = UpcomingMeetings.Locator("tbody tr").Filter(new() { HasText = reason });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.Locator("td").First.GetByRole(AriaRole.Link).ClickAsync();
        var meeting = new MeetingPage(Page);
        await Assertions.Expect(meeting.AgendaHeading).ToBeVisibleAsync();
        return meeting;
    }
}
