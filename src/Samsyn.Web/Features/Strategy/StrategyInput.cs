using System.ComponentModel.DataAnnotations;
using Samsyn.Web.Features.Privacy;
using Samsyn.Web.Infrastructure.Validation;

namespace Samsyn.Web.Features.Strategy;

public sealed class GoalAreaInput
{
    [Display(Name = "Målområde"), Mandatory, MaxChars(300), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Beskrivning"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Description { get; set; }

    /// <summary>In a plan's list of goal areas: the goal area the row edits; none adds one.</summary>
    public int? Id { get; set; }

    /// <summary>The goal area's place, 1 = first.</summary>
    [Range(1, 100, ErrorMessage = "Ordningen är ett tal från 1 till 100.")]
    public int? Order { get; set; }

    /// <summary>For a change of one goal area: the version the client saw.</summary>
    public int? Version { get; set; }
}

public sealed class StrategicPlanInput
{
    [Display(Name = "Styrgrupp"), Chosen]
    public int? SteeringGroupId { get; set; }

    [Display(Name = "Politiskt organ")]
    public int? PoliticalGroupId { get; set; }

    [Display(Name = "Rubrik"), Mandatory, MaxChars(300), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Första år"), Mandatory, Range(2000, 2100, ErrorMessage = "Året ska vara mellan 2000 och 2100.")]
    public int? StartYear { get; set; }

    [Display(Name = "Sista år"), Mandatory, Range(2000, 2100, ErrorMessage = "Året ska vara mellan 2000 och 2100.")]
    public int? EndYear { get; set; }

    [Display(Name = "Inledning"), MaxChars(8000), NoPersonalIdentityNumber]
    public string? Introduction { get; set; }

    [Display(Name = "Syfte"), Mandatory, MaxChars(4000), NoPersonalIdentityNumber]
    public string? Purpose { get; set; }

    [Display(Name = "Övergripande mål"), Mandatory, MaxChars(4000), NoPersonalIdentityNumber]
    public string? OverallGoal { get; set; }

    [Display(Name = "Uppföljningsperiod")]
    public ReportingPeriod? ReportingPeriod { get; set; }

    public List<string>? GuidingPrinciples { get; set; }
    public List<string>? TargetGroups { get; set; }
    public List<string>? DeclarationOfIntent { get; set; }
    public List<GoalAreaInput>? GoalAreas { get; set; }

    public int? Version { get; set; }
}

public sealed class AdoptInput
{
    [Display(Name = "Beslutsdatum"), Mandatory]
    public DateOnly? AdoptedOn { get; set; }

    [Display(Name = "Beslutat av"), MaxChars(200), NoPersonalIdentityNumber]
    public string? DecidedBy { get; set; }

    public int? Version { get; set; }
}

public sealed class ReviseInput
{
    [Display(Name = "Ändringsnotering"), Mandatory, MaxChars(4000), NoPersonalIdentityNumber]
    public string? ChangeNote { get; set; }

    public int? Version { get; set; }
}

public sealed class ActivityPlanInput
{
    [Display(Name = "Strategisk plan"), Chosen]
    public int? StrategicPlanId { get; set; }

    [Display(Name = "Grupp"), Chosen]
    public int? GroupId { get; set; }

    [Display(Name = "År"), Mandatory]
    public int? Year { get; set; }

    [Display(Name = "Sammanfattning"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Summary { get; set; }

    /// <summary>When an activity plan is changed: the version the client saw.</summary>
    public int? Version { get; set; }
}

public sealed class IndicatorInput
{
    /// <summary>When an activity is changed: the indicator the row keeps; none adds one.</summary>
    public int? Id { get; set; }

    [Display(Name = "Indikator"), Mandatory, MaxChars(300), NoPersonalIdentityNumber]
    public string? Name { get; set; }

    [Display(Name = "Enhet"), Mandatory, MaxChars(30)]
    public string? Unit { get; set; }

    [Display(Name = "Utgångsvärde"), Mandatory]
    public decimal? Baseline { get; set; }

    [Display(Name = "Målvärde"), Mandatory]
    public decimal? Target { get; set; }
}

public sealed class ActivityInput
{
    [Display(Name = "Aktivitet"), Mandatory, MaxChars(300), NoPersonalIdentityNumber]
    public string? Title { get; set; }

    [Display(Name = "Beskrivning"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Description { get; set; }

    public List<int>? GoalAreaIds { get; set; }
    public List<int>? TargetGroupIds { get; set; }

    [Display(Name = "Ansvarig organisation")]
    public int? OwnerOrganisationId { get; set; }

    [Display(Name = "Ansvarig person")]
    public int? OwnerPersonId { get; set; }

    [Display(Name = "Start")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Slut")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Förväntat resultat"), MaxChars(2000), NoPersonalIdentityNumber]
    public string? ExpectedResult { get; set; }

    public List<IndicatorInput>? Indicators { get; set; }

    /// <summary>When an activity is changed: the version the client saw.</summary>
    public int? Version { get; set; }
}

public sealed class IndicatorValueInput
{
    public int? IndicatorId { get; set; }
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
}

public sealed class FollowUpInput
{
    [Display(Name = "År"), Mandatory]
    public int? Year { get; set; }

    [Display(Name = "Period"), Mandatory]
    public int? Period { get; set; }

    [Display(Name = "Status"), Mandatory]
    public ActivityStatus? Status { get; set; }

    [Display(Name = "Kommentar"), MaxChars(4000), NoPersonalIdentityNumber]
    public string? Comment { get; set; }

    public List<IndicatorValueInput>? Values { get; set; }

    /// <summary>When a follow-up is changed: the version the client saw.</summary>
    public int? Version { get; set; }
}
