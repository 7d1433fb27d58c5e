using static Samsyn.BrowserTests.Pages.AttendancePage;

namespace Samsyn.BrowserTests.Features.Meetings;

public sealed class AttendanceKeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ManagementGroup = "Ledningsgrupp i samverkan";
    private const string Ale = "Ale kommun – vård och omsorg";

    [Fact]
    public async Task Attendance_register_can_be_completed_with_the_keyboard_only()
    {
        await SignedInAsAsync(DemoAccounts.ProcessLeader);
        // A coming meeting that no other test touches.
        var (meetingId, _) = await Server.MeetingAsync(ManagementGroup, held: false, upcoming: 1);
        var register = new AttendancePage(Page, meetingId);
        await register.GotoAsync();
        var first = register.Seats.First;
        var ale = register.Seat(Ale);
        (await first.Locator("legend").InnerTextAsync()).ShouldNotContain(Ale, Case.Sensitive, "the test moves forward from the first seat to Ale's");

        // Tab from the top of the page into the first radio group: the focus lands on its chosen radio.
        await Page.TabToAsync(register.Choice(first, Present));
        await Page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(register.Choice(first, Absent)).ToBeFocusedAsync();
        await Assertions.Expect(register.Choice(first, Absent)).ToBeCheckedAsync();

        // Tab moves group by group (and through each substitute list) to Ale's seat.
        await Page.TabToAsync(register.Choice(ale, Present), maxPresses: 20);
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(register.Choice(ale, SubstituteAttended)).ToBeFocusedAsync();
        await Assertions.Expect(register.Choice(ale, SubstituteAttended)).ToBeCheckedAsync();

        await Page.TabToAsync(register.SaveButton, maxPresses: 20);
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(register.SuccessMessage).ToHaveTextAsync("Närvaron är sparad.");
        await Assertions.Expect(register.UnsavedSuggestions).ToHaveCountAsync(0);
        await Assertions.Expect(register.Choice(first, Absent)).ToBeCheckedAsync();
        await Assertions.Expect(register.Choice(ale, SubstituteAttended)).ToBeCheckedAsync();
        await Assertions.Expect(register.ChosenSubstitute(ale)).ToHaveTextAsync("Per Modellsson");
        var chosen = await register.ChosenAsync();
        chosen.Values.Count(v => v == Present).ShouldBe(chosen.Count - 2);
    }
}
