using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>Closes an ended exemption with the confirmed return to normal routine (as POST …/exemptions/{id}/close).</summary>
public sealed class CloseModel(AppDbContext db, DocumentRights rights) : ExemptionChangePage<ReturnInput>(db, rights)
{
    protected override string[] FieldOrder => ["Input.Note"];

    protected override string Done => "Avsteget är avslutat: återgången till ordinarie rutin är bekräftad.";

    protected override int? VersionOf(ReturnInput input) => input.Version;

    protected override ReturnInput Start(ExemptionDetails exemption, DateOnly today) => new() { Version = exemption.Summary.Version };

    protected override async Task ChangeAsync(Exemption exemption, ReturnInput input, Dictionary<string, string[]> errors, string byName, CancellationToken ct) =>
        await ExemptionOperations.ConfirmReturnAsync(Db, exemption, input, Rights.PersonId, byName, ct);
}
