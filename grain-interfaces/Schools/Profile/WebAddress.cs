namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>Whether text is a public web page a candidate can open: an absolute http or https address.</summary>
public static class WebAddress
{
    public const string FormatMessage = "Enter a web address in the correct format, like https://www.example.com";

    // Uri accepts "http:example", hosts without a dot and embedded spaces; a link on a profile needs none of those.
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value)
        && !value.Any(char.IsWhiteSpace)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && value.StartsWith($"{uri.Scheme}://", StringComparison.OrdinalIgnoreCase)
        && uri.Host.Split('.') is { Length: >= 2 } labels
        && labels.All(label => label.Length > 0);
}
