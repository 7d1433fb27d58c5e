using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Decisions;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>What a checked exemption rests on: the document and its version in force, and the decision (or the group that decides now).</summary>
public sealed record ExemptionPlan(GoverningDocument Document, DocumentVersion Version, Decision? Decision, int DecidingGroupId, IReadOnlyList<int> OrganisationIds);

/// <summary>
/// Granting, extending, revoking and closing exemptions, in one place for the API and the pages, with the decisions
/// and notifications that go with them. Callers check rights; errors are keyed by the camelCase field.
/// </summary>
public static class ExemptionOperations
{
    public static async Task<(Dictionary<string, string[]> Errors, ExemptionPlan? Plan)> CheckAsync(AppDbContext db, ExemptionInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (input.ValidFrom is DateOnly from && input.ValidTo is DateOnly to && ExemptionRules.WindowError(from, to) is { } window)
            errors["validTo"] = [window];
        GoverningDocument? document = null;
        if (input.DocumentId is int documentId)
        {
            document = await db.GoverningDocuments.Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == documentId, ct);
            if (document is null) errors["documentId"] = ["Styrdokumentet finns inte."];
            else if (!ExemptionRules.ExemptableTypes.Contains(document.Type))
                errors["documentId"] = [$"Avsteg görs från riktlinjer, rutiner och överenskommelser; ”{document.Title}” är en {DocumentText.Type(document.Type).ToLowerInvariant()}."];
            else if (document.Current is null)
                errors["documentId"] = [$"”{document.Title}” har ingen godkänd version att göra avsteg från."];
        }
        var organisations = await CheckOrganisationsAsync(db, input.OrganisationIds, document, errors, ct);
        var (decision, groupId) = await ResolveDecisionAsync(db, input.DecisionId, input.GroupId, document, errors, ct);
        if (errors.Count > 0 || document is null) return (errors, null);
        return (errors, new ExemptionPlan(document, document.Current!, decision, groupId, organisations));
    }

    public static async Task<Exemption> GrantAsync(AppDbContext db, ExemptionPlan plan, ExemptionInput input, int? actorPersonId, string byName, CancellationToken ct)
    {
        var (from, to) = (input.ValidFrom!.Value, input.ValidTo!.Value);
        var description = input.Description!.Trim();
        var decision = plan.Decision ?? DecisionOperations.RecordOutsideMeeting(db, plan.DecidingGroupId, DocumentText.Today(db.Clock),
            Shorten($"Temporärt avsteg från {plan.Document.Title} (version {plan.Version.Number}) från och med {DocumentText.Iso(from)} till och med {DocumentText.Iso(to)}: {description}"),
            DecisionType.Exemption, []);
        await DecisionOperations.LinkAsync(db, decision, plan.Document.Id, ct);
        var exemption = Exemption.Grant(plan.Document, plan.Version, decision, description, Clean(input.Reason), from, to, plan.OrganisationIds, DocumentText.Now(db.Clock), byName);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Exemptions.Add(exemption);
        await db.SaveChangesAsync(ct);
        await ExemptionNotifications.GrantedAsync(db, exemption, plan.Document.Title, decision.GroupId, actorPersonId, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return exemption;
    }

    /// <summary>Extends the exemption; a closed, revoked or ended one throws <see cref="InvalidStateChangeException"/> (409).</summary>
    public static async Task ExtendAsync(AppDbContext db, Exemption exemption, ExtensionInput input, Dictionary<string, string[]> errors, int? actorPersonId, string byName, CancellationToken ct)
    {
        var today = DocumentText.Today(db.Clock);
        if (ExemptionRules.ExtensionStateError(exemption.ValidTo, exemption.RevokedFrom, exemption.ReturnConfirmedAt is not null, today) is { } state)
            throw new InvalidStateChangeException(state);
        var (decision, _) = await ResolveDecisionAsync(db, input.DecisionId, exemption.Decision.GroupId, exemption.Document, errors, ct);
        var to = input.ValidTo!.Value;
        if (ExemptionRules.ExtensionDateError(exemption.ValidTo, to) is { } error) errors["validTo"] = [error];
        if (errors.Count > 0) return;
        decision ??= DecisionOperations.RecordOutsideMeeting(db, exemption.Decision.GroupId, today,
            Shorten($"Det temporära avsteget från {exemption.Document.Title} förlängs till och med {DocumentText.Iso(to)}: {exemption.Description}"),
            DecisionType.Exemption, []);
        await DecisionOperations.LinkAsync(db, decision, exemption.DocumentId, ct);
        exemption.Extend(to, decision, Clean(input.Note), today, DocumentText.Now(db.Clock), byName);
        await ExemptionNotifications.ChangedAsync(db, exemption, exemption.Document.Title, exemption.Decision.GroupId,
            $"är förlängt till och med {DocumentText.Iso(to)}", actorPersonId, ct);
    }

    /// <summary>Revokes the exemption; a closed, revoked or ended one throws <see cref="InvalidStateChangeException"/> (409).</summary>
    public static async Task RevokeAsync(AppDbContext db, Exemption exemption, RevocationInput input, Dictionary<string, string[]> errors, int? actorPersonId, string byName, CancellationToken ct)
    {
        var today = DocumentText.Today(db.Clock);
        if (ExemptionRules.RevocationStateError(exemption.ValidTo, exemption.RevokedFrom, exemption.ReturnConfirmedAt is not null, today) is { } state)
            throw new InvalidStateChangeException(state);
        Decision? decision = null;
        if (input.DecisionId is int decisionId) (decision, _) = await ResolveDecisionAsync(db, decisionId, null, exemption.Document, errors, ct);
        var from = input.From ?? today;
        if (ExemptionRules.RevocationDateError(exemption.ValidTo, from, today) is { } error) errors["from"] = [error];
        if (errors.Count > 0) return;
        exemption.Revoke(from, decision, input.Reason!.Trim(), today, DocumentText.Now(db.Clock), byName);
        await ExemptionNotifications.ChangedAsync(db, exemption, exemption.Document.Title, exemption.Decision.GroupId,
            from <= today ? "är återkallat och gäller inte längre" : $"är återkallat och gäller till och med {DocumentText.Iso(exemption.LastDay)}", actorPersonId, ct);
    }

    public static async Task ConfirmReturnAsync(AppDbContext db, Exemption exemption, ReturnInput input, int? actorPersonId, string byName, CancellationToken ct)
    {
        exemption.ConfirmReturn(input.Note!.Trim(), DocumentText.Today(db.Clock), DocumentText.Now(db.Clock), byName);
        await ExemptionNotifications.ChangedAsync(db, exemption, exemption.Document.Title, exemption.Decision.GroupId,
            "är avslutat: organisationerna följer åter den ordinarie rutinen", actorPersonId, ct);
    }

    /// <summary>The exemption with what its changes need, tracked.</summary>
    public static Task<Exemption?> LoadAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Exemptions.Include(e => e.Document).Include(e => e.Decision).Include(e => e.Organisations).Include(e => e.History)
            .AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);

    private static async Task<List<int>> CheckOrganisationsAsync(AppDbContext db, List<int>? ids, GoverningDocument? document, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (ids is null || ids.Count == 0)
        {
            errors["organisationIds"] = ["Välj minst en organisation som avsteget gäller."];
            return [];
        }
        var distinct = ids.Distinct().ToList();
        var found = await db.Organisations.AsNoTracking().Where(o => distinct.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.AreaId, Retired = o.RetiredAt != null, Area = o.Area.Name }).ToListAsync(ct);
        var missing = distinct.Except(found.Select(o => o.Id)).ToList();
        if (missing.Count > 0) errors["organisationIds"] = [$"Organisationen finns inte: {string.Join(", ", missing)}."];
        else if (document is not null && found.Where(o => o.AreaId != document.AreaId).Select(o => o.Name).ToList() is { Count: > 0 } outside)
        {
            var area = await db.Areas.Where(a => a.Id == document.AreaId).Select(a => a.Name).FirstAsync(ct);
            errors["organisationIds"] = [$"Organisationen hör inte till dokumentets samverkansområde {area}: {string.Join(", ", outside)}."];
        }
        else if (found.Where(o => o.Retired).Select(o => o.Name).ToList() is { Count: > 0 } retired)
            errors["organisationIds"] = [$"Organisationen är avslutad: {string.Join(", ", retired)}."];
        return distinct;
    }

    /// <summary>A named decision (which must exist, in the document's area), or else the group that decides now.</summary>
    private static async Task<(Decision? Decision, int GroupId)> ResolveDecisionAsync(
        AppDbContext db, int? decisionId, int? groupId, GoverningDocument? document, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (decisionId is int id)
        {
            var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == id, ct);
            if (decision is null) errors["decisionId"] = ["Beslutet finns inte."];
            else if (document is not null && !await db.Groups.AnyAsync(g => g.Id == decision.GroupId && g.AreaId == document.AreaId, ct))
                errors["decisionId"] = ["Beslutet är fattat av en grupp i ett annat samverkansområde än dokumentets."];
            return (decision, decision?.GroupId ?? 0);
        }
        var deciding = groupId ?? document?.OwnerGroupId ?? document?.ApprovingGroupId ?? 0;
        var areaId = document?.AreaId;
        if (groupId is int chosen && !await db.Groups.AnyAsync(g => g.Id == chosen && g.RetiredAt == null && (areaId == null || g.AreaId == areaId), ct))
            errors["groupId"] = ["Gruppen finns inte, är avslutad eller hör till ett annat samverkansområde än dokumentets."];
        return (null, deciding);
    }

    private static string Shorten(string text) => text.Length <= 4000 ? text : text[..3999] + "…";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
