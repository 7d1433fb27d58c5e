namespace Samsyn.BrowserTests.Infrastructure;

/// <summary>The demo accounts the seeder creates (see DemoDataSeeder); all share one password.</summary>
public static class DemoAccounts
{
    public const string Password = "Webbläsartest-2026";

    /// <summary>Helena Fiktiva, convener of "Ledningsgrupp i samverkan".</summary>
    public const string ProcessLeader = "processledare@simba.example";

    /// <summary>Eva Låtsasson, an ordinary member of the management group.</summary>
    public const string Member = "ledamot@simba.example";

    /// <summary>Per Modellsson, Eva Låtsasson's substitute for Ale kommun – vård och omsorg.</summary>
    public const string Substitute = "ersattare@simba.example";

    public const string Administrator = "admin@samsyn.example";
}
