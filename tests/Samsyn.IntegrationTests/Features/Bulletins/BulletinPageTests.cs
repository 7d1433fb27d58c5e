using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Samsyn.IntegrationTests.Features.Bulletins;

/// <summary>The bulletin pages over HTTP with the login cookie: rights, the compose form's refusals, and files sent with the form.</summary>
public abstract class BulletinPageTests(SamsynFactory factory)
{
    private static async Task<HttpResponseMessage> PostComposeAsync(HttpClient client, Dictionary<string, string> fields, (string Name, byte[] Content)? file = null)
    {
        using var page = await client.GetAsync("/meddelanden/nytt");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        form.Add(new StringContent(PageSessions.Antiforgery(await page.Content.ReadAsStringAsync())), "__RequestVerificationToken");
        if (file is { } f) form.Add(new ByteArrayContent(f.Content), "Input.Files", f.Name);
        return await client.PostAsync("/meddelanden/nytt", form);
    }

    private Task<int> CountTitledAsync(string title) => factory.InDatabaseAsync(db => db.Bulletins.CountAsync(b => b.Title == title));

    [Fact]
    public async Task Member_reads_what_went_to_her_organisation_but_may_not_compose_or_read_others()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var toAle = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        var toTjorn = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Tjorn));
        using var member = await factory.PagesAsAsync(Demo.Member);

        using (var own = await member.GetAsync($"/meddelanden/{toAle}"))
        {
            own.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await own.Content.ReadAsStringAsync()).ShouldContain($"Bekräfta att {MeetingsApi.Ale} har läst");
        }
        using (var other = await member.GetAsync($"/meddelanden/{toTjorn}"))
            other.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        using (var compose = await member.GetAsync("/meddelanden/nytt"))
            compose.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        using (var edit = await member.GetAsync($"/meddelanden/{toAle}/andra"))
            edit.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/ingen-behorighet");
        using (var unknown = await member.GetAsync("/meddelanden/999999")) unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Compose_without_recipients_or_text_shows_the_errors_and_sends_nothing()
    {
        using var convener = await factory.PagesAsAsync(Demo.Convener);
        var title = Unique.Name("Utan mottagare");

        using var response = await PostComposeAsync(convener, new() { ["Input.Title"] = title, ["Input.ValidUntil"] = BulletinsApi.ValidUntil() });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Det finns fel i formuläret");
        html.ShouldContain("href=\"#Input_RecipientKind\"");
        html.ShouldContain("Meddelandets text måste anges.");
        (await CountTitledAsync(title)).ShouldBe(0);
    }

    [Fact]
    public async Task Compose_with_unsafe_html_shows_the_cleaned_text_for_checking_and_sends_nothing_yet()
    {
        using var convener = await factory.PagesAsAsync(Demo.Convener);
        var ale = await (await factory.SignedInAsync(Demo.Convener)).OrganisationIdAsync(MeetingsApi.Ale);
        var title = Unique.Name("Osäker");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.RecipientKind"] = "organisationer", ["Input.OrganisationIds"] = ale.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Body"] = "<p onclick=\"x()\">Hej</p><script>alert(1)</script>", ["Input.ValidUntil"] = BulletinsApi.ValidUntil(),
        };

        using var response = await PostComposeAsync(convener, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Otillåten formatering togs bort");
        html.ShouldContain("&lt;p&gt;Hej&lt;/p&gt;", Case.Sensitive, "the text area holds the cleaned text");
        html.ShouldNotContain("alert(1)");
        (await CountTitledAsync(title)).ShouldBe(0);

        fields["Input.Body"] = "<p>Hej</p>";
        using var sent = await PostComposeAsync(convener, fields, ("Rutin.pdf", BulletinsApi.Pdf));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(sent.Headers.Location.ShouldNotBeNull().ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await factory.InDatabaseAsync(db => db.Bulletins.Where(b => b.Id == id)
            .Select(b => new { b.Title, Files = db.BulletinAttachments.Where(a => a.BulletinId == b.Id).Select(a => a.FileName).ToList() }).SingleAsync());
        stored.Title.ShouldBe(title);
        stored.Files.ShouldBe(["Rutin.pdf"]);
    }

    [Fact]
    public async Task Compose_with_a_disallowed_file_sends_nothing()
    {
        using var convener = await factory.PagesAsAsync(Demo.Convener);
        var areaId = await (await factory.SignedInAsync(Demo.Convener)).SimbaIdAsync();
        var title = Unique.Name("Med program");

        using var response = await PostComposeAsync(convener, new()
        {
            ["Input.Title"] = title, ["Input.RecipientKind"] = "omrade", ["Input.AreaId"] = areaId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Body"] = "Text", ["Input.ValidUntil"] = BulletinsApi.ValidUntil(),
        }, ("verktyg.exe", [0x4D, 0x5A, 0x90, 0x00]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("verktyg.exe har en filtyp som inte är tillåten");
        (await CountTitledAsync(title)).ShouldBe(0);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class BulletinPageOnSqlite(SqliteFactory factory) : BulletinPageTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class BulletinPageOnPostgres(PostgresFactory factory) : BulletinPageTests(factory);
