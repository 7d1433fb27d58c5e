using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Bulletins;

/// <summary>POST/GET/PUT /api/v1/bulletins: sending to resolved recipients, bad input, rights and versions.</summary>
public abstract class BulletinApiTests(SamsynFactory factory)
{
    private Task<int> CountTitledAsync(string title) => factory.InDatabaseAsync(db => db.Bulletins.CountAsync(b => b.Title == title));

    [Fact]
    public async Task Convener_sends_to_an_area_with_201_and_every_active_organisation_of_the_area_as_recipient()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var areaId = await convener.SimbaIdAsync();
        var expected = (await convener.ListAsync($"/api/v1/organisations?areaId={areaId}"))
            .Select(o => o.GetProperty("name").GetString()).Order().ToArray();
        var title = Unique.Name("Ändrade telefontider");

        using var response = await convener.PostBulletinAsync(new { title, body = "Ny telefontid **08–12**.", validUntil = BulletinsApi.ValidUntil(), areaId });

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = BulletinsApi.Id(created);
        response.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"/api/v1/bulletins/{id}");
        created.GetProperty("title").GetString().ShouldBe(title);
        created.GetProperty("body").GetString().ShouldBe("<p>Ny telefontid <strong>08–12</strong>.</p>");
        created.GetProperty("senderName").GetString().ShouldBe("Helena Fiktiva");
        created.GetProperty("audience").GetProperty("kind").GetString().ShouldBe("area");
        created.GetProperty("audience").GetProperty("areaName").GetString().ShouldBe(Demo.Simba);
        expected.ShouldContain(MeetingsApi.Ale);
        BulletinsApi.RecipientNames(created).ShouldBe(expected);
        created.GetProperty("recipientCount").GetInt32().ShouldBe(expected.Length);
        created.GetProperty("acknowledgedCount").GetInt32().ShouldBe(0);
        created.GetProperty("isCurrent").GetBoolean().ShouldBeTrue();
        created.GetProperty("version").GetInt32().ShouldBe(1);

        using var get = await convener.GetAsync($"/api/v1/bulletins/{id}");
        (await get.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("title").GetString().ShouldBe(title);
        get.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Group_resolves_to_the_organisations_seated_in_it_and_a_list_to_exactly_those_chosen()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var groupId = await convener.ManagementGroupIdAsync();
        using var toGroup = await convener.PostBulletinAsync(new { title = Unique.Name("Till gruppen"), body = "Text", validUntil = BulletinsApi.ValidUntil(), groupId });
        var group = await toGroup.ShouldBeJsonAsync(HttpStatusCode.Created);
        BulletinsApi.RecipientNames(group).ShouldContain(MeetingsApi.Ale);
        BulletinsApi.RecipientNames(group).ShouldContain(MeetingsApi.Hospital);
        BulletinsApi.RecipientNames(group).ShouldNotContain("Skaraborgs Sjukhus");
        group.GetProperty("audience").GetProperty("groupName").GetString().ShouldBe(Demo.ManagementGroup);

        var chosen = await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn);
        BulletinsApi.RecipientNames(chosen).ShouldBe([MeetingsApi.Ale, MeetingsApi.Tjorn]);
        chosen.GetProperty("audience").GetProperty("kind").GetString().ShouldBe("organisations");
    }

    [Fact]
    public async Task Bulletin_without_recipients_is_refused_on_recipients_and_nothing_is_saved()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var title = Unique.Name("Utan mottagare");

        using var response = await convener.PostBulletinAsync(new { title, body = "Text", validUntil = BulletinsApi.ValidUntil() });

        (await response.ShouldBeValidationProblemAsync("recipients")).ShouldHaveSingleItem().ShouldContain("mottagare");
        (await CountTitledAsync(title)).ShouldBe(0);
    }

    [Fact]
    public async Task Empty_organisation_list_and_a_group_without_seats_are_refused_on_their_field()
    {
        using var admin = await factory.SignedInAsync(Demo.Admin);
        var empty = await admin.CreateGroupAsync();
        var title = Unique.Name("Ingen når");

        using (var none = await admin.PostBulletinAsync(new { title, body = "Text", validUntil = BulletinsApi.ValidUntil(), organisationIds = Array.Empty<int>() }))
            await none.ShouldBeValidationProblemAsync("organisationIds");
        using (var seatless = await admin.PostBulletinAsync(new { title, body = "Text", validUntil = BulletinsApi.ValidUntil(), groupId = empty.GetProperty("id").GetInt32() }))
            (await seatless.ShouldBeValidationProblemAsync("groupId")).ShouldHaveSingleItem().ShouldContain("Ingen organisation");
        using (var unknown = await admin.PostBulletinAsync(new { title, body = "Text", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { 999_999 } }))
            await unknown.ShouldBeValidationProblemAsync("organisationIds");
        using (var both = await admin.PostBulletinAsync(new { title, body = "Text", validUntil = BulletinsApi.ValidUntil(), areaId = 1, groupId = 1 }))
            await both.ShouldBeValidationProblemAsync("recipients");
        (await CountTitledAsync(title)).ShouldBe(0);
    }

    [Fact]
    public async Task Unsafe_html_is_neutralised_and_the_sender_told()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var ale = await convener.OrganisationIdAsync(MeetingsApi.Ale);
        const string body = "<p onclick=\"steal()\" style=\"color:red\">Läs <a href=\"javascript:alert(1)\">detta</a></p><script>alert('x')</script><p><strong>Viktigt</strong></p>";

        using var response = await convener.PostBulletinAsync(new { title = Unique.Name("Osäker"), body, validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale } });

        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("body").GetString().ShouldBe("<p>Läs <a>detta</a></p><p><strong>Viktigt</strong></p>");
        var notice = created.GetProperty("notices").EnumerateArray().ShouldHaveSingleItem().GetString();
        notice.ShouldStartWith("Otillåten formatering togs bort");
        notice.ShouldContain("<script>");
        notice.ShouldContain("onclick");
        var stored = await factory.InDatabaseAsync(db => db.Bulletins.Where(b => b.Id == BulletinsApi.Id(created)).Select(b => b.Body).SingleAsync());
        stored.ShouldNotContain("script");
        stored.ShouldNotContain("javascript", Case.Insensitive);
        stored.ShouldNotContain("onclick");
        stored.ShouldNotContain("style");
    }

    [Fact]
    public async Task Personal_identity_number_in_the_text_the_title_or_a_link_is_refused()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var ale = await convener.OrganisationIdAsync(MeetingsApi.Ale);
        var title = Unique.Name("Patient");

        using (var inBody = await convener.PostBulletinAsync(new { title, body = $"<p>Gäller patient {Demo.TestIdentityNumber}.</p>", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale } }))
            (await inBody.ShouldBeValidationProblemAsync("body")).ShouldHaveSingleItem().ShouldContain("personnummer");
        using (var split = await convener.PostBulletinAsync(new { title, body = "<p>811218-<em>9876</em></p>", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale } }))
            await split.ShouldBeValidationProblemAsync("body");
        using (var inTitle = await convener.PostBulletinAsync(new { title = $"Om {Demo.TestIdentityNumber}", body = "Text", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale } }))
            await inTitle.ShouldBeValidationProblemAsync("title");
        using (var inLink = await convener.PostBulletinAsync(new
        {
            title, body = "Text", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale },
            links = new[] { new { title = "Journal", url = $"https://journal.example/?pnr={Demo.TestIdentityNumber}" } },
        }))
            await inLink.ShouldBeValidationProblemAsync("links[0].url");
        (await CountTitledAsync(title)).ShouldBe(0);
    }

    [Fact]
    public async Task Past_validity_plain_http_links_and_too_many_links_are_refused_with_the_field_named()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var ale = await convener.OrganisationIdAsync(MeetingsApi.Ale);

        using (var past = await convener.PostBulletinAsync(new { title = "Gammalt", body = "Text", validUntil = BulletinsApi.ValidUntil(-1), organisationIds = new[] { ale } }))
            await past.ShouldBeValidationProblemAsync("validUntil");
        using (var http = await convener.PostBulletinAsync(new { title = "Länk", body = "Text", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale }, links = new[] { new { title = "Rutin", url = "http://osäker.example/" } } }))
            (await http.ShouldBeValidationProblemAsync("links[0].url")).ShouldHaveSingleItem().ShouldContain("https://");
        var eleven = Enumerable.Range(1, 11).Select(i => new { title = $"Länk {i}", url = $"https://l{i}.example/" }).ToArray();
        using (var many = await convener.PostBulletinAsync(new { title = "Länkar", body = "Text", validUntil = BulletinsApi.ValidUntil(), organisationIds = new[] { ale }, links = eleven }))
            await many.ShouldBeValidationProblemAsync("links");
    }

    [Fact]
    public async Task Member_may_not_send_and_nothing_is_saved()
    {
        using var member = await factory.SignedInAsync(Demo.Member);
        var areaId = await member.SimbaIdAsync();
        var title = Unique.Name("Från ledamot");

        using var response = await member.PostBulletinAsync(new { title, body = "Text", validUntil = BulletinsApi.ValidUntil(), areaId });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await CountTitledAsync(title)).ShouldBe(0);
    }

    [Theory]
    [InlineData("{\"title\": \"Trasig\", ")]
    [InlineData("{\"title\": \"Fel typ\", \"body\": \"x\", \"validUntil\": \"2099-01-01\", \"areaId\": \"x\"}")]
    [InlineData("{\"title\": \"Fel typ\", \"body\": \"x\", \"validUntil\": \"i morgon\", \"areaId\": 1}")]
    [InlineData("{\"title\": \"Fel typ\", \"body\": \"x\", \"validUntil\": \"2099-01-01\", \"organisationIds\": \"alla\"}")]
    [InlineData("{\"title\": 5, \"body\": [], \"validUntil\": \"2099-01-01\"}")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task Malformed_json_and_wrong_types_are_400_never_500(string json)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using var response = await convener.SendRawJsonAsync(HttpMethod.Post, "/api/v1/bulletins", json);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Huge_strings_are_refused_on_their_field()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var areaId = await convener.SimbaIdAsync();

        using (var title = await convener.PostBulletinAsync(new { title = new string('a', 10_000), body = "Text", validUntil = BulletinsApi.ValidUntil(), areaId }))
            await title.ShouldBeValidationProblemAsync("title");
        using (var body = await convener.PostBulletinAsync(new { title = "Lång", body = new string('a', 300_000), validUntil = BulletinsApi.ValidUntil(), areaId }))
            await body.ShouldBeValidationProblemAsync("body");
    }

    [Fact]
    public async Task Unknown_bulletin_is_404_everywhere()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        using (var get = await convener.GetAsync("/api/v1/bulletins/999999")) await get.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using (var ack = await convener.AcknowledgeAsync(999_999)) await ack.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using (var put = await convener.PutJsonAsync("/api/v1/bulletins/999999", new { title = "x", body = "x", validUntil = BulletinsApi.ValidUntil(), version = 1 }))
            await put.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using (var file = await convener.GetAsync("/api/v1/bulletins/999999/attachments/1")) await file.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sender_corrects_with_the_version_and_a_stale_correction_is_409()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var sent = await convener.SendToAsync(MeetingsApi.Ale);
        var id = BulletinsApi.Id(sent);
        object Correction(string title, int? version) => new { title, body = "Rättad text.", validUntil = BulletinsApi.ValidUntil(40), version, links = new[] { new { title = "Rutinen", url = "https://www.vgregion.se/" } } };

        using (var first = await convener.PutJsonAsync($"/api/v1/bulletins/{id}", Correction("Rättad rubrik", 1)))
        {
            var corrected = await first.ShouldBeJsonAsync(HttpStatusCode.OK);
            corrected.GetProperty("version").GetInt32().ShouldBe(2);
            corrected.GetProperty("correctedAt").ValueKind.ShouldBe(JsonValueKind.String);
            corrected.GetProperty("links").EnumerateArray().ShouldHaveSingleItem().GetProperty("url").GetString().ShouldBe("https://www.vgregion.se/");
            BulletinsApi.RecipientNames(corrected).ShouldBe([MeetingsApi.Ale]);
        }
        using (var stale = await convener.PutJsonAsync($"/api/v1/bulletins/{id}", Correction("Gammal ändring", 1)))
            await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using (var missing = await convener.PutJsonAsync($"/api/v1/bulletins/{id}", Correction("Utan version", null)))
            await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        using (var recipients = await convener.PutJsonAsync($"/api/v1/bulletins/{id}", new { title = "x", body = "x", validUntil = BulletinsApi.ValidUntil(), version = 2, areaId = 1 }))
            await recipients.ShouldBeValidationProblemAsync("recipients");
        using var member = await factory.SignedInAsync(Demo.Member);
        using (var other = await member.PutJsonAsync($"/api/v1/bulletins/{id}", Correction("Ledamotens", 2)))
            await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await convener.GetBulletinAsync(id)).GetProperty("title").GetString().ShouldBe("Rättad rubrik");
    }

    [Fact]
    public async Task Lists_show_current_and_expired_apart_and_only_what_the_reader_may_read()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var toAle = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        var toTjorn = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Tjorn));
        await factory.InDatabaseAsync(db => db.Bulletins.Where(b => b.Id == toTjorn)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ValidUntil, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5))));

        var current = await convener.ListAsync("/api/v1/bulletins?current=true");
        var expired = await convener.ListAsync("/api/v1/bulletins?current=false");
        current.ShouldContain(b => b.GetProperty("id").GetInt32() == toAle);
        current.ShouldNotContain(b => b.GetProperty("id").GetInt32() == toTjorn);
        expired.ShouldContain(b => b.GetProperty("id").GetInt32() == toTjorn && !b.GetProperty("isCurrent").GetBoolean());

        using var member = await factory.SignedInAsync(Demo.Member);
        var mine = await member.ListAsync("/api/v1/bulletins");
        mine.Single(b => b.GetProperty("id").GetInt32() == toAle).GetProperty("awaitsMyAcknowledgement").GetBoolean().ShouldBeTrue();
        mine.ShouldNotContain(b => b.GetProperty("id").GetInt32() == toTjorn, "Ale's member does not read what went to Tjörn only");
        using (var page = await member.GetAsync("/api/v1/bulletins?pageSize=0")) await page.ShouldBeValidationProblemAsync("pageSize");
    }

    [Fact]
    public async Task Sending_notifies_the_people_acting_for_the_recipients_but_not_the_sender()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));

        foreach (var email in new[] { Demo.Member, Demo.Substitute })
        {
            using var person = await factory.SignedInAsync(email);
            var notifications = await person.ListAsync("/api/v1/notifications");
            notifications.ShouldContain(n => n.GetProperty("kind").GetString() == "bulletinPublished" && n.GetProperty("link").GetString() == $"/meddelanden/{id}", email);
        }
        (await convener.ListAsync("/api/v1/notifications")).ShouldNotContain(n => n.GetProperty("link").GetString() == $"/meddelanden/{id}");
    }

    [Fact]
    public async Task OpenApi_describes_the_bulletin_endpoints()
    {
        using var client = factory.Anonymous();
        using var response = await client.GetAsync("/openapi/v1.json");
        var paths = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("paths");
        foreach (var path in new[] { "/api/v1/bulletins", "/api/v1/bulletins/{id}", "/api/v1/bulletins/{id}/acknowledgements",
                     "/api/v1/bulletins/{id}/reminders", "/api/v1/bulletins/{id}/attachments", "/api/v1/bulletins/{id}/attachments/{attachmentId}" })
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        paths.GetProperty("/api/v1/bulletins").GetProperty("post").GetProperty("tags")[0].GetString().ShouldBe("Meddelanden");
    }

    [Fact]
    public async Task Sending_is_in_the_audit_trail_under_the_senders_name()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var sent = await convener.SendToAsync(MeetingsApi.Ale, MeetingsApi.Tjorn);
        var id = BulletinsApi.Id(sent);

        using var admin = await factory.SignedInAsync(Demo.Admin);
        var trail = await admin.ListAsync($"/api/v1/audit?entityType=Bulletin&entityId={id}");
        var entry = trail.ShouldHaveSingleItem();
        entry.GetProperty("action").GetString().ShouldBe("created");
        entry.GetProperty("userName").GetString().ShouldBe(Demo.Convener);
        entry.GetProperty("changes").GetProperty("Title").GetProperty("after").GetString().ShouldBe(sent.GetProperty("title").GetString());
        var recipientIds = await factory.InDatabaseAsync(db => db.BulletinRecipients.Where(r => r.BulletinId == id).Select(r => r.Id).ToListAsync());
        recipientIds.Count.ShouldBe(2);
        foreach (var recipientId in recipientIds)
            (await admin.ListAsync($"/api/v1/audit?entityType=BulletinRecipient&entityId={recipientId}")).ShouldHaveSingleItem()
                .GetProperty("changes").GetProperty("BulletinId").GetProperty("after").GetInt32().ShouldBe(id);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class BulletinApiOnSqlite(SqliteFactory factory) : BulletinApiTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class BulletinApiOnPostgres(PostgresFactory factory) : BulletinApiTests(factory);
