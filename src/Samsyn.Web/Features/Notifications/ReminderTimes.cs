using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// When reminders fall due: in the morning (the configured hour, Swedish time) of a working day,
/// so nobody is reminded on a Sunday or Christmas Eve about Monday's meeting.
/// </summary>
public static class ReminderTimes
{
    /// <summary>The morning of the last working day before <paramref name="date"/> (Friday for a Monday, Maundy Thursday for Easter Monday).</summary>
    public static DateTimeOffset WorkingDayBefore(DateOnly date, int hour) =>
        SwedishTime.At(SwedishCalendar.PreviousWorkingDay(date), new TimeOnly(hour, 0));

    /// <summary>The morning of <paramref name="date"/> itself, or of the working day before it when it is a day off.</summary>
    public static DateTimeOffset MorningOf(DateOnly date, int hour) =>
        SwedishCalendar.IsWorkingDay(date) ? SwedishTime.At(date, new TimeOnly(hour, 0)) : WorkingDayBefore(date, hour);

    /// <summary>The morning <paramref name="workingDays"/> working days before <paramref name="date"/>.</summary>
    public static DateTimeOffset WorkingDaysBefore(DateOnly date, int workingDays, int hour) =>
        SwedishTime.At(SwedishCalendar.WorkingDaysBefore(date, workingDays), new TimeOnly(hour, 0));

    /// <summary>The morning <paramref name="workingDays"/> working days after <paramref name="date"/> (Wednesday for a Monday and two days).</summary>
    public static DateTimeOffset WorkingDaysAfter(DateOnly date, int workingDays, int hour)
    {
        for (var i = 0; i < workingDays; i++) date = SwedishCalendar.NextWorkingDay(date);
        return SwedishTime.At(date, new TimeOnly(hour, 0));
    }
}
