namespace Samsyn.Web.Features.Accounts.ApiTokens;

/// <summary>Swedish words for a token's access and status.</summary>
public static class ApiTokenLabels
{
    public static string Access(ApiTokenAccess access) => access == ApiTokenAccess.ReadOnly ? "Bara läsa" : "Läsa och ändra";

    public static string Status(string status) => status switch
    {
        "revoked" => "Återkallad",
        "expired" => "Har gått ut",
        _ => "Gäller",
    };

    public static string Groups(IReadOnlyList<string> groups) => groups.Count == 0 ? "Hela API:t" : string.Join(", ", groups);
}
