namespace Samsyn.IntegrationTests.Features.Meetings;

/// <summary>
/// The agenda: the convener adds items, members propose them until the deadline, the convener accepts or declines
/// and publishes; publishing freezes the agenda and later items are late additions.
/// </summary>
public abstract class AgendaApiTests(SamsynFactory factory)
{
    /// <summary>15 February two years ahead: far enough for members to propose, and in winter time.</summary>
    private static readonly DateTimeOffset Start = new(DateTime.UtcNow.Year + 2, 2, 15, 8, 15, 0, MeetingsApi.Winter);

    private static Task<HttpResponseMessage> PublishAsync(HttpClient client, int meetingId) =>
        client.PostJsonAsync($"/api/v1/meetings/{meetingId}/agenda/publish", new { });

    private static async Task<JsonElement> ItemAsync(HttpClient client, int meetingId, int itemId) =>
        MeetingsApi.Agenda(await client.GetMeetingAsync(meetingId)).Single(i => i.GetProperty("id").GetInt32() == itemId);

    [Fact]
    public async Task Convener_adds_an_accepted_item_at_the_end()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);

        using var response = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda-items",
            new { title = "Beslut om gemensam rutin för utskrivning", kind = "decision", durationMinutes = 10 });

        var item = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        item.GetProperty("id").GetInt32().ShouldBePositive();
        item.GetProperty("title").GetString().ShouldBe("Beslut om gemensam rutin för utskrivning");
        item.GetProperty("kind").GetString().ShouldBe("decision");
        item.GetProperty("durationMinutes").GetInt32().ShouldBe(10);
        item.GetProperty("status").GetString().ShouldBe("accepted");
        item.GetProperty("order").GetInt32().ShouldBe(6, "after the five standing items");
        item.GetProperty("isStanding").GetBoolean().ShouldBeFalse();
        item.GetProperty("isLateAddition").GetBoolean().ShouldBeFalse();
        item.GetProperty("proposedBy").GetString().ShouldBe("Helena Fiktiva");
        (await convener.GetMeetingAsync(id)).GetProperty("agendaMinutes").GetInt32().ShouldBe(55);
    }

    [Fact]
    public async Task Member_proposes_an_item_that_waits_for_the_convener()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using var member = await factory.SignedInAsync(Demo.Member);

        var item = await member.AddAgendaItemAsync(id, "Hjälpmedel vid hemgång", "discussion", 15);

        item.GetProperty("status").GetString().ShouldBe("proposed");
        item.GetProperty("proposedBy").GetString().ShouldBe("Eva Låtsasson");
        item.GetProperty("kind").GetString().ShouldBe("discussion");
        (await convener.GetMeetingAsync(id)).GetProperty("agendaMinutes").GetInt32().ShouldBe(45, "a proposal takes no time until accepted");
    }

    [Fact]
    public async Task Substitute_may_propose_too()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using var substitute = await factory.SignedInAsync(Demo.Substitute);
        (await substitute.AddAgendaItemAsync(id)).GetProperty("status").GetString().ShouldBe("proposed");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(241)]
    [InlineData(10000)]
    public async Task Negative_zero_or_absurd_time_box_gives_400_naming_durationMinutes_and_adds_nothing(int minutes)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);

        using var response = await convener.PostAgendaItemAsync(id, "Orimlig punkt", "decision", minutes);

        (await response.ShouldBeValidationProblemAsync("durationMinutes")).Single().ShouldBe("Tiden ska vara mellan 1 och 240 minuter.");
        MeetingsApi.Agenda(await convener.GetMeetingAsync(id)).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Unknown_kind_or_missing_title_gives_400_naming_the_field()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);

        using var kind = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda-items", new { title = "Punkt", kind = "omröstning", durationMinutes = 10 });
        await kind.ShouldBeValidationProblemAsync("kind");

        using var title = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda-items", new { kind = "information", durationMinutes = 10 });
        await title.ShouldBeValidationProblemAsync("title");

        MeetingsApi.Agenda(await convener.GetMeetingAsync(id)).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Publishing_with_a_pending_proposal_gives_409_until_the_convener_decides()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using var member = await factory.SignedInAsync(Demo.Member);
        var declined = await member.AddAgendaItemAsync(id, "Avböjs", "information", 5);
        var accepted = await member.AddAgendaItemAsync(id, "Godtas", "discussion", 10);

        using (var early = await PublishAsync(convener, id))
            (await early.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("2 förslag");
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("agendaPublished").GetBoolean().ShouldBeFalse();

        using (var decline = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{declined.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(declined, i => i["status"] = "declined")))
            (await decline.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("declined");
        using (var stillWaiting = await PublishAsync(convener, id))
            await stillWaiting.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var accept = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{accepted.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(accepted, i => i["status"] = "accepted")))
            (await accept.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("accepted");

        using var publish = await PublishAsync(convener, id);

        var published = await publish.ShouldBeJsonAsync(HttpStatusCode.OK);
        published.GetProperty("meeting").GetProperty("agendaPublished").GetBoolean().ShouldBeTrue();
        published.GetProperty("meeting").GetProperty("status").GetString().ShouldBe("agendaPublished");
        published.GetProperty("agendaMinutes").GetInt32().ShouldBe(55, "the standing 45 minutes and the accepted 10, not the declined item");
        published.GetProperty("calendarSequence").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task After_publishing_a_members_proposal_gives_409_and_the_conveners_item_is_a_late_addition()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using (var publish = await PublishAsync(convener, id)) publish.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var member = await factory.SignedInAsync(Demo.Member);

        using var proposal = await member.PostAgendaItemAsync(id, "För sent", "information", 5);
        await proposal.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var late = await convener.AddAgendaItemAsync(id, "Akut: vårdplatsläget", "information", 5);
        late.GetProperty("isLateAddition").GetBoolean().ShouldBeTrue();
        late.GetProperty("status").GetString().ShouldBe("accepted");

        var agenda = MeetingsApi.Agenda(await convener.GetMeetingAsync(id));
        agenda.ShouldNotContain(i => i.GetProperty("title").GetString() == "För sent");
        agenda.Where(i => i.GetProperty("isLateAddition").GetBoolean()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Items_on_a_published_agenda_cannot_be_edited_or_removed_but_late_additions_can()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using (var publish = await PublishAsync(convener, id)) publish.StatusCode.ShouldBe(HttpStatusCode.OK);
        var standing = MeetingsApi.Agenda(await convener.GetMeetingAsync(id))[0];

        using (var edit = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{standing.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(standing, i => i["durationMinutes"] = 30)))
            await edit.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var remove = await convener.DeleteAsync($"/api/v1/meetings/{id}/agenda-items/{standing.GetProperty("id").GetInt32()}"))
            await remove.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var stored = await ItemAsync(convener, id, standing.GetProperty("id").GetInt32());
        stored.GetProperty("durationMinutes").GetInt32().ShouldBe(15);
        stored.GetProperty("version").GetInt32().ShouldBe(standing.GetProperty("version").GetInt32());

        var late = await convener.AddAgendaItemAsync(id, "Sen punkt", "information", 5);
        using var editLate = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{late.GetProperty("id").GetInt32()}",
            MeetingsApi.AgendaItemInput(late, i => i["durationMinutes"] = 10));
        (await editLate.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("durationMinutes").GetInt32().ShouldBe(10);
    }

    [Fact]
    public async Task Agenda_of_a_cancelled_meeting_takes_no_new_changed_or_removed_item()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start.AddDays(7));
        var item = await convener.AddAgendaItemAsync(id, "Punkt före inställningen", "information", 5);
        var version = (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("version").GetInt32();
        using (var cancel = await convener.PostJsonAsync($"/api/v1/meetings/{id}/cancel", new { version }))
            await cancel.ShouldBeJsonAsync(HttpStatusCode.OK);
        var itemId = item.GetProperty("id").GetInt32();

        using (var add = await convener.PostJsonAsync($"/api/v1/meetings/{id}/agenda-items", new { title = "Efter inställningen", kind = "information", durationMinutes = 5 }))
            (await add.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe("Mötet är inställt.");
        using (var edit = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{itemId}", MeetingsApi.AgendaItemInput(item, i => i["durationMinutes"] = 30)))
            (await edit.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe("Mötet är inställt.");
        using (var remove = await convener.DeleteAsync($"/api/v1/meetings/{id}/agenda-items/{itemId}"))
            await remove.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var agenda = MeetingsApi.Agenda(await convener.GetMeetingAsync(id));
        agenda.ShouldNotContain(i => i.GetProperty("title").GetString() == "Efter inställningen");
        agenda.Single(i => i.GetProperty("id").GetInt32() == itemId).GetProperty("durationMinutes").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Publishing_twice_gives_409()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using (var first = await PublishAsync(convener, id)) first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var second = await PublishAsync(convener, id);
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Member_cannot_publish_or_accept_items()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using var member = await factory.SignedInAsync(Demo.Member);
        var own = await member.AddAgendaItemAsync(id);

        using (var accept = await member.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{own.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(own, i => i["status"] = "accepted")))
            await accept.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var publish = await PublishAsync(member, id))
            await publish.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await ItemAsync(convener, id, own.GetProperty("id").GetInt32())).GetProperty("status").GetString().ShouldBe("proposed");
        (await convener.GetMeetingAsync(id)).GetProperty("meeting").GetProperty("agendaPublished").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Member_withdraws_their_own_proposal()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        using var member = await factory.SignedInAsync(Demo.Member);
        var own = await member.AddAgendaItemAsync(id);

        using var response = await member.DeleteAsync($"/api/v1/meetings/{id}/agenda-items/{own.GetProperty("id").GetInt32()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        MeetingsApi.Agenda(await convener.GetMeetingAsync(id)).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Member_cannot_remove_a_standing_item()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        var standing = MeetingsApi.Agenda(await convener.GetMeetingAsync(id))[0];
        using var member = await factory.SignedInAsync(Demo.Member);
        using var response = await member.DeleteAsync($"/api/v1/meetings/{id}/agenda-items/{standing.GetProperty("id").GetInt32()}");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        MeetingsApi.Agenda(await convener.GetMeetingAsync(id)).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Proposals_close_at_the_deadline()
    {
        // Three working days before tomorrow's meeting lies in the past.
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        var id = await convener.CreateManagementMeetingAsync(new DateTimeOffset(tomorrow.Year, tomorrow.Month, tomorrow.Day, 12, 0, 0, TimeSpan.Zero));
        using var member = await factory.SignedInAsync(Demo.Member);

        using var response = await member.PostAgendaItemAsync(id, "För sent för förslag");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("Sista dag för förslag");
        (await convener.AddAgendaItemAsync(id)).GetProperty("status").GetString().ShouldBe("accepted", "the convener may still add");
    }

    [Fact]
    public async Task Agenda_that_exceeds_the_meeting_is_flagged()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        (await convener.GetMeetingAsync(id)).GetProperty("agendaFits").GetBoolean().ShouldBeTrue("45 of 60 minutes");

        await convener.AddAgendaItemAsync(id, "Fördjupning", "discussion", 15);
        var full = await convener.GetMeetingAsync(id);
        full.GetProperty("agendaMinutes").GetInt32().ShouldBe(60);
        full.GetProperty("agendaFits").GetBoolean().ShouldBeTrue("exactly the meeting's length");

        await convener.AddAgendaItemAsync(id, "En punkt för mycket", "information", 5);
        var over = await convener.GetMeetingAsync(id);
        over.GetProperty("agendaMinutes").GetInt32().ShouldBe(65);
        over.GetProperty("agendaFits").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Short_meeting_does_not_fit_the_standing_items()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start, 30);
        var details = await convener.GetMeetingAsync(id);
        details.GetProperty("agendaMinutes").GetInt32().ShouldBe(45);
        details.GetProperty("agendaFits").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Convener_moves_an_item_first_and_the_rest_follow()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        var item = await convener.AddAgendaItemAsync(id, "Viktigast");

        using var response = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{item.GetProperty("id").GetInt32()}",
            MeetingsApi.AgendaItemInput(item, i => i["order"] = 1));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var agenda = MeetingsApi.Agenda(await convener.GetMeetingAsync(id));
        agenda[0].GetProperty("title").GetString().ShouldBe("Viktigast");
        agenda.Select(i => i.GetProperty("order").GetInt32()).ShouldBe([1, 2, 3, 4, 5, 6]);
        agenda[1].GetProperty("title").GetString().ShouldBe("Lägesbild från varje vård- och insatsgivare");
    }

    [Fact]
    public async Task Stale_item_version_gives_409_and_changes_nothing()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = await convener.CreateManagementMeetingAsync(Start);
        var item = await convener.AddAgendaItemAsync(id, "Original");
        using (var first = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{item.GetProperty("id").GetInt32()}",
                   MeetingsApi.AgendaItemInput(item, i => i["title"] = "Första")))
            first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stale = await convener.PutJsonAsync($"/api/v1/meetings/{id}/agenda-items/{item.GetProperty("id").GetInt32()}",
            MeetingsApi.AgendaItemInput(item, i => i["title"] = "Sen"));

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ItemAsync(convener, id, item.GetProperty("id").GetInt32())).GetProperty("title").GetString().ShouldBe("Första");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AgendaApiOnSqlite(SqliteFactory factory) : AgendaApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AgendaApiOnPostgres(PostgresFactory factory) : AgendaApiTests(factory);
