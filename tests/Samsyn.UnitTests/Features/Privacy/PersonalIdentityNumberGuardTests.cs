using Samsyn.Web.Features.Privacy;

namespace Samsyn.UnitTests.Features.Privacy;

/// <summary>
/// The numbers here are Skatteverket's published test numbers (811218-9876) or numbers
/// made up for the test with a correct Luhn digit. They belong in tests only, never in src/.
/// </summary>
public sealed class PersonalIdentityNumberGuardTests
{
    [Theory]
    [InlineData("811218-9876")]
    [InlineData("8112189876")]
    public void Personal_identity_number_without_century_is_found(string text) =>
        PersonalIdentityNumberGuard.FindIdentityNumber(text).ShouldBe(text);

    [Theory]
    [InlineData("19811218-9876")]
    [InlineData("198112189876")]
    public void Personal_identity_number_with_century_is_found(string text) =>
        PersonalIdentityNumberGuard.FindIdentityNumber(text).ShouldBe(text);

    [Fact]
    public void Plus_separator_of_people_over_a_hundred_is_found() =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber("811218+9876").ShouldBeTrue();

    [Theory]
    [InlineData("701063-2391")]
    [InlineData("7010632391")]
    [InlineData("19701063-2391")]
    [InlineData("811278-9873")]
    public void Coordination_number_with_valid_check_digit_is_found(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeTrue();

    [Theory]
    [InlineData("811218-9875")]
    [InlineData("8112189870")]
    [InlineData("19811218-9871")]
    [InlineData("701063-2392")]
    public void Number_with_invalid_check_digit_passes(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();

    [Theory]
    [InlineData("811318-1237")]   // month 13
    [InlineData("810230-1234")]   // 30 February
    [InlineData("811200-1238")]   // day 0
    [InlineData("811232-1230")]   // day 32
    public void Number_with_impossible_date_passes_even_with_valid_check_digit(string text)
    {
        PersonalIdentityNumberGuard.LuhnIsValid(text.Replace("-", "")).ShouldBeTrue("the test number must fail on its date alone");
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();
    }

    [Theory]
    [InlineData("20240229-1237")]
    [InlineData("000229-1235")]   // 2000 was a leap year
    public void Leap_day_in_a_leap_year_is_found(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeTrue();

    [Theory]
    [InlineData("20230229-1238")]
    [InlineData("19000229-1235")] // 1900 was not a leap year
    [InlineData("970229-1239")]   // neither 1997 nor 2097
    public void Leap_day_outside_a_leap_year_passes(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();

    [Theory]
    [InlineData("2021-12-03")]
    [InlineData("Mötet hålls 2021-12-03 kl. 13.00.")]
    [InlineData("20211203")]
    public void Dates_pass(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();

    [Theory]
    [InlineData("070-123 45 67")]
    [InlineData("031-123 45 67")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("Ring 031-123 45 67 eller 070-123 45 67.")]
    public void Phone_numbers_pass(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();

    [Theory]
    [InlineData("AVV-2024-0042")]
    [InlineData("Se avvikelse AVV-2024-0042 och dnr 2024-00123.")]
    public void Reference_numbers_pass(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();

    [Fact]
    public void Number_embedded_in_a_sentence_is_found() =>
        PersonalIdentityNumberGuard.FindIdentityNumber("Patienten med 811218-9876 behöver uppföljning.").ShouldBe("811218-9876");

    [Fact]
    public void Number_at_the_end_of_a_sentence_is_found() =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber("Gäller 19811218-9876.").ShouldBeTrue();

    [Theory]
    [InlineData("08112189876")]    // a digit before
    [InlineData("81121898761")]    // a digit after
    [InlineData("1234811218-9876")]
    [InlineData("811218-98761")]
    public void Digits_adjacent_to_a_longer_digit_run_are_not_matched(string text) =>
        PersonalIdentityNumberGuard.ContainsIdentityNumber(text).ShouldBeFalse();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Ledningsgrupp i samverkan")]
    public void Text_without_numbers_passes(string? text) =>
        PersonalIdentityNumberGuard.FindIdentityNumber(text).ShouldBeNull();

    [Theory]
    [InlineData("8112189876", true)]
    [InlineData("8112189875", false)]
    [InlineData("81121898a6", false)]
    public void Luhn_check_accepts_only_the_right_check_digit(string digits, bool valid) =>
        PersonalIdentityNumberGuard.LuhnIsValid(digits).ShouldBe(valid);
}
