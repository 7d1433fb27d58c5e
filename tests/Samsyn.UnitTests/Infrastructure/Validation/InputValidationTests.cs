using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Features.Structure.Groups;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.UnitTests.Infrastructure.Validation;

public sealed class InputValidationTests
{
    private static GroupInput ValidGroup() => new()
    {
        Name = "Närområdesgrupp Ale", Level = GroupLevel.Collaboration, AreaId = 1, ParentId = 3, Mandate = "Lokal samverkan.",
    };

    [Fact]
    public void Valid_input_has_no_errors() =>
        InputValidation.Validate(ValidGroup()).ShouldBeEmpty();

    [Fact]
    public void Errors_are_keyed_by_camelCase_field_names()
    {
        var errors = InputValidation.Validate(new GroupInput());
        errors.Keys.ShouldBe(["name", "level", "areaId"], ignoreOrder: true);
    }

    [Fact]
    public void Messages_are_Swedish_and_use_the_display_name()
    {
        var errors = InputValidation.Validate(new GroupInput());
        errors["name"].ShouldBe(["Namn måste anges."]);
        errors["level"].ShouldBe(["Välj nivå."]);
        errors["areaId"].ShouldBe(["Välj samverkansområde."]);
    }

    [Fact]
    public void Too_long_name_is_reported_with_the_limit()
    {
        var input = ValidGroup();
        input.Name = new string('x', 201);
        InputValidation.Validate(input)["name"].ShouldBe(["Namn får vara högst 200 tecken."]);
    }

    [Fact]
    public void Personal_identity_number_in_free_text_names_the_field()
    {
        var input = ValidGroup();
        input.Mandate = "Gäller patienten 811218-9876.";
        var errors = InputValidation.Validate(input);
        errors.Keys.ShouldBe(["mandate"]);
        errors["mandate"].Single().ShouldContain("personnummer");
    }

    [Fact]
    public void Several_failures_of_one_field_are_all_reported_once()
    {
        var errors = InputValidation.Validate(new TwoRules { ContactEmail = "811218-9876" });
        errors.Keys.ShouldBe(["contactEmail"]);
        errors["contactEmail"].Length.ShouldBe(2);
        errors["contactEmail"].ShouldBeUnique();
    }

    private sealed class TwoRules
    {
        [Email, NoPersonalIdentityNumber]
        public string? ContactEmail { get; set; }
    }
}
