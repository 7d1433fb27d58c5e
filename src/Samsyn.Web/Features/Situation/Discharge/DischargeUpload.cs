using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Samsyn.Web.Features.Situation.Discharge;

/// <summary>The bytes of an uploaded import file, or the problem that stopped them being read.</summary>
public sealed record DischargeUpload(byte[]? Content, ProblemHttpResult? Problem, Dictionary<string, string[]>? Errors)
{
    /// <summary>Room for the multipart boundaries and headers around a file of the largest size.</summary>
    private const int MultipartOverhead = 64 * 1024;

    private static readonly string[] RawTypes = ["text/csv", "text/plain", "application/csv", "application/octet-stream", "application/vnd.ms-excel", "text/comma-separated-values"];

    /// <summary>
    /// Reads the file from a text/csv (or other plain) body or from the first file of a multipart form,
    /// never more than <see cref="DischargeCsv.MaxBytes"/>: a larger file is refused with 413 without reading it all.
    /// </summary>
    public static async Task<DischargeUpload> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = DischargeCsv.MaxBytes + MultipartOverhead;
        if (request.ContentLength > DischargeCsv.MaxBytes + MultipartOverhead) return TooLarge();
        var type = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        try
        {
            if (type == "multipart/form-data") return await FromFormAsync(request, ct);
            if (type is null || RawTypes.Contains(type)) return await FromBodyAsync(request.Body, ct);
            return new(null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Filen skickades i fel format.",
                detail: "Skicka filen som text/csv i anropets innehåll, eller som fil i multipart/form-data."), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Invalid("Filen kunde inte läsas. Skicka den som text/csv eller som fil i multipart/form-data.");
        }
    }

    private static async Task<DischargeUpload> FromFormAsync(HttpRequest request, CancellationToken ct)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = DischargeCsv.MaxBytes + 1,
            BufferBodyLengthLimit = DischargeCsv.MaxBytes + MultipartOverhead,
        }));
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        if (file is null) return Invalid("Bifoga CSV-filen i formulärfältet file.");
        if (file.Length > DischargeCsv.MaxBytes) return TooLarge();
        await using var stream = file.OpenReadStream();
        return await FromBodyAsync(stream, ct);
    }

    private static async Task<DischargeUpload> FromBodyAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > DischargeCsv.MaxBytes) return TooLarge();
        }
        return buffer.Length == 0 ? Invalid("Filen är tom.") : new(buffer.ToArray(), null, null);
    }

    private static DischargeUpload Invalid(string message) => new(null, null, new() { [DischargeCsv.FileKey] = [message] });

    private static DischargeUpload TooLarge() => new(null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Filen är för stor.", detail: DischargeCsv.TooLarge,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [DischargeCsv.FileKey] = [DischargeCsv.TooLarge] } }), null);
}
