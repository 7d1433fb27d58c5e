namespace Samsyn.Web.Infrastructure.Data;

/// <summary>The client edited an older version of a record than the one stored.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException() { }
    public ConcurrencyConflictException(string message) : base(message) { }
    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException) { }

    public ConcurrencyConflictException(string message, string entityType, int storedVersion, int expectedVersion) : base(message)
    {
        EntityType = entityType;
        StoredVersion = storedVersion;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>What kind of record ("AgendaItem"), when known.</summary>
    public string? EntityType { get; }

    /// <summary>The version stored now: the client fetches it again and redoes its change.</summary>
    public int? StoredVersion { get; }

    public int? ExpectedVersion { get; }
}
