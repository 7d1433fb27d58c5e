using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Bulletins;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// Two bulletins from SIMBA's process leader to all of SIMBA's providers, each acknowledged by some organisations
/// and not yet by others (Ale kommun among the latter, so the demo member has something to acknowledge).
/// Their notifications are marked as not to be emailed. No patient data, as everywhere.
/// </summary>
public sealed class DemoBulletins(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var area = await db.Areas.FirstAsync(a => a.ShortName == "SIMBA", ct);
        var leader = await db.People.FirstAsync(p => p.Email == "processledare@simba.example", ct);
        var organisations = await db.Organisations.Where(o => o.AreaId == area.Id && o.RetiredAt == null).ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var now = clock.GetUtcNow();
        var today = SwedishTime.DateOf(now);

        await SendAsync(area.Id, leader.Id, organisations, now.AddDays(-6),
            "Ändrade telefontider för vårdcentralernas samverkansfunktion under julen",
            """
            Under jul- och nyårshelgerna har vårdcentralernas samverkansfunktion ändrade telefontider.

            ### Telefontider
            - 23 december: 08.00–12.00
            - 27–30 december: 09.00–15.00
            - 2 januari: 09.00–15.00

            Övriga vardagar gäller ordinarie tider. Vid brådskande ärenden utanför telefontid används den regionala **samordningsfunktionen för utskrivning**.

            Sprid informationen till era enheter och bekräfta att ni har tagit del av den.
            """,
            today.AddDays(45),
            acknowledged: ["Kungälvs sjukhus", "Kungälvs kommun – vård och omsorg", "Tjörns kommun – vård och omsorg"], ct);

        await SendAsync(area.Id, leader.Id, organisations, now.AddDays(-3),
            "Påminnelse: ny rutin för inskrivningsmeddelande från 1 februari",
            """
            Från den 1 februari gäller den reviderade rutinen för inskrivningsmeddelande vid samverkan vid utskrivning.

            Det viktigaste i korthet:
            1. Sjukhuset skickar inskrivningsmeddelande senast 24 timmar efter inskrivning.
            2. Kommunen och primärvården bekräftar mottagandet i journalsystemet samma dag.
            3. Avvikelser från rutinen rapporteras som avvikelse i samverkan.

            Gå igenom rutinen på era arbetsplatsträffar före 1 februari.
            """,
            today.AddDays(75),
            acknowledged: ["Kungälvs sjukhus", "Stenungsunds kommun – vård och omsorg"], ct);

    }

    private async Task SendAsync(int areaId, int leaderId, Dictionary<string, int> organisations, DateTimeOffset sentAt, string title, string text,
        DateOnly validUntil, string[] acknowledged, CancellationToken ct)
    {
        var body = Infrastructure.Content.RichText.Clean(text);
        var bulletin = new Bulletin
        {
            Title = title, Body = body.Html, ValidUntil = validUntil, RecipientKind = RecipientKind.Area, AreaId = areaId,
            SenderPersonId = leaderId, SenderName = "Helena Fiktiva", SentAt = sentAt,
        };
        bulletin.SetLinks([("Vårdsamverkan i Västra Götaland – rutiner vid utskrivning", "https://www.vgregion.se/halsa-och-vard/vardgivarwebben/")]);
        foreach (var id in organisations.Values.Order()) bulletin.Recipients.Add(new BulletinRecipient { OrganisationId = id });
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync(ct);

        var hour = 0;
        foreach (var name in acknowledged)
        {
            var person = await db.People.Where(p => p.OrganisationId == organisations[name]).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync(ct);
            bulletin.Acknowledge(organisations[name], person.Id, person.Name, sentAt.AddHours(2 + hour++));
        }
        await BulletinNotifications.PublishedAsync(db, bulletin, ct);
        // Demo notifications are for the notification centre only; nobody should get email about them.
        foreach (var added in db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added))
            (added.Entity.CreatedAt, added.Entity.EmailStatus) = (sentAt, DeliveryStatus.NotRequired);
        await db.SaveChangesAsync(ct);
    }
}
