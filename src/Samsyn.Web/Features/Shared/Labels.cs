using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Shared;

/// <summary>Swedish names of the enumerations shown in the interface.</summary>
public static class Labels
{
    public static string Role(MemberRole role) => role switch
    {
        MemberRole.Chair => "Ordförande",
        MemberRole.Convener => "Sammankallande",
        MemberRole.Secretary => "Sekreterare",
        _ => "Ledamot",
    };

    public static string Level(GroupLevel level) => level switch
    {
        GroupLevel.Political => "Politisk samverkan",
        GroupLevel.Steering => "Styrgrupp",
        GroupLevel.Coordination => "Samordningsgrupp",
        GroupLevel.Management => "Ledningsgrupp",
        _ => "Samverkansgrupp",
    };

    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Hospital => "Sjukhus",
        OrganisationKind.RegionalPrimaryCare => "Regional primärvård",
        OrganisationKind.MunicipalCare => "Kommunal vård och omsorg",
        OrganisationKind.PrivateProvider => "Privat vårdgivare",
        _ => "Annan",
    };

    public static string Kind(PrincipalKind kind) => kind switch
    {
        PrincipalKind.Region => "Region",
        PrincipalKind.Municipality => "Kommun",
        PrincipalKind.Private => "Privat huvudman",
        _ => "Annan",
    };

    public static IEnumerable<(T Value, string Label)> All<T>(Func<T, string> label) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v, label(v)));
}
