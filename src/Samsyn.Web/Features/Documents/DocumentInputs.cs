using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Documents;

/// <summary>
/// A governing document's header as the API and the pages send it; on creation also the first draft's text.
/// The area follows from the approving group.
/// </summary>
public sealed class DocumentInput
{
    public const int MaxContentChars = 200_000;

    [Display(Name = "Dokumenttyp"), Mandatory]
    public DocumentType? Type { get; set; }

    [Display(Name = "Titel"), Mandatory, MaxChars(300), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Upprättat av"), MaxChars(300), NoPersonalIdentityNumber]
    public string? PreparedBy { get; set; }

    [Display(Name = "Upprättat av (person)")]
    public int? PreparedByPersonId { get; set; }

    [Display(Name = "Upprättat av (grupp)")]
    public int? PreparedByGroupId { get; set; }

    [Display(Name = "Godkänns av"), Mandatory]
    public int? ApprovingGroupId { get; set; }

    [Display(Name = "Uppdrag (ägande grupp)")]
    public int? OwnerGroupId { get; set; }

    [Display(Name = "Utfärdsdatum")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Gäller från")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Gäller till")]
    public DateOnly? ValidTo { get; set; }

    [Display(Name = "Revideringsintervall")]
    public int? ReviewIntervalMonths { get; set; }

    /// <summary>A revision date set by hand; empty lets it follow the last approval and the interval.</summary>
    [Display(Name = "Nästa revidering")]
    public DateOnly? NextRevisionDue { get; set; }

    public bool? IsInternal { get; set; }

    /// <summary>The first draft's text (simple HTML or Markdown-like text); only when the document is created.</summary>
    [Display(Name = "Text"), MaxChars(MaxContentChars)]
    public string? Content { get; set; }

    public int? Version { get; set; }
}

/// <summary>A draft's text and change note (PUT …/versions/{number}).</summary>
public sealed class DraftInput
{
    [Display(Name = "Text"), MaxChars(DocumentInput.MaxContentChars)]
    public string? Content { get; set; }

    [Display(Name = "Vad som ändras"), MaxChars(2000), NoPersonalIdentityNumber]
    public string? ChangeNote { get; set; }

    public int? Version { get; set; }
}

/// <summary>Starts a revision: a new draft from the approved version, with what the revision changes.</summary>
public sealed class RevisionInput
{
    [Display(Name = "Vad som ändras"), Mandatory, MaxChars(2000), NoPersonalIdentityNumber]
    public string? ChangeNote { get; set; }
}

/// <summary>
/// Approves the draft by a decision of the approving group: an existing decision (<see cref="DecisionId"/>, from the
/// minutes or the register), or one taken outside a meeting that is registered now (<see cref="DecisionText"/> and
/// <see cref="DecidedOn"/>).
/// </summary>
public sealed class ApprovalInput
{
    [Display(Name = "Beslut")]
    public int? DecisionId { get; set; }

    [Display(Name = "Beslutet"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? DecisionText { get; set; }

    [Display(Name = "Beslutsdatum")]
    public DateOnly? DecidedOn { get; set; }

    public int? Version { get; set; }
}
