using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.BrowserTests.Features.Deviations;

/// <summary>
/// Deviations in the browser: Ale's member reports a deviation concerning Kungälvs sjukhus, the hospital's member (Anders
/// Påhittad, given a login here: the demo data has none for the hospital) answers it, and the reporter reads the answer;
/// axe checks the list, the form, the details and the statistics.
/// </summary>
public sealed partial class DeviationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string HospitalLogin = "anders.sjukhus@simba.example";

    /// <summary>A login for the demo hospital member, made through the app's own services.</summary>
    private async Task EnsureHospitalLoginAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(HospitalLogin) is not null) return;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var anders = await db.People.SingleAsync(p => p.Name == "Anders Påhittad");
        var user = new AppUser { UserName = HospitalLogin, Email = HospitalLogin, EmailConfirmed = true, PersonId = anders.Id };
        (await users.CreateAsync(user, DemoAccounts.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.Member)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Member_reports_the_hospital_answers_and_the_reporter_sees_the_answer()
    {
        await EnsureHospitalLoginAsync();
        await SignedInAsAsync(DemoAccounts.Member);
        var list = new DeviationsPage(Page);
        await list.GotoAsync();
        await Assertions.Expect(list.Heading).ToHaveTextAsync("Avvikelser i samverkan");
        await Assertions.Expect(list.Table).ToBeVisibleAsync();
        await Page.ShouldHaveNoViolationsAsync();

        await list.ReportLink.ClickAsync();
        var form = new ReportDeviationPage(Page);
        await Assertions.Expect(form.ProcessNotPatient).ToContainTextAsync("aldrig patienten");
        await Assertions.Expect(form.ReportingOrganisation).ToHaveValueAsync(new Regex("^[0-9]+$"));
        await Page.ShouldHaveNoViolationsAsync();

        var yesterday = DateOnly.FromDateTime(DateTime.Today.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var text = $"Browsertest {Guid.NewGuid():N}: inskrivningsmeddelandet kom efter tre dygn.";
        await form.ReportAsync("Kungälvs sjukhus", "Inskrivningsmeddelande senare än 24 timmar", yesterday, text, "Hemtjänsten planerade besök i onödan.");

        await Assertions.Expect(form.SuccessMessage).ToContainTextAsync("Avvikelsen är rapporterad");
        var id = int.Parse(IdInUrl().Match(Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var details = new DeviationPage(Page, id);
        await Assertions.Expect(details.Main).ToContainTextAsync(text);
        await Assertions.Expect(details.Deadline).ToContainTextAsync("60 dagar kvar");
        await Assertions.Expect(details.SendAnswer).ToHaveCountAsync(0);
        await Page.ShouldHaveNoViolationsAsync();

        await SwitchUserAsync(HospitalLogin);
        await details.GotoAsync();
        await details.Acknowledge.ClickAsync();
        await Assertions.Expect(details.SuccessMessage).ToHaveTextAsync("Avvikelsen är kvitterad.");
        await details.AnswerAsync("Rutinen för meddelandet var okänd för nyanställda på avdelningen.", "Genomgång på arbetsplatsträff och kontroll vid varje skiftbyte.");
        await Assertions.Expect(details.SuccessMessage).ToContainTextAsync("Svaret är sparat");
        await Page.ShouldHaveNoViolationsAsync();

        await SwitchUserAsync(DemoAccounts.Member);
        await details.GotoAsync();
        await Assertions.Expect(details.AnswerAnalysis).ToHaveTextAsync("Rutinen för meddelandet var okänd för nyanställda på avdelningen.");
        await Assertions.Expect(details.AnswerMeasures).ToHaveTextAsync("Genomgång på arbetsplatsträff och kontroll vid varje skiftbyte.");
        await Assertions.Expect(details.History.Locator("tbody tr")).ToHaveCountAsync(3);
        await details.CloseButton.ClickAsync();
        await Assertions.Expect(details.SuccessMessage).ToHaveTextAsync("Avvikelsen är avslutad.");
    }

    [Fact]
    public async Task A_personal_identity_number_in_the_description_is_refused_with_the_error_tied_to_the_field()
    {
        await SignedInAsAsync(DemoAccounts.Member);
        var form = new ReportDeviationPage(Page);
        await form.GotoAsync();

        await form.ReportAsync("Kungälvs sjukhus", "Inskrivningsmeddelande senare än 24 timmar", "2099-01-01", "Gäller 811218-9876.");

        await Assertions.Expect(form.ErrorSummary).ToContainTextAsync("aldrig patienten");
        await Assertions.Expect(form.ErrorSummary).ToContainTextAsync("framtiden");
        await Assertions.Expect(form.Description).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(form.Description).ToHaveAccessibleDescriptionAsync(new Regex("personnummer"));
        await Assertions.Expect(form.Concerned("Kungälvs sjukhus")).ToBeCheckedAsync();
        await Page.ShouldHaveNoViolationsAsync();
    }

    [Fact]
    public async Task Statistics_show_the_demo_year_as_a_chart_with_its_table_and_pass_axe()
    {
        await SignedInAsAsync(DemoAccounts.Substitute);
        var statistics = new DeviationStatisticsPage(Page);
        await statistics.GotoAsync();

        await Assertions.Expect(statistics.MonthChart).ToBeVisibleAsync();
        await Assertions.Expect(statistics.MonthTable.Locator("tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(statistics.XlsxLink).ToHaveAttributeAsync("href", new Regex("format=xlsx"));
        await Page.ShouldHaveNoViolationsAsync();
    }

    [GeneratedRegex(@"/avvikelser/(\d+)")]
    private static partial Regex IdInUrl();
}
