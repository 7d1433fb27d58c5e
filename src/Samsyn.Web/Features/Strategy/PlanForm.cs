using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Samsyn.Web.Features.Strategy;

/// <summary>One goal area on the plan form: an existing one (by id) or a new one, its place, or a wish to remove it.</summary>
public sealed class GoalAreaRow
{
    public int? Id { get; set; }
    [Display(Name = "Rubrik")] public string? Title { get; set; }
    [Display(Name = "Beskrivning")] public string? Description { get; set; }
    [Display(Name = "Plats i ordningen")] public int? Order { get; set; }
    [Display(Name = "Ta bort målområdet")] public bool Remove { get; set; }
}

/// <summary>
/// The form of a draft strategic plan: the API's <see cref="StrategicPlanInput"/> with the lists written one per line,
/// and the goal areas as rows (the existing ones plus a few empty rows for new ones).
/// </summary>
public sealed partial class PlanForm
{
    public const int EmptyRows = 3;

    [Display(Name = "Styrgrupp")] public int? SteeringGroupId { get; set; }
    [Display(Name = "Politiskt organ som fastställer")] public int? PoliticalGroupId { get; set; }
    [Display(Name = "Rubrik")] public string? Title { get; set; }
    [Display(Name = "Första år")] public int? StartYear { get; set; }
    [Display(Name = "Sista år")] public int? EndYear { get; set; }
    [Display(Name = "Uppföljningsperiod")] public ReportingPeriod? ReportingPeriod { get; set; }
    [Display(Name = "Inledning")] public string? Introduction { get; set; }
    [Display(Name = "Syfte")] public string? Purpose { get; set; }
    [Display(Name = "Övergripande mål")] public string? OverallGoal { get; set; }
    [Display(Name = "Förhållningssätt")] public string? GuidingPrinciples { get; set; }
    [Display(Name = "Målgrupper")] public string? TargetGroups { get; set; }
    [Display(Name = "Gemensam avsiktsförklaring")] public string? DeclarationOfIntent { get; set; }
    public List<GoalAreaRow> GoalAreas { get; set; } = [];
    public int? Version { get; set; }

    public static readonly string[] FieldOrder =
    [
        "Input.SteeringGroupId", "Input.PoliticalGroupId", "Input.Title", "Input.StartYear", "Input.EndYear", "Input.ReportingPeriod",
        "Input.Introduction", "Input.Purpose", "Input.OverallGoal", "Input.GuidingPrinciples", "Input.TargetGroups",
        "Input.DeclarationOfIntent", "Input.GoalAreas",
    ];

    public static PlanForm From(PlanDetails p) => new PlanForm
    {
        SteeringGroupId = p.SteeringGroupId, PoliticalGroupId = p.PoliticalGroupId, Title = p.Title, StartYear = p.StartYear, EndYear = p.EndYear,
        ReportingPeriod = p.ReportingPeriod, Introduction = p.Introduction, Purpose = p.Purpose, OverallGoal = p.OverallGoal,
        GuidingPrinciples = string.Join('\n', p.GuidingPrinciples), TargetGroups = string.Join('\n', p.TargetGroups.Select(t => t.Name)),
        DeclarationOfIntent = string.Join('\n', p.DeclarationOfIntent),
        GoalAreas = [.. p.GoalAreas.Select(g => new GoalAreaRow { Id = g.Id, Title = g.Title, Description = g.Description, Order = g.Order })],
        Version = p.Version,
    }.WithEmptyRows();

    public PlanForm WithEmptyRows()
    {
        GoalAreas.RemoveAll(r => r.Id is null && string.IsNullOrWhiteSpace(r.Title) && string.IsNullOrWhiteSpace(r.Description));
        for (var i = 0; i < EmptyRows; i++) GoalAreas.Add(new GoalAreaRow());
        return this;
    }

    /// <summary>The API's input; <c>Rows</c> tells which form row each goal area of the input came from.</summary>
    public (StrategicPlanInput Input, List<int> Rows) ToInput()
    {
        var rows = GoalAreas.Select((r, i) => (r, i))
            .Where(x => !x.r.Remove && (x.r.Id is not null || !string.IsNullOrWhiteSpace(x.r.Title) || !string.IsNullOrWhiteSpace(x.r.Description)))
            .ToList();
        return (new StrategicPlanInput
        {
            SteeringGroupId = SteeringGroupId, PoliticalGroupId = PoliticalGroupId, Title = Title, StartYear = StartYear, EndYear = EndYear,
            ReportingPeriod = ReportingPeriod, Introduction = Introduction?.Replace("\r\n", "\n", StringComparison.Ordinal), Purpose = Purpose, OverallGoal = OverallGoal,
            GuidingPrinciples = Lines(GuidingPrinciples), TargetGroups = Lines(TargetGroups), DeclarationOfIntent = Lines(DeclarationOfIntent),
            GoalAreas = [.. rows.Select(x => new GoalAreaInput { Id = x.r.Id, Title = x.r.Title, Description = x.r.Description, Order = x.r.Order })],
            Version = Version,
        }, [.. rows.Select(x => x.i)]);
    }

    /// <summary>"goalAreas[1].title" of the input → "goalAreas[4].title" of the form row it came from.</summary>
    public static Dictionary<string, string[]> ToFormErrors(Dictionary<string, string[]> errors, List<int> rows) =>
        errors.ToDictionary(e => GoalAreaIndex().Replace(e.Key, m => $"goalAreas[{rows[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].ToString(CultureInfo.InvariantCulture)}]"), e => e.Value);

    /// <summary>A list written one item per line; empty lines are skipped.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '•').Trim()).Where(l => l.Length > 0)];

    [GeneratedRegex(@"^goalAreas\[(\d+)\]")]
    private static partial Regex GoalAreaIndex();
}
