using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// A person's choice of channel per kind of notification. A kind without a choice is emailed
/// immediately; the choice applies when the email is about to be sent, so a change takes effect
/// for what is still waiting.
/// </summary>
public sealed class NotificationSettings : Entity
{
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;

    /// <summary>The chosen channel per kind; stored as one column ("AgendaPublished=DailyDigest;…") so that a change is one audited update.</summary>
    public Dictionary<NotificationKind, DeliveryChannel> Channels { get; private set; } = [];

    public DeliveryChannel ChannelFor(NotificationKind kind) => Channels.GetValueOrDefault(kind, DeliveryChannel.Immediately);

    /// <summary>Sets the channel of each kind given; kinds not given keep their channel. The default is not stored.</summary>
    public void Choose(IEnumerable<(NotificationKind Kind, DeliveryChannel Channel)> choices)
    {
        var next = new Dictionary<NotificationKind, DeliveryChannel>(Channels);
        foreach (var (kind, channel) in choices)
        {
            if (channel == DeliveryChannel.Immediately) next.Remove(kind);
            else next[kind] = channel;
        }
        Channels = next;
    }

    internal static string Write(Dictionary<NotificationKind, DeliveryChannel> channels) =>
        string.Join(';', channels.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Reads the column back; a kind or channel this version does not know is skipped, never a failure.</summary>
    internal static Dictionary<NotificationKind, DeliveryChannel> Read(string text)
    {
        var channels = new Dictionary<NotificationKind, DeliveryChannel>();
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=');
            if (parts.Length == 2 && ByName<NotificationKind>(parts[0]) is { } kind && ByName<DeliveryChannel>(parts[1]) is { } channel)
                channels[kind] = channel;
        }
        return channels;
    }

    /// <summary>The value with exactly this name; numbers and comma lists, which Enum.TryParse would accept, are not names.</summary>
    private static T? ByName<T>(string name) where T : struct, Enum =>
        Enum.GetNames<T>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<T>(name) : null;
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasIndex(s => s.PersonId).IsUnique();
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Channels)
            .HasConversion(c => NotificationSettings.Write(c), text => NotificationSettings.Read(text),
                new ValueComparer<Dictionary<NotificationKind, DeliveryChannel>>(
                    (a, b) => NotificationSettings.Write(a!) == NotificationSettings.Write(b!),
                    c => NotificationSettings.Write(c).GetHashCode(StringComparison.Ordinal),
                    c => new Dictionary<NotificationKind, DeliveryChannel>(c)))
            .HasMaxLength(2000).IsRequired();
    }
}
