using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Cases;

// The bodies of the API and the forms of the pages: the same attributes, the same Swedish messages.

/// <summary>A new case.</summary>
public sealed class CaseInput
{
    [Display(Name = "Grupp som ska hantera ärendet"), Chosen]
    public int? GroupId { get; set; }

    /// <summary>The organisation the raiser acts for; may be left out when there is only one, or by a convener.</summary>
    [Display(Name = "Organisation du företräder")]
    public int? OrganisationId { get; set; }

    [Display(Name = "Rubrik"), Mandatory, MaxChars(Case.MaxTitle), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Beskrivning"), Mandatory, MaxChars(Case.MaxText), NoPersonalIdentityNumber]
    public string? Description { get; set; }

    [Display(Name = "Brådska")]
    public CaseUrgency? Urgency { get; set; }

    [Display(Name = "Berörda organisationer")]
    public List<int>? AffectedOrganisationIds { get; set; }
}

/// <summary>Handing a case over to a group.</summary>
public sealed class HandoverInput
{
    [Display(Name = "Grupp som tar emot frågan"), Chosen]
    public int? ToGroupId { get; set; }

    [Display(Name = "Uppdrag"), Mandatory, MaxChars(Case.MaxText), NoPersonalIdentityNumber]
    public string? Assignment { get; set; }

    [Display(Name = "Återrapport senast")]
    public DateOnly? ReportBackBy { get; set; }

    /// <summary>The handover decision in the handing group's minutes (optional).</summary>
    [Display(Name = "Beslut i protokollet")]
    public int? DecisionId { get; set; }

    public int? Version { get; set; }
}

/// <summary>The case's decision at a meeting.</summary>
public sealed class CaseDecisionInput
{
    [Display(Name = "Beslut"), Mandatory, MaxChars(Case.MaxText), NoPersonalIdentityNumber]
    public string? Text { get; set; }

    /// <summary>The decision in the minutes this is (optional).</summary>
    [Display(Name = "Beslut i protokollet")]
    public int? DecisionId { get; set; }

    public int? Version { get; set; }
}

/// <summary>Closing a case, accepting a handover: an optional comment and the version.</summary>
public sealed class CommentInput
{
    [Display(Name = "Kommentar"), MaxChars(Case.MaxText), NoPersonalIdentityNumber]
    public string? Comment { get; set; }

    public int? Version { get; set; }
}

/// <summary>Returning a handover: why.</summary>
public sealed class ReturnInput
{
    [Display(Name = "Skäl"), Mandatory, MaxChars(Case.MaxText), NoPersonalIdentityNumber]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>A progress note on a handover.</summary>
public sealed class NoteInput
{
    [Display(Name = "Anteckning"), Mandatory, MaxChars(2000), NoPersonalIdentityNumber]
    public string? Text { get; set; }

    /// <summary>The handover's version, checked when given.</summary>
    public int? Version { get; set; }
}

/// <summary>The receiving group's report-back.</summary>
public sealed class ReportBackInput
{
    [Display(Name = "Återrapport"), Mandatory, MaxChars(Case.MaxText), NoPersonalIdentityNumber]
    public string? Text { get; set; }

    [Display(Name = "Länkar till underlag"), MaxChars(Handover.MaxLinks), NoPersonalIdentityNumber]
    public string? Links { get; set; }

    public int? Version { get; set; }
}
