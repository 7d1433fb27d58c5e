using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Samsyn.Web.Infrastructure.Auditing;

/// <summary>
/// Captures the changes in a change tracker before they are saved, and turns them
/// into <see cref="AuditEntry"/> rows once the database has assigned the ids.
/// </summary>
internal static class AuditRecorder
{
    /// <summary>Fields never copied into the audit log.</summary>
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Xml", "TokenHash",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    internal sealed record Pending(EntityEntry Entry, AuditAction Action, Dictionary<string, Change> Changes);

    internal sealed record Change(object? Before, object? After);

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            // Notifications (and the record that a reminder went out) are messages about audited changes, not changes themselves.
            if (entry.Entity is AuditEntry or Features.Notifications.Notification or Features.Notifications.SentReminder || entry.Metadata.IsOwned()) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified => AuditAction.Updated,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;

            var changes = new Dictionary<string, Change>(StringComparer.Ordinal);
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (property.Metadata.IsShadowProperty() && !property.Metadata.IsForeignKey()) continue;
                var secret = Secret.Contains(name);
                switch (action)
                {
                    case AuditAction.Created:
                        changes[name] = new(null, secret ? "***" : property.CurrentValue);
                        break;
                    case AuditAction.Deleted:
                        changes[name] = new(secret ? "***" : property.OriginalValue, null);
                        break;
                    default:
                        if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                            changes[name] = secret ? new("***", "***") : new(property.OriginalValue, property.CurrentValue);
                        break;
                }
            }
            if (action == AuditAction.Updated && changes.Count == 0) continue;
            pending.Add(new(entry, action.Value, changes));
        }
        return pending;
    }

    public static AuditEntry ToAuditEntry(Pending pending, IAuditUser user, DateTimeOffset at)
    {
        var key = pending.Entry.Metadata.FindPrimaryKey();
        var id = key is null
            ? ""
            : string.Join(",", key.Properties.Select(p => pending.Entry.Property(p.Name).CurrentValue));
        if (pending.Action == AuditAction.Created)
        {
            // The database assigned the ids after capture: record the real ones, also in the foreign keys of
            // rows added together with their parent (a bulletin's recipients, a meeting's agenda items).
            foreach (var property in pending.Entry.Properties.Where(p =>
                         (p.Metadata.IsPrimaryKey() || p.Metadata.IsForeignKey()) && pending.Changes.ContainsKey(p.Metadata.Name)))
                pending.Changes[property.Metadata.Name] = pending.Changes[property.Metadata.Name] with { After = property.CurrentValue };
        }
        return new AuditEntry
        {
            At = at,
            UserId = user.UserId,
            UserName = user.UserName,
            Action = pending.Action,
            EntityType = pending.Entry.Metadata.ClrType.Name,
            EntityId = id,
            Changes = JsonSerializer.Serialize(
                pending.Changes.ToDictionary(c => c.Key, c => new { before = c.Value.Before, after = c.Value.After }), Json),
        };
    }
}
