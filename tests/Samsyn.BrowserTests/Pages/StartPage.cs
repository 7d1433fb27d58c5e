namespace Samsyn.BrowserTests.Pages;

/// <summary>The start page, "Vad behöver mig nu?".</summary>
public sealed class StartPage(IPage page) : BasePage(page)
{
    public override string Path => "/";

    public async Task<GroupsPage> OpenGroupsAsync()
    {
        await FollowNavigationAsync("Grupper", menu: "Register");
        var groups = new GroupsPage(Page);
        await Assertions.Expect(groups.Heading).ToHaveTextAsync("Grupper");
        return groups;
    }
}
