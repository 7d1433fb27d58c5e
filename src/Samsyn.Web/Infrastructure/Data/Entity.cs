namespace Samsyn.Web.Infrastructure.Data;

/// <summary>
/// Base of every editable record: an integer id and a version that the database
/// checks on update (optimistic concurrency) and that the API exposes as an ETag.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    /// <summary>Raised by <see cref="AppDbContext"/> on every update; a stale value makes the update fail.</summary>
    public int Version { get; set; }
}

/// <summary>A record that is retired rather than deleted, so that history keeps pointing at it.</summary>
public interface IRetirable
{
    DateTimeOffset? RetiredAt { get; }
}
