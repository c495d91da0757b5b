using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>The few checks every section repeats. Lengths are of the trimmed value, as normalising stores it.</summary>
internal static class Checks
{
    public static FieldError Error(string field, string message) => new() { Field = field, Message = message };

    /// <summary>True when the value is present and within the limit.</summary>
    public static bool Required(List<FieldError> errors, string field, string? value, string missing,
        int maxLength, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(field, missing));
            return false;
        }

        return Optional(errors, field, value, maxLength, tooLong);
    }

    /// <summary>True when the value is absent or within the limit.</summary>
    public static bool Optional(List<FieldError> errors, string field, string? value, int maxLength, string tooLong)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(Error(field, tooLong));
            return false;
        }

        return true;
    }

    /// <summary>True when the text is present and has fewer than <paramref name="wordLimit"/> words.</summary>
    public static bool RequiredWords(List<FieldError> errors, string field, string? value, string missing,
        int wordLimit, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(field, missing));
            return false;
        }

        if (Words.Count(value) >= wordLimit)
        {
            errors.Add(Error(field, tooLong));
            return false;
        }

        return true;
    }

    /// <summary>Trimmed, or null when nothing is left: how optional text is stored.</summary>
    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
