using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>Ends the exemption early (as POST …/exemptions/{id}/revoke).</summary>
public sealed class RevokeModel(AppDbContext db, DocumentRights rights) : ExemptionChangePage<RevocationInput>(db, rights)
{
    protected override string[] FieldOrder => ["Input.From", "Input.DecisionId", "Input.Reason"];

    protected override string Done => "Avsteget är återkallat. De berörda organisationerna har fått en notis.";

    protected override int? VersionOf(RevocationInput input) => input.Version;

    protected override RevocationInput Start(ExemptionDetails exemption, DateOnly today) => new() { From = today, Version = exemption.Summary.Version };

    protected override Task ChangeAsync(Exemption exemption, RevocationInput input, Dictionary<string, string[]> errors, string byName, CancellationToken ct) =>
        ExemptionOperations.RevokeAsync(Db, exemption, input, errors, Rights.PersonId, byName, ct);
}
