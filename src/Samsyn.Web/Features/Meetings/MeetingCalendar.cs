using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Meetings;

/// <summary>What an iCalendar event needs to know about a meeting.</summary>
public sealed record CalendarMeeting(
    Guid Uid, int Sequence, string Title, string GroupName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location,
    bool Cancelled, string Url, IReadOnlyList<string> Agenda, (string Name, string Email)? Organiser, IReadOnlyList<(string Name, string Email)> Attendees);

/// <summary>A whole-day calendar entry: a deadline or a due date. <see cref="Uid"/> is stable for the same item.</summary>
public sealed record CalendarDay(string Uid, DateOnly Date, string Summary, string Description, string Url);

/// <summary>
/// Meetings as iCalendar (RFC 5545): an invitation per meeting (METHOD:REQUEST, or CANCEL when the
/// meeting is called off) and a feed per group to subscribe to (METHOD:PUBLISH). Times are given
/// in Europe/Stockholm with its VTIMEZONE; the UID is stable and SEQUENCE rises with each change.
/// </summary>
public static class MeetingCalendar
{
    private const string TimeZone = "Europe/Stockholm";

    public static string Invitation(CalendarMeeting meeting)
    {
        var calendar = NewCalendar(meeting.Cancelled ? "CANCEL" : "REQUEST");
        calendar.Events.Add(Event(meeting, withAttendees: true));
        return Serialize(calendar);
    }

    /// <summary>A calendar to subscribe to: the meetings, and whole-day entries for deadlines and due dates.</summary>
    public static string Feed(string name, IEnumerable<CalendarMeeting> meetings, IEnumerable<CalendarDay>? days = null)
    {
        var calendar = NewCalendar("PUBLISH");
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        foreach (var meeting in meetings) calendar.Events.Add(Event(meeting, withAttendees: false));
        foreach (var day in days ?? [])
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = day.Uid,
                Summary = day.Summary,
                Description = $"{day.Description}\n\nI Samsyn: {day.Url}",
                DtStart = new CalDateTime(day.Date),
                DtEnd = new CalDateTime(day.Date.AddDays(1)),
                Transparency = "TRANSPARENT",
                Url = new Uri(day.Url),
            });
        }
        return Serialize(calendar);
    }

    private static Ical.Net.Calendar NewCalendar(string method)
    {
        var calendar = new Ical.Net.Calendar { Method = method, ProductId = "-//Samsyn//Samsyn möten//SV" };
        // Full STANDARD/DAYLIGHT rules so that Outlook places the times right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZone, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), includeHistoricalData: false));
        return calendar;
    }

    private static CalendarEvent Event(CalendarMeeting m, bool withAttendees)
    {
        var description = new StringBuilder();
        if (m.Agenda.Count > 0)
        {
            description.AppendLine("Dagordning:");
            for (var i = 0; i < m.Agenda.Count; i++) description.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}. {m.Agenda[i]}");
            description.AppendLine();
        }
        description.Append("Mötet i Samsyn: ").Append(m.Url);

        var e = new CalendarEvent
        {
            Uid = $"{m.Uid}@samsyn",
            Sequence = m.Sequence,
            Summary = m.Title == m.GroupName ? m.Title : $"{m.GroupName}: {m.Title}",
            Description = description.ToString(),
            Location = m.Location,
            DtStart = Local(m.StartsAt),
            DtEnd = Local(m.EndsAt),
            Status = m.Cancelled ? "CANCELLED" : "CONFIRMED",
            Url = new Uri(m.Url),
        };
        if (withAttendees)
        {
            if (m.Organiser is var (name, email)) e.Organizer = new Organizer($"mailto:{email}") { CommonName = name };
            foreach (var (attendeeName, attendeeEmail) in m.Attendees)
                e.Attendees.Add(new Attendee($"mailto:{attendeeEmail}") { CommonName = attendeeName, Role = "REQ-PARTICIPANT", Rsvp = true });
        }
        return e;
    }

    private static CalDateTime Local(DateTimeOffset time) =>
        new(DateTime.SpecifyKind(SwedishTime.ToLocal(time).DateTime, DateTimeKind.Unspecified), TimeZone);

    /// <summary>
    /// Serialises under the invariant culture: Ical.Net formats numbers with the current one, and
    /// Swedish writes negative numbers with U+2212, which breaks "BYDAY=-1SU".
    /// </summary>
    private static string Serialize(Ical.Net.Calendar calendar)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            return new CalendarSerializer().SerializeToString(calendar) ?? "";
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
