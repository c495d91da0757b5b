using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class AdminContactRulesTests
{
    private const string EmailFormat = "Enter an email address in the correct format, like name@example.com";

    [Fact]
    public void Validate_PhoneAndBothEmails_HasNoErrors()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoSecondaryEmail_HasNoErrors()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { SecondaryEmail = " " });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NothingEntered_AsksForPhoneAndEmail()
    {
        // Act
        var errors = AdminContactRules.Validate(new AdminContact { Phone = "", Email = " " });

        // Assert
        Assert.Equal(
            [(Fields.AdminPhone, "Enter a telephone number"), (Fields.AdminEmail, "Enter an email address")],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+1 202 555 0123")]
    [InlineData("01632 960 001 ext. 12")]
    public void Validate_NotAUkNumber_AsksForOne(string phone)
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { Phone = phone });

        // Assert
        Expect.OnlyError(Fields.AdminPhone, "Enter a UK telephone number, like 01632 960 001 or 07700 900 982", errors);
    }

    [Fact]
    public void Validate_PhoneOf51Characters_ReportsTooLong()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { Phone = new string('1', 51) });

        // Assert
        Expect.OnlyError(Fields.AdminPhone, "Telephone number must be 50 characters or fewer", errors);
    }

    [Fact]
    public void Validate_EmailNotAnAddress_AsksForTheFormat()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { Email = "office at school" });

        // Assert
        Expect.OnlyError(Fields.AdminEmail, EmailFormat, errors);
    }

    [Fact]
    public void Validate_EmailOf101Characters_ReportsTooLong()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { Email = $"{Valid.Text(89)}@example.com" });

        // Assert
        Expect.OnlyError(Fields.AdminEmail, "Email address must be 100 characters or fewer", errors);
    }

    [Fact]
    public void Validate_SecondaryEmailNotAnAddress_AsksForTheFormat()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { SecondaryEmail = "head@school" });

        // Assert
        Expect.OnlyError(Fields.AdminSecondaryEmail, EmailFormat, errors);
    }

    [Fact]
    public void Validate_SecondaryEmailOf101Characters_ReportsTooLong()
    {
        // Act
        var errors = AdminContactRules.Validate(ValidProfile.AdminContact with { SecondaryEmail = $"{Valid.Text(89)}@example.com" });

        // Assert
        Expect.OnlyError(Fields.AdminSecondaryEmail, "Secondary email address must be 100 characters or fewer", errors);
    }

    [Fact]
    public void Normalise_Contact_StoresE164AndTrimmedEmails()
    {
        // Act
        var normalised = AdminContactRules.Normalise(new AdminContact { Phone = "01632 960 001", Email = " office@example.com ", SecondaryEmail = " " });

        // Assert
        Assert.Equal(new AdminContact { Phone = "+441632960001", Email = "office@example.com" }, normalised);
    }
}
