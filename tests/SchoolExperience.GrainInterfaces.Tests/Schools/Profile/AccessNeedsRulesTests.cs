using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class AccessNeedsRulesTests
{
    [Fact]
    public void Validate_SupportedWithStatementAndPolicy_HasNoErrors()
    {
        // Act
        var errors = AccessNeedsRules.Validate(ValidProfile.AccessNeeds);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NotSupported_NeedsNothingElse()
    {
        // Act
        var errors = AccessNeedsRules.Validate(new AccessNeeds { Supported = false, HasPolicy = true, PolicyUrl = "nope" });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_SupportedWithoutStatement_AsksForIt()
    {
        // Act
        var errors = AccessNeedsRules.Validate(ValidProfile.AccessNeeds with { Detail = null });

        // Assert
        Expect.OnlyError(Fields.AccessNeedsDetail, "Enter details of how you support candidates with access needs", errors);
    }

    [Fact]
    public void Validate_PolicyWithoutAddress_AsksForIt()
    {
        // Act
        var errors = AccessNeedsRules.Validate(ValidProfile.AccessNeeds with { PolicyUrl = "" });

        // Assert
        Expect.OnlyError(Fields.AccessNeedsPolicyUrl, "Enter the web address of your access needs policy", errors);
    }

    [Fact]
    public void Validate_PolicyAddressNotAWebAddress_AsksForTheFormat()
    {
        // Act
        var errors = AccessNeedsRules.Validate(ValidProfile.AccessNeeds with { PolicyUrl = "www.example.com/access" });

        // Assert
        Expect.OnlyError(Fields.AccessNeedsPolicyUrl, WebAddress.FormatMessage, errors);
    }

    [Fact]
    public void Validate_NoPolicy_NeedsNoAddress()
    {
        // Act
        var errors = AccessNeedsRules.Validate(ValidProfile.AccessNeeds with { HasPolicy = false, PolicyUrl = null });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Normalise_NotSupported_KeepsOnlyDisabilityConfident()
    {
        // Act
        var normalised = AccessNeedsRules.Normalise(ValidProfile.AccessNeeds with { Supported = false });

        // Assert
        Assert.Equal(new AccessNeeds { Supported = false, DisabilityConfident = true }, normalised);
    }

    [Fact]
    public void Normalise_NoPolicy_DropsTheAddress()
    {
        // Act
        var normalised = AccessNeedsRules.Normalise(ValidProfile.AccessNeeds with { HasPolicy = false, Detail = " Ramps " });

        // Assert
        Assert.Equal(ValidProfile.AccessNeeds with { HasPolicy = false, PolicyUrl = null, Detail = "Ramps" }, normalised);
    }
}
