using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The school's admin contact, with the candidate contact's length limits and the same phone and email checks.</summary>
public static class AdminContactRules
{
    private const string EmailFormat = "Enter an email address in the correct format, like name@example.com";

    public static IReadOnlyList<FieldError> Validate(AdminContact contact)
    {
        var errors = new List<FieldError>();
        if (Required(errors, Fields.AdminPhone, contact.Phone, "Enter a telephone number", ContactRules.PhoneMaxLength,
                "Telephone number must be 50 characters or fewer")
            && !UkPhoneNumber.TryNormalise(contact.Phone, out _))
        {
            errors.Add(Error(Fields.AdminPhone, "Enter a UK telephone number, like 01632 960 001 or 07700 900 982"));
        }

        if (Required(errors, Fields.AdminEmail, contact.Email, "Enter an email address", ContactRules.EmailMaxLength,
                "Email address must be 100 characters or fewer")
            && !EmailAddress.IsValid(contact.Email.Trim()))
        {
            errors.Add(Error(Fields.AdminEmail, EmailFormat));
        }

        if (!string.IsNullOrWhiteSpace(contact.SecondaryEmail)
            && Optional(errors, Fields.AdminSecondaryEmail, contact.SecondaryEmail, ContactRules.EmailMaxLength,
                "Secondary email address must be 100 characters or fewer")
            && !EmailAddress.IsValid(contact.SecondaryEmail.Trim()))
        {
            errors.Add(Error(Fields.AdminSecondaryEmail, EmailFormat));
        }

        return errors;
    }

    public static AdminContact Normalise(AdminContact contact) => new()
    {
        Phone = UkPhoneNumber.TryNormalise(contact.Phone, out var e164) ? e164 : contact.Phone.Trim(),
        Email = contact.Email.Trim(),
        SecondaryEmail = Tidy(contact.SecondaryEmail),
    };
}
