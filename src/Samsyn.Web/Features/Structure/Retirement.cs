using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Structure;

/// <summary>
/// Structure records are retired, never deleted: meetings, minutes and reports
/// of past years keep pointing at the organisation or group they concerned.
/// </summary>
public abstract class RetirableEntity : Entity, IRetirable
{
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    public void Retire(DateTimeOffset at)
    {
        if (IsRetired) throw new InvalidStateChangeException("Posten är redan avslutad.");
        RetiredAt = at;
    }

    public void Reinstate()
    {
        if (!IsRetired) throw new InvalidStateChangeException("Posten är inte avslutad.");
        RetiredAt = null;
    }
}

/// <summary>A named state change was asked for in a state that does not allow it (a 409 for the client).</summary>
public sealed class InvalidStateChangeException : Exception
{
    public InvalidStateChangeException() { }
    public InvalidStateChangeException(string message) : base(message) { }
    public InvalidStateChangeException(string message, Exception innerException) : base(message, innerException) { }
}
