using System.Globalization;

namespace Samsyn.Web.Infrastructure.Content;

/// <summary>
/// Which uploaded files a feature accepts, judged by the name's extension and by the first bytes of the content
/// (a renamed program is not a PDF), and up to what size. The content type sent to readers comes from the
/// extension, never from what the uploader's browser claimed.
/// </summary>
public sealed class FilePolicy
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Known = new(StringComparer.OrdinalIgnoreCase)
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

    public const long AttachmentMaxBytes = 10 * 1024 * 1024;
    public const long DocumentMaxBytes = 20 * 1024 * 1024;

    /// <summary>Attachments of bulletins: PDF, Word, Excel, PowerPoint, PNG and JPEG up to 10 MB.</summary>
    public static readonly FilePolicy Attachments = new("PDF, Word, Excel, PowerPoint, PNG eller JPEG", AttachmentMaxBytes,
        ".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".ppt");

    /// <summary>Files of governing documents: PDF and Word (DOCX) up to 20 MB.</summary>
    public static readonly FilePolicy Documents = new("PDF eller Word (DOCX)", DocumentMaxBytes, ".pdf", ".docx");

    /// <summary>How many leading bytes <see cref="Check"/> needs to see.</summary>
    public const int HeaderLength = 8;

    private readonly HashSet<string> extensions;

    private FilePolicy(string allowedText, long maxBytes, params string[] extensions)
    {
        AllowedText = allowedText;
        MaxBytes = maxBytes;
        this.extensions = new HashSet<string>(extensions, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"PDF eller Word (DOCX)", for hints and messages.</summary>
    public string AllowedText { get; }

    public long MaxBytes { get; }

    /// <summary>"10 MB".</summary>
    public string MaxText => $"{(MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB";

    /// <summary>Why the file cannot be accepted, or null when it can.</summary>
    public string? Check(string? fileName, long length, ReadOnlySpan<byte> header)
    {
        var name = SafeName(fileName);
        if (name.Length == 0) return "Välj en fil.";
        if (length == 0) return $"Filen {name} är tom.";
        if (length > MaxBytes) return $"Filen {name} är större än {MaxText}.";
        var extension = Path.GetExtension(name);
        if (!extensions.Contains(extension) || !Known.TryGetValue(extension, out var kind))
            return $"Filen {name} har en filtyp som inte är tillåten. Välj {AllowedText}.";
        if (!header.StartsWith(kind.Magic))
            return $"Innehållet i {name} stämmer inte med filtypen {extension.TrimStart('.').ToUpperInvariant()}.";
        return null;
    }

    public static string ContentTypeOf(string fileName) =>
        Known.TryGetValue(Path.GetExtension(fileName), out var kind) ? kind.ContentType : "application/octet-stream";

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
