namespace Samsyn.Web.Features.Situation;

/// <summary>How hard pressed an organisation is (*läge*), from normal to critical.</summary>
public enum StatusLevel { Normal, Strained, Severe, Critical }

/// <summary>
/// A hospital's own readiness level, where it uses them: staff follow the situation (stabsläge),
/// some functions reinforced (förstärkningsläge), all functions (katastrofläge). Each hospital decides.
/// </summary>
public enum ReadinessLevel { StaffAlert, Reinforcement, Disaster }

/// <summary>The Swedish names of the levels, and how the board marks them (always text with the colour).</summary>
public static class StatusLevels
{
    public static string Label(StatusLevel level) => level switch
    {
        StatusLevel.Normal => "Normalt",
        StatusLevel.Strained => "Ansträngt",
        StatusLevel.Severe => "Allvarligt",
        _ => "Kritiskt",
    };

    public static string Label(ReadinessLevel level) => level switch
    {
        ReadinessLevel.StaffAlert => "Stabsläge",
        ReadinessLevel.Reinforcement => "Förstärkningsläge",
        _ => "Katastrofläge",
    };

    /// <summary>What the level means, shown beside the choice when reporting.</summary>
    public static string Description(StatusLevel level) => level switch
    {
        StatusLevel.Normal => "Verksamheten klarar sitt uppdrag som vanligt.",
        StatusLevel.Strained => "Hög belastning; verksamheten klarar uppdraget med extra insatser.",
        StatusLevel.Severe => "Verksamheten har svårt att klara uppdraget; andra parter märker det.",
        _ => "Verksamheten klarar inte sitt uppdrag utan hjälp.",
    };

    public static string Description(ReadinessLevel level) => level switch
    {
        ReadinessLevel.StaffAlert => "Stab följer läget.",
        ReadinessLevel.Reinforcement => "Vissa funktioner förstärks.",
        _ => "Alla funktioner berörs.",
    };

    /// <summary>The CSS modifier of the level's colour: status-normal, status-strained …</summary>
    public static string Css(StatusLevel level) => $"status-{level.ToString().ToLowerInvariant()}";

    /// <summary>Whether the level calls for the group's attention at its next meeting.</summary>
    public static bool IsUnderStrain(StatusLevel level) => level >= StatusLevel.Strained;

    /// <summary>Readiness levels are a hospital's own.</summary>
    public static bool UsesReadiness(Structure.OrganisationKind kind) => kind == Structure.OrganisationKind.Hospital;
}
