namespace Samsyn.BrowserTests.Features.Structure;

public sealed class GroupMembersTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ManagementGroup = "Ledningsgrupp i samverkan";

    [Fact]
    public async Task Process_leader_finds_the_management_group_from_the_start_page_and_sees_members_with_their_substitutes()
    {
        var start = await SignInAsync(DemoAccounts.ProcessLeader);
        await Assertions.Expect(start.Heading).ToHaveTextAsync("Vad behöver mig nu?");

        var groups = await start.OpenGroupsAsync();
        var group = await groups.OpenGroupAsync(ManagementGroup);
        var members = await group.MembersAsync();

        var chair = members.Single(m => m.Member == "Anders Påhittad");
        chair.Organisation.ShouldBe("Kungälvs sjukhus");
        chair.Role.ShouldBe("Ordförande");
        chair.Substitutes.ShouldBe(["Karin Exempeldotter"]);
        members.Single(m => m.Member == "Helena Fiktiva").Role.ShouldBe("Sammankallande");
        var seats = members.Where(m => m.Organisation != "–").ToList();
        seats.Count.ShouldBeGreaterThanOrEqualTo(6);
        seats.ShouldAllBe(m => m.Substitutes.Count > 0, "every organisation's member has a named substitute");
    }

    [Fact]
    public async Task Process_leader_adds_a_member_with_a_substitute_and_a_form_without_a_person_points_to_the_field()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        var group = new GroupPage(Page, await Server.GroupIdAsync(ManagementGroup));
        await group.GotoAsync();

        var form = await group.AddMemberAsync();
        await form.ChoosePersonAsync("Ordförande Ale Exempel");
        await form.ChooseOrganisationAsync("Ale kommun – vård och omsorg");
        await form.ChooseRoleAsync("Ledamot");
        await form.ChooseSubstituteAsync(1, "Politiker Ale Exempel");
        group = await form.SaveAsync();

        await Assertions.Expect(group.SuccessMessage).ToHaveTextAsync("Ledamoten är tillagd.");
        var added = (await group.MembersAsync()).Single(m => m.Member == "Ordförande Ale Exempel");
        added.Role.ShouldBe("Ledamot");
        added.Organisation.ShouldBe("Ale kommun – vård och omsorg");
        added.Substitutes.ShouldBe(["Politiker Ale Exempel"]);

        form = await group.AddMemberAsync();
        await form.SaveExpectingErrorsAsync();
        var toPerson = form.ErrorSummaryLink("Välj person.");
        await Assertions.Expect(toPerson).ToBeVisibleAsync();
        await toPerson.ClickAsync();
        await Assertions.Expect(form.Person).ToBeFocusedAsync();
        await Assertions.Expect(form.Person).ToHaveAttributeAsync("aria-invalid", "true");
    }
}
