namespace Samsyn.BrowserTests.Features.Navigation;

/// <summary>
/// The main navigation: the daily work in the bar, the governing records, registers and administration
/// in menus that a keyboard opens and closes, and that show where the person is.
/// </summary>
public sealed class MainNavigationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_keyboard_user_opens_a_menu_follows_its_link_and_closes_another_with_Escape()
    {
        var start = await SignInAsync(DemoAccounts.ProcessLeader);
        var governance = start.NavigationMenu("Styrning");
        var documents = start.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Dokument", Exact = true });
        await Assertions.Expect(documents).ToBeHiddenAsync();

        await Page.TabToAsync(governance);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(documents).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();

        await Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(documents).ToBeHiddenAsync();
        await Assertions.Expect(governance).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Page.TabToAsync(documents, maxPresses: 3);
        await Assertions.Expect(documents).ToBeFocusedAsync();
        // Enter on the link itself: twice in full runs a page-level key press was lost between reaching the link and
        // pressing it (the link was focused, nothing navigated); the Tab path above is what the keyboard user does.
        await documents.PressAsync("Enter");
        // The address changes when the response arrives; the heading below waits for the page itself. Waiting for the
        // load event instead timed out once under the full suite's load.
        await Page.WaitForURLAsync("**/dokument", new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await Assertions.Expect(start.Heading).ToHaveTextAsync("Styrdokument");
        await Assertions.Expect(governance).ToHaveClassAsync("current");
        await Assertions.Expect(governance).ToHaveTextAsync("Styrning (här är du)");
    }

    [Fact]
    public async Task Opening_one_menu_closes_the_other_and_a_click_elsewhere_closes_it()
    {
        var start = await SignInAsync(DemoAccounts.ProcessLeader);
        var groups = start.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Grupper", Exact = true });
        var decisions = start.MainNavigation.GetByRole(AriaRole.Link, new() { Name = "Beslut", Exact = true });

        await start.NavigationMenu("Register").ClickAsync();
        await Assertions.Expect(groups).ToBeVisibleAsync();
        await start.NavigationMenu("Styrning").ClickAsync();
        await Assertions.Expect(decisions).ToBeVisibleAsync();
        await Assertions.Expect(groups).ToBeHiddenAsync();

        await start.Heading.ClickAsync();
        await Assertions.Expect(decisions).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Only_an_administrator_has_the_administration_menu()
    {
        var start = await SignInAsync(DemoAccounts.ProcessLeader);
        await Assertions.Expect(start.NavigationMenu("Administration")).ToHaveCountAsync(0);

        await SwitchUserAsync(DemoAccounts.Administrator);
        await Page.GotoAsync("/");
        await start.FollowNavigationAsync("API-nycklar", menu: "Administration");
        await Assertions.Expect(start.Heading).ToHaveTextAsync("API-nycklar");
    }
}
