using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Deviations;

/// <summary>
/// What the statistics show for the ids they count: a process's and a step's code and name, an organisation's name.
/// Read as those columns only (a few dozen rows each), and only the kinds a grouping shows: months show none.
/// </summary>
public sealed record DeviationNames(
    IReadOnlyDictionary<int, (string Code, string Name)> Processes,
    IReadOnlyDictionary<int, (string Code, string Name)> Steps,
    IReadOnlyDictionary<int, string> Organisations)
{
    /// <summary>The names the grouping shows: processes for processes and steps, steps for steps, organisations for organisations.</summary>
    public static Task<DeviationNames> ForAsync(AppDbContext db, DeviationGrouping by, CancellationToken ct) => LoadAsync(db,
        processes: by is DeviationGrouping.Process or DeviationGrouping.Step, steps: by == DeviationGrouping.Step,
        organisations: by is DeviationGrouping.ReportingOrganisation or DeviationGrouping.ConcernedOrganisation, ct);

    /// <summary>The names every grouping shows.</summary>
    public static Task<DeviationNames> AllAsync(AppDbContext db, CancellationToken ct) =>
        LoadAsync(db, processes: true, steps: true, organisations: true, ct);

    /// <summary>
    /// The names from what a page has read already: every process with every step, retired ones too
    /// (<see cref="DeviationViews.ProcessesAsync"/> with retired ones), and every organisation, retired ones too.
    /// </summary>
    public static DeviationNames Of(IEnumerable<DeviationProcess> processes, IEnumerable<(int Id, string Name)> organisations)
    {
        var all = processes.ToList();
        return new(all.ToDictionary(p => p.Id, p => (p.Code, p.Name)),
            all.SelectMany(p => p.Steps).ToDictionary(s => s.Id, s => (s.Code, s.Name)),
            organisations.ToDictionary(o => o.Id, o => o.Name));
    }

    private static async Task<DeviationNames> LoadAsync(AppDbContext db, bool processes, bool steps, bool organisations, CancellationToken ct) => new(
        processes ? await db.DeviationProcesses.AsNoTracking().Select(p => new { p.Id, p.Code, p.Name }).ToDictionaryAsync(p => p.Id, p => (p.Code, p.Name), ct) : [],
        steps ? await db.DeviationSteps.AsNoTracking().Select(s => new { s.Id, s.Code, s.Name }).ToDictionaryAsync(s => s.Id, s => (s.Code, s.Name), ct) : [],
        organisations ? await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct) : []);
}
