using System.Globalization;
using System.Text;
using Samsyn.Web.Features.Privacy;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>A data row of an import file that passed every check; <see cref="Line"/> is its line in the file.</summary>
public sealed record DischargeCsvRow(int Line, string Municipality, DateOnly Month, decimal AverageDays, int? DischargedPatients);

/// <summary>The rows of a file, or the reasons it cannot be imported, keyed <c>rows[3].medeldagar</c> (line 3 of the file).</summary>
public sealed class DischargeCsvResult
{
    public List<DischargeCsvRow> Rows { get; } = [];
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);
    public bool IsValid => Errors.Count == 0;

    /// <summary>Adds a reason; after <see cref="DischargeCsv.MaxReportedErrors"/> of them the file is summed up instead.</summary>
    public void Add(string key, string message)
    {
        if (Errors.Count >= DischargeCsv.MaxReportedErrors && !Errors.ContainsKey(key))
        {
            Errors[DischargeCsv.FileKey] = [$"Filen har fler fel än de {DischargeCsv.MaxReportedErrors} som visas. Rätta dem och läs in filen igen."];
            return;
        }
        Errors[key] = Errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
    }
}

/// <summary>
/// Reads the import file of monthly figures: a header row <c>kommun;månad;medeldagar;antal</c>, then one row per
/// municipality and month. Semicolon (with decimal comma or point), comma (with decimal point) or tab between
/// the columns; UTF-8, UTF-16 with byte-order mark, or Windows-1252 as older spreadsheets save it. Fields may be
/// quoted. Every row is checked before anything is imported, and nothing that looks like a personal identity
/// number is accepted anywhere in the file.
/// </summary>
/// <remarks>
/// A small parser rather than CsvHelper: the file has four known columns, and what matters is refusing it with
/// the line, the column and a Swedish reason for every fault. Mapping a general library's exceptions and
/// culture rules onto that would be more code than reading the lines.
/// </remarks>
public static class DischargeCsv
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxReportedErrors = 100;
    public const string FileKey = "file";
    public const string HeaderKey = "header";

    public const string Municipality = "kommun";
    public const string Month = "månad";
    public const string Days = "medeldagar";
    public const string Patients = "antal";

    public const string Example = "kommun;månad;medeldagar;antal";

    private static readonly char[] Delimiters = [';', '\t', ','];
    private static readonly string[] Columns = [Municipality, Month, Days, Patients];
    private static readonly string[] Required = [Municipality, Month, Days];
    private static readonly string[] PersonColumns = ["personnummer", "pnr", "personnr", "samordningsnummer", "patient", "patientnamn", "fodelsedatum"];

    public static string Key(int line, string column) => $"rows[{line.ToString(CultureInfo.InvariantCulture)}].{column}";

    public static string LineKey(int line) => $"rows[{line.ToString(CultureInfo.InvariantCulture)}]";

    public static string Where(int line, string column) => $"Rad {line.ToString(CultureInfo.InvariantCulture)}, kolumn {column}: ";

    public static DischargeCsvResult Parse(byte[] content)
    {
        var result = new DischargeCsvResult();
        if (content.Length == 0) { result.Add(FileKey, "Filen är tom."); return result; }
        if (content.Length > MaxBytes) { result.Add(FileKey, TooLarge); return result; }
        var text = Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            result.Add(FileKey, "Filen verkar inte vara en textfil. Spara den som CSV (till exempel ”CSV UTF-8” eller ”CSV semikolonavgränsad” i Excel) och försök igen.");
            return result;
        }
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var headerIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (headerIndex < 0) { result.Add(FileKey, "Filen är tom."); return result; }

        var delimiter = Delimiter(lines[headerIndex]);
        var header = ReadHeader(lines[headerIndex], headerIndex + 1, delimiter, result);
        if (header is null) return result;
        for (var i = headerIndex + 1; i < lines.Length && !result.Errors.ContainsKey(FileKey); i++)
            ReadRow(lines[i], i + 1, delimiter, header, result);
        if (result.IsValid && result.Rows.Count == 0)
            result.Add(FileKey, "Filen har bara en rubrikrad – det finns inga månader att läsa in.");
        return result;
    }

    public static string TooLarge => $"Filen är för stor. Den får vara högst {MaxBytes / 1024 / 1024} MB – dela upp den i flera filer.";

    /// <summary>UTF-8 or UTF-16 by their byte-order mark, else UTF-8 if the bytes are valid UTF-8, else Windows-1252.</summary>
    public static string Decode(byte[] content)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..]) return Lenient(new UTF8Encoding(false, true), content.AsSpan(3));
        if (content is [0xFF, 0xFE, ..]) return Lenient(new UnicodeEncoding(false, false, true), content.AsSpan(2));
        if (content is [0xFE, 0xFF, ..]) return Lenient(new UnicodeEncoding(true, false, true), content.AsSpan(2));
        try
        {
            return new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }

    /// <summary>Bytes that break the encoding their mark promised become NUL, which the caller refuses as "not a text file".</summary>
    private static string Lenient(Encoding strict, ReadOnlySpan<byte> bytes)
    {
        try { return strict.GetString(bytes); }
        catch (DecoderFallbackException) { return "\0"; }
    }

    /// <summary>Whichever of semicolon, tab and comma the header uses most (semicolon on a tie: the Swedish default).</summary>
    private static char Delimiter(string header) =>
        Delimiters.OrderByDescending(d => header.Count(c => c == d)).First();

    private static string[]? ReadHeader(string line, int number, char delimiter, DischargeCsvResult result)
    {
        var cells = Split(line, delimiter);
        if (cells is null) { result.Add(HeaderKey, $"Rad {number}: ett citattecken i rubrikraden avslutas inte."); return null; }
        var names = cells.Select(Normalise).ToArray();
        foreach (var (name, cell) in names.Zip(cells))
        {
            if (PersonColumns.Contains(name) || PersonalIdentityNumberGuard.ContainsIdentityNumber(cell))
                result.Add(HeaderKey, $"Kolumnen ”{DischargeMonth.Shorten(cell.Trim())}” får inte finnas. Samsyn tar bara emot sammanräknade siffror per kommun och månad, aldrig uppgifter om enskilda patienter.");
            else if (name.Length == 0)
                result.Add(HeaderKey, $"Rubrikraden har en tom kolumn. Den ska vara {Example}.");
            else if (!Columns.Select(Normalise).Contains(name))
                result.Add(HeaderKey, $"Okänd kolumn ”{DischargeMonth.Shorten(cell.Trim())}”. Rubrikraden ska vara {Example}.");
        }
        foreach (var dup in names.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1))
            result.Add(HeaderKey, $"Kolumnen ”{dup.Key}” finns mer än en gång i rubrikraden.");
        var missing = Required.Where(r => !names.Contains(Normalise(r))).ToList();
        if (missing.Count > 0)
            result.Add(HeaderKey, $"Rubrikraden saknar {string.Join(", ", missing)}. Första raden ska vara rubrikraden {Example} (antal får utelämnas).");
        if (!result.IsValid) return null;
        return [.. names.Select(n => Columns.First(c => Normalise(c) == n))];
    }

    private static void ReadRow(string line, int number, char delimiter, string[] header, DischargeCsvResult result)
    {
        if (line.All(c => char.IsWhiteSpace(c) || c == delimiter)) return;
        var cells = Split(line, delimiter);
        if (cells is null) { result.Add(LineKey(number), $"Rad {number}: ett citattecken avslutas inte."); return; }
        var identity = false;
        for (var c = 0; c < cells.Count; c++)
        {
            if (!PersonalIdentityNumberGuard.ContainsIdentityNumber(cells[c])) continue;
            var column = c < header.Length ? header[c] : $"{c + 1}";
            result.Add(Key(number, column), Where(number, column) + "värdet liknar ett personnummer eller samordningsnummer. Samsyn tar aldrig emot uppgifter om enskilda patienter – ta bort värdet.");
            identity = true;
        }
        if (identity) return;
        if (cells.Count != header.Length)
        {
            var hint = delimiter == ',' ? " Med komma mellan kolumnerna skrivs decimaltal med punkt (2.5), eller använd semikolon." : "";
            result.Add(LineKey(number), $"Rad {number} har {cells.Count} kolumner men rubrikraden har {header.Length}.{hint}");
            return;
        }
        string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 ? cells[i].Trim() : "";
        var errors = result.Errors.Count;

        var municipality = Cell(Municipality);
        if (municipality.Length == 0) result.Add(Key(number, Municipality), Where(number, Municipality) + "ange kommunen med organisationens namn eller id.");
        else if (municipality.Length > 200) result.Add(Key(number, Municipality), Where(number, Municipality) + "namnet är längre än 200 tecken.");

        var month = DischargeMonth.Parse(Cell(Month), out var monthError);
        if (monthError is not null) result.Add(Key(number, Month), Where(number, Month) + Lower(monthError));

        var days = DischargeValues.ParseDays(Cell(Days), out var daysError);
        if (daysError is not null) result.Add(Key(number, Days), Where(number, Days) + Lower(daysError));
        var patients = DischargeValues.ParsePatients(Cell(Patients), out var patientsError);
        if (patientsError is not null) result.Add(Key(number, Patients), Where(number, Patients) + Lower(patientsError));

        if (days is decimal d && patientsError is null && DischargeValues.Check(d, patients) is var (field, message))
        {
            var column = field == "averageDays" ? Days : Patients;
            result.Add(Key(number, column), Where(number, column) + Lower(message));
        }
        if (result.Errors.Count == errors && month is DateOnly m && days is decimal value)
            result.Rows.Add(new DischargeCsvRow(number, municipality, m, value, patients));
    }

    /// <summary>The fields of a line; quoted fields may hold the delimiter and doubled quotes. Null when a quote is left open.</summary>
    internal static List<string>? Split(string line, char delimiter)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ') i++;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length) return null;
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i += 2; }
                    else if (line[i] == '"') { i++; break; }
                    else cell.Append(line[i++]);
                }
                while (i < line.Length && line[i] != delimiter) cell.Append(line[i++]);
            }
            else
            {
                while (i < line.Length && line[i] != delimiter) cell.Append(line[i++]);
            }
            cells.Add(cell.ToString());
            cell.Clear();
            if (i >= line.Length) return cells;
            i++; // the delimiter
        }
    }

    /// <summary>"Månad" → "manad": header names compared without case, spaces, quotes or Swedish letters.</summary>
    private static string Normalise(string name) => new(name.Trim().Trim('\uFEFF').ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o')
        .Where(char.IsLetterOrDigit).ToArray());

    private static string Lower(string message) => message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..];
}
