namespace Samsyn.BrowserTests.Pages;

/// <summary>"Avvikelser i samverkan" at /avvikelser: the list with its filters.</summary>
public sealed class DeviationsPage(IPage page) : BasePage(page)
{
    public override string Path => "/avvikelser";

    public ILocator ReportLink => Main.GetByRole(AriaRole.Link, new() { Name = "Rapportera en avvikelse" });
    public ILocator Table => Main.GetByRole(AriaRole.Table);
    public ILocator Row(string text) => Table.Locator("tbody tr").Filter(new() { HasText = text });
    public ILocator Show => Main.GetByLabel("Visa", new() { Exact = true });
    public ILocator FilterButton => Main.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true });
}

/// <summary>"Rapportera en avvikelse i samverkan" at /avvikelser/ny.</summary>
public sealed class ReportDeviationPage(IPage page) : BasePage(page)
{
    public override string Path => "/avvikelser/ny";

    public ILocator ProcessNotPatient => Main.Locator("#process-not-patient");
    public ILocator ReportingOrganisation => Main.GetByLabel("Rapporterande organisation", new() { Exact = true });
    public ILocator Concerned(string organisation) => Main.GetByLabel(organisation, new() { Exact = true });
    public ILocator ProcessStep => Main.GetByLabel("Process och steg", new() { Exact = true });
    public ILocator OccurredOn => Main.GetByLabel("När hände det?", new() { Exact = true });
    public ILocator Description => Main.GetByLabel("Vad hände i processen?", new() { Exact = true });
    public ILocator Consequence => Main.GetByLabel("Vilken blev konsekvensen?", new() { Exact = true });
    public ILocator Routine => Main.GetByLabel("Vilken överenskommelse, riktlinje eller rutin följdes inte?", new() { Exact = true });
    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "Rapportera avvikelsen" });
    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Det finns fel i formuläret" });

    public async Task ReportAsync(string concerned, string step, string occurredOn, string description, string? consequence = null)
    {
        await Concerned(concerned).CheckAsync();
        await ProcessStep.SelectOptionAsync(new SelectOptionValue { Label = step });
        await OccurredOn.FillAsync(occurredOn);
        await Description.FillAsync(description);
        if (consequence is not null) await Consequence.FillAsync(consequence);
        await SubmitButton.ClickAsync();
    }
}

/// <summary>One deviation at /avvikelser/{id}: details, answer, history and the actions the user may take.</summary>
public sealed class DeviationPage(IPage page, int id) : BasePage(page)
{
    public override string Path => $"/avvikelser/{id}";

    public ILocator Deadline => Main.Locator("#deadline");
    public ILocator Analysis => Main.GetByLabel("Analys", new() { Exact = true });
    public ILocator Measures => Main.GetByLabel("Åtgärder", new() { Exact = true });
    public ILocator SendAnswer => Main.GetByRole(AriaRole.Button, new() { Name = "Skicka svaret" });
    public ILocator Acknowledge => Main.GetByRole(AriaRole.Button, new() { Name = "Kvittera avvikelsen" });
    public ILocator CloseButton => Main.GetByRole(AriaRole.Button, new() { Name = "Avsluta avvikelsen" });
    public ILocator AnswerAnalysis => Main.Locator("#answer-analysis");
    public ILocator AnswerMeasures => Main.Locator("#answer-measures");
    public ILocator History => Main.GetByRole(AriaRole.Region, new() { Name = "Historik" }).GetByRole(AriaRole.Table);

    public async Task AnswerAsync(string analysis, string measures)
    {
        await Analysis.FillAsync(analysis);
        await Measures.FillAsync(measures);
        await SendAnswer.ClickAsync();
    }
}

/// <summary>"Statistik över avvikelser" at /avvikelser/statistik.</summary>
public sealed class DeviationStatisticsPage(IPage page) : BasePage(page)
{
    public override string Path => "/avvikelser/statistik";

    public ILocator MonthChart => Main.GetByRole(AriaRole.Img, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Avvikelser per månad") });
    public ILocator MonthTable => Main.GetByRole(AriaRole.Table, new() { Name = "Avvikelser per månad" });
    public ILocator XlsxLink => Main.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Excel") });
}
