using System.Globalization;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>How far a bulletin has been acknowledged: "7 av 9 har bekräftat".</summary>
public sealed record AcknowledgementSummary(int Recipients, int Acknowledged)
{
    public int Pending => Recipients - Acknowledged;

    public bool Complete => Recipients > 0 && Acknowledged == Recipients;

    /// <summary>Whole percent, rounded down, so 99.9 % never reads as all.</summary>
    public int Percent => Recipients == 0 ? 0 : Acknowledged * 100 / Recipients;

    public string Text => Recipients == 0
        ? "Inga mottagare"
        : Complete
            ? Recipients == 1 ? "Mottagaren har bekräftat" : $"Alla {N(Recipients)} har bekräftat"
            : $"{N(Acknowledged)} av {N(Recipients)} har bekräftat";

    public static AcknowledgementSummary Of(IEnumerable<bool> acknowledged)
    {
        var list = acknowledged.ToList();
        return new AcknowledgementSummary(list.Count, list.Count(a => a));
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
