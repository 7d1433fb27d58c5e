using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Notifications;

/// <summary>
/// A person's own calendar address. Calendar programs cannot log in, so the address carries a
/// secret token; only its hash is stored, so the address is shown once, and making a new one
/// (or turning the feed off) stops the old one at once.
/// </summary>
public sealed class PersonalCalendarFeed : Entity
{
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Replaces the token; returns the new one, which is not kept anywhere.</summary>
    public string Renew(DateTimeOffset now)
    {
        var token = CalendarFeedToken.New();
        TokenHash = CalendarFeedToken.Hash(token);
        CreatedAt = now;
        return token;
    }
}

/// <summary>The secret of a calendar address: 32 random bytes, URL-safe; stored only as its SHA-256.</summary>
public static class CalendarFeedToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a string can be a token at all; anything else is refused before the database is asked.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>What a capability puts into a person's calendar: meetings, and whole-day deadlines and due dates.</summary>
public sealed record CalendarEntries(IReadOnlyList<CalendarMeeting> Meetings, IReadOnlyList<CalendarDay> Days);

/// <summary>
/// The hook through which a capability adds to a person's calendar feed (meetings today; deviation
/// answers, exemption ends, report-backs and document revisions as they are built). Register with
/// <c>services.AddScoped&lt;ICalendarSource, …&gt;()</c>.
/// </summary>
public interface ICalendarSource
{
    Task<CalendarEntries> EntriesAsync(AppDbContext db, int personId, DateTimeOffset from, string baseUrl, CancellationToken ct);
}

internal sealed class PersonalCalendarFeedConfiguration : IEntityTypeConfiguration<PersonalCalendarFeed>
{
    public void Configure(EntityTypeBuilder<PersonalCalendarFeed> builder)
    {
        builder.Property(f => f.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.PersonId).IsUnique();
        builder.HasOne(f => f.Person).WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
