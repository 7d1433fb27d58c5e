namespace Samsyn.IntegrationTests.Features.Bulletins;

/// <summary>Files sent with a bulletin: uploaded by the sender, checked by type and content, downloaded only by its readers.</summary>
public abstract class AttachmentTests(SamsynFactory factory)
{
    [Fact]
    public async Task Sender_attaches_a_pdf_and_a_recipient_downloads_it_as_an_attachment()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));

        using var upload = await convener.UploadAsync(id, "Rutin för inskrivningsmeddelande.pdf", BulletinsApi.Pdf);
        var attachment = await upload.ShouldBeJsonAsync(HttpStatusCode.Created);
        var url = attachment.GetProperty("url").GetString().ShouldNotBeNull();
        upload.Headers.Location.ShouldNotBeNull().ToString().ShouldBe(url);
        attachment.GetProperty("contentType").GetString().ShouldBe("application/pdf");
        attachment.GetProperty("length").GetInt64().ShouldBe(BulletinsApi.Pdf.Length);

        using var member = await factory.SignedInAsync(Demo.Member);
        (await member.GetBulletinAsync(id)).GetProperty("attachments").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("fileName").GetString().ShouldBe("Rutin för inskrivningsmeddelande.pdf");
        using var download = await member.GetAsync(url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        var disposition = download.Content.Headers.ContentDisposition.ShouldNotBeNull();
        disposition.DispositionType.ShouldBe("attachment");
        disposition.FileNameStar.ShouldBe("Rutin för inskrivningsmeddelande.pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(BulletinsApi.Pdf);
    }

    [Theory]
    [InlineData("program.exe")]
    [InlineData("sida.html")]
    public async Task Disallowed_file_types_are_refused_on_file(string name)
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));

        using var upload = await convener.UploadAsync(id, name, BulletinsApi.Pdf);

        (await upload.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldContain("inte är tillåten");
        (await convener.GetBulletinAsync(id)).GetProperty("attachments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_program_renamed_to_pdf_is_refused()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));

        using var upload = await convener.UploadAsync(id, "rutin.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);

        (await upload.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldContain("stämmer inte");
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        var big = new byte[10 * 1024 * 1024 + 1];
        BulletinsApi.Pdf.CopyTo(big, 0);

        using var upload = await convener.UploadAsync(id, "stor.pdf", big);

        (await upload.ShouldBeValidationProblemAsync("file")).ShouldHaveSingleItem().ShouldContain("10 MB");
    }

    [Fact]
    public async Task Upload_without_a_file_is_400_naming_file_and_json_is_415()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));

        using (var json = await convener.PostJsonAsync($"/api/v1/bulletins/{id}/attachments", new { file = "x" }))
            await json.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "annat" } };
        using (var none = await convener.PostAsync($"/api/v1/bulletins/{id}/attachments", empty))
            await none.ShouldBeValidationProblemAsync("file");
    }

    [Fact]
    public async Task Only_the_sender_uploads_and_only_readers_download()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var toTjorn = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Tjorn));
        using var upload = await convener.UploadAsync(toTjorn, "karta.pdf", BulletinsApi.Pdf);
        var url = (await upload.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString();
        using var member = await factory.SignedInAsync(Demo.Member);

        using (var download = await member.GetAsync(url)) await download.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var toAle = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        using (var memberUpload = await member.UploadAsync(toAle, "min.pdf", BulletinsApi.Pdf)) await memberUpload.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using (var wrongBulletin = await convener.GetAsync(url!.Replace($"/bulletins/{toTjorn}/", $"/bulletins/{toAle}/", StringComparison.Ordinal)))
            await wrongBulletin.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Sender_removes_an_attachment()
    {
        using var convener = await factory.SignedInAsync(Demo.Convener);
        var id = BulletinsApi.Id(await convener.SendToAsync(MeetingsApi.Ale));
        using var upload = await convener.UploadAsync(id, "fel.pdf", BulletinsApi.Pdf);
        var url = (await upload.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("url").GetString();

        using (var delete = await convener.DeleteAsync(url)) delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var gone = await convener.GetAsync(url)) await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteDatabase.Name)]
public sealed class AttachmentOnSqlite(SqliteFactory factory) : AttachmentTests(factory);

[Collection(PostgresDatabase.Name)]
public sealed class AttachmentOnPostgres(PostgresFactory factory) : AttachmentTests(factory);
