using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class AddressRulesTests
{
    [Fact]
    public void Validate_CompleteAddress_HasNoErrors()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_OnlyRequiredParts_HasNoErrors()
    {
        // Arrange
        var address = Valid.Address with { Street = null, County = null };

        // Act
        var errors = AddressRules.Validate(address);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_EveryPartAtItsLimit_HasNoErrors()
    {
        // Arrange
        var address = Valid.Address with
        {
            Building = Valid.Text(250),
            Street = Valid.Text(250),
            TownOrCity = Valid.Text(80),
            County = Valid.Text(50),
        };

        // Act
        var errors = AddressRules.Validate(address);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_BuildingOf251Characters_ReportsTooLong()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Building = Valid.Text(251) });

        // Assert
        Expect.OnlyError(Fields.Building, "Building must be 250 characters or fewer", errors);
    }

    [Fact]
    public void Validate_StreetOf251Characters_ReportsTooLong()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Street = Valid.Text(251) });

        // Assert
        Expect.OnlyError(Fields.Street, "Street must be 250 characters or fewer", errors);
    }

    [Fact]
    public void Validate_TownOrCityOf81Characters_ReportsTooLong()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { TownOrCity = Valid.Text(81) });

        // Assert
        Expect.OnlyError(Fields.TownOrCity, "Town or city must be 80 characters or fewer", errors);
    }

    [Fact]
    public void Validate_CountyOf51Characters_ReportsTooLong()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { County = Valid.Text(51) });

        // Assert
        Expect.OnlyError(Fields.County, "County must be 50 characters or fewer", errors);
    }

    [Fact]
    public void Validate_BuildingMissing_ReportsMissing()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Building = "  " });

        // Assert
        Expect.OnlyError(Fields.Building, "Enter your building name or number", errors);
    }

    [Fact]
    public void Validate_TownOrCityMissing_ReportsMissing()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { TownOrCity = "" });

        // Assert
        Expect.OnlyError(Fields.TownOrCity, "Enter your town or city", errors);
    }

    [Fact]
    public void Validate_PostcodeMissing_ReportsMissing()
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Postcode = "" });

        // Assert
        Expect.OnlyError(Fields.Postcode, "Enter your postcode", errors);
    }

    [Theory]
    [InlineData("sw1a1aa")]
    [InlineData("SW1A  1AA")]
    [InlineData("gir 0aa")]
    public void Validate_PostcodeAsTyped_HasNoErrors(string postcode)
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Postcode = postcode });

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("SW1A")]
    [InlineData("m1")]
    [InlineData("EC1A ")]
    public void Validate_OutwardCodeOnly_AsksForTheFullPostcode(string postcode)
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Postcode = postcode });

        // Assert
        Expect.OnlyError(Fields.Postcode, "Enter a full postcode, like SW1A 1AA", errors);
    }

    [Theory]
    [InlineData("SW1A 1A")]
    [InlineData("12345")]
    [InlineData("QW1A 1AA")]
    [InlineData("SW1A 1AC")]
    [InlineData("not a postcode")]
    public void Validate_NotAPostcode_ReportsFormat(string postcode)
    {
        // Act
        var errors = AddressRules.Validate(Valid.Address with { Postcode = postcode });

        // Assert
        Expect.OnlyError(Fields.Postcode, "Enter a real postcode, like SW1A 1AA", errors);
    }

    [Fact]
    public void Normalise_TypedAddress_TrimsDropsEmptyOptionalPartsAndFormatsPostcode()
    {
        // Arrange
        var address = Valid.Address with
        {
            Building = " 10 ",
            Street = "   ",
            TownOrCity = " London",
            County = "",
            Postcode = " sw1a2aa ",
        };

        // Act
        var normalised = AddressRules.Normalise(address);

        // Assert
        Assert.Equal(
            Valid.Address with { Street = null, County = null },
            normalised);
    }
}
