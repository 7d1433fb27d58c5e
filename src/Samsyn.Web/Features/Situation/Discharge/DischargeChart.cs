using System.Globalization;
using Samsyn.Web.Infrastructure.Web;

namespace Samsyn.Web.Features.Situation.Discharge;

public sealed record ChartTick(string Position, string Label, string? Year = null);

public sealed record ChartMarker(string X, string Y);

/// <summary>The geometry of one municipality's line chart, ready for inline SVG (numbers written with a decimal point).</summary>
public sealed record DischargeChartModel(
    SvgChart Frame,
    string Id,
    string Title,
    string Description,
    IReadOnlyList<ChartTick> YTicks,
    IReadOnlyList<ChartTick> XTicks,
    IReadOnlyList<string> MonthlyLines,
    IReadOnlyList<ChartMarker> MonthlyMarkers,
    IReadOnlyList<string> RollingLines,
    IReadOnlyList<ChartMarker> RollingMarkers,
    string ThresholdY,
    string ThresholdLabel)
{
    /// <summary>The view box: room on the left for the day scale and below for month and year.</summary>
    public static SvgChart NewFrame() => new(width: 720, height: 280, padLeft: 52, padBottom: 44, padTop: 24, padRight: 16);
}

/// <summary>
/// Draws the monthly value and the rolling three-month value of one municipality over the area's months,
/// with the threshold as a line. A month without figures breaks the lines rather than being bridged.
/// </summary>
public static class DischargeChart
{
    public static DischargeChartModel Build(string id, DischargeMunicipalityView municipality, IReadOnlyList<DateOnly> months, decimal threshold)
    {
        var byMonth = municipality.Months.ToDictionary(m => m.FirstDay);
        var top = municipality.Months.SelectMany(m => new[] { m.AverageDays, m.RollingDays }).Append(threshold).Max();
        var yMax = Math.Max(4, (int)Math.Ceiling(top + 0.5m));
        var step = yMax <= 8 ? 1 : yMax <= 20 ? 2 : yMax <= 50 ? 5 : (int)Math.Ceiling(yMax / 8m / 10m) * 10;
        yMax = (yMax + step - 1) / step * step;

        var frame = DischargeChartModel.NewFrame();
        double X(int index) => frame.X(index, months.Count);
        double Y(decimal days) => frame.Y((double)days, 0, yMax);

        var yTicks = Enumerable.Range(0, yMax / step + 1).Select(i => i * step)
            .Select(v => new ChartTick(F(Y(v)), v.ToString(CultureInfo.InvariantCulture))).ToList();
        var every = Math.Max(1, (int)Math.Ceiling(months.Count / 12.0));
        var xTicks = months.Select((m, i) => (m, i)).Where(t => t.i % every == 0)
            .Select(t => new ChartTick(F(X(t.i)), MonthAbbreviation(t.m), t.i == 0 || t.m.Month <= every ? t.m.Year.ToString(CultureInfo.InvariantCulture) : null))
            .ToList();

        List<string> Lines(Func<DischargeMonthView, decimal> value) =>
            Segments(months, byMonth).Where(s => s.Count > 1)
                .Select(s => string.Join(' ', s.Select(i => $"{F(X(i))},{F(Y(value(byMonth[months[i]])))}"))).ToList();
        List<ChartMarker> Markers(Func<DischargeMonthView, decimal> value) =>
            months.Select((m, i) => (m, i)).Where(t => byMonth.ContainsKey(t.m))
                .Select(t => new ChartMarker(F(X(t.i)), F(Y(value(byMonth[t.m]))))).ToList();

        return new DischargeChartModel(frame, id, Title(municipality, months), Description(municipality, threshold),
            yTicks, xTicks, Lines(m => m.AverageDays), Markers(m => m.AverageDays), Lines(m => m.RollingDays), Markers(m => m.RollingDays),
            F(Y(threshold)), $"Gränsvärde {DischargeValues.Days(threshold)}");
    }

    /// <summary>The months of the axis: from the first to the last month with figures in any municipality of the view.</summary>
    public static IReadOnlyList<DateOnly> Axis(DischargeAreaView view)
    {
        var all = view.Municipalities.SelectMany(m => m.Months).Select(m => m.FirstDay).ToList();
        return all.Count == 0 ? [] : [.. DischargeMonth.Range(all.Min(), all.Max())];
    }

    private static string Title(DischargeMunicipalityView m, IReadOnlyList<DateOnly> months) =>
        $"{m.Name}: medeldagar per månad och rullande tre månader, {DischargeMonth.Abbreviated(months[0])}–{DischargeMonth.Abbreviated(months[^1])}";

    private static string Description(DischargeMunicipalityView m, decimal threshold)
    {
        if (m.Latest is not { } latest) return "Inga siffror under perioden.";
        var highest = m.Months.MaxBy(x => x.AverageDays)!;
        var over = m.Months.Count(x => x.OverThreshold);
        return $"Senaste rullande värde {DischargeValues.DaysWithUnit(latest.RollingDays)} ({DischargeMonth.Name(latest.FirstDay)}): " +
               $"{DischargeText.Status(latest.RollingComparison, threshold).ToLowerInvariant()}. " +
               $"Rullande värde över gränsvärdet {over} av {m.Months.Count} månader. " +
               $"Högsta månadsvärde {DischargeValues.DaysWithUnit(highest.AverageDays)} i {DischargeMonth.Name(highest.FirstDay)}. " +
               "Samma siffror finns i tabellen under diagrammet.";
    }

    /// <summary>Runs of consecutive axis months that have figures, as indexes into the axis.</summary>
    private static IEnumerable<List<int>> Segments(IReadOnlyList<DateOnly> months, Dictionary<DateOnly, DischargeMonthView> byMonth)
    {
        var run = new List<int>();
        for (var i = 0; i < months.Count; i++)
        {
            if (byMonth.ContainsKey(months[i])) { run.Add(i); continue; }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }

    private static string MonthAbbreviation(DateOnly month) =>
        month.ToString("MMM", Infrastructure.SwedishTime.Culture).TrimEnd('.');

    private static string F(double value) => SvgChart.N(value);
}
