using System.Globalization;

namespace Samsyn.Web.Infrastructure.Web;

/// <summary>
/// Coordinates for the small inline SVG charts (no script, no chart library): values are placed in
/// a fixed view box, so the chart scales with the page. Every chart on a page also has a table.
/// </summary>
public sealed class SvgChart(double width = 600, double height = 160, double padLeft = 36, double padBottom = 22, double padTop = 8, double padRight = 8)
{
    public double Width => width;
    public double Height => height;
    public double Left => padLeft;
    public double Right => width - padRight;
    public double Top => padTop;
    public double Bottom => height - padBottom;

    public string ViewBox => $"0 0 {N(width)} {N(height)}";

    /// <summary>The x of item <paramref name="index"/> of <paramref name="count"/>, spread evenly (the middle when one).</summary>
    public double X(int index, int count) => count <= 1 ? (Left + Right) / 2 : Left + (Right - Left) * index / (count - 1);

    /// <summary>The x of a moment between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public double X(DateTimeOffset at, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? Left : Left + (Right - Left) * Math.Clamp((at - from).TotalSeconds / (to - from).TotalSeconds, 0, 1);

    /// <summary>The y of <paramref name="value"/> on a scale from <paramref name="min"/> (bottom) to <paramref name="max"/> (top).</summary>
    public double Y(double value, double min, double max) =>
        max <= min ? Bottom : Bottom - (Bottom - Top) * Math.Clamp((value - min) / (max - min), 0, 1);

    /// <summary>An SVG path through the points ("M x y L x y …").</summary>
    public static string Path(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select((p, i) => $"{(i == 0 ? "M" : "L")}{N(p.X)} {N(p.Y)}"));

    /// <summary>A step path: the value holds until the next point.</summary>
    public static string StepPath(IReadOnlyList<(double X, double Y)> points, double endX)
    {
        if (points.Count == 0) return "";
        var parts = new List<string> { $"M{N(points[0].X)} {N(points[0].Y)}" };
        for (var i = 1; i < points.Count; i++)
        {
            parts.Add($"H{N(points[i].X)}");
            parts.Add($"V{N(points[i].Y)}");
        }
        parts.Add($"H{N(endX)}");
        return string.Join(' ', parts);
    }

    /// <summary>A "nice" top of the scale: 1, 2, 5, 10, 20, 50 … at or above <paramref name="max"/>.</summary>
    public static double NiceMax(double max)
    {
        if (max <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1, 2, 5, 10 })
            if (step * magnitude >= max) return step * magnitude;
        return 10 * magnitude;
    }

    /// <summary>A number for SVG attributes: invariant, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
