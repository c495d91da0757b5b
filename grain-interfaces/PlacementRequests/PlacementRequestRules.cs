using System.Net.Mail;
using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>
/// The limits a request must meet. The web shows these messages beside the fields; the grain applies
/// the same rules again, so a caller that skips the web still cannot store a bad request.
/// </summary>
public static class PlacementRequestRules
{
    public const int NameMaxLength = 50;
    public const int EmailMaxLength = 100;
    public const int ObjectivesMaxWords = 150;

    public static IReadOnlyList<FieldError> Validate(SubmitPlacementRequest request)
    {
        var errors = new List<FieldError>();
        RequireText(errors, nameof(request.FirstName), request.FirstName, "Enter your first name", NameMaxLength,
            "First name must be 50 characters or fewer");
        RequireText(errors, nameof(request.LastName), request.LastName, "Enter your last name", NameMaxLength,
            "Last name must be 50 characters or fewer");
        ValidateEmail(errors, nameof(request.Email), request.Email);
        if (string.IsNullOrWhiteSpace(request.Objectives))
        {
            errors.Add(Error(nameof(request.Objectives), "Enter what you want to get out of your school experience"));
        }
        else if (WordCount(request.Objectives) >= ObjectivesMaxWords)
        {
            errors.Add(Error(nameof(request.Objectives), "What you want to get out of it must be fewer than 150 words"));
        }

        return errors;
    }

    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static void RequireText(List<FieldError> errors, string field, string? value, string missing, int max,
        string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(field, missing));
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(Error(field, tooLong));
        }
    }

    private static void ValidateEmail(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(field, "Enter your email address"));
        }
        else if (value.Trim().Length > EmailMaxLength)
        {
            errors.Add(Error(field, "Email address must be 100 characters or fewer"));
        }
        else if (!IsEmailAddress(value.Trim()))
        {
            errors.Add(Error(field, "Enter an email address in the correct format, like name@example.com"));
        }
    }

    // MailAddress accepts display names and bare local parts; a real address is exactly user@domain.tld.
    private static bool IsEmailAddress(string value) =>
        MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.')
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private static FieldError Error(string field, string message) => new() { Field = field, Message = message };
}
