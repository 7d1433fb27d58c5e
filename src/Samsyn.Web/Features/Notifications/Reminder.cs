using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// A reminder that is due: raised once as notifications to its recipients. <see cref="Key"/> names
/// the occasion (what, which item, for which date), so a reminder is never raised twice for it,
/// while a moved meeting or a new due date gets a reminder of its own.
/// </summary>
public sealed record Reminder(
    string Key, NotificationKind Kind, IReadOnlyCollection<int> RecipientPersonIds, string Subject, string Body, string Link,
    string? EntityType = null, string? EntityId = null);

/// <summary>
/// The hook through which a capability tells which reminders are due: meetings (meeting tomorrow,
/// agenda deadline, absence without substitute, action item due) today, and deviations, exemptions,
/// report-backs and document revisions as they are built. Register an implementation with
/// <c>services.AddScoped&lt;IReminderSource, …&gt;()</c>.
/// </summary>
public interface IReminderSource
{
    /// <summary>The reminders due at <paramref name="now"/> whose occasion has not passed; already raised ones may be included.</summary>
    Task<IReadOnlyList<Reminder>> DueAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct);
}

/// <summary>That the reminder for an occasion was raised; the unique key lets only one instance raise it.</summary>
public sealed class SentReminder
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.Key).IsUnique();
    }
}
