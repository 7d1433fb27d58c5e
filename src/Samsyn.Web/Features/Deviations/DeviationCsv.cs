using System.Globalization;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Features.Situation.Discharge;

namespace Samsyn.Web.Features.Deviations;

/// <summary>A data row of an import file that passed every check of its own; names are resolved afterwards.</summary>
public sealed record DeviationCsvRow(int Line, DateOnly Month, string Process, string? Step, string Reporting, string Concerned, int Count);

/// <summary>
/// Reads a file of counts from another system: the header <c>månad;process;steg;rapporterande;berörd;antal</c>, then one row
/// per month, process, step and pair of organisations. The step may be left empty. Separators, encodings and quoting as
/// for the discharge file (<see cref="DischargeCsv"/>, whose reader this uses); nothing like a personal identity number is accepted.
/// </summary>
public static class DeviationCsv
{
    public const string Example = "månad;process;steg;rapporterande;berörd;antal";
    public const int MaxCount = 100_000;
    private static readonly string[] Columns = ["manad", "process", "steg", "rapporterande", "berord", "antal"];
    private static readonly char[] Delimiters = [';', '\t', ','];
    private static readonly string[] NameColumns = ["process", "rapporterande", "berord"];
    private static readonly string[] Required = ["manad", "process", "rapporterande", "berord", "antal"];

    public static (List<DeviationCsvRow> Rows, Dictionary<string, string[]> Errors) Parse(byte[] content)
    {
        var rows = new List<DeviationCsvRow>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string key, string message) => errors[key] = errors.TryGetValue(key, out var m) ? [.. m, message] : [message];
        if (content.Length == 0) { Add("file", "Filen är tom."); return (rows, errors); }
        if (content.Length > DischargeCsv.MaxBytes) { Add("file", DischargeCsv.TooLarge); return (rows, errors); }
        var text = DischargeCsv.Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal)) { Add("file", "Filen verkar inte vara en textfil. Spara den som CSV och försök igen."); return (rows, errors); }
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var headerIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (headerIndex < 0) { Add("file", "Filen är tom."); return (rows, errors); }
        var delimiter = Delimiters.OrderByDescending(d => lines[headerIndex].Count(c => c == d)).First();
        var header = (DischargeCsv.Split(lines[headerIndex], delimiter) ?? []).Select(Normalise).ToArray();
        var unknown = header.Where(h => !Columns.Contains(h)).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || header.Distinct().Count() != header.Length)
        {
            Add("header", $"Rubrikraden ska vara {Example} (steg får utelämnas). Samsyn tar bara emot sammanräknade antal, aldrig uppgifter om enskilda patienter.");
            return (rows, errors);
        }
        for (var i = headerIndex + 1; i < lines.Length && errors.Count < 100; i++)
        {
            var number = i + 1;
            var where = $"Rad {number.ToString(CultureInfo.InvariantCulture)}";
            if (string.IsNullOrWhiteSpace(lines[i].Replace(delimiter, ' '))) continue;
            var cells = DischargeCsv.Split(lines[i], delimiter);
            if (cells is null) { Add($"rows[{number}]", $"{where}: ett citattecken avslutas inte."); continue; }
            if (cells.Any(PersonalIdentityNumberGuard.ContainsIdentityNumber))
            {
                Add($"rows[{number}]", $"{where}: ett värde liknar ett personnummer eller samordningsnummer. Samsyn tar aldrig emot uppgifter om enskilda patienter – ta bort värdet.");
                continue;
            }
            if (cells.Count != header.Length) { Add($"rows[{number}]", $"{where} har {cells.Count} kolumner men rubrikraden har {header.Length}."); continue; }
            string Cell(string column) => cells[Array.IndexOf(header, column)].Trim();
            var before = errors.Count;
            DateOnly? month = DateOnly.TryParseExact(Cell("manad"), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : null;
            if (month is null) Add($"rows[{number}].månad", $"{where}, kolumn månad: skriv månaden som ÅÅÅÅ-MM, till exempel 2026-03.");
            foreach (var column in NameColumns)
                if (Cell(column).Length is 0 or > 200) Add($"rows[{number}].{column}", $"{where}, kolumn {Display(column)}: ange {Display(column)} med kod, namn eller id (högst 200 tecken).");
            if (!int.TryParse(Cell("antal"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxCount)
                Add($"rows[{number}].antal", $"{where}, kolumn antal: skriv ett heltal från 0 till {MaxCount}.");
            if (errors.Count == before)
                rows.Add(new DeviationCsvRow(number, month!.Value, Cell("process"), header.Contains("steg") && Cell("steg").Length > 0 ? Cell("steg") : null,
                    Cell("rapporterande"), Cell("berord"), count));
        }
        if (errors.Count == 0 && rows.Count == 0) Add("file", "Filen har bara en rubrikrad – det finns inga antal att läsa in.");
        return (rows, errors);
    }

    private static string Display(string column) => column switch { "berord" => "berörd organisation", "rapporterande" => "rapporterande organisation", _ => column };

    private static string Normalise(string name) => new(name.Trim().Trim('\uFEFF').ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Where(char.IsLetterOrDigit).ToArray());
}
