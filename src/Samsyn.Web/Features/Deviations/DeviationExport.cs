using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Samsyn.Web.Features.Deviations;

/// <summary>The statistics as files: CSV (one grouping, semicolons, UTF-8 with BOM so Excel reads å, ä and ö) and XLSX (one sheet per grouping and the answer times).</summary>
public static class DeviationExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Column(DeviationGrouping by) => by switch
    {
        DeviationGrouping.Process => "process",
        DeviationGrouping.Step => "steg",
        DeviationGrouping.ReportingOrganisation => "rapporterande organisation",
        DeviationGrouping.ConcernedOrganisation => "berörd organisation",
        _ => "månad",
    };

    public static byte[] Csv(IReadOnlyList<DeviationCount> rows, DeviationGrouping by)
    {
        var text = new StringBuilder();
        text.Append(Column(by)).Append(";kod;antal;varav importerade\r\n");
        foreach (var row in rows)
            text.Append(Cell(row.Name)).Append(';').Append(Cell(row.Key)).Append(';')
                .Append(row.Count.ToString(CultureInfo.InvariantCulture)).Append(';').Append(row.ImportedCount.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(IReadOnlyDictionary<DeviationGrouping, IReadOnlyList<DeviationCount>> groupings, AnswerTimeSummary answers, DateOnly from, DateOnly to)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var (by, rows) in groupings)
        {
            sheets[DeviationStatistics.Label(by)] = rows.Select(r => new Dictionary<string, object?>
            {
                [Capital(Column(by))] = r.Name, ["Kod"] = r.Key, ["Antal"] = r.Count, ["Varav importerade"] = r.ImportedCount,
            }).ToList();
        }
        sheets["Svarstider"] = new List<Dictionary<string, object?>>
        {
            Row("Period", $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}"),
            Row("Rapporterade avvikelser", answers.Reported),
            Row("Besvarade", answers.Answered),
            Row("Besvarade i tid", answers.AnsweredInTime),
            Row("Besvarade för sent", answers.AnsweredLate),
            Row("Obesvarade", answers.Open),
            Row("Obesvarade och försenade", answers.OpenOverdue),
            Row("Median, dagar till svar", answers.MedianDays),
            Row("Medel, dagar till svar", answers.AverageDays),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string what, object? value) => new() { ["Mått"] = what, ["Värde"] = value };

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
