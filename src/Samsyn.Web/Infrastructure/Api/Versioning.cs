using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Samsyn.Web.Infrastructure.Api;

/// <summary>A record's version as an ETag (<c>"3"</c>), and the version a client says it edited.</summary>
public static class Versioning
{
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpContext context, int version) =>
        context.Response.Headers.ETag = ETag(version);

    /// <summary>The version from <c>If-Match</c> if present, else the one in the body; null when neither.</summary>
    public static int? ClientVersion(this HttpContext context, int? bodyVersion)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch)
            && EntityTagHeaderValue.TryParse(ifMatch.Split(',')[0].Trim(), out var tag)
            && int.TryParse(tag.Tag.ToString().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return version;
        return bodyVersion;
    }
}

/// <summary>The body of a state change that edits nothing else (retire, cancel, publish): the version the client saw.</summary>
public sealed record VersionInput(int? Version);
