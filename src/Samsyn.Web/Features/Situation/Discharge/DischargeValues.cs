using System.Globalization;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>
/// Reading and checking the two figures of a month, the same way for the form, the API and the CSV file.
/// Numbers are accepted with a decimal comma (Swedish) or a decimal point, and with spaces as thousands separators.
/// </summary>
public static class DischargeValues
{
    private static readonly CultureInfo Sv = Infrastructure.SwedishTime.Culture;

    /// <summary>Averages are kept to two decimals, so the weighted rolling value is not skewed by early rounding.</summary>
    public static decimal Stored(decimal days) => Math.Round(days, 2, MidpointRounding.AwayFromZero);

    /// <summary>"2,5" – one decimal, as the indicator is shown.</summary>
    public static string Days(decimal days) => DischargeIndicator.Round(days).ToString("0.0", Sv);

    /// <summary>"2,5 dagar".</summary>
    public static string DaysWithUnit(decimal days) => Days(days) + (DischargeIndicator.Round(days) == 1m ? " dag" : " dagar");

    /// <summary>"1 234".</summary>
    public static string Patients(int? patients) => patients is int p ? p.ToString("#,0", Sv) : "–";

    /// <summary>"2,5", "2.5", " 2,50 " → 2.5. Null with a reason, naming <paramref name="what"/>, when the text is no number.</summary>
    public static decimal? ParseDays(string? text, out string? error, string what = "medeldagarna")
    {
        error = null;
        var t = Compact(text);
        if (t.Length == 0)
        {
            error = $"Ange {what}, till exempel 2,5.";
            return null;
        }
        if (t.Count(c => c is ',' or '.') > 1
            || !decimal.TryParse(t.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            error = $"”{DischargeMonth.Shorten(text!.Trim())}” är inget tal. Ange {what} som ett tal, till exempel 2,5.";
            return null;
        }
        return days;
    }

    /// <summary>"42", "1 234" → the count; empty → null (the count is optional). <paramref name="error"/> when the text is no whole number.</summary>
    public static int? ParsePatients(string? text, out string? error)
    {
        error = null;
        var t = Compact(text);
        if (t.Length == 0) return null;
        if (!int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var patients))
        {
            error = $"”{DischargeMonth.Shorten(text!.Trim())}” är inget heltal. Ange antalet utskrivna patienter, till exempel 42, eller lämna tomt.";
            return null;
        }
        return patients;
    }

    /// <summary>The rules for a month's figures; null when they hold, else the field ("averageDays" or "dischargedPatients") and the reason.</summary>
    public static (string Field, string Message)? Check(decimal averageDays, int? dischargedPatients)
    {
        if (averageDays < 0) return ("averageDays", "Medeldagarna kan inte vara negativa.");
        if (averageDays > DischargeWaitingMonth.MaxDays) return ("averageDays", "Medeldagarna ska vara mellan 0 och 365.");
        if (dischargedPatients < 0) return ("dischargedPatients", "Antalet utskrivna patienter kan inte vara negativt.");
        if (dischargedPatients > DischargeWaitingMonth.MaxPatients)
            return ("dischargedPatients", $"Antalet utskrivna patienter får vara högst {DischargeWaitingMonth.MaxPatients.ToString("#,0", Sv)}.");
        if (dischargedPatients == 0 && Stored(averageDays) > 0)
            return ("dischargedPatients", "Antalet är 0 men medeldagarna är större än 0. Utan utskrivna patienter finns ingen väntetid – ange 0 dagar eller rätt antal.");
        return null;
    }

    /// <summary>Without spaces (also non-breaking ones, which spreadsheets use between thousands).</summary>
    private static string Compact(string? text) =>
        new((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray());
}
