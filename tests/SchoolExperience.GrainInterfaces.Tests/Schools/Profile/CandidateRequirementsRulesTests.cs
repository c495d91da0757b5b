using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class CandidateRequirementsRulesTests
{
    [Fact]
    public void Validate_EveryRequirementWithItsDetails_HasNoErrors()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(ValidProfile.Requirements);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoRequirements_HasNoErrors()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(new CandidateRequirements());

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownRequirement_AsksForListedRequirements()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(new CandidateRequirements { Requirements = [(CandidateRequirement)42] });

        // Assert
        Expect.OnlyError(Fields.CandidateRequirements, "Select candidate requirements from the list", errors);
    }

    [Fact]
    public void Validate_LivesNearbyWithoutMiles_AsksForMiles()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(ValidProfile.Requirements with { MaxTravelMiles = null });

        // Assert
        Expect.OnlyError(Fields.MaxTravelMiles, "Enter the number of miles", errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Validate_LivesNearbyWithinNoMiles_AsksForMoreThanNothing(int miles)
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(ValidProfile.Requirements with { MaxTravelMiles = miles });

        // Assert
        Expect.OnlyError(Fields.MaxTravelMiles, "Enter a number of miles more than 0", errors);
    }

    [Fact]
    public void Validate_LivesNearbyWithinOneMile_HasNoErrors()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(ValidProfile.Requirements with { MaxTravelMiles = 1 });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_PhotoIdWithoutDetails_AsksForThem()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(ValidProfile.Requirements with { PhotoIdDetails = " " });

        // Assert
        Expect.OnlyError(Fields.PhotoIdDetails, "Enter details of the photo ID candidates need", errors);
    }

    [Fact]
    public void Validate_OtherWithoutDetails_AsksForThem()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(ValidProfile.Requirements with { OtherDetails = null });

        // Assert
        Expect.OnlyError(Fields.OtherRequirementDetails, "Enter details of the other requirements", errors);
    }

    [Fact]
    public void Validate_DetailsLeftForUntickedRequirements_HasNoErrors()
    {
        // Act
        var errors = CandidateRequirementsRules.Validate(new CandidateRequirements { MaxTravelMiles = 0 });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Normalise_DetailsOfUntickedRequirements_AreDropped()
    {
        // Arrange
        var requirements = ValidProfile.Requirements with
        {
            Requirements = [CandidateRequirement.PhotoId, CandidateRequirement.PhotoId],
            PhotoIdDetails = "  Passport ",
        };

        // Act
        var normalised = CandidateRequirementsRules.Normalise(requirements);

        // Assert
        Assert.Equal([CandidateRequirement.PhotoId], normalised.Requirements);
        Assert.Equal("Passport", normalised.PhotoIdDetails);
        Assert.Null(normalised.MaxTravelMiles);
        Assert.Null(normalised.OtherDetails);
    }
}
