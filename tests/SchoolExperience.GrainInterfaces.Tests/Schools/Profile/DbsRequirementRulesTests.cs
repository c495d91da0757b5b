using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class DbsRequirementRulesTests
{
    [Theory]
    [InlineData(DbsPolicy.Required)]
    [InlineData(DbsPolicy.RequiredForInSchoolOnly)]
    [InlineData(DbsPolicy.NotRequired)]
    [InlineData(DbsPolicy.SchoolArrangesIt)]
    public void Validate_EachPolicyWithItsWording_HasNoErrors(DbsPolicy policy)
    {
        // Act
        var errors = DbsRequirementRules.Validate(ValidProfile.Dbs with { Policy = policy });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownPolicy_AsksForARequirement()
    {
        // Act
        var errors = DbsRequirementRules.Validate(ValidProfile.Dbs with { Policy = (DbsPolicy)17 });

        // Assert
        Expect.OnlyError(Fields.DbsPolicy, "Select a DBS requirement", errors);
    }

    [Fact]
    public void Validate_NoWording_AsksForIt()
    {
        // Act
        var errors = DbsRequirementRules.Validate(ValidProfile.Dbs with { PolicyText = "  " });

        // Assert
        Expect.OnlyError(Fields.DbsPolicyText, "Enter details of your DBS policy", errors);
    }

    [Fact]
    public void Validate_WordingOf49Words_HasNoErrors()
    {
        // Act
        var errors = DbsRequirementRules.Validate(ValidProfile.Dbs with { PolicyText = Valid.WordsOf(49) });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_WordingOf50Words_ReportsTooLong()
    {
        // Act
        var errors = DbsRequirementRules.Validate(ValidProfile.Dbs with { PolicyText = Valid.WordsOf(50) });

        // Assert
        Expect.OnlyError(Fields.DbsPolicyText, "Your DBS policy must be fewer than 50 words", errors);
    }
}
