using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.UnitTests.Infrastructure.Validation;

public sealed class AttributeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Mandatory_refuses_missing_text(string? value) =>
        new MandatoryAttribute().IsValid(value).ShouldBeFalse();

    [Fact]
    public void Mandatory_accepts_text() =>
        new MandatoryAttribute().IsValid("SIMBA").ShouldBeTrue();

    [Fact]
    public void Mandatory_message_is_Swedish_and_names_the_field() =>
        new MandatoryAttribute().FormatErrorMessage("Namn").ShouldBe("Namn måste anges.");

    [Fact]
    public void MaxChars_accepts_text_up_to_the_limit_and_refuses_longer()
    {
        var attribute = new MaxCharsAttribute(5);
        attribute.IsValid("12345").ShouldBeTrue();
        attribute.IsValid("123456").ShouldBeFalse();
        attribute.IsValid(null).ShouldBeTrue("missing text is Mandatory's business");
    }

    [Fact]
    public void MaxChars_message_is_Swedish_with_the_limit() =>
        new MaxCharsAttribute(200).FormatErrorMessage("Namn").ShouldBe("Namn får vara högst 200 tecken.");

    [Theory]
    [InlineData("anna.dikt@stenungsund.se")]
    [InlineData("a@b.se")]
    [InlineData("")]
    [InlineData(null)]
    public void Email_accepts_addresses_and_leaves_missing_ones_to_Mandatory(string? value) =>
        new EmailAttribute().IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData("anna")]
    [InlineData("anna@kommun")]
    [InlineData("anna dikt@kommun.se")]
    [InlineData("@kommun.se")]
    public void Email_refuses_what_is_not_an_address(string value) =>
        new EmailAttribute().IsValid(value).ShouldBeFalse();

    [Fact]
    public void Email_message_is_Swedish() =>
        new EmailAttribute().FormatErrorMessage("E-postadress").ShouldStartWith("Ange en giltig e-postadress");

    [Fact]
    public void Chosen_refuses_nothing_zero_and_undefined_enum_values()
    {
        var attribute = new ChosenAttribute();
        attribute.IsValid(null).ShouldBeFalse();
        attribute.IsValid(0).ShouldBeFalse();
        attribute.IsValid(-3).ShouldBeFalse();
        attribute.IsValid((GroupLevel)99).ShouldBeFalse();
    }

    [Fact]
    public void Chosen_accepts_an_id_or_a_defined_enum_value()
    {
        var attribute = new ChosenAttribute();
        attribute.IsValid(4).ShouldBeTrue();
        attribute.IsValid(GroupLevel.Management).ShouldBeTrue();
        attribute.IsValid(GroupLevel.Political).ShouldBeTrue("the first enum value is a real choice");
    }

    [Fact]
    public void Chosen_message_is_Swedish_with_the_field_in_lower_case() =>
        new ChosenAttribute().FormatErrorMessage("Nivå").ShouldBe("Välj nivå.");

    [Fact]
    public void Attributes_work_through_the_validator_with_display_names()
    {
        var results = new List<ValidationResult>();
        var input = new Sample { Name = null, ContactEmail = "fel" };
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true).ShouldBeFalse();
        results.Select(r => r.ErrorMessage).ShouldBe(["Namn måste anges.", "Ange en giltig e-postadress, till exempel namn@kommun.se."], ignoreOrder: true);
    }

    private sealed class Sample
    {
        [Display(Name = "Namn"), Mandatory]
        public string? Name { get; set; }

        [Email]
        public string? ContactEmail { get; set; }
    }
}
