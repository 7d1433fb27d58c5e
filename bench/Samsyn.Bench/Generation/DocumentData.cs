using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Features.Meetings;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Governing documents with their versions, each approved by a decision of the approving group and revised every
/// year or two; then temporary exemptions from approved documents, granted at a meeting of the area's management
/// group, and their return to normal confirmed once they have ended.
/// </summary>
internal sealed class DocumentData(BenchWorld world, BulkWriter writer)
{
    private static readonly DocumentType[] Types = [DocumentType.Routine, DocumentType.Guideline, DocumentType.Agreement, DocumentType.Routine, DocumentType.Other];
    private readonly Random random = world.Random("documents");

    public async Task LoadDocumentsAsync(CancellationToken ct)
    {
        for (var i = 0; i < world.Size.Documents; i++)
        {
            var area = world.Areas[i % world.Areas.Count];
            var approvingGroup = i % 3 == 0 ? area.CoordinationGroupId : area.ManagementGroupId;
            var subject = random.Pick(Words.DocumentSubjects);
            var type = Types[random.Next(Types.Length)];
            var document = new GoverningDocument
            {
                Id = world.NextId("GoverningDocument"), AreaId = area.Id, Type = type, Title = $"{Label(type)} för {subject} nr {i + 1}",
                PreparedBy = "Processledaren i samverkan med samordningsgruppen", ApprovingGroupId = approvingGroup, OwnerGroupId = area.ManagementGroupId,
                ReviewIntervalMonths = 12 * (1 + random.Next(2)), IssuedOn = world.Start.AddDays(random.Next(365 * world.Size.Years)),
            };
            AddVersions(document, subject);
            await writer.AddAsync(document, ct, rows: 1 + 2 * document.Versions.Count);
        }
    }

    private void AddVersions(GoverningDocument document, string subject)
    {
        var decisions = world.DecisionsByGroup.GetValueOrDefault(document.ApprovingGroupId) ?? [];
        var createdOn = document.IssuedOn!.Value;
        var content = $"<h2>Syfte</h2><p>Rutinen beskriver hur parterna samverkar kring {subject}.</p>" +
            string.Concat(Enumerable.Repeat("<p>Parterna informerar varandra i tid, dokumenterar överenskomna insatser och följer upp avvikelser i den gemensamma samverkansgruppen.</p>", 6));
        var version = document.StartFirstDraft(content, world.MomentOn(createdOn, 9 * 60), "Processledare");
        while (true)
        {
            var decision = decisions.FirstOrDefault(d => d.DecidedOn >= createdOn);
            if (decision is null || decision.DecidedOn > world.End) break;
            var stub = writer.Existing<Decision>(decision.Id, d => (d.GroupId, d.DecidedOn) = (decision.GroupId, decision.DecidedOn));
            document.Approve(version, stub, world.MomentOn(decision.DecidedOn, 15 * 60), "Processledare");
            version.Id = world.NextId("DocumentVersion");
            world.ApprovedDocuments.Add(new ApprovedDocument(document.Id, document.AreaId, version.Id, decision.DecidedOn));
            createdOn = decision.DecidedOn.AddDays(300 + random.Next(400));
            if (createdOn > world.End) break;
            version = document.StartRevision("Årlig revidering.", world.MomentOn(createdOn, 9 * 60), "Processledare");
        }
        if (document.Versions[^1].Id == 0) document.Versions[^1].Id = world.NextId("DocumentVersion");
    }

    private static string Label(DocumentType type) => type switch
    {
        DocumentType.Routine => "Rutin", DocumentType.Guideline => "Riktlinje", DocumentType.Agreement => "Överenskommelse", _ => "Styrdokument",
    };

    public async Task LoadExemptionsAsync(CancellationToken ct)
    {
        if (world.ApprovedDocuments.Count == 0) return;
        for (var i = 0; i < world.Size.Exemptions; i++)
        {
            var approved = world.ApprovedDocuments[random.Next(world.ApprovedDocuments.Count)];
            var management = world.Areas.Single(a => a.Id == approved.AreaId).ManagementGroupId;
            var decision = world.DecisionsByGroup[management].FirstOrDefault(d => d.DecidedOn >= approved.ApprovedOn.AddDays(random.Next(200)))
                ?? world.DecisionsByGroup[management][^1];
            var validFrom = decision.DecidedOn.AddDays(random.Next(14));
            var validTo = validFrom.AddDays(30 + random.Next(150));
            var area = world.Areas.Single(a => a.Id == approved.AreaId);
            var organisations = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => area.Organisations[random.Next(area.Organisations.Count)]);
            var exemption = Exemption.Grant(
                writer.Existing<GoverningDocument>(approved.Id), writer.Existing<DocumentVersion>(approved.VersionId),
                writer.Existing<Decision>(decision.Id), "Tillfälligt längre svarstid för SIP-kallelser under sommarperioden.",
                "Hög belastning i kommunerna.", validFrom, validTo, organisations, world.MomentOn(decision.DecidedOn, 15 * 60), "Processledare");
            exemption.Id = world.NextId("Exemption");
            if (validTo.AddDays(7) < world.End && random.Next(5) != 0)
                exemption.ConfirmReturn("Ordinarie rutin gäller igen.", world.End, world.MomentOn(validTo.AddDays(3), 10 * 60), "Processledare");
            await writer.AddAsync(exemption, ct, rows: 4);
        }
    }
}
