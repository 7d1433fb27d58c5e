namespace Samsyn.BrowserTests.Pages;

/// <summary>One proposed fixed meeting as the plan table shows it.</summary>
public sealed record PlanProposal(string Reason, string Date, bool Selected, bool AlreadyPlanned);

/// <summary>"Planera fasta möten {year}": the year's proposals, accepted in one go, at /grupper/{id}/moten/planera?ar=.</summary>
public sealed class MeetingPlanPage(IPage page, int groupId, int year) : BasePage(page)
{
    public override string Path => $"/grupper/{groupId}/moten/planera?ar={year}";

    public ILocator ProposalsTable => Main.GetByRole(AriaRole.Table).Filter(new() { HasText = $"Förslag till fasta möten {year}" });
    public ILocator PlanButton => Main.GetByRole(AriaRole.Button, new() { Name = "Planera de markerade mötena", Exact = true });

    public async Task<IReadOnlyList<PlanProposal>> ProposalsAsync()
    {
        await Assertions.Expect(ProposalsTable).ToBeVisibleAsync();
        var proposals = new List<PlanProposal>();
        foreach (var row in await ProposalsTable.Locator("tbody tr").AllAsync())
        {
            var reason = (await row.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
            proposals.Add(new PlanProposal(
                Reason: reason.Replace("Redan planerat", "", StringComparison.Ordinal).Trim(),
                Date: await row.Locator("input[type=date]").InputValueAsync(),
                Selected: await row.GetByRole(AriaRole.Checkbox).IsCheckedAsync(),
                AlreadyPlanned: reason.Contains("Redan planerat", StringComparison.Ordinal)));
        }
        return proposals;
    }

    /// <summary>Plans the marked proposals as they stand and returns the year's meetings.</summary>
    public async Task<GroupMeetingsPage> PlanMarkedAsync()
    {
        await PlanButton.ClickAsync();
        var meetings = new GroupMeetingsPage(Page, groupId, year);
        await Assertions.Expect(meetings.SuccessMessage).ToContainTextAsync("planerade");
        return meetings;
    }
}
