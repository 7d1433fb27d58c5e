namespace Samsyn.Web.Infrastructure.Auditing;

/// <summary>One create, update or delete of one record: who, when, what, and the fields before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public AuditAction Action { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";

    /// <summary>JSON object: field name → { "before": …, "after": … }.</summary>
    public string Changes { get; set; } = "{}";
}

public enum AuditAction { Created, Updated, Deleted }
