using Samsyn.Web.Features.Structure;

namespace Samsyn.Bench.Generation;

/// <summary>
/// What one phase of the generation leaves for the next: the structure, the decisions per group, the approved
/// documents. Ids are given by the generator (not the database), so the same seed gives the same rows.
/// </summary>
public sealed class BenchWorld(BenchSize size, int seed, DateOnly end)
{
    private readonly Dictionary<string, int> lastIds = [];

    public BenchSize Size { get; } = size;
    public int Seed { get; } = seed;

    /// <summary>The last day of the generated history; it starts <see cref="BenchSize.Years"/> years earlier.</summary>
    public DateOnly End { get; } = end;
    public DateOnly Start => End.AddYears(-Size.Years);
    public DateTimeOffset EndMoment => new(End.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero);

    public List<AreaPlan> Areas { get; } = [];
    public Dictionary<int, List<int>> PeopleByOrganisation { get; } = [];
    public List<int> PeopleWithoutOrganisation { get; } = [];
    public Dictionary<int, string> PersonNames { get; } = [];
    public Dictionary<int, string> PersonEmails { get; } = [];
    public Dictionary<int, OrganisationKind> OrganisationKinds { get; } = [];
    public List<GroupPlan> Groups { get; } = [];
    public Dictionary<int, List<DecisionRef>> DecisionsByGroup { get; } = [];
    public List<ApprovedDocument> ApprovedDocuments { get; } = [];

    /// <summary>An independent, repeatable random sequence per phase, so one phase's changes leave the others alone.</summary>
    // Not HashCode.Combine: it is randomised per process, and the data must be the same on every run.
    public Random Random(string phase) => new(unchecked(Seed * 7919 + StableHash(phase)));

    public int NextId(string table)
    {
        var id = lastIds.GetValueOrDefault(table) + 1;
        lastIds[table] = id;
        return id;
    }

    public DateTimeOffset MomentOn(DateOnly day, int minutes) =>
        new(day.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes), TimeSpan.Zero);

    public int PersonOf(int organisationId, Random random)
    {
        var people = PeopleByOrganisation[organisationId];
        return people[random.Next(people.Count)];
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }
}

public sealed record AreaPlan(int Id, string Name, List<int> Organisations, int ManagementGroupId, int CoordinationGroupId,
    int SteeringGroupId, int PoliticalGroupId, List<int> CollaborationGroupIds);

public sealed record GroupPlan(int Id, int AreaId, GroupLevel Level, int ConvenerPersonId, List<Seat> Seats);

public sealed record Seat(int MembershipId, int PersonId, int? OrganisationId, IReadOnlyCollection<int> Substitutes);

public sealed record DecisionRef(int Id, int GroupId, DateOnly DecidedOn);

public sealed record ApprovedDocument(int Id, int AreaId, int VersionId, DateOnly ApprovedOn);
