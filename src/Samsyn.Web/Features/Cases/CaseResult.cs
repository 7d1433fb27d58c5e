namespace Samsyn.Web.Features.Cases;

/// <summary>How an operation on a case ended, for the API to answer and the page to show.</summary>
public enum Outcome { Done, Invalid, Forbidden, NotFound, VersionRequired }

/// <summary>
/// The result of an operation: done (with what it made or changed), refused input (errors keyed by
/// the API's field names), not allowed, not found, or missing the version the client edited. State
/// conflicts and stale versions are thrown instead (<c>InvalidStateChangeException</c>,
/// <c>ConcurrencyConflictException</c>), as everywhere in Samsyn, and become 409.
/// </summary>
public sealed record CaseResult<T>(Outcome Outcome, T? Value, IReadOnlyDictionary<string, string[]> Errors) where T : class;

public static class CaseResult
{
    private static readonly Dictionary<string, string[]> None = [];

    public static CaseResult<T> Done<T>(T value) where T : class => new(Outcome.Done, value, None);

    public static CaseResult<T> Invalid<T>(Dictionary<string, string[]> errors) where T : class => new(Outcome.Invalid, null, errors);

    /// <summary>A refusal without errors: forbidden, not found or version required.</summary>
    public static CaseResult<T> Refused<T>(Outcome outcome) where T : class => new(outcome, null, None);
}
