using System.Net.Mail;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>Whether text is an address a school can write to.</summary>
public static class EmailAddress
{
    // MailAddress accepts display names, bare local parts, quoted spaces and one-letter or numeric top-level
    // domains; an address a school can write to is exactly local@domain.tld with a real-looking tld.
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value)
            || value.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(value, out var address)
            || address.Address != value)
        {
            return false;
        }

        var labels = address.Host.Split('.');
        var topLevel = labels[^1];
        return labels.Length >= 2
            && labels.All(label => label.Length > 0)
            && topLevel.Length >= 2
            && !topLevel.All(char.IsAsciiDigit);
    }
}
