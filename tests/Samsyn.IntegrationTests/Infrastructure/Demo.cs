namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>The accounts and groups the demo data creates (Features/DemoData/DemoDataSeeder.cs).</summary>
public static class Demo
{
    public const string Admin = "admin@samsyn.example";

    /// <summary>Convener role; convener of <see cref="ManagementGroup"/>, only secretary of <see cref="CoordinationGroup"/>.</summary>
    public const string Convener = "processledare@simba.example";

    public const string Member = "ledamot@simba.example";
    public const string Substitute = "ersattare@simba.example";

    public const string Simba = "SIMBA";
    public const string Skaraborg = "Vårdsamverkan Skaraborg";
    public const string ManagementGroup = "Ledningsgrupp i samverkan";
    public const string CoordinationGroup = "SIMBA samordningsgrupp";
    public const string SkaraborgSteeringGroup = "Styrgrupp Vårdsamverkan Skaraborg";

    /// <summary>Skatteverket's published test number: a valid personnummer that belongs to no one.</summary>
    public const string TestIdentityNumber = "811218-9876";
}
