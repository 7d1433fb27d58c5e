namespace Samsyn.Bench.Generation;

/// <summary>
/// How much data to generate. <see cref="Large"/> is ten years of a large region; <see cref="Scale"/> multiplies the
/// deviation and status volumes (1, 3, 10) to show how the cost of a page grows with them.
/// </summary>
public sealed record BenchSize
{
    public int Areas { get; init; } = 3;
    public int OrganisationsPerArea { get; init; } = 20;
    public int People { get; init; } = 400;
    public int GroupsPerArea { get; init; } = 10;
    public int Years { get; init; } = 10;
    public int MeetingsPerGroupAndYear { get; init; } = 20;
    public int AgendaItemsPerMeeting { get; init; } = 10;
    public int Decisions { get; init; } = 10_000;
    public int DeviationReports { get; init; } = 200_000;
    public int StatusReports { get; init; } = 150_000;
    public int Documents { get; init; } = 3_000;
    public int Exemptions { get; init; } = 2_000;
    public int Activities { get; init; } = 500;
    public double Scale { get; init; } = 1;

    public int ScaledDeviationReports => (int)Math.Round(DeviationReports * Scale);
    public int ScaledStatusReports => (int)Math.Round(StatusReports * Scale);

    /// <summary>Ten years of a large region: about 6,000 meetings, 200,000 deviations, 150,000 status reports.</summary>
    public static BenchSize Large { get; } = new();

    /// <summary>A few seconds' worth, for the generator's own tests.</summary>
    public static BenchSize Small { get; } = new()
    {
        OrganisationsPerArea = 6, People = 60, GroupsPerArea = 5, Years = 2, MeetingsPerGroupAndYear = 4,
        AgendaItemsPerMeeting = 6, Decisions = 100, DeviationReports = 600, StatusReports = 400, Documents = 30,
        Exemptions = 12, Activities = 20,
    };

    public int Organisations => Areas * OrganisationsPerArea;
    public int Groups => Areas * GroupsPerArea;
}
