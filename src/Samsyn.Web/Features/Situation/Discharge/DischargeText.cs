using System.Globalization;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>How the indicator is put in words on the page: never by colour alone.</summary>
public static class DischargeText
{
    /// <summary>"Över gränsvärdet 3,0", "Vid gränsvärdet 3,0 (inom)", "Under gränsvärdet 3,0".</summary>
    public static string Status(ThresholdComparison comparison, decimal threshold) => comparison switch
    {
        ThresholdComparison.Over => $"Över gränsvärdet {DischargeValues.Days(threshold)}",
        ThresholdComparison.At => $"Vid gränsvärdet {DischargeValues.Days(threshold)} (inom)",
        _ => $"Under gränsvärdet {DischargeValues.Days(threshold)}",
    };

    public static string StatusCss(ThresholdComparison comparison) => comparison == ThresholdComparison.Over ? "tag-over" : "tag-within";

    /// <summary>"3 av 3 månader, viktat" – what the rolling value rests on.</summary>
    public static string Basis(DischargeMonthView month) =>
        $"{month.RollingMonths.ToString(CultureInfo.InvariantCulture)} av {DischargeIndicator.WindowMonths} månader" +
        (month.RollingWeighted ? ", viktat efter antal" : "");
}
