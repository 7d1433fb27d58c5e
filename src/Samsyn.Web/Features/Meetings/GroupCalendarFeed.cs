using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Samsyn.Web.Features.Meetings;

/// <summary>
/// The secret address of a group's calendar feed: calendar programs cannot log in, so the address
/// carries a token that only Samsyn can make.
/// </summary>
public sealed class GroupCalendarFeed(IDataProtectionProvider protection)
{
    private IDataProtector Protector => protection.CreateProtector("Samsyn.GroupCalendarFeed");

    public string Url(string baseUrl, int groupId) =>
        $"{baseUrl}/api/v1/groups/{groupId.ToString(CultureInfo.InvariantCulture)}/calendar.ics?token={Uri.EscapeDataString(Protector.Protect(Payload(groupId)))}";

    public bool IsValid(int groupId, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Payload(groupId)), Encoding.UTF8.GetBytes(Protector.Unprotect(token)));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Payload(int groupId) => $"group:{groupId.ToString(CultureInfo.InvariantCulture)}";
}
