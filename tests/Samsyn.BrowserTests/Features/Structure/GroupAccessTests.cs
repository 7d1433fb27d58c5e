using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Features.Structure;

public sealed partial class GroupAccessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Member_who_opens_the_edit_page_of_a_group_they_do_not_convene_is_shown_no_access()
    {
        await SignedInAsAsync(DemoAccounts.Member);
        var edit = new EditGroupPage(Page, await Server.GroupIdAsync("Ledningsgrupp i samverkan"));

        var response = await edit.OpenAsync();

        response.ShouldNotBeNull();
        response.Status.ShouldBe(403);
        await Assertions.Expect(Page).ToHaveURLAsync(AccessDeniedPage());
        await Assertions.Expect(edit.Heading).ToHaveTextAsync("Ingen behörighet");
        await Assertions.Expect(edit.Main.Locator("form")).ToHaveCountAsync(0);
    }

    [GeneratedRegex("/ingen-behorighet")]
    private static partial Regex AccessDeniedPage();
}
