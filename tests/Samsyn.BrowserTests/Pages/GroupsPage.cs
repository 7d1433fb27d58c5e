namespace Samsyn.BrowserTests.Pages;

/// <summary>All groups, as a tree per collaboration area, at /grupper.</summary>
public sealed class GroupsPage(IPage page) : BasePage(page)
{
    public override string Path => "/grupper";

    public async Task<GroupPage> OpenGroupAsync(string name)
    {
        await Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        var group = new GroupPage(Page);
        await Assertions.Expect(group.Heading).ToHaveTextAsync(name);
        return group;
    }
}
