using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("Sw1A 1aA", "SW1A 1AA")]
    [InlineData("  SW1A   1AA  ", "SW1A 1AA")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("m11ae", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("TE57 1NG", "TE57 1NG")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("gir0aa", "GIR 0AA")]
    public void TryNormalise_FullPostcode_GivesUpperCaseWithOneSpaceBeforeInwardCode(string input, string expected)
    {
        // Act
        var valid = UkPostcode.TryNormalise(input, out var postcode);

        // Assert
        Assert.True(valid);
        Assert.Equal(expected, postcode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SW1A")]
    [InlineData("SW1A 1")]
    [InlineData("SW1A 1A")]
    [InlineData("SW1A 1AAA")]
    [InlineData("SW1A 1AC")]
    [InlineData("SW1A 1IA")]
    [InlineData("QW1A 1AA")]
    [InlineData("VX1 1AA")]
    [InlineData("1SW 1AA")]
    [InlineData("SW1A-1AA")]
    [InlineData("GIR 1AA")]
    [InlineData("12345")]
    public void TryNormalise_NotAFullPostcode_IsRefused(string? input)
    {
        // Act
        var valid = UkPostcode.TryNormalise(input, out var postcode);

        // Assert
        Assert.False(valid);
        Assert.Null(postcode);
    }

    [Theory]
    [InlineData("SW1A", true)]
    [InlineData("sw1a ", true)]
    [InlineData("M1", true)]
    [InlineData("B33", true)]
    [InlineData("SW1A 1AA", false)]
    [InlineData("12", false)]
    [InlineData(null, false)]
    public void IsOutwardCodeOnly_Input_TellsOutwardCodesFromOtherText(string? input, bool expected)
    {
        // Act
        var outwardOnly = UkPostcode.IsOutwardCodeOnly(input);

        // Assert
        Assert.Equal(expected, outwardOnly);
    }
}
