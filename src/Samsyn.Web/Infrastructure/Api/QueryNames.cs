namespace Samsyn.Web.Infrastructure.Api;

/// <summary>
/// Enum values in query strings, read the way the API writes them in JSON: by name, camelCase or
/// not ("hospital", "Hospital"); numbers are refused, as in JSON bodies.
/// </summary>
public static class QueryNames
{
    public static bool TryParse<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null) return false;
        value = Enum.Parse<T>(name);
        return true;
    }

    /// <summary>"hospital, regionalPrimaryCare, …" for the message that names the allowed values.</summary>
    public static string Allowed<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)));
}
