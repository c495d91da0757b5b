using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// Full UK postcodes: an outward code (area and district, "SW1A") and an inward code (sector and unit, "1AA"),
/// or the special "GIR 0AA". Letters that never appear in a position are refused, so typos such as "SW1A 1AV"
/// fail here rather than at a later address lookup.
/// </summary>
public static partial class UkPostcode
{
    /// <summary>The postcode in upper case with one space before the inward code, when it is a full postcode.</summary>
    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? postcode)
    {
        var compact = Compact(input);
        if (compact is not null && FullPostcode().IsMatch(compact))
        {
            postcode = $"{compact[..^3]} {compact[^3..]}";
            return true;
        }

        postcode = null;
        return false;
    }

    /// <summary>True for an outward code alone ("SW1A"), a common half-answer that deserves its own message.</summary>
    public static bool IsOutwardCodeOnly(string? input)
    {
        var compact = Compact(input);
        return compact is not null && OutwardCode().IsMatch(compact);
    }

    private static string? Compact(string? input) =>
        input is null ? null : string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private const string Outward =
        "[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])";

    private const string Inward = "[0-9][ABD-HJLNP-UW-Z]{2}";

    [GeneratedRegex($"^(?:GIR0AA|{Outward}{Inward})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullPostcode();

    [GeneratedRegex($"^{Outward}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutwardCode();
}
