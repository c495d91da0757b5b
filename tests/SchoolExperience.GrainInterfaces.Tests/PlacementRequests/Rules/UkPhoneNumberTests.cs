using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class UkPhoneNumberTests
{
    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("07700900123", "+447700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("+447700900123", "+447700900123")]
    [InlineData("0044 7700 900123", "+447700900123")]
    [InlineData("020 7946 0018", "+442079460018")]
    [InlineData("(020) 7946-0018", "+442079460018")]
    [InlineData("+44 (0)20 7946 0018", "+442079460018")]
    [InlineData("01632 960001", "+441632960001")]
    [InlineData("0113 496 0000", "+441134960000")]
    [InlineData("07911 123456", "+447911123456")]
    [InlineData("0800 123 4567", "+448001234567")]
    public void TryNormalise_UkNumber_GivesE164(string input, string expected)
    {
        // Act
        var valid = UkPhoneNumber.TryNormalise(input, out var e164);

        // Assert
        Assert.True(valid);
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a number")]
    [InlineData("12345")]
    [InlineData("07911 12345")]
    [InlineData("07911 1234567")]
    [InlineData("+1 202 555 0123")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("+353 1 234 5678")]
    [InlineData("07911 123456 ext 12")]
    [InlineData("07700 901000")]
    public void TryNormalise_InvalidOrNotUk_IsRefused(string? input)
    {
        // Act
        var valid = UkPhoneNumber.TryNormalise(input, out var e164);

        // Assert
        Assert.False(valid);
        Assert.Null(e164);
    }

    [Theory]
    [InlineData("+447700900123", "07700 900123")]
    [InlineData("+442079460018", "020 7946 0018")]
    [InlineData("+441632960001", "01632 960001")]
    public void Display_StoredNumber_IsNationalFormat(string stored, string expected)
    {
        // Act
        var shown = UkPhoneNumber.Display(stored);

        // Assert
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Display_Unparsable_IsShownAsStored()
    {
        // Act
        var shown = UkPhoneNumber.Display("call the office");

        // Assert
        Assert.Equal("call the office", shown);
    }
}
