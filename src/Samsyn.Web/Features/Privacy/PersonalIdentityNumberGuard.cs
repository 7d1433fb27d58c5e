using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.Web.Features.Privacy;

/// <summary>
/// Finds Swedish personal identity numbers (personnummer) and coordination numbers
/// (samordningsnummer, day + 60) in free text, so that no patient can be identified in Samsyn.
/// A match needs a real calendar date and a valid check digit (Luhn), with or without
/// century and with or without the separator (- or +). Dates, phone numbers and
/// reference numbers therefore pass.
/// </summary>
public static partial class PersonalIdentityNumberGuard
{
    [GeneratedRegex(@"(?<!\d)(?<century>1[89]|20)?(?<yy>\d{2})(?<mm>\d{2})(?<dd>\d{2})(?<sep>[-+])?(?<serial>\d{3})(?<check>\d)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    public static bool ContainsIdentityNumber(string? text) => FindIdentityNumber(text) is not null;

    /// <summary>The first identity number found in <paramref name="text"/>, or null.</summary>
    public static string? FindIdentityNumber(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match match in Candidate().Matches(text))
        {
            if (IsIdentityNumber(match)) return match.Value;
        }
        return null;
    }

    private static bool IsIdentityNumber(Match m)
    {
        var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["dd"].Value, CultureInfo.InvariantCulture);
        if (day > 60) day -= 60; // samordningsnummer
        if (month is < 1 or > 12 || day < 1) return false;

        var years = m.Groups["century"].Success
            ? [int.Parse(m.Groups["century"].Value, CultureInfo.InvariantCulture) * 100 + yy]
            : new[] { 1900 + yy, 2000 + yy };
        if (!years.Any(y => day <= DateTime.DaysInMonth(y, month))) return false;

        var tenDigits = m.Groups["yy"].Value + m.Groups["mm"].Value + m.Groups["dd"].Value
                        + m.Groups["serial"].Value + m.Groups["check"].Value;
        return LuhnIsValid(tenDigits);
    }

    /// <summary>The Luhn (mod 10) check used for the last digit of a personnummer.</summary>
    public static bool LuhnIsValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9) return false;
            // From the left, with an even number of digits, every other digit from the first is doubled.
            if ((digits.Length - i) % 2 == 0)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
