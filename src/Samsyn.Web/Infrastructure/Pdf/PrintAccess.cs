using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Samsyn.Web.Infrastructure.Pdf;

/// <summary>
/// A short-lived token that lets the server's own headless Chromium open one print page (a meeting's, a document's)
/// to make its PDF, without the user's login cookie. The token names what it opens: <c>meeting:12</c> opens nothing else.
/// </summary>
public sealed class PrintAccess(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Samsyn.MeetingPrint").ToTimeLimitedDataProtector();

    public string TokenFor(string kind, int id) => Protector.Protect(Payload(kind, id), Lifetime);

    public bool IsValid(string kind, int id, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            return Protector.Unprotect(token) == Payload(kind, id);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Payload(string kind, int id) => $"{kind}:{id.ToString(CultureInfo.InvariantCulture)}";
}
