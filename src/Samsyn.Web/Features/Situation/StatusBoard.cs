using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Situation;

/// <summary>An organisation on the board.</summary>
public sealed record BoardOrganisation(int Id, string Name, OrganisationKind Kind);

/// <summary>A report as the board reads it.</summary>
public sealed record ReportSnapshot(
    int Id, int OrganisationId, StatusLevel Level, ReadinessLevel? Readiness, string? Comment, bool NeedsHelp, string? HelpWith,
    DateTimeOffset ReportedAt, string? ReportedBy, IReadOnlyDictionary<string, decimal> Figures);

/// <summary>One organisation's line on the board: its latest report (if any), how old it is, and whether it is stale.</summary>
public sealed record BoardEntry(BoardOrganisation Organisation, ReportSnapshot? Latest, TimeSpan? Age, bool Stale)
{
    public bool UnderStrain => Latest is { } r && StatusLevels.IsUnderStrain(r.Level);
    public bool NeedsHelp => Latest?.NeedsHelp == true;
}

/// <summary>How the board stands: organisations per level, stale or missing reports, who needs help.</summary>
public sealed record BoardSummary(IReadOnlyDictionary<StatusLevel, int> PerLevel, int Stale, int Missing, IReadOnlyList<string> NeedingHelp);

/// <summary>
/// The shared situation picture: the latest report of every organisation at a moment. A report
/// older than the stale time (default 24 hours) is still shown, but marked; an organisation
/// without any report is shown as missing. Organisations are listed hospital first, then primary
/// care, municipalities and others, each by name, so everyone finds their own line in the same place.
/// </summary>
public static class StatusBoard
{
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromHours(24);

    /// <summary>The latest report per organisation made at or before <paramref name="asOf"/>; a later id wins a tie.</summary>
    public static IReadOnlyDictionary<int, ReportSnapshot> Latest(IEnumerable<ReportSnapshot> reports, DateTimeOffset asOf) =>
        reports.Where(r => r.ReportedAt <= asOf)
            .GroupBy(r => r.OrganisationId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).First());

    public static IReadOnlyList<BoardEntry> Build(
        IEnumerable<BoardOrganisation> organisations, IEnumerable<ReportSnapshot> reports, DateTimeOffset asOf, TimeSpan staleAfter)
    {
        var latest = Latest(reports, asOf);
        return [.. organisations
            .OrderBy(o => KindOrder(o.Kind)).ThenBy(o => o.Name, StringComparer.Create(SwedishTime.Culture, ignoreCase: true))
            .Select(o =>
            {
                if (!latest.TryGetValue(o.Id, out var report)) return new BoardEntry(o, null, null, Stale: true);
                var age = asOf - report.ReportedAt;
                return new BoardEntry(o, report, age, IsStale(age, staleAfter));
            })];
    }

    /// <summary>Older than the stale time; a report exactly that old is still current.</summary>
    public static bool IsStale(TimeSpan age, TimeSpan staleAfter) => age > staleAfter;

    public static BoardSummary Summarise(IReadOnlyList<BoardEntry> entries) => new(
        Enum.GetValues<StatusLevel>().ToDictionary(l => l, l => entries.Count(e => e.Latest?.Level == l && !e.Stale)),
        entries.Count(e => e.Latest is not null && e.Stale),
        entries.Count(e => e.Latest is null),
        [.. entries.Where(e => e.NeedsHelp && !e.Stale).Select(e => e.Organisation.Name)]);

    public static int KindOrder(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Hospital => 0,
        OrganisationKind.RegionalPrimaryCare => 1,
        OrganisationKind.MunicipalCare => 2,
        OrganisationKind.PrivateProvider => 3,
        _ => 4,
    };
}

/// <summary>The age of a report in Swedish: "nyss", "för 20 minuter sedan", "för 3 timmar sedan", "för 2 dagar sedan".</summary>
public static class ReportAge
{
    public static string Text(TimeSpan age)
    {
        if (age < TimeSpan.FromMinutes(2)) return "nyss";
        if (age < TimeSpan.FromHours(1)) return $"för {(int)age.TotalMinutes} minuter sedan";
        if (age < TimeSpan.FromHours(2)) return "för 1 timme sedan";
        if (age < TimeSpan.FromHours(48)) return $"för {(int)age.TotalHours} timmar sedan";
        return $"för {(int)age.TotalDays} dagar sedan";
    }
}
