using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Exemptions;

/// <summary>
/// A temporary exemption as the API and the pages send it (the contract's body). Without <see cref="DecisionId"/> the
/// decision is registered now, outside a meeting, as a decision of <see cref="GroupId"/> (by default the group that
/// owns the document, else the one that approves it): an exemption is never without a decision.
/// </summary>
public sealed class ExemptionInput
{
    public const int MaxDescriptionChars = 2000;
    public const int MaxReasonChars = 2000;

    [Display(Name = "Styrdokument"), Mandatory]
    public int? DocumentId { get; set; }

    [Display(Name = "Beslut")]
    public int? DecisionId { get; set; }

    /// <summary>The deciding group when no decision is named.</summary>
    [Display(Name = "Beslutande grupp")]
    public int? GroupId { get; set; }

    [Display(Name = "Vad avsteget gäller"), Mandatory, MaxChars(MaxDescriptionChars), NoPersonalIdentityNumber]
    public string? Description { get; set; }

    [Display(Name = "Skäl"), MaxChars(MaxReasonChars), NoPersonalIdentityNumber]
    public string? Reason { get; set; }

    [Display(Name = "Organisationer")]
    public List<int>? OrganisationIds { get; set; }

    [Display(Name = "Gäller från och med"), Mandatory]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Gäller till och med"), Mandatory]
    public DateOnly? ValidTo { get; set; }
}

/// <summary>Prolongs an exemption to a later last day, by a decision (named, or registered now outside a meeting).</summary>
public sealed class ExtensionInput
{
    [Display(Name = "Ny sista dag"), Mandatory]
    public DateOnly? ValidTo { get; set; }

    [Display(Name = "Beslut")]
    public int? DecisionId { get; set; }

    [Display(Name = "Skäl"), MaxChars(2000), NoPersonalIdentityNumber]
    public string? Note { get; set; }

    public int? Version { get; set; }
}

/// <summary>Ends an exemption early: from <see cref="From"/> (today when left out) it no longer applies.</summary>
public sealed class RevocationInput
{
    [Display(Name = "Upphör från och med")]
    public DateOnly? From { get; set; }

    [Display(Name = "Beslut")]
    public int? DecisionId { get; set; }

    [Display(Name = "Skäl"), Mandatory, MaxChars(2000), NoPersonalIdentityNumber]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>Closes an ended exemption: the organisations follow the ordinary routine again.</summary>
public sealed class ReturnInput
{
    [Display(Name = "Bekräftelse"), Mandatory, MaxChars(2000), NoPersonalIdentityNumber]
    public string? Note { get; set; }

    public int? Version { get; set; }
}
