using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class ContactRulesTests
{
    [Fact]
    public void Validate_CompleteContact_HasNoErrors()
    {
        // Act
        var errors = ContactRules.Validate(Valid.Contact);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_EverythingMissing_ReportsEachFieldInFormOrder()
    {
        // Arrange
        var contact = Valid.Contact with
        {
            FirstName = "",
            LastName = " ",
            Email = "",
            Address = Valid.Address with { Building = "", TownOrCity = "", Postcode = "" },
            Phone = "",
        };

        // Act
        var errors = ContactRules.Validate(contact);

        // Assert
        Assert.Equal(
            [
                (Fields.FirstName, "Enter your first name"),
                (Fields.LastName, "Enter your last name"),
                (Fields.Email, "Enter your email address"),
                (Fields.Building, "Enter your building name or number"),
                (Fields.TownOrCity, "Enter your town or city"),
                (Fields.Postcode, "Enter your postcode"),
                (Fields.Phone, "Enter a UK telephone number"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void ValidateName_NamesAt50Characters_HasNoErrors()
    {
        // Act
        var errors = ContactRules.ValidateName(Valid.Text(50), Valid.Text(50));

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void ValidateName_FirstNameOf51Characters_ReportsTooLong()
    {
        // Act
        var errors = ContactRules.ValidateName(Valid.Text(51), "Lovelace");

        // Assert
        Expect.OnlyError(Fields.FirstName, "First name must be 50 characters or fewer", errors);
    }

    [Fact]
    public void ValidateName_LastNameOf51Characters_ReportsTooLong()
    {
        // Act
        var errors = ContactRules.ValidateName("Ada", Valid.Text(51));

        // Assert
        Expect.OnlyError(Fields.LastName, "Last name must be 50 characters or fewer", errors);
    }

    [Fact]
    public void ValidateName_SpacesAroundA50CharacterName_HasNoErrors()
    {
        // Act: the limit is on what is stored, and normalising trims
        var errors = ContactRules.ValidateName($"  {Valid.Text(50)}  ", "Lovelace");

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void ValidateName_Null_ReportsMissing()
    {
        // Act
        var errors = ContactRules.ValidateName(null, "Lovelace");

        // Assert
        Expect.OnlyError(Fields.FirstName, "Enter your first name", errors);
    }

    [Fact]
    public void ValidateEmail_AddressAt100Characters_HasNoErrors()
    {
        // Arrange: 88 + "@example.com" (12) = 100
        var email = Valid.Text(88) + "@example.com";

        // Act
        var errors = ContactRules.ValidateEmail(email);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void ValidateEmail_AddressOf101Characters_ReportsTooLong()
    {
        // Arrange
        var email = Valid.Text(89) + "@example.com";

        // Act
        var errors = ContactRules.ValidateEmail(email);

        // Assert
        Expect.OnlyError(Fields.Email, "Email address must be 100 characters or fewer", errors);
    }

    [Fact]
    public void ValidateEmail_SpacesAroundAnAddress_HasNoErrors()
    {
        // Act
        var errors = ContactRules.ValidateEmail("  name@example.com  ");

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void ValidateEmail_NotAnAddress_ReportsFormat()
    {
        // Act
        var errors = ContactRules.ValidateEmail("name@example");

        // Assert
        Expect.OnlyError(Fields.Email, "Enter an email address in the correct format, like name@example.com", errors);
    }

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("+44 7700 900123")]
    [InlineData("020 7946 0018")]
    [InlineData("01632 960001")]
    [InlineData("07911 123456")]
    [InlineData("0044 20 7946 0018")]
    [InlineData("(020) 7946-0018")]
    public void ValidatePhone_UkNumber_HasNoErrors(string phone)
    {
        // Act
        var errors = ContactRules.ValidatePhone(phone);

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("+1 202 555 0123")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("12345")]
    [InlineData("07911 12345")]
    [InlineData("07911 1234567")]
    [InlineData("phone me")]
    [InlineData("07911 123456 ext 12")]
    public void ValidatePhone_NotAUkNumber_ReportsFormat(string phone)
    {
        // Act
        var errors = ContactRules.ValidatePhone(phone);

        // Assert
        Expect.OnlyError(Fields.Phone, "Enter a UK telephone number, like 01632 960 001 or 07700 900 982", errors);
    }

    [Fact]
    public void ValidatePhone_NumberPaddedTo50Characters_HasNoErrors()
    {
        // Arrange: spaces inside a number are kept until normalising, so they count towards the limit
        var phone = "07700" + new string(' ', 39) + "900123";

        // Act
        var errors = ContactRules.ValidatePhone(phone);

        // Assert
        Assert.Equal(50, phone.Length);
        Assert.Empty(errors);
    }

    [Fact]
    public void ValidatePhone_51Characters_ReportsTooLong()
    {
        // Arrange
        var phone = "07700" + new string(' ', 40) + "900123";

        // Act
        var errors = ContactRules.ValidatePhone(phone);

        // Assert
        Expect.OnlyError(Fields.Phone, "UK telephone number must be 50 characters or fewer", errors);
    }

    [Fact]
    public void ValidatePhone_Missing_ReportsMissing()
    {
        // Act
        var errors = ContactRules.ValidatePhone("   ");

        // Assert
        Expect.OnlyError(Fields.Phone, "Enter a UK telephone number", errors);
    }

    [Fact]
    public void Normalise_TypedContact_TrimsAndStoresPostcodeAndPhoneInStoredForms()
    {
        // Arrange
        var contact = Valid.Contact with
        {
            FirstName = " Ada ",
            LastName = "Lovelace ",
            Email = " ada@example.com ",
            Address = Valid.Address with { Postcode = "sw1a2aa" },
            Phone = "07700 900123",
        };

        // Act
        var normalised = ContactRules.Normalise(contact);

        // Assert
        Assert.Equal("Ada", normalised.FirstName);
        Assert.Equal("Lovelace", normalised.LastName);
        Assert.Equal("ada@example.com", normalised.Email);
        Assert.Equal("SW1A 2AA", normalised.Address.Postcode);
        Assert.Equal("+447700900123", normalised.Phone);
    }

    [Fact]
    public void Normalise_InvalidPhone_LeavesItTrimmedForValidationToReport()
    {
        // Act
        var normalised = ContactRules.Normalise(Valid.Contact with { Phone = " +33 1 23 45 67 89 " });

        // Assert
        Assert.Equal("+33 1 23 45 67 89", normalised.Phone);
    }
}
