namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The order in which organisations chair a group: each holds the chair for a period of whole
/// months (12 = a calendar year, 6 = a half-year), in turn, from the rotation's start.
/// </summary>
public sealed record ChairRotation(DateOnly Start, int PeriodMonths, IReadOnlyList<int> OrganisationIds)
{
    /// <summary>The organisation that chairs on <paramref name="date"/>, or null before the rotation starts or when it is empty.</summary>
    public int? ChairOn(DateOnly date)
    {
        if (OrganisationIds.Count == 0 || PeriodMonths < 1 || date < Start) return null;
        var months = ((date.Year - Start.Year) * 12) + date.Month - Start.Month - (date.Day < Start.Day ? 1 : 0);
        return OrganisationIds[months / PeriodMonths % OrganisationIds.Count];
    }

    /// <summary>The first day of the period that contains <paramref name="date"/>.</summary>
    public DateOnly PeriodStart(DateOnly date)
    {
        var months = ((date.Year - Start.Year) * 12) + date.Month - Start.Month - (date.Day < Start.Day ? 1 : 0);
        return Start.AddMonths(months / PeriodMonths * PeriodMonths);
    }
}
