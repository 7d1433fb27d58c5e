using System.Security.Cryptography;

namespace Samsyn.Web.Infrastructure.Content;

/// <summary>An uploaded file that passed its <see cref="FilePolicy"/>: a safe name, the content type of its extension, its bytes and checksum.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Data, string Sha256)
{
    public long Length => Data.LongLength;
}

/// <summary>Reads uploads against a <see cref="FilePolicy"/>, for the API and the pages alike.</summary>
public static class UploadedFiles
{
    /// <summary>Reads and checks the whole file; returns it, or why it cannot be accepted.</summary>
    public static async Task<(UploadedFile? File, string? Error)> ReadAsync(IFormFile file, FilePolicy policy, CancellationToken ct)
    {
        var name = FilePolicy.SafeName(file.FileName);
        // Too large is known from the length alone; the bytes are not read.
        if (file.Length > policy.MaxBytes) return (null, policy.Check(name, file.Length, []));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var data = buffer.ToArray();
        if (policy.Check(name, data.Length, data.AsSpan(0, Math.Min(data.Length, FilePolicy.HeaderLength))) is { } error)
            return (null, error);
        return (new UploadedFile(name, FilePolicy.ContentTypeOf(name), data, Convert.ToHexStringLower(SHA256.HashData(data))), null);
    }

    /// <summary>Checks name, size and first bytes without keeping the file (a form checks every file before saving any).</summary>
    public static async Task<string?> CheckAsync(IFormFile file, FilePolicy policy, CancellationToken ct)
    {
        var header = new byte[FilePolicy.HeaderLength];
        var read = 0;
        if (file.Length > 0)
        {
            await using var stream = file.OpenReadStream();
            read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        }
        return policy.Check(file.FileName, file.Length, header.AsSpan(0, read));
    }
}
