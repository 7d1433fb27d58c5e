namespace Samsyn.BrowserTests.Pages;

/// <summary>"Ändra gruppen", at /grupper/{id}/andra; only the group's convener and administrators may open it.</summary>
public sealed class EditGroupPage(IPage page, int groupId) : BasePage(page)
{
    public override string Path => $"/grupper/{groupId}/andra";

    /// <summary>Opens the address as any user would, without expecting success.</summary>
    public async Task<IResponse?> OpenAsync() => await Page.GotoAsync(Path);
}
