using System.Globalization;
using Samsyn.Web.Features.Bulletins;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>Who is told about an exemption: everyone acting for an organisation it applies to, and the members of the group that decided it.</summary>
public static class ExemptionNotifications
{
    public static async Task<List<int>> ConcernedAsync(AppDbContext db, Exemption exemption, int decidingGroupId, CancellationToken ct)
    {
        var acting = await BulletinNotifications.PeopleActingForAsync(db, [.. exemption.Organisations.Select(o => o.OrganisationId)], ct);
        var members = await DocumentNotifications.MembersOfAsync(db, [decidingGroupId], ct);
        return [.. acting.Values.SelectMany(p => p).Concat(members).Distinct()];
    }

    public static async Task GrantedAsync(AppDbContext db, Exemption exemption, string documentTitle, int decidingGroupId, int? actorPersonId, CancellationToken ct) =>
        Notifier.Raise(db, await ConcernedAsync(db, exemption, decidingGroupId, ct), NotificationKind.ExemptionGranted,
            $"Temporärt avsteg från {documentTitle}",
            $"Ett temporärt avsteg från \"{documentTitle}\" gäller {Window(exemption)}: {exemption.Description}",
            ExemptionQueries.Link(exemption.Id), nameof(Exemption), exemption.Id.ToString(CultureInfo.InvariantCulture), actorPersonId);

    /// <summary>Tells the same people that the exemption was extended, revoked or closed (<paramref name="what"/>: "är förlängt till …").</summary>
    public static async Task ChangedAsync(AppDbContext db, Exemption exemption, string documentTitle, int decidingGroupId, string what, int? actorPersonId, CancellationToken ct) =>
        Notifier.Raise(db, await ConcernedAsync(db, exemption, decidingGroupId, ct), NotificationKind.ExemptionChanged,
            $"Avsteget från {documentTitle} {what}",
            $"Det temporära avsteget från \"{documentTitle}\" ({exemption.Description}) {what}.",
            ExemptionQueries.Link(exemption.Id), nameof(Exemption), exemption.Id.ToString(CultureInfo.InvariantCulture), actorPersonId);

    public static string Window(Exemption exemption) =>
        $"från och med {DocumentText.Iso(exemption.ValidFrom)} till och med {DocumentText.Iso(exemption.LastDay)}";
}
