using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Samsyn.Web.Infrastructure.Validation;

/// <summary>
/// Validates an API input by its data annotations, the same attributes the pages use,
/// and returns the errors keyed by the camelCase field name of the JSON.
/// </summary>
public static class InputValidation
{
    public static Dictionary<string, string[]> Validate(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Member))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Ogiltigt värde.").Distinct().ToArray());
    }
}
