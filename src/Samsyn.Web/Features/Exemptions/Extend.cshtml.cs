using Samsyn.Web.Features.Documents;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>Prolongs the exemption by a new decision (as POST …/exemptions/{id}/extend).</summary>
public sealed class ExtendModel(AppDbContext db, DocumentRights rights) : ExemptionChangePage<ExtensionInput>(db, rights)
{
    protected override string[] FieldOrder => ["Input.ValidTo", "Input.DecisionId", "Input.Note"];

    protected override string Done => $"Avsteget är förlängt till och med {DocumentText.Iso(Input.ValidTo!.Value)}.";

    protected override int? VersionOf(ExtensionInput input) => input.Version;

    protected override ExtensionInput Start(ExemptionDetails exemption, DateOnly today) =>
        new() { ValidTo = exemption.Summary.ValidTo.AddDays(14), Version = exemption.Summary.Version };

    protected override Task ChangeAsync(Exemption exemption, ExtensionInput input, Dictionary<string, string[]> errors, string byName, CancellationToken ct) =>
        ExemptionOperations.ExtendAsync(Db, exemption, input, errors, Rights.PersonId, byName, ct);
}
