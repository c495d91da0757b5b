using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class DressCodeRulesTests
{
    [Fact]
    public void Validate_OtherWithDetails_HasNoErrors()
    {
        // Act
        var errors = DressCodeRules.Validate(ValidProfile.DressCode);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoDressCode_HasNoErrors()
    {
        // Act
        var errors = DressCodeRules.Validate(new DressCode());

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_OtherWithoutDetails_AsksForThem()
    {
        // Act
        var errors = DressCodeRules.Validate(ValidProfile.DressCode with { OtherDetails = "" });

        // Assert
        Expect.OnlyError(Fields.DressCodeOtherDetails, "Enter details of the other dress code requirements", errors);
    }

    [Fact]
    public void Validate_UnknownRequirement_AsksForListedRequirements()
    {
        // Act
        var errors = DressCodeRules.Validate(new DressCode { Requirements = [(DressCodeRequirement)9] });

        // Assert
        Expect.OnlyError(Fields.DressCode, "Select dress code requirements from the list", errors);
    }

    [Fact]
    public void Normalise_OtherNotTicked_DropsItsDetails()
    {
        // Act
        var normalised = DressCodeRules.Normalise(new DressCode
        {
            Requirements = [DressCodeRequirement.SmartCasual, DressCodeRequirement.SmartCasual],
            OtherDetails = "Left from before",
        });

        // Assert
        Assert.Equal([DressCodeRequirement.SmartCasual], normalised.Requirements);
        Assert.Null(normalised.OtherDetails);
    }
}
