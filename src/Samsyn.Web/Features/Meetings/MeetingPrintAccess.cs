using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// A short-lived token that lets the server's own headless Chromium open one meeting's print page
/// to make its PDF, without the user's login cookie.
/// </summary>
public sealed class MeetingPrintAccess(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Samsyn.MeetingPrint").ToTimeLimitedDataProtector();

    public string TokenFor(int meetingId) => Protector.Protect(Payload(meetingId), Lifetime);

    public bool IsValid(int meetingId, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            return Protector.Unprotect(token) == Payload(meetingId);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Payload(int meetingId) => $"meeting:{meetingId.ToString(CultureInfo.InvariantCulture)}";
}
