using Samsyn.Web.Features.Deviations;

namespace Samsyn.UnitTests.Features.Deviations;

/// <summary>
/// A deviation describes the process, never the patient: every free-text field refuses a personal identity or coordination
/// number with a valid check digit, in every format, while dates, phone numbers and reference numbers pass.
/// The numbers are Skatteverket's published test number (811218-9876) or made up with a correct Luhn digit; tests only.
/// </summary>
public sealed class DeviationTextGuardTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private static DeviationInput Valid() => new()
    {
        ReportingOrganisationId = 1, ConcernedOrganisationIds = [2], Process = "discharge", Step = "admissionNoticeLate",
        OccurredOn = Today.AddDays(-2), Description = "Inskrivningsmeddelandet kom efter tre dygn.",
    };

    public static TheoryData<string> IdentityNumbers => new()
    {
        "19811218-9876", "198112189876", "811218-9876", "8112189876", "811218+9876",
        "701063-2391", "7010632391", "19701063-2391", "811278-9873",
    };

    public static TheoryData<string> Fields => new() { "description", "consequence", "governingDocumentReference", "reporterReference" };

    private static DeviationInput With(string field, string text)
    {
        var input = Valid();
        switch (field)
        {
            case "description": input.Description = text; break;
            case "consequence": input.Consequence = text; break;
            case "governingDocumentReference": input.GoverningDocumentReference = text; break;
            default: input.ReporterReference = text; break;
        }
        return input;
    }

    [Theory]
    [MemberData(nameof(IdentityNumbers))]
    public void Description_with_an_identity_number_in_any_format_is_refused(string number)
    {
        var errors = DeviationRules.Check(With("description", $"Patienten {number} skrevs ut utan meddelande."), Today);

        errors.Keys.ShouldBe(["description"]);
        errors["description"].ShouldHaveSingleItem().ShouldContain("aldrig patienten");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Every_free_text_field_is_checked(string field)
    {
        var errors = DeviationRules.Check(With(field, "gäller 811218-9876"), Today);

        errors.Keys.ShouldBe([field]);
    }

    [Theory]
    [InlineData("811218-9875")]
    [InlineData("19811218-9871")]
    [InlineData("701063-2392")]
    public void Number_with_a_wrong_check_digit_passes(string number) =>
        DeviationRules.Check(With("description", $"Referens {number} i vårt system."), Today).ShouldBeEmpty();

    [Theory]
    [InlineData("Hände 2026-03-14 kl. 16.30, utskrivningsklar 2026-03-12.")]
    [InlineData("Ring avdelningen på 0303-123 45 eller 0303-12345.")]
    [InlineData("Kommunens jour 031-123 45 67, mobil 070-123 45 67.")]
    [InlineData("Vårt ärende AV-2026-0417, diarienummer 2026/1234, Platina 2026-00123.")]
    [InlineData("Tre gånger på 90 dagar, 24 timmar för sent.")]
    public void Dates_phone_numbers_and_reference_numbers_pass(string text)
    {
        DeviationRules.Check(With("description", text), Today).ShouldBeEmpty();
        DeviationRules.Check(With("reporterReference", text.Length > 100 ? text[..100] : text), Today).ShouldBeEmpty();
    }

    [Fact]
    public void Answer_and_comments_are_checked_as_well()
    {
        var errors = DeviationHandling.Check(DeviationAction.Answer,
            new DeviationActionInput { Analysis = "Gällde 8112189876.", Measures = "Ny rutin från 2026-04-01.", Comment = "Se 19811218-9876" });

        errors.Keys.Order().ShouldBe(["analysis", "comment"]);
    }
}
