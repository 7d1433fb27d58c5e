using Samsyn.Web.Features.Meetings.Calendar;

namespace Samsyn.Web.Features.Meetings;

public enum PlannedMeetingReason
{
    AfterChristmasAndNewYear, BeforeEaster, AfterEaster, BeforeWhitsun, AfterWhitsun,
    BeforeMidsummer, AfterMidsummer, BeforeSummer, AfterSummer, BeforeChristmas,
}

/// <summary>A proposed fixed meeting: the day and why it is proposed.</summary>
public sealed record PlannedMeeting(DateOnly Date, PlannedMeetingReason Reason)
{
    public string ReasonText => Reason switch
    {
        PlannedMeetingReason.AfterChristmasAndNewYear => "Efter jul och nyår",
        PlannedMeetingReason.BeforeEaster => "Före påsk",
        PlannedMeetingReason.AfterEaster => "Efter påsk",
        PlannedMeetingReason.BeforeWhitsun => "Före pingst",
        PlannedMeetingReason.AfterWhitsun => "Efter pingst",
        PlannedMeetingReason.BeforeMidsummer => "Före midsommar",
        PlannedMeetingReason.AfterMidsummer => "Efter midsommar",
        PlannedMeetingReason.BeforeSummer => "Före sommaren",
        PlannedMeetingReason.AfterSummer => "Efter sommaren",
        _ => "Före jul",
    };
}

/// <summary>How a group plans its fixed meetings.</summary>
/// <param name="IncludeWhitsun">Pingst is a major holiday in some agreements; optional per group.</param>
/// <param name="SummerFirstWeek">First ISO week of the summer vacation period (set per area).</param>
/// <param name="SummerLastWeek">Last ISO week of the summer vacation period.</param>
/// <param name="PreferredDay">The group's usual weekday; proposals move to it when one lies within the same working week.</param>
public sealed record MeetingPlanRules(bool IncludeWhitsun = false, int SummerFirstWeek = 27, int SummerLastWeek = 32, DayOfWeek? PreferredDay = null);

/// <summary>
/// Proposes a group's fixed meetings for a year: the last working day before and the first
/// working day after each major holiday (påsk, midsommar, jul/nyår, optionally pingst) and the
/// summer vacation period. Never on a weekend, public holiday or non-working eve, nor in the summer vacation.
/// </summary>
public static class MeetingPlanner
{
    public static IReadOnlyList<PlannedMeeting> Propose(int year, MeetingPlanRules rules)
    {
        if (rules.SummerFirstWeek is < 1 or > 53 || rules.SummerLastWeek < rules.SummerFirstWeek || rules.SummerLastWeek > 53)
            throw new ArgumentException("Sommarperioden ska anges som veckor 1–53 där första veckan inte ligger efter den sista.", nameof(rules));

        var holidays = SwedishCalendar.Holidays(year).ToDictionary(h => h.Name, h => h.Date);
        var easter = SwedishCalendar.EasterSunday(year);
        var summerStart = SwedishCalendar.MondayOfIsoWeek(year, rules.SummerFirstWeek);
        var summerEnd = SwedishCalendar.MondayOfIsoWeek(year, rules.SummerLastWeek).AddDays(6);

        var proposals = new List<PlannedMeeting>
        {
            After(holidays["Trettondedag jul"], PlannedMeetingReason.AfterChristmasAndNewYear),
            Before(easter.AddDays(-2), PlannedMeetingReason.BeforeEaster),
            After(easter.AddDays(1), PlannedMeetingReason.AfterEaster),
            Before(holidays["Midsommarafton"], PlannedMeetingReason.BeforeMidsummer),
            After(holidays["Midsommardagen"], PlannedMeetingReason.AfterMidsummer),
            Before(summerStart, PlannedMeetingReason.BeforeSummer),
            After(summerEnd, PlannedMeetingReason.AfterSummer),
            Before(holidays["Julafton"], PlannedMeetingReason.BeforeChristmas),
        };
        if (rules.IncludeWhitsun)
        {
            proposals.Add(Before(easter.AddDays(48), PlannedMeetingReason.BeforeWhitsun));
            proposals.Add(After(easter.AddDays(49), PlannedMeetingReason.AfterWhitsun));
        }

        return [.. proposals
            .Select(p => rules.PreferredDay is { } day ? MoveToPreferredDay(p, day) : p)
            .Where(p => p.Date.Year == year)
            // No meeting in the summer vacation: "after midsummer" can fall on its first Monday (2004, 2032 with weeks 27–32).
            .Where(p => p.Date < summerStart || p.Date > summerEnd)
            // Two reasons on one day (e.g. after midsummer and before summer) become one meeting.
            .GroupBy(p => p.Date).Select(g => g.OrderBy(p => p.Reason).First())
            .OrderBy(p => p.Date)];
    }

    private static PlannedMeeting Before(DateOnly holiday, PlannedMeetingReason reason) =>
        new(SwedishCalendar.PreviousWorkingDay(holiday), reason);

    private static PlannedMeeting After(DateOnly holiday, PlannedMeetingReason reason) =>
        new(SwedishCalendar.NextWorkingDay(holiday), reason);

    /// <summary>
    /// Moves a proposal to the group's usual weekday in the same ISO week, keeping it on the
    /// right side of the holiday: earlier for "before", later for "after".
    /// </summary>
    private static PlannedMeeting MoveToPreferredDay(PlannedMeeting proposal, DayOfWeek day)
    {
        var isBefore = proposal.Reason is PlannedMeetingReason.BeforeEaster or PlannedMeetingReason.BeforeWhitsun
            or PlannedMeetingReason.BeforeMidsummer or PlannedMeetingReason.BeforeSummer or PlannedMeetingReason.BeforeChristmas;
        var step = isBefore ? -1 : 1;
        var week = SwedishCalendar.IsoWeek(proposal.Date);
        for (var d = proposal.Date; SwedishCalendar.IsoWeek(d) == week; d = d.AddDays(step))
        {
            if (d.DayOfWeek == day && SwedishCalendar.IsWorkingDay(d)) return proposal with { Date = d };
        }
        return proposal;
    }
}
