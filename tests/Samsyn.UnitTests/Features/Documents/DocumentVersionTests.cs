using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Structure;

namespace Samsyn.UnitTests.Features.Documents;

public sealed class DocumentVersionTests
{
    private const int ApprovingGroup = 2;
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static GoverningDocument NewDocument(int? intervalMonths = 24) => new()
    {
        Type = DocumentType.Guideline, Title = "Riktlinje för SIP", AreaId = 1, ApprovingGroupId = ApprovingGroup, OwnerGroupId = 3,
        ReviewIntervalMonths = intervalMonths,
    };

    private static Decision DecisionOn(DateOnly day, int group = ApprovingGroup, int id = 7) =>
        new() { Id = id, GroupId = group, DecidedOn = day, Text = "Samordningsgruppen fastställer riktlinjen.", Type = DecisionType.Decision };

    private static GoverningDocument Approved(DateOnly on)
    {
        var document = NewDocument();
        document.Approve(document.StartFirstDraft("<p>Text</p>", At, "Helena"), DecisionOn(on), At, "Helena");
        return document;
    }

    [Fact]
    public void A_new_document_has_one_draft_and_no_version_in_force()
    {
        var document = NewDocument();
        var draft = document.StartFirstDraft("<p>Text</p>", At, "Helena");

        document.Draft.ShouldBe(draft);
        document.Current.ShouldBeNull();
        document.FirstApprovedOn.ShouldBeNull();
        document.NextRevisionDue.ShouldBeNull();
        draft.Number.ShouldBe(1);
    }

    [Fact]
    public void Approving_the_draft_dates_it_by_the_decision_and_puts_it_in_force()
    {
        var document = NewDocument();
        var draft = document.StartFirstDraft("<p>Text</p>", At, "Helena");
        var decision = DecisionOn(new DateOnly(2021, 12, 3));

        document.Approve(draft, decision, At, "Helena");

        document.Current.ShouldBe(draft);
        document.Draft.ShouldBeNull();
        draft.ApprovedOn.ShouldBe(new DateOnly(2021, 12, 3));
        draft.ApprovalDecisionId.ShouldBe(7);
        draft.ApprovalRecordedBy.ShouldBe("Helena");
        document.FirstApprovedOn.ShouldBe(new DateOnly(2021, 12, 3));
    }

    [Fact]
    public void A_revision_starts_from_the_approved_text_and_leaves_the_approved_version_in_force()
    {
        var document = Approved(new DateOnly(2021, 12, 3));
        var current = document.Current!;

        var draft = document.StartRevision("Förtydligar ordförandeskapet.", At, "Helena");
        draft.Edit("<p>Ny text</p>", draft.ChangeNote);

        draft.Number.ShouldBe(2);
        draft.ChangeNote.ShouldBe("Förtydligar ordförandeskapet.");
        document.Current.ShouldBe(current);
        current.Content.ShouldBe("<p>Text</p>");
        document.Draft.ShouldBe(draft);
    }

    [Fact]
    public void Approving_the_revision_keeps_the_first_approval_date_and_adds_a_revision()
    {
        var document = Approved(new DateOnly(2021, 12, 3));
        var draft = document.StartRevision("Revision.", At, "Helena");

        document.Approve(draft, DecisionOn(new DateOnly(2023, 12, 1), id: 8), At, "Helena");

        document.Current!.Number.ShouldBe(2);
        document.FirstApprovedOn.ShouldBe(new DateOnly(2021, 12, 3));
        document.Versions.Count(v => v.IsApproved).ShouldBe(2);
        document.Versions.Single(v => v.Number == 1).Content.ShouldBe("<p>Text</p>", "the earlier version stays readable as it was");
    }

    [Fact]
    public void A_second_draft_is_refused_while_one_exists()
    {
        var document = Approved(new DateOnly(2021, 12, 3));
        document.StartRevision("Första.", At, "Helena");

        Should.Throw<InvalidStateChangeException>(() => document.StartRevision("Andra.", At, "Helena")).Message.ShouldContain("redan ett utkast");
        document.Versions.Count.ShouldBe(2);
    }

    [Fact]
    public void A_revision_before_any_approved_version_is_refused()
    {
        var unapproved = NewDocument();

        Should.Throw<InvalidStateChangeException>(() => unapproved.StartRevision("Ändring.", At, "Helena")).Message.ShouldContain("ingen godkänd version");
    }

    [Fact]
    public void An_approved_version_cannot_be_edited_nor_its_files_changed()
    {
        var document = Approved(new DateOnly(2021, 12, 3));
        var approved = document.Current!;

        Should.Throw<InvalidStateChangeException>(() => approved.Edit("<p>Ändrad</p>", null)).Message.ShouldContain("godkänd och kan inte ändras");
        Should.Throw<InvalidStateChangeException>(() => approved.AddFile(File("bilaga.pdf")));
        approved.Content.ShouldBe("<p>Text</p>");
        approved.Files.ShouldBeEmpty();
    }

    [Fact]
    public void An_approved_version_cannot_be_approved_again()
    {
        var document = Approved(new DateOnly(2021, 12, 3));

        Should.Throw<InvalidStateChangeException>(() => document.Approve(document.Current!, DecisionOn(new DateOnly(2022, 1, 1)), At, "Helena"));
    }

    [Fact]
    public void Approval_by_a_decision_of_another_group_is_refused()
    {
        var document = NewDocument();
        var draft = document.StartFirstDraft("<p>Text</p>", At, "Helena");

        Should.Throw<InvalidStateChangeException>(() => document.Approve(draft, DecisionOn(new DateOnly(2026, 1, 1), group: 99), At, "Helena"))
            .Message.ShouldContain("inte fattat av den grupp som godkänner");
        draft.IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void A_draft_without_text_or_file_is_not_approved_but_a_file_alone_is_enough()
    {
        var document = NewDocument();
        var draft = document.StartFirstDraft(null, At, "Helena");

        Should.Throw<InvalidStateChangeException>(() => document.Approve(draft, DecisionOn(new DateOnly(2026, 1, 1)), At, "Helena")).Message.ShouldContain("varken text eller fil");

        draft.AddFile(File("riktlinje.pdf"));
        document.Approve(draft, DecisionOn(new DateOnly(2026, 1, 1)), At, "Helena");
        draft.IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void A_decision_before_the_approval_of_the_version_in_force_is_refused()
    {
        var document = Approved(new DateOnly(2023, 12, 1));
        var draft = document.StartRevision("Revision.", At, "Helena");

        Should.Throw<InvalidStateChangeException>(() => document.Approve(draft, DecisionOn(new DateOnly(2023, 11, 30), id: 8), At, "Helena"))
            .Message.ShouldContain("före godkännandet av den gällande versionen");
        Should.NotThrow(() => document.Approve(draft, DecisionOn(new DateOnly(2023, 12, 1), id: 9), At, "Helena"));
    }

    [Fact]
    public void A_revision_gets_copies_of_the_files_so_the_approved_version_keeps_its_own()
    {
        var document = NewDocument();
        var first = document.StartFirstDraft(null, At, "Helena");
        first.AddFile(File("rutin.pdf"));
        document.Approve(first, DecisionOn(new DateOnly(2026, 1, 1)), At, "Helena");

        var draft = document.StartRevision("Ny bilaga.", At, "Helena");
        draft.RemoveFile(draft.Files.Single());

        first.Files.Select(f => f.FileName).ShouldBe(["rutin.pdf"]);
        draft.Files.ShouldBeEmpty();
    }

    [Fact]
    public void A_version_holds_at_most_ten_files()
    {
        var draft = NewDocument().StartFirstDraft(null, At, "Helena");
        for (var i = 0; i < DocumentVersion.MaxFiles; i++) draft.AddFile(File($"fil{i}.pdf"));

        Should.Throw<InvalidStateChangeException>(() => draft.AddFile(File("en-till.pdf")));
        draft.Files.Count.ShouldBe(10);
    }

    private static DocumentFile File(string name) => new()
    {
        FileName = name, ContentType = "application/pdf", Length = 5, Sha256 = "x", UploadedAt = At, UploadedByName = "Helena",
        Content = new DocumentFileContent { Data = "%PDF-"u8.ToArray() },
    };
}
