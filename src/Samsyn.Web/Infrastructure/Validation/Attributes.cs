using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Infrastructure.Validation;

// Data-annotation attributes with Swedish messages from the resources, for pages and API alike.

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MandatoryAttribute : RequiredAttribute
{
    public MandatoryAttribute() : base() => ErrorMessageResourceType = typeof(Texts);

    public override string FormatErrorMessage(string name) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.Validation_Required, name);
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MaxCharsAttribute(int length) : StringLengthAttribute(length)
{
    public override string FormatErrorMessage(string name) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.Validation_MaxLength, name, MaximumLength);
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class EmailAttribute : ValidationAttribute
{
    private static readonly EmailAddressAttribute Inner = new();

    public EmailAttribute() : base(() => Texts.Validation_Email) { }

    public override bool IsValid(object? value) =>
        value is not string s || string.IsNullOrEmpty(s) || (Inner.IsValid(s) && s.Contains('.', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal));
}

/// <summary>A required choice from a list (an id or an enum value).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class ChosenAttribute : ValidationAttribute
{
    public ChosenAttribute() : base(() => Texts.Validation_Choose) { }

    public override bool IsValid(object? value) => value switch
    {
        null => false,
        int i => i > 0,
        Enum e => Enum.IsDefined(e.GetType(), e),
        _ => true,
    };

    public override string FormatErrorMessage(string name) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, Texts.Validation_Choose, name.ToLowerInvariant());
}
