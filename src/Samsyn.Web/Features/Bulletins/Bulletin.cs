using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Bulletins;

/// <summary>To whom a bulletin was sent: every active organisation of an area, the organisations seated in a group, or a chosen list.</summary>
public enum RecipientKind { Area, Group, Organisations }

/// <summary>
/// Meddelande till alla: information to all providers of an area or a group, or to chosen organisations.
/// The recipients are resolved to organisations when it is sent and never change after that; each
/// recipient organisation acknowledges that it has read it. The body is sanitised HTML.
/// </summary>
public sealed class Bulletin : Entity
{
    public const int MaxLinks = 10;
    public const int MaxAttachments = 10;

    public string Title { get; set; } = "";

    /// <summary>Sanitised HTML (see <see cref="Infrastructure.Content.RichText"/>); safe to render as it is.</summary>
    public string Body { get; set; } = "";

    /// <summary>The last day the bulletin is current; after it the bulletin is listed under "Inaktuella".</summary>
    public DateOnly ValidUntil { get; set; }

    public RecipientKind RecipientKind { get; set; }
    public int? AreaId { get; set; }
    public CollaborationArea? Area { get; set; }
    public int? GroupId { get; set; }
    public Group? Group { get; set; }

    public int? SenderPersonId { get; set; }
    public Person? Sender { get; set; }

    /// <summary>The sender's name when it was sent, so the bulletin reads the same after the person changes.</summary>
    public string SenderName { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset? CorrectedAt { get; private set; }

    public List<BulletinRecipient> Recipients { get; } = [];
    public List<BulletinLink> Links { get; } = [];
    public List<BulletinAttachment> Attachments { get; } = [];

    public bool IsCurrentOn(DateOnly today) => ValidUntil >= today;

    /// <summary>Records that <paramref name="organisationId"/> has read the bulletin; a second acknowledgement keeps the first.</summary>
    public BulletinRecipient Acknowledge(int organisationId, int? personId, string name, DateTimeOffset at)
    {
        var recipient = Recipients.FirstOrDefault(r => r.OrganisationId == organisationId)
            ?? throw new InvalidStateChangeException("Organisationen är inte mottagare av meddelandet.");
        if (!recipient.IsAcknowledged)
            (recipient.AcknowledgedAt, recipient.AcknowledgedByPersonId, recipient.AcknowledgedByName) = (at, personId, name);
        return recipient;
    }

    /// <summary>The sender corrects the text, links or validity; the recipients stay as sent.</summary>
    public void Correct(string title, string body, DateOnly validUntil, IReadOnlyList<(string Title, string Url)> links, DateTimeOffset at)
    {
        (Title, Body, ValidUntil, CorrectedAt) = (title, body, validUntil, at);
        SetLinks(links);
    }

    public void SetLinks(IReadOnlyList<(string Title, string Url)> links)
    {
        if (links.Count > MaxLinks) throw new InvalidStateChangeException($"Ett meddelande kan ha högst {MaxLinks} länkar.");
        var same = Links.Count == links.Count
            && Links.OrderBy(l => l.Order).Select(l => (l.Title, l.Url)).SequenceEqual(links);
        if (same) return;
        Links.Clear();
        for (var i = 0; i < links.Count; i++) Links.Add(new BulletinLink { Order = i + 1, Title = links[i].Title, Url = links[i].Url });
    }
}

/// <summary>One recipient organisation of a bulletin and whether (when, by whom) it has acknowledged reading it.</summary>
public sealed class BulletinRecipient : Entity
{
    public int BulletinId { get; set; }
    public Bulletin Bulletin { get; set; } = null!;
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public int? AcknowledgedByPersonId { get; set; }
    public string? AcknowledgedByName { get; set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;
}

public sealed class BulletinLink
{
    public int Id { get; set; }
    public int BulletinId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}

/// <summary>
/// A file sent with a bulletin. Its bytes live in a table of their own (<see cref="BulletinFile"/>, owned), so that
/// lists never load them and the audit trail records the file's name, size and checksum rather than its content.
/// </summary>
public sealed class BulletinAttachment
{
    public const long MaxBytes = Infrastructure.Content.FilePolicy.AttachmentMaxBytes;

    public int Id { get; set; }
    public int BulletinId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedByName { get; set; } = "";
    public BulletinFile Content { get; set; } = null!;
}

public sealed class BulletinFile
{
    public byte[] Data { get; set; } = [];
}

/// <summary>A reminder the sender sent by hand to the organisations that had not acknowledged; kept so the audit trail and the page show it.</summary>
public sealed class BulletinReminderRound
{
    public int Id { get; set; }
    public int BulletinId { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public string SentByName { get; set; } = "";
    public int OrganisationCount { get; set; }
    public int PersonCount { get; set; }
}

internal sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(200).IsRequired();
        builder.Property(b => b.Body).IsRequired();
        builder.Property(b => b.SenderName).HasMaxLength(200).IsRequired();
        builder.Property(b => b.RecipientKind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(b => b.Area).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Sender).WithMany().HasForeignKey(b => b.SenderPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Recipients).WithOne(r => r.Bulletin).HasForeignKey(r => r.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Links).WithOne().HasForeignKey(l => l.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Attachments).WithOne().HasForeignKey(a => a.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.ValidUntil);
    }
}

internal sealed class BulletinRecipientConfiguration : IEntityTypeConfiguration<BulletinRecipient>
{
    public void Configure(EntityTypeBuilder<BulletinRecipient> builder)
    {
        builder.Property(r => r.AcknowledgedByName).HasMaxLength(200);
        builder.HasOne(r => r.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.BulletinId, r.OrganisationId }).IsUnique();
        builder.HasIndex(r => new { r.OrganisationId, r.AcknowledgedAt });
    }
}

internal sealed class BulletinLinkConfiguration : IEntityTypeConfiguration<BulletinLink>
{
    public void Configure(EntityTypeBuilder<BulletinLink> builder)
    {
        builder.ToTable("BulletinLinks");
        builder.Property(l => l.Title).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Url).HasMaxLength(1000).IsRequired();
    }
}

internal sealed class BulletinAttachmentConfiguration : IEntityTypeConfiguration<BulletinAttachment>
{
    public void Configure(EntityTypeBuilder<BulletinAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedByName).HasMaxLength(200).IsRequired();
        builder.OwnsOne(a => a.Content, content =>
        {
            content.ToTable("BulletinAttachmentContents");
            content.Property(c => c.Data).IsRequired();
        });
        builder.Navigation(a => a.Content).IsRequired();
    }
}

internal sealed class BulletinReminderRoundConfiguration : IEntityTypeConfiguration<BulletinReminderRound>
{
    public void Configure(EntityTypeBuilder<BulletinReminderRound> builder)
    {
        builder.Property(r => r.SentByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Bulletin>().WithMany().HasForeignKey(r => r.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.BulletinId);
    }
}
