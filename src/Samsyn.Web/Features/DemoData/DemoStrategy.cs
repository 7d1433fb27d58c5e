using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Strategy;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Web.Features.DemoData;

/// <summary>
/// The strategic plan of Vårdsamverkan Skaraborg 2018–2020 exactly as in the source document
/// (seeds/003), adopted by PSS on 5 October 2018; activity plans for 2019 of two of its
/// collaboration groups with follow-ups; and a successor plan 2021–2023 in draft.
/// </summary>
public sealed class DemoStrategy(AppDbContext db, TimeProvider clock)
{
    public const string PlanTitle = "Strategisk plan med prioriterade målområden för Vårdssamverkan Skaraborg 2018 - 2020";

    public static readonly string[] GuidingPrinciples =
    [
        "Samsyn, samverkan och samarbete mellan huvudmännen",
        "Vård och omsorg på rätt nivå där den gör mest nytta",
        "God och säker vård och omsorg",
    ];

    public static readonly string[] TargetGroups = ["Barn och unga", "Äldre med komplex sjukdomsbild", "Kroniskt sjuka", "Personer med psykisk ohälsa"];

    public static readonly string[] DeclarationOfIntent =
    [
        "förbinder sig att bibehålla och vidareutveckla ett förtroendefullt samarbete kring gemensamma målgrupper.",
        "tar ett gemensamt ansvar för ett långsiktigt utvecklingsarbete med utgångspunkt från den grundläggande ansvarsfördelningen och de prioriterade målområdena.",
        "ansvarar var för sig för att erforderliga resurser och kompetenser finns inom respektive ansvarsområde.",
    ];

    public static readonly (string Title, string? Description)[] GoalAreas =
    [
        ("Utveckla arbetsmodeller för den Nära vården", "Detta innefattar användning av digital teknik och ökad mobilitet. Med ökad mobilitet avses att kunna erbjuda vård och omsorg där den behövande vistas i sitt dagliga liv."),
        ("Bevara, stödja och förfina samverkansstrukturen och stödja arbetet i samverkansgrupperna.", null),
        ("Utveckla förutsättningar för vård på rätt vårdnivå", "Detta innefattar ett proaktivt förebyggande arbete med inriktning på folkhälsa och ökande egenvårdsförmåga."),
        ("Personal- och kompetensförsörjning", null),
    ];

    public const string Purpose = "Syfte är att nå en effektiv vårdssamverkan i frågor som berör samtliga parter.";

    public const string OverallGoal = "Målet är att berörda vårdtagare och patienter skall uppleva vård- och omsorgsinsatserna som en helhet utan gränser.";

    public const string Introduction =
        "Styrgruppen för Vårdsamverkan Skaraborg har i uppdrag av Politisk Samverkan Skaraborg (PSS) att lämna förslag till en treårig strategisk plan med prioriterade målområden för parternas gemensamma samverkansområden.\n\n"
        + "Att utveckla vårdssamverkan är ett långsiktigt arbete som bygger på goda relationer och att det finns tillit och förtroende mellan de som ska samverka. Arbetet måste organiseras, struktureras och formaliseras för att bli hållbart över tid. Kontinuerlig dialog och modet att våga gå från ord till handling är framgångsfaktorer. Ett viktigt led i detta är framtagande av en strategisk plan med målområden för de närmaste tre åren. Planen gäller under perioden 2018 - 2020 och omfattar de huvudmän i Skaraborg som bedriver verksamhet inom hälsa, stöd, vård och omsorg.";

    public async Task SeedAsync(CancellationToken ct)
    {
        var groups = await db.Groups.Where(g => g.Area.ShortName == "Skaraborg").ToListAsync(ct);
        var steering = groups.First(g => g.Name == "Styrgrupp Vårdsamverkan Skaraborg");
        var pss = groups.First(g => g.Name == "Politisk samverkan Skaraborg (PSS)");
        var hospital = await db.Organisations.FirstAsync(o => o.Name == "Skaraborgs Sjukhus", ct);
        var primaryCare = await db.Organisations.FirstAsync(o => o.Name == "Regional primärvård Skaraborg", ct);

        var plan = NewPlan(steering.AreaId, steering.Id, pss.Id, PlanTitle, 2018, 2020, Introduction);
        db.StrategicPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        plan.Propose(new DateTimeOffset(2018, 9, 14, 8, 0, 0, TimeSpan.Zero), "Styrgrupp Vårdsamverkan Skaraborg");
        plan.Adopt(new DateOnly(2018, 10, 5), "Politisk samverkan Skaraborg");

        var successor = NewPlan(steering.AreaId, steering.Id, pss.Id,
            "Strategisk plan med prioriterade målområden för Vårdsamverkan Skaraborg 2021–2023 (utkast)", 2021, 2023, null);
        db.StrategicPlans.Add(successor);
        await db.SaveChangesAsync(ct);

        var goal = plan.GoalAreas.OrderBy(g => g.Order).Select(g => g.Id).ToArray();
        var target = plan.TargetGroups.OrderBy(t => t.Order).Select(t => t.Id).ToArray();
        var elderly = new ActivityPlan { StrategicPlanId = plan.Id, GroupId = groups.First(g => g.Name.Contains("Äldre", StringComparison.Ordinal)).Id, Year = 2019,
            Summary = "Fokus på trygg hemgång och mobila arbetssätt för äldre med komplex sjukdomsbild." };
        var mental = new ActivityPlan { StrategicPlanId = plan.Id, GroupId = groups.First(g => g.Name.Contains("Psykisk", StringComparison.Ordinal)).Id, Year = 2019,
            Summary = "Samordnad vård och stöd för personer med psykisk ohälsa." };
        db.ActivityPlans.AddRange(elderly, mental);
        await db.SaveChangesAsync(ct);

        var mobile = Add(elderly, "Mobilt vårdteam i hemmet", [goal[0]], [target[1], target[2]], hospital.Id,
            "Färre akuta inläggningar bland äldre med komplex sjukdomsbild.", ("Andel hemgångar med SIP inom 3 dagar", "%", 60, 90));
        var digital = Add(elderly, "Digitala vårdmöten vid utskrivning", [goal[0], goal[2]], [target[1]], primaryCare.Id,
            "Digitala möten är standard vid planering inför hemgång.", ("Antal digitala vårdplaneringar per månad", "st", 10, 40));
        var network = Add(mental, "Gemensamt nätverk för samverkansgruppernas processledare", [goal[1]], [target[3]], primaryCare.Id,
            "Samverkansgrupperna delar arbetssätt och erfarenheter.", ("Nätverksträffar per år", "st", 0, 4));
        var selfCare = Add(mental, "Egenvårdsstöd vid psykisk ohälsa", [goal[2]], [target[3]], hospital.Id,
            "Fler får stöd till egenvård i tidigt skede.", ("Andel med egenvårdsplan", "%", 20, 50));
        db.Activities.AddRange(mobile, digital, network, selfCare);
        await db.SaveChangesAsync(ct);

        var at = new DateTimeOffset(2019, 7, 10, 8, 0, 0, TimeSpan.Zero);
        db.ActivityFollowUps.AddRange(
            FollowUp(mobile, 1, ActivityStatus.OnTrack, "Teamet startade i mars i tre kommuner.", at, 72m),
            FollowUp(digital, 1, ActivityStatus.AtRisk, "Tekniken fungerar men används ännu sällan.", at, 14m),
            FollowUp(network, 1, ActivityStatus.OnTrack, "Två träffar hållna.", at, 2m),
            FollowUp(mobile, 2, ActivityStatus.Done, "Teamet finns nu i alla kommuner.", at.AddMonths(6), 88m));
        await db.SaveChangesAsync(ct);

        var report = new FollowUpReport { StrategicPlanId = plan.Id, Kind = ReportKind.Yearly, Year = 2019 };
        report.WriteSummary(YearlySummary2019, new DateTimeOffset(2020, 1, 20, 9, 0, 0, TimeSpan.Zero), "Styrgrupp Vårdsamverkan Skaraborg");
        db.FollowUpReports.Add(report);
        await db.SaveChangesAsync(ct);
        _ = clock;
    }

    /// <summary>The steering group's summary of the 2019 follow-up, kept with the yearly report.</summary>
    public const string YearlySummary2019 =
        "Under 2019 har samverkansgrupperna för äldre och för psykisk hälsa arbetat med fyra aktiviteter under tre av de fyra målområdena. "
        + "Det mobila vårdteamet finns nu i alla kommuner och har nästan nått sitt mål.\n\n"
        + "Digitala vårdmöten vid utskrivning används ännu sällan och följs särskilt under 2020. "
        + "Personal- och kompetensförsörjning saknar aktivitet; styrgruppen ger samverkansgrupperna i uppdrag att ta fram en gemensam aktivitet i verksamhetsplanerna för 2020.";

    private static StrategicPlan NewPlan(int areaId, int steeringId, int politicalId, string title, int start, int end, string? introduction)
    {
        var plan = new StrategicPlan
        {
            AreaId = areaId, SteeringGroupId = steeringId, PoliticalGroupId = politicalId, Title = title, StartYear = start, EndYear = end,
            Introduction = introduction, Purpose = Purpose, OverallGoal = OverallGoal, ReportingPeriod = ReportingPeriod.HalfYearly,
        };
        plan.GoalAreas.AddRange(GoalAreas.Select((g, i) => new GoalArea { Title = g.Title, Description = g.Description, Order = i + 1 }));
        plan.TargetGroups.AddRange(TargetGroups.Select((t, i) => new TargetGroup { Name = t, Order = i + 1 }));
        plan.Statements.AddRange(GuidingPrinciples.Select((t, i) => new PlanStatement { Kind = PlanStatementKind.GuidingPrinciple, Text = t, Order = i + 1 }));
        plan.Statements.AddRange(DeclarationOfIntent.Select((t, i) => new PlanStatement { Kind = PlanStatementKind.DeclarationOfIntent, Text = t, Order = i + 1 }));
        return plan;
    }

    private static Activity Add(ActivityPlan plan, string title, int[] goalAreas, int[] targetGroups, int owner, string expected,
        (string Name, string Unit, decimal Baseline, decimal Target) indicator)
    {
        var activity = new Activity { ActivityPlanId = plan.Id, Title = title, OwnerOrganisationId = owner, ExpectedResult = expected,
            StartDate = new DateOnly(plan.Year, 1, 1), EndDate = new DateOnly(plan.Year, 12, 31) };
        activity.GoalAreas.AddRange(goalAreas.Select(g => new ActivityGoalArea { GoalAreaId = g }));
        activity.TargetGroups.AddRange(targetGroups.Select(t => new ActivityTargetGroup { TargetGroupId = t }));
        activity.Indicators.Add(new Indicator { Name = indicator.Name, Unit = indicator.Unit, Baseline = indicator.Baseline, Target = indicator.Target });
        return activity;
    }

    private static ActivityFollowUp FollowUp(Activity activity, int period, ActivityStatus status, string comment, DateTimeOffset at, decimal value)
    {
        var followUp = new ActivityFollowUp { ActivityId = activity.Id, Year = 2019, Period = period, Status = status, Comment = comment, RecordedAt = at, RecordedBy = "Demodata" };
        followUp.Values.Add(new IndicatorValue { IndicatorId = activity.Indicators[0].Id, Value = value });
        return followUp;
    }
}
