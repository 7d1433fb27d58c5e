using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Resources;

namespace Samsyn.Web.Features.Privacy;

/// <summary>Refuses free text that contains a personal identity number or coordination number.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class NoPersonalIdentityNumberAttribute : ValidationAttribute
{
    public NoPersonalIdentityNumberAttribute() : base(() => Texts.Validation_PersonalIdentityNumber) { }

    public override bool IsValid(object? value) =>
        value is not string text || !PersonalIdentityNumberGuard.ContainsIdentityNumber(text);
}
