using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Decisions;

/// <summary>A decision a group took outside a meeting (by circulation, at short notice …), for the register.</summary>
public sealed class DecisionInput
{
    [Display(Name = "Grupp"), Mandatory]
    public int? GroupId { get; set; }

    [Display(Name = "Beslutsdatum"), Mandatory]
    public DateOnly? DecidedOn { get; set; }

    [Display(Name = "Beslut"), Mandatory, MaxChars(4000), NoPersonalIdentityNumber]
    public string? Text { get; set; }

    [Display(Name = "Typ av beslut")]
    public DecisionType? Type { get; set; }

    [Display(Name = "Styrdokument")]
    public List<int>? DocumentIds { get; set; }
}

/// <summary>The documents a decision concerns (PUT …/decisions/{id}/documents).</summary>
public sealed class DecisionLinksInput
{
    [Display(Name = "Styrdokument")]
    public List<int>? DocumentIds { get; set; }

    public int? Version { get; set; }
}

/// <summary>The decision register's changes, in one place for the API and the pages; callers check rights.</summary>
public static class DecisionOperations
{
    /// <summary>Checks a decision outside a meeting; errors keyed by the camelCase field.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(AppDbContext db, DecisionInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        var today = DocumentText.Today(db.Clock);
        if (input.DecidedOn is DateOnly on && on > today)
            errors["decidedOn"] = [$"Ett beslut kan inte registreras före den dag det fattas. Ange i dag ({DocumentText.Iso(today)}) eller ett tidigare datum."];
        if (input.GroupId is int groupId && !errors.ContainsKey("groupId"))
        {
            var area = await db.Groups.Where(g => g.Id == groupId && g.RetiredAt == null).Select(g => (int?)g.AreaId).FirstOrDefaultAsync(ct);
            if (area is null) errors["groupId"] = ["Gruppen finns inte eller är avslutad."];
            else if (await DocumentsErrorAsync(db, input.DocumentIds, area.Value, ct) is { } error) errors["documentIds"] = [error];
        }
        return errors;
    }

    /// <summary>Why the documents cannot be linked to a decision of a group in <paramref name="areaId"/>, or null.</summary>
    public static async Task<string?> DocumentsErrorAsync(AppDbContext db, IReadOnlyCollection<int>? documentIds, int areaId, CancellationToken ct)
    {
        if (documentIds is null || documentIds.Count == 0) return null;
        var ids = documentIds.Distinct().ToList();
        var found = await db.GoverningDocuments.Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.AreaId }).ToListAsync(ct);
        var missing = ids.Except(found.Select(f => f.Id)).ToList();
        if (missing.Count > 0) return $"Styrdokumentet finns inte: {string.Join(", ", missing)}.";
        return found.Any(f => f.AreaId != areaId) ? "Ett beslut kan bara gälla styrdokument i gruppens samverkansområde." : null;
    }

    /// <summary>Registers a checked decision outside a meeting (unsaved).</summary>
    public static Decision RecordOutsideMeeting(AppDbContext db, int groupId, DateOnly decidedOn, string text, DecisionType type, IEnumerable<int> documentIds)
    {
        var decision = new Decision { GroupId = groupId, DecidedOn = decidedOn, Text = text.Trim(), Type = type };
        db.Decisions.Add(decision);
        foreach (var id in documentIds.Distinct()) db.DecisionDocuments.Add(new DecisionDocument { DocumentId = id, Decision = decision });
        return decision;
    }

    /// <summary>Links the decision to a document unless it already is (unsaved).</summary>
    public static async Task LinkAsync(AppDbContext db, Decision decision, int documentId, CancellationToken ct)
    {
        var linked = decision.Id != 0 && await db.DecisionDocuments.AnyAsync(l => l.DecisionId == decision.Id && l.DocumentId == documentId, ct);
        var pending = db.ChangeTracker.Entries<DecisionDocument>().Any(e => e.State == EntityState.Added && e.Entity.DocumentId == documentId
            && (e.Entity.Decision == decision || (decision.Id != 0 && e.Entity.DecisionId == decision.Id)));
        if (!linked && !pending) db.DecisionDocuments.Add(new DecisionDocument { DocumentId = documentId, Decision = decision });
    }

    /// <summary>Replaces the documents a decision concerns; the decision's version rises so a stale edit is refused.</summary>
    public static async Task SetDocumentsAsync(AppDbContext db, Decision decision, IReadOnlyCollection<int> documentIds, CancellationToken ct)
    {
        var existing = await db.DecisionDocuments.Where(l => l.DecisionId == decision.Id).ToListAsync(ct);
        db.DecisionDocuments.RemoveRange(existing.Where(l => !documentIds.Contains(l.DocumentId)));
        foreach (var id in documentIds.Distinct().Where(id => existing.All(l => l.DocumentId != id)))
            db.DecisionDocuments.Add(new DecisionDocument { DecisionId = decision.Id, DocumentId = id });
        db.Entry(decision).State = EntityState.Modified;
    }
}
