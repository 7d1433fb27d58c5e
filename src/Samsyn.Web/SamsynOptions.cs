namespace Samsyn.Web;

public sealed class SamsynOptions
{
    public const string Section = "Samsyn";

    /// <summary>Load the SIMBA and Skaraborg demo collaborations at start-up. Refused in Production.</summary>
    public bool DemoData { get; set; }

    /// <summary>The password of every demo account. Required when <see cref="DemoData"/> is on.</summary>
    public string? DemoPassword { get; set; }
}
