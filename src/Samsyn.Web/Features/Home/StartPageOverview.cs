using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Features.Situation;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Home;

/// <summary>One collaboration area's parties under strain or asking for help, from its current board.</summary>
public sealed record StrainedArea(int AreaId, string AreaName, IReadOnlyList<BoardEntry> Entries);

/// <summary>
/// What the start page shows beside the to-do list, for the areas a person works in (through a seat in a
/// group or an organisation they act for): the parties under strain or asking for help now, and the
/// temporary exemptions that end within <see cref="ExemptionHorizonDays"/> days.
/// </summary>
public static class StartPageOverview
{
    public const int ExemptionHorizonDays = 14;

    /// <summary>An open action item as the start page lists it; one past its day says so in words, not only by its date.</summary>
    public static string ActionText(string text, DateOnly? due, DateOnly today) => due switch
    {
        DateOnly d when d < today => $"Åtgärd: {text} – försenad, skulle vara klar {SwedishTime.Format(d)}",
        DateOnly d => $"Åtgärd: {text} (senast {SwedishTime.Format(d)})",
        null => $"Åtgärd: {text}",
    };

    /// <summary>The areas of the person's groups and of the organisations they act for.</summary>
    public static async Task<List<int>> AreasAsync(AppDbContext db, IReadOnlyCollection<int> groupIds, IReadOnlyCollection<int> organisationIds, CancellationToken ct)
    {
        var groups = groupIds.ToList();
        var organisations = organisationIds.ToList();
        var fromGroups = await db.Groups.AsNoTracking().Where(g => groups.Contains(g.Id)).Select(g => g.AreaId).ToListAsync(ct);
        var fromOrganisations = await db.Organisations.AsNoTracking().Where(o => organisations.Contains(o.Id)).Select(o => o.AreaId).ToListAsync(ct);
        return [.. fromGroups.Concat(fromOrganisations).Distinct()];
    }

    /// <summary>Per area, the current (not stale) reports at a strained level or asking for help; areas without any are left out.</summary>
    public static async Task<List<StrainedArea>> StrainedAsync(AppDbContext db, IReadOnlyCollection<int> areaIds, DateTimeOffset now, TimeSpan staleAfter, CancellationToken ct)
    {
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id) && a.RetiredAt == null).OrderBy(a => a.Name)
            .Select(a => new BoardScope(a.Id, null, a.Name)).ToListAsync(ct);
        var strained = new List<StrainedArea>();
        foreach (var area in areas)
        {
            var board = await SituationQueries.BoardAsync(db, area, now, staleAfter, ct);
            var entries = board.Where(e => !e.Stale && (e.UnderStrain || e.NeedsHelp))
                .OrderByDescending(e => e.Latest!.Level).ThenByDescending(e => e.NeedsHelp).ToList();
            if (entries.Count > 0) strained.Add(new(area.AreaId!.Value, area.Name, entries));
        }
        return strained;
    }

    /// <summary>Exemptions active today, decided in the areas or applying to their organisations, whose last day is within the horizon.</summary>
    public static async Task<List<ExemptionSummary>> ExemptionsEndingAsync(AppDbContext db, IReadOnlyCollection<int> areaIds, DateTimeOffset now, CancellationToken ct)
    {
        var areas = areaIds.ToList();
        var today = SwedishTime.DateOf(now);
        var horizon = today.AddDays(ExemptionHorizonDays);
        var ending = ExemptionQueries.ActiveOn(db.Exemptions, today)
            .Where(e => e.ValidTo <= horizon || (e.RevokedFrom != null && e.RevokedFrom <= horizon.AddDays(1)))
            .Where(e => db.Groups.Any(g => g.Id == e.Decision.GroupId && areas.Contains(g.AreaId)) || e.Organisations.Any(o => areas.Contains(o.Organisation.AreaId)));
        return [.. (await ExemptionQueries.SummariesAsync(db, ending, today, ct)).OrderBy(e => e.LastDay).ThenBy(e => e.DocumentTitle)];
    }
}
