using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samsyn.IntegrationTests.Features.Notifications;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.IntegrationTests.Features.Strategy;

/// <summary>Who is told when a plan is proposed and adopted, and the follow-up reminder a week before a period's follow-up is due.</summary>
public abstract class StrategyNotificationTests(SamsynFactory factory)
{
    private Task<List<Notification>> RaisedAsync(string link, NotificationKind kind) =>
        factory.InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.Link == link && n.Kind == kind).OrderBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task Proposing_tells_the_steering_and_political_groups_and_adopting_tells_the_steering_group_and_the_areas_conveners()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var steering = (await admin.CreateGroupAsync(level: "steering")).GetProperty("id").GetInt32();
        var political = (await admin.CreateGroupAsync(level: "political")).GetProperty("id").GetInt32();
        var collaboration = (await admin.CreateGroupAsync()).GetProperty("id").GetInt32();
        var (steeringMember, politician, convener, bystander) =
            (await factory.NewPersonWithAccountAsync(), await factory.NewPersonWithAccountAsync(), await factory.NewPersonWithAccountAsync(), await factory.NewPersonWithAccountAsync());
        foreach (var (group, person, role) in new[] { (steering, steeringMember, "member"), (political, politician, "member"), (collaboration, convener, "convener"), (collaboration, bystander, "member") })
            using (var add = await admin.PostJsonAsync($"/api/v1/groups/{group}/members", new { personId = person.PersonId, role }))
                add.StatusCode.ShouldBe(HttpStatusCode.Created, await add.Content.ReadAsStringAsync());
        var body = (Dictionary<string, object?>)JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(StrategyScene.PlanBody(steering)))!;
        body["politicalGroupId"] = political;
        using var created = await admin.PostJsonAsync("/api/v1/strategic-plans", body);
        var plan = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        var link = $"/strategi/planer/{plan.GetProperty("id").GetInt32()}";

        plan = await StrategyScene.AdvanceAsync(admin, plan, "propose");
        var proposed = await RaisedAsync(link, NotificationKind.StrategicPlanProposed);
        proposed.Select(n => n.RecipientPersonId).ShouldBe([steeringMember.PersonId, politician.PersonId], ignoreOrder: true);
        proposed[0].Subject.ShouldStartWith("Föreslagen: ");

        await StrategyScene.AdvanceAsync(admin, plan, "adopt", new { adoptedOn = "2029-11-20", decidedBy = "PSS", version = plan.GetProperty("version").GetInt32() });
        var adopted = (await RaisedAsync(link, NotificationKind.StrategicPlanAdopted)).Select(n => n.RecipientPersonId).ToList();
        adopted.ShouldContain(steeringMember.PersonId);
        adopted.ShouldContain(convener.PersonId);
        adopted.ShouldNotContain(bystander.PersonId);
        adopted.ShouldNotContain(politician.PersonId);
        adopted.Count.ShouldBe(adopted.Distinct().Count(), "one notification per person");
    }

    [Fact]
    public async Task A_follow_up_due_is_reminded_a_week_before_its_last_day_once_and_not_after_it_is_recorded()
    {
        var scene = await StrategyScene.CreateAsync(factory);
        using var member = await factory.SignedInAsync(scene.Member.Email);
        var planId = await scene.NewActivityPlanAsync(member);
        var activity = await scene.NewActivityAsync(member, planId, StrategyScene.Activity([scene.GoalAreaIds[0]]));
        // Period 2 is followed up ahead of time, so that only period 1 (due 14 July 2030) is reminded.
        using (var second = await member.PostJsonAsync($"/api/v1/activities/{activity.GetProperty("id").GetInt32()}/follow-ups", new { year = 2030, period = 2, status = "onTrack" }))
            second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reminders = factory.Services.GetRequiredService<ReminderService>();
        var link = $"/strategi/verksamhetsplaner/{planId}";
        async Task RaiseAtAsync(DateTimeOffset moment)
        {
            using (factory.Clock.TravelTo(moment)) await reminders.RaiseDueAsync(CancellationToken.None);
        }
        var summer = TimeSpan.FromHours(2);
        var winter = TimeSpan.FromHours(1);

        // A week before 14 July is Sunday 7 July; the reminder comes on the working day before, Friday 5 July, at 08.00.
        await RaiseAtAsync(new DateTimeOffset(2030, 7, 4, 12, 0, 0, summer));
        await RaiseAtAsync(new DateTimeOffset(2030, 7, 5, 7, 59, 0, summer));
        (await RaisedAsync(link, NotificationKind.FollowUpDue)).ShouldBeEmpty("not before 08.00 on the working day a week before the last day");

        await RaiseAtAsync(new DateTimeOffset(2030, 7, 5, 8, 0, 0, summer));
        var raised = await RaisedAsync(link, NotificationKind.FollowUpDue);
        raised.ShouldHaveSingleItem().RecipientPersonId.ShouldBe(scene.Member.PersonId);
        raised[0].Subject.ShouldContain("2030 halvår 1");
        raised[0].Body.ShouldContain("14 juli 2030");

        await RaiseAtAsync(new DateTimeOffset(2030, 7, 10, 9, 0, 0, summer));
        await RaiseAtAsync(new DateTimeOffset(2030, 7, 14, 9, 0, 0, summer));
        (await RaisedAsync(link, NotificationKind.FollowUpDue)).Count.ShouldBe(1, "a reminder is raised once");
        await RaiseAtAsync(new DateTimeOffset(2031, 1, 8, 9, 0, 0, winter));
        (await RaisedAsync(link, NotificationKind.FollowUpDue)).Count.ShouldBe(1, "period 2 is already followed up");
        (await factory.InDatabaseAsync(db => db.SentReminders.CountAsync(r => r.Key.StartsWith($"strategy-follow-up:{planId}:")))).ShouldBe(1);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class StrategyNotificationsOnSqlite(SqliteFactory factory) : StrategyNotificationTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class StrategyNotificationsOnPostgres(PostgresFactory factory) : StrategyNotificationTests(factory);
