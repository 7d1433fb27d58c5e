using Microsoft.EntityFrameworkCore;
using static Samsyn.IntegrationTests.Features.Documents.DocumentScenes;

namespace Samsyn.IntegrationTests.Features.Documents;

/// <summary>
/// The decision register's text search (API and page): a case-insensitive substring of the text, å/ä/ö included, the
/// words as written; short terms, hostile input, the index kept in step with edits and deletions, filters and paging.
/// </summary>
public abstract class DecisionSearchTests(SamsynFactory factory)
{
    private static async Task<int> RecordAsync(HttpClient convener, int groupId, string text, string decidedOn = "2026-02-01")
    {
        using var recorded = await convener.PostJsonAsync("/api/v1/decisions", new { groupId, decidedOn, text, type = "decision" });
        return (await recorded.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static async Task<int[]> SearchAsync(HttpClient client, string q, string filters = "")
    {
        using var response = await client.GetAsync($"/api/v1/decisions?q={Uri.EscapeDataString(q)}&pageSize=100{filters}");
        var page = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).Order()];
    }

    private static Task<int[]> InGroupAsync(HttpClient client, int groupId, string q) => SearchAsync(client, q, $"&groupId={groupId}");

    [Fact]
    public async Task A_word_is_found_inside_compounds_in_any_case_with_å_ä_and_ö_folded_but_not_their_accents_removed()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var word = Unique.Letters(10);
        var routine = await RecordAsync(convener, scene.GroupId, $"Gruppen fastställer VÅRDRUTINEN för {word}.");
        var aids = await RecordAsync(convener, scene.GroupId, $"Hjälpmedel vid hemgång, {word}.");
        var plain = await RecordAsync(convener, scene.GroupId, $"Hjalpmedel utan prickar, {word}.");
        var agreement = await RecordAsync(convener, scene.GroupId, $"Överenskommelsen om ärenden förlängs, {word}.");

        foreach (var q in new[] { "rutin", "RUTIN", "vårdrutin", "VÅRDRUTIN", "vÅrDrUtInEn" })
            (await InGroupAsync(convener, scene.GroupId, q)).ShouldBe([routine], q);
        foreach (var q in new[] { "hjälpmedel", "HJÄLPMEDEL", "jälp" })
            (await InGroupAsync(convener, scene.GroupId, q)).ShouldBe([aids], q);
        (await InGroupAsync(convener, scene.GroupId, "hjalpmedel")).ShouldBe([plain], "a is not ä");
        foreach (var q in new[] { "överens", "ÖVERENS", "ärenden", "ÄRENDEN", "enskommelsen om ären" })
            (await InGroupAsync(convener, scene.GroupId, q)).ShouldBe([agreement], q);
        (await SearchAsync(convener, word.ToUpperInvariant())).ShouldBe([routine, aids, plain, agreement], "the whole register, no group filter");
    }

    [Fact]
    public async Task Several_words_match_as_one_piece_of_text_in_the_order_written()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var plan = await RecordAsync(convener, scene.GroupId, "Gruppen tar fram en gemensam kommunikationsplan för hösten.");
        var other = await RecordAsync(convener, scene.GroupId, "Kommunikationsplanen är gemensam för regionen.");

        (await InGroupAsync(convener, scene.GroupId, "gemensam kommunikationsplan")).ShouldBe([plan]);
        (await InGroupAsync(convener, scene.GroupId, "  GEMENSAM Kommunikationsplan  ")).ShouldBe([plan], "trimmed, any case");
        (await InGroupAsync(convener, scene.GroupId, "sam kommun")).ShouldBe([plan], "across the space, inside both words");
        (await InGroupAsync(convener, scene.GroupId, "kommunikationsplan gemensam")).ShouldBeEmpty("the words as written, not in any order");
        (await InGroupAsync(convener, scene.GroupId, "kommunikationsplan")).ShouldBe([plan, other]);
    }

    [Fact]
    public async Task Terms_of_one_or_two_characters_match_too_with_å_ä_and_ö_folded()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var training = await RecordAsync(convener, scene.GroupId, "Utbildningsdag i Örebro.");
        var plan = await RecordAsync(convener, scene.GroupId, "Mötesplanen fastställs.");
        var care = await RecordAsync(convener, scene.GroupId, "ÄLDREOMSORGEN ÅTERRAPPORTERAR.");

        (await InGroupAsync(convener, scene.GroupId, "ö")).ShouldBe([training, plan]);
        (await InGroupAsync(convener, scene.GroupId, "Ö")).ShouldBe([training, plan]);
        (await InGroupAsync(convener, scene.GroupId, "ä")).ShouldBe([plan, care]);
        (await InGroupAsync(convener, scene.GroupId, "å")).ShouldBe([care]);
        (await InGroupAsync(convener, scene.GroupId, "ÅT")).ShouldBe([care]);
        (await InGroupAsync(convener, scene.GroupId, "pl")).ShouldBe([plan]);
        (await InGroupAsync(convener, scene.GroupId, "x")).ShouldBeEmpty();
        (await InGroupAsync(convener, scene.GroupId, "DAG")).ShouldBe([training]);
    }

    [Fact]
    public async Task Search_syntax_and_wildcards_in_the_input_are_plain_text_and_never_an_error()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var odd = await RecordAsync(convener, scene.GroupId,
            """Citat "ordagrant" * stjärna AND OR NOT NEAR(a b) -x col:x 'apostrof' 50% rabatt back\slash {a b}:c ^start.""");
        var plain = await RecordAsync(convener, scene.GroupId, "Ett vanligt beslut.");

        foreach (var q in new[]
        {
            "\"", "\"ordagrant\"", "*", "* stjärna", "AND OR NOT", "NEAR(a b)", "-x", "-x col", "col:x", "'", "'apostrof'",
            "50%", @"\", @"back\slash", "{a b}:c", "^start",
        })
            (await InGroupAsync(convener, scene.GroupId, q)).ShouldBe([odd], q);
        foreach (var q in new[] { "%", "_", "%%", "\0" })
            (await InGroupAsync(convener, scene.GroupId, q)).ShouldBe([odd, plain], $"{q}: nothing left to search for");
        foreach (var q in new[] { new string('a', 500), string.Concat(Enumerable.Repeat("\"*NEAR( -:", 50)), "\"\"\"", "a\"b", "NOT x", "OR NOT AND" })
            (await InGroupAsync(convener, scene.GroupId, q)).ShouldBeEmpty(q);

        using var pages = await factory.PagesAsAsync(scene.Convener.Email);
        foreach (var q in new[] { "\"", "NEAR(a b)", "col:x", "%", new string('ö', 500) })
        {
            using var page = await pages.GetAsync($"/beslut?grupp={scene.GroupId}&sok={Uri.EscapeDataString(q)}");
            page.StatusCode.ShouldBe(HttpStatusCode.OK, q);
        }
        using var found = await pages.GetAsync($"/beslut?grupp={scene.GroupId}&sok={Uri.EscapeDataString("near(A B) -X")}");
        (await found.Content.ReadAsStringAsync()).ShouldContain("ordagrant");
    }

    [Fact]
    public async Task A_changed_decision_is_found_by_its_new_text_and_a_removed_one_no_more()
    {
        var scene = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        var (before, after) = (Unique.Letters(10), Unique.Letters(10));
        var changed = await RecordAsync(convener, scene.GroupId, $"Förstudien {before} godkänns.");
        (await SearchAsync(convener, before)).ShouldBe([changed]);

        await factory.InDatabaseAsync(db => db.Decisions.Where(d => d.Id == changed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Text, $"Slutrapporten {after} godkänns.")));
        (await SearchAsync(convener, before)).ShouldBeEmpty();
        (await SearchAsync(convener, after)).ShouldBe([changed]);
        (await SearchAsync(convener, "slutrapporten", $"&groupId={scene.GroupId}")).ShouldBe([changed]);

        var meeting = MeetingsApi.MeetingId(await convener.CreateMeetingAsync(scene.GroupId, new DateTimeOffset(2026, 3, 3, 10, 0, 0, MeetingsApi.Winter)));
        var item = (await convener.AddAgendaItemAsync(meeting, "Beslutspunkt", "decision")).GetProperty("id").GetInt32();
        var word = Unique.Letters(10);
        using var added = await convener.PostJsonAsync($"/api/v1/meetings/{meeting}/agenda-items/{item}/decisions", new { text = $"Protokollsbeslut {word}.", type = "decision" });
        var removed = (await added.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (await SearchAsync(convener, word)).ShouldBe([removed]);
        using (var remove = await convener.DeleteAsync($"/api/v1/meetings/{meeting}/decisions/{removed}"))
            remove.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SearchAsync(convener, word)).ShouldBeEmpty();
        (await SearchAsync(convener, "protokollsbeslut", $"&groupId={scene.GroupId}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_search_combines_with_group_period_and_type_and_pages_newest_first()
    {
        var scene = await factory.NewDocumentSceneAsync();
        var other = await factory.NewDocumentSceneAsync();
        using var convener = await factory.SignedInAsync(scene.Convener.Email);
        using var otherConvener = await factory.SignedInAsync(other.Convener.Email);
        var word = Unique.Letters(10);
        int[] inPeriod =
        [
            await RecordAsync(convener, scene.GroupId, $"Första {word}.", "2026-01-10"),
            await RecordAsync(convener, scene.GroupId, $"Andra {word.ToUpperInvariant()}.", "2026-01-20"),
            await RecordAsync(convener, scene.GroupId, $"Tredje {word}.", "2026-01-30"),
        ];
        await RecordAsync(convener, scene.GroupId, $"Efter perioden {word}.", "2026-02-10");
        await RecordAsync(convener, scene.GroupId, "Utan ordet.", "2026-01-15");
        await RecordAsync(otherConvener, other.GroupId, $"Annan grupp {word}.", "2026-01-15");

        var filters = $"/api/v1/decisions?q={word}&groupId={scene.GroupId}&from=2026-01-01&to=2026-01-31";
        var first = await convener.GetItemAsync($"{filters}&pageSize=2");
        first.GetProperty("totalCount").GetInt32().ShouldBe(3);
        first.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ShouldBe([inPeriod[2], inPeriod[1]]);
        var second = await convener.GetItemAsync($"{filters}&pageSize=2&page=2");
        second.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetInt32()).ShouldBe([inPeriod[0]]);
        (await SearchAsync(convener, word, "&type=other")).ShouldBeEmpty();
        (await SearchAsync(convener, word)).Length.ShouldBe(5);

        using var pages = await factory.PagesAsAsync(scene.Convener.Email);
        using var page = await pages.GetAsync($"/beslut?sok={word}&grupp={scene.GroupId}&fran=2026-01-01&till=2026-01-31");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("3 beslut som matchar sökningen");
        html.ShouldNotContain($"Efter perioden {word}");
        html.ShouldNotContain($"Annan grupp {word}");
        html.ShouldContain($"Första {word}");
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class DecisionSearchOnSqlite(SqliteFactory factory) : DecisionSearchTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class DecisionSearchOnPostgres(PostgresFactory factory) : DecisionSearchTests(factory);
