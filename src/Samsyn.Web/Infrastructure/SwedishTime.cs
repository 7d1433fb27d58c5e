using System.Globalization;

namespace Samsyn.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in Europe/Stockholm, in Swedish format.</summary>
public static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    public static DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    /// <summary>"2026-11-24 10:15".</summary>
    public static string Format(DateTimeOffset time) => ToLocal(time).ToString("yyyy-MM-dd HH:mm", Culture);
}
