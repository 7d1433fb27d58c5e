using System.Globalization;

namespace Samsyn.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in Europe/Stockholm, in Swedish format.</summary>
public static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    /// <summary>
    /// The moment a Swedish clock shows <paramref name="time"/> on <paramref name="date"/>. A time the
    /// clock skips (02:30 on the last Sunday of March) moves forward an hour; a time it shows twice
    /// (02:30 on the last Sunday of October) is the first, summer-time one.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The Swedish calendar date of a moment.</summary>
    public static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(ToLocal(time).DateTime);

    /// <summary>"2026-11-24 10:15".</summary>
    /// <summary>A day as ISO 8601 (2026-09-01), the form Swedish authorities write dates in.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset time) => ToLocal(time).ToString("yyyy-MM-dd HH:mm", Culture);
}
