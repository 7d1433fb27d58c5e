using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Decisions;

/// <summary>What rests on a decision, so that the minutes cannot drop a decision that approved a document or granted an exemption.</summary>
public static class DecisionUse
{
    /// <summary>"det godkände Vårdplanering vid utskrivning, version 2", or null when nothing rests on the decision.</summary>
    public static async Task<string?> DescribeAsync(AppDbContext db, int decisionId, CancellationToken ct)
    {
        var approval = await db.DocumentVersions.AsNoTracking().Where(v => v.ApprovalDecisionId == decisionId)
            .Join(db.GoverningDocuments, v => v.DocumentId, d => d.Id, (v, d) => new { d.Title, v.Number }).FirstOrDefaultAsync(ct);
        if (approval is not null) return $"det godkände {approval.Title}, version {approval.Number}";
        var exemption = await db.Exemptions.AsNoTracking()
            .Where(e => e.DecisionId == decisionId || e.History.Any(h => h.DecisionId == decisionId))
            .Select(e => e.Document.Title).FirstOrDefaultAsync(ct);
        return exemption is null ? null : $"det gäller ett temporärt avsteg från {exemption}";
    }
}
