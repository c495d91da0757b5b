using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

namespace SchoolExperience.GrainInterfaces.Tests.PlacementRequests.Rules;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("name@example.com")]
    [InlineData("first.last+tag@school.sch.uk")]
    [InlineData("o'brien@example.co.uk")]
    [InlineData("name@xn--80ak6aa92e.com")]
    public void IsValid_RealAddress_IsTrue(string email)
    {
        // Act
        var valid = EmailAddress.IsValid(email);

        // Assert
        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("name")]
    [InlineData("name@")]
    [InlineData("@example.com")]
    [InlineData("name@example")]
    [InlineData("name@example.")]
    [InlineData("name@.example.com")]
    [InlineData("name@example..com")]
    [InlineData("name@example.c")]
    [InlineData("name@10.0.0.1")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData("ada lovelace@example.com")]
    [InlineData("\"ada lovelace\"@example.com")]
    [InlineData("name@exa mple.com")]
    [InlineData("name@@example.com")]
    [InlineData(" name@example.com")]
    public void IsValid_NotAnAddress_IsFalse(string? email)
    {
        // Act
        var valid = EmailAddress.IsValid(email);

        // Assert
        Assert.False(valid);
    }
}
