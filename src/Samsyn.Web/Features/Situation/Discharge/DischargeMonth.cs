using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>Months as the indicator counts them: the first day of the month, written "2026-10".</summary>
public static partial class DischargeMonth
{
    public const int FirstYear = 2000;
    public const int LastYear = 2099;

    public static DateOnly First(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>"2026-10".</summary>
    public static string Iso(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"oktober 2026".</summary>
    public static string Name(DateOnly month) => month.ToString("MMMM yyyy", Infrastructure.SwedishTime.Culture);

    /// <summary>"okt 2026".</summary>
    public static string Abbreviated(DateOnly month) =>
        month.ToString("MMM yyyy", Infrastructure.SwedishTime.Culture).Replace(".", "", StringComparison.Ordinal);

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var m = First(from); m <= to; m = m.AddMonths(1)) yield return m;
    }

    public static int Between(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})(?:-(?<day>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    /// <summary>
    /// Reads "2026-10" (also "2026-10-01", which is how a spreadsheet saves a month). Returns null and a
    /// Swedish reason when the text is no month, the month does not exist (2026-13) or the year is out of range.
    /// </summary>
    public static DateOnly? Parse(string? text, out string? error)
    {
        error = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = "Ange månaden som ÅÅÅÅ-MM, till exempel 2026-10.";
            return null;
        }
        var match = MonthPattern().Match(trimmed);
        if (!match.Success)
        {
            error = $"”{Shorten(trimmed)}” är ingen månad. Ange månaden som ÅÅÅÅ-MM, till exempel 2026-10.";
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            error = $"Månaden {month.ToString(CultureInfo.InvariantCulture)} finns inte. Ange månaden som ÅÅÅÅ-MM med 01–12, till exempel 2026-10.";
            return null;
        }
        if (year is < FirstYear or > LastYear)
        {
            error = $"Året ska vara mellan {FirstYear} och {LastYear}.";
            return null;
        }
        if (match.Groups["day"].Success && int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) != 1)
        {
            error = "Ange en månad (ÅÅÅÅ-MM), inte ett datum.";
            return null;
        }
        return new DateOnly(year, month, 1);
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
