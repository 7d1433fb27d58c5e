namespace Samsyn.Web.Infrastructure.Data;

/// <summary>The client edited an older version of a record than the one stored.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException() { }
    public ConcurrencyConflictException(string message) : base(message) { }
    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException) { }
}
