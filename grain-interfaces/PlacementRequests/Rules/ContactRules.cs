using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>
/// Name, email, address and telephone. Each part validates alone too, for pages that ask for name and email
/// on one step and address and phone on another.
/// </summary>
public static class ContactRules
{
    public const int NameMaxLength = 50;
    public const int EmailMaxLength = 100;
    public const int PhoneMaxLength = 50;

    public static IReadOnlyList<FieldError> Validate(ContactDetails contact) =>
    [
        .. ValidateName(contact.FirstName, contact.LastName),
        .. ValidateEmail(contact.Email),
        .. AddressRules.Validate(contact.Address),
        .. ValidatePhone(contact.Phone),
    ];

    public static IReadOnlyList<FieldError> ValidateName(string? firstName, string? lastName)
    {
        var errors = new List<FieldError>();
        Required(errors, Fields.FirstName, firstName, "Enter your first name", NameMaxLength,
            "First name must be 50 characters or fewer");
        Required(errors, Fields.LastName, lastName, "Enter your last name", NameMaxLength,
            "Last name must be 50 characters or fewer");
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateEmail(string? email)
    {
        var errors = new List<FieldError>();
        if (Required(errors, Fields.Email, email, "Enter your email address", EmailMaxLength,
                "Email address must be 100 characters or fewer")
            && !EmailAddress.IsValid(email!.Trim()))
        {
            errors.Add(Error(Fields.Email, "Enter an email address in the correct format, like name@example.com"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> ValidatePhone(string? phone)
    {
        var errors = new List<FieldError>();
        if (Required(errors, Fields.Phone, phone, "Enter a UK telephone number", PhoneMaxLength,
                "UK telephone number must be 50 characters or fewer")
            && !UkPhoneNumber.TryNormalise(phone, out _))
        {
            errors.Add(Error(Fields.Phone, "Enter a UK telephone number, like 01632 960 001 or 07700 900 982"));
        }

        return errors;
    }

    /// <summary>Trims every part; the postcode and phone number take their stored forms when they are valid.</summary>
    public static ContactDetails Normalise(ContactDetails contact) => new()
    {
        FirstName = contact.FirstName.Trim(),
        LastName = contact.LastName.Trim(),
        Email = contact.Email.Trim(),
        Address = AddressRules.Normalise(contact.Address),
        Phone = UkPhoneNumber.TryNormalise(contact.Phone, out var e164) ? e164 : contact.Phone.Trim(),
    };
}
