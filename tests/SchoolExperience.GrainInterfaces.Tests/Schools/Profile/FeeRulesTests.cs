using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class FeeRulesTests
{
    private const string AmountOutOfRange = "Enter an amount more than £0 and less than £10,000";

    [Fact]
    public void Validate_OneOfEachKind_HasNoErrors()
    {
        // Act
        var errors = FeeRules.Validate(ValidProfile.Details.Fees);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoFees_HasNoErrors()
    {
        // Act
        var errors = FeeRules.Validate([]);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_SameKindTwice_AsksForEachKindOnce()
    {
        // Act
        var errors = FeeRules.Validate([ValidProfile.AdministrationFee, ValidProfile.AdministrationFee]);

        // Assert
        Expect.OnlyError(Fields.Fees, "Enter each kind of fee only once", errors);
    }

    [Fact]
    public void Validate_FourFees_AsksForEachKindOnce()
    {
        // Act
        var errors = FeeRules.Validate([.. ValidProfile.Details.Fees, ValidProfile.AdministrationFee with { Kind = FeeKind.Other }]);

        // Assert
        Expect.OnlyError(Fields.Fees, "Enter each kind of fee only once", errors);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10000")]
    [InlineData("10000.01")]
    public void Validate_AmountOutsideTheRange_ReportsTheRange(string amount)
    {
        // Act
        var errors = FeeRules.Validate([ValidProfile.AdministrationFee with { Amount = decimal.Parse(amount) }]);

        // Assert
        Expect.OnlyError("Fees[0].Amount", AmountOutOfRange, errors);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("9999.99")]
    public void Validate_AmountJustInsideTheRange_HasNoErrors(string amount)
    {
        // Act
        var errors = FeeRules.Validate([ValidProfile.AdministrationFee with { Amount = decimal.Parse(amount) }]);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_FractionOfAPenny_AsksForPoundsAndPence()
    {
        // Act
        var errors = FeeRules.Validate([ValidProfile.AdministrationFee with { Amount = 12.345m }]);

        // Assert
        Expect.OnlyError("Fees[0].Amount", "Enter an amount in pounds and pence, like 25 or 25.50", errors);
    }

    [Theory]
    [InlineData(FeeKind.Administration, "administration fee")]
    [InlineData(FeeKind.Dbs, "DBS check fee")]
    [InlineData(FeeKind.Other, "other fee")]
    public void Validate_FeeWithNothingSaid_NamesTheKindInEachMessage(FeeKind kind, string label)
    {
        // Arrange
        var fee = ValidProfile.AdministrationFee with
        {
            Kind = kind,
            Description = "",
            Interval = (FeeInterval)5,
            PaymentMethod = " ",
        };

        // Act
        var errors = FeeRules.Validate([ValidProfile.AdministrationFee with { Kind = (FeeKind)((int)(kind + 1) % 3) }, fee]);

        // Assert
        Assert.Equal(
            [
                ("Fees[1].Description", $"Enter a description of the {label}"),
                ("Fees[1].Interval", $"Select whether the {label} is daily or one-off"),
                ("Fees[1].PaymentMethod", $"Enter how candidates pay the {label}"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Validate_UnknownKind_AsksForAKind()
    {
        // Act
        var errors = FeeRules.Validate([ValidProfile.AdministrationFee with { Kind = (FeeKind)8 }]);

        // Assert
        Expect.OnlyError("Fees[0].Kind", "Select a kind of fee", errors);
    }

    [Fact]
    public void Normalise_Fee_TrimsItsText()
    {
        // Act
        var normalised = FeeRules.Normalise([ValidProfile.AdministrationFee with { Description = " Printing ", PaymentMethod = " Cash " }]);

        // Assert
        Assert.Equal(ValidProfile.AdministrationFee with { Description = "Printing", PaymentMethod = "Cash" }, Assert.Single(normalised));
    }
}
