using Samsyn.Web.Features.Structure;

namespace Samsyn.Web.Features.Deviations;

/// <summary>Where a deviation stands: received by the concerned organisation, acknowledged, answered with analysis and measures, closed.</summary>
public enum DeviationStatus { Received, Acknowledged, Answered, Closed }

/// <summary>What someone does with a deviation.</summary>
public enum DeviationAction { Acknowledge, Answer, Close, Reopen }

/// <summary>
/// Which state changes a deviation allows. A concerned organisation acknowledges a received deviation and answers it
/// (answering also acknowledges); the reporting side closes an answered one or reopens it when the answer is not enough;
/// a closed one can be reopened. Reopening asks for a new answer.
/// </summary>
public static class DeviationWorkflow
{
    public static DeviationStatus? Next(DeviationStatus from, DeviationAction action) => (from, action) switch
    {
        (DeviationStatus.Received, DeviationAction.Acknowledge) => DeviationStatus.Acknowledged,
        (DeviationStatus.Received or DeviationStatus.Acknowledged, DeviationAction.Answer) => DeviationStatus.Answered,
        (DeviationStatus.Answered, DeviationAction.Close) => DeviationStatus.Closed,
        (DeviationStatus.Answered or DeviationStatus.Closed, DeviationAction.Reopen) => DeviationStatus.Acknowledged,
        _ => null,
    };

    public static bool Allows(DeviationStatus from, DeviationAction action) => Next(from, action) is not null;

    /// <summary>Whether the concerned organisation still owes an answer.</summary>
    public static bool AwaitsAnswer(DeviationStatus status) => status is DeviationStatus.Received or DeviationStatus.Acknowledged;

    /// <summary>Why the action cannot be done now, in Swedish (the 409's detail).</summary>
    public static string Refusal(DeviationStatus from, DeviationAction action) => action switch
    {
        DeviationAction.Acknowledge => $"Avvikelsen är redan {Label(from).ToLowerInvariant()} och kan inte kvitteras.",
        DeviationAction.Answer => $"Avvikelsen är {Label(from).ToLowerInvariant()} och kan inte besvaras. Den måste öppnas igen först.",
        DeviationAction.Close => from == DeviationStatus.Closed ? "Avvikelsen är redan avslutad." : "Bara en besvarad avvikelse kan avslutas.",
        _ => "Bara en besvarad eller avslutad avvikelse kan öppnas igen.",
    };

    public static string Label(DeviationStatus status) => status switch
    {
        DeviationStatus.Received => "Mottagen",
        DeviationStatus.Acknowledged => "Kvitterad",
        DeviationStatus.Answered => "Besvarad",
        _ => "Avslutad",
    };

    public static string Label(DeviationAction action) => action switch
    {
        DeviationAction.Acknowledge => "Kvittera",
        DeviationAction.Answer => "Besvara",
        DeviationAction.Close => "Avsluta",
        _ => "Öppna igen",
    };

    /// <summary>Throws the 409 exception unless the action is allowed; returns the state it leads to.</summary>
    public static DeviationStatus Ensure(DeviationStatus from, DeviationAction action) =>
        Next(from, action) ?? throw new InvalidStateChangeException(Refusal(from, action));
}
