using System.Text;
using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>"Utskrivningsklara": the discharge-waiting indicator of an area, at /lagesbild/utskrivningsklara?areaId=.</summary>
public sealed class DischargeWaitingPage(IPage page, int areaId) : BasePage(page)
{
    public override string Path => $"/lagesbild/utskrivningsklara?areaId={areaId}";

    /// <summary>The table "Senaste månaden per kommun".</summary>
    public ILocator LatestTable => Main.GetByRole(AriaRole.Table, new() { Name = "Senaste månaden per kommun" });

    public ILocator LatestRow(string municipality) => LatestTable.Locator("tbody tr").Filter(new() { HasText = municipality });

    /// <summary>The municipality's line chart, an image named by its title.</summary>
    public ILocator Chart(string municipality) =>
        Main.GetByRole(AriaRole.Img, new() { NameRegex = new Regex($"^{Regex.Escape(municipality)}: medeldagar per månad") });

    /// <summary>The table under the chart with the same figures.</summary>
    public ILocator MonthTable(string municipality) =>
        Main.GetByRole(AriaRole.Table, new() { Name = $"{municipality} per månad", Exact = true });

    public ILocator MonthRow(string municipality, string month) =>
        MonthTable(municipality).Locator("tbody tr").Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = month, Exact = true }) });

    public ILocator EmptyState => Main.GetByRole(AriaRole.Heading, new() { Name = "Inga siffror under perioden" });

    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Det finns fel i formuläret" });

    public ILocator Municipality => Main.GetByLabel("Kommun", new() { Exact = true });
    public ILocator Month => Main.GetByLabel("Månad", new() { Exact = true });
    public ILocator AverageDays => Main.GetByLabel("Medeldagar", new() { Exact = true });
    public ILocator Patients => Main.GetByLabel("Utskrivna patienter (antal)", new() { Exact = true });
    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true });

    public ILocator File => Main.GetByLabel("CSV-fil", new() { Exact = true });
    public ILocator ImportButton => Main.GetByRole(AriaRole.Button, new() { Name = "Läs in filen", Exact = true });

    /// <summary>Chooses a file with <paramref name="csv"/> in the upload form and sends it.</summary>
    public async Task ImportAsync(string csv)
    {
        await File.SetInputFilesAsync(new FilePayload { Name = "utskrivningsklara.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await ImportButton.ClickAsync();
    }

    /// <summary>Fills in and saves the single-month form.</summary>
    public async Task EnterMonthAsync(string municipality, string month, string days, string patients)
    {
        await Municipality.SelectOptionAsync(new SelectOptionValue { Label = municipality });
        await Month.FillAsync(month);
        await AverageDays.FillAsync(days);
        await Patients.FillAsync(patients);
        await SaveButton.ClickAsync();
    }
}
