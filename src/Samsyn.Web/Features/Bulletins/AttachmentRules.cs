namespace Samsyn.Web.Features.Bulletins;

/// <summary>
/// Which files may be attached: PDF, Word, Excel, PowerPoint, PNG and JPEG up to 10 MB, judged by the name's
/// extension and by the first bytes of the content (a renamed program is not a PDF). The content type sent to
/// readers comes from the extension, never from what the uploader's browser claimed.
/// </summary>
public static class AttachmentRules
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".doc"] = ("application/msword", Ole),
        [".xls"] = ("application/vnd.ms-excel", Ole),
        [".ppt"] = ("application/vnd.ms-powerpoint", Ole),
    };

    public const string AllowedText = "PDF, Word, Excel, PowerPoint, PNG eller JPEG";

    /// <summary>How many leading bytes <see cref="Check"/> needs to see.</summary>
    public const int HeaderLength = 8;

    /// <summary>Why the file cannot be attached, or null when it can.</summary>
    public static string? Check(string? fileName, long length, ReadOnlySpan<byte> header)
    {
        var name = SafeName(fileName);
        if (name.Length == 0) return "Välj en fil.";
        if (length == 0) return $"Filen {name} är tom.";
        if (length > BulletinAttachment.MaxBytes) return $"Filen {name} är större än 10 MB.";
        if (!Allowed.TryGetValue(Path.GetExtension(name), out var kind))
            return $"Filen {name} har en filtyp som inte är tillåten. Bifoga {AllowedText}.";
        if (!header.StartsWith(kind.Magic))
            return $"Innehållet i {name} stämmer inte med filtypen {Path.GetExtension(name).TrimStart('.').ToUpperInvariant()}.";
        return null;
    }

    public static string ContentTypeOf(string fileName) =>
        Allowed.TryGetValue(Path.GetExtension(fileName), out var kind) ? kind.ContentType : "application/octet-stream";

    /// <summary>The file's own name without any folder, control characters or quotes, at most 255 characters.</summary>
    public static string SafeName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return "";
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not '"' and not '<' and not '>')]).Trim();
        if (name.Length > 255) name = name[..(255 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        return name;
    }
}
