using System.Globalization;
using Samsyn.Web.Features.Meetings.Calendar;
using Samsyn.Web.Infrastructure;

namespace Samsyn.Web.Features.Meetings;

/// <summary>How the meeting pages write dates, times and the meeting enumerations in Swedish.</summary>
public static class MeetingText
{
    private static CultureInfo Sv => SwedishTime.Culture;

    /// <summary>The Stockholm calendar day of a stored (UTC) time.</summary>
    public static DateOnly LocalDate(DateTimeOffset time) => DateOnly.FromDateTime(SwedishTime.ToLocal(time).DateTime);

    /// <summary>"tisdag 23 mars 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", Sv);

    public static string Date(DateTimeOffset time) => Date(LocalDate(time));

    /// <summary>"23 mars 2027".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", Sv);

    /// <summary>"13.00" in Stockholm time.</summary>
    public static string Time(DateTimeOffset time) => SwedishTime.ToLocal(time).ToString("HH'.'mm", Sv);

    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", Sv);

    /// <summary>"13.00–14.00".</summary>
    public static string Times(DateTimeOffset starts, DateTimeOffset ends) => $"{Time(starts)}–{Time(ends)}";

    /// <summary>"tisdag 23 mars 2027, 13.00–14.00".</summary>
    public static string When(DateTimeOffset starts, DateTimeOffset ends) => $"{Date(starts)}, {Times(starts, ends)}";

    /// <summary>"v. 12".</summary>
    public static string Week(DateOnly date) => "v. " + SwedishCalendar.IsoWeek(date).ToString(CultureInfo.InvariantCulture);

    public static string Week(DateTimeOffset time) => Week(LocalDate(time));

    /// <summary>"2027-03-23", the value of a date field.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"13:00", the value of a time field.</summary>
    public static string FieldTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"87,5 %".</summary>
    public static string Percent(double value) => value.ToString("0.#", Sv) + " %";

    /// <summary>A number for a CSS length, always with a decimal point.</summary>
    public static string Css(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Minutes(int minutes) => minutes == 1 ? "1 minut" : $"{Number(minutes)} minuter";

    public static string Weekday(DayOfWeek day) => Sv.DateTimeFormat.GetDayName(day);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Accepts "13:00", "13.00" and "1300".</summary>
    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        var t = text?.Trim().Replace('.', ':') ?? "";
        return TimeOnly.TryParseExact(t, ["H:mm", "HH:mm", "HHmm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.Fixed => "Fast",
        MeetingKind.Extra => "Extra",
        _ => "Ordinarie",
    };

    public static string Kind(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Decision => "Beslut",
        AgendaItemKind.Discussion => "Diskussion",
        _ => "Information",
    };

    public static string Type(DecisionType type) => type switch
    {
        DecisionType.Exemption => "Temporärt avsteg",
        DecisionType.Handover => "Överlämning",
        DecisionType.Other => "Övrigt",
        _ => "Beslut",
    };

    public static string Status(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Närvarande",
        AttendanceStatus.Absent => "Frånvarande",
        AttendanceStatus.SubstituteAttended => "Ersättare deltog",
        _ => "Ej registrerad",
    };

    /// <summary>The meeting's state as one tag: Inställt, Protokoll godkänt, Dagordning fastställd or Dagordning öppen.</summary>
    public static (string Text, string Css) StatusTag(MeetingStatus status, bool agendaPublished, bool minutesApproved) =>
        status == MeetingStatus.Cancelled ? ("Inställt", "tag-cancelled")
        : minutesApproved ? ("Protokoll godkänt", "tag-approved")
        : agendaPublished ? ("Dagordning fastställd", "tag-published")
        : ("Dagordning öppen", "tag-open");

    public static (string Text, string Css) StatusTag(MeetingSummary m) => StatusTag(m.Status, m.AgendaPublished, m.MinutesApproved);

    /// <summary>Where the chair comes from, in words.</summary>
    public static string ChairSource(Chair chair) => chair.Source switch
    {
        "override" => "vald för mötet",
        "rotation" => "enligt rotation",
        _ => "ingen ordförande utsedd",
    };

    /// <summary>"Anders Påhittad, Kungälvs sjukhus" or what is known of the chair.</summary>
    public static string ChairName(Chair chair) => (chair.PersonName, chair.OrganisationName) switch
    {
        (null, null) => "Ingen ordförande utsedd",
        (string p, null) => p,
        (null, string o) => o,
        (string p, string o) => $"{p}, {o}",
    };
}
