using System.Text.Json;
using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class ProfileRulesTests
{
    [Fact]
    public void Validate_CompleteProfile_HasNoErrors()
    {
        // Act
        var errors = ProfileRules.Validate(ValidProfile.Details);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_LeanestProfile_HasNoErrors()
    {
        // Arrange: no requirements, dress code, description, fees, training or access needs
        var details = new SchoolProfileDetails
        {
            PhasesAndSubjects = new PhasesAndSubjects { Phases = [SchoolPhase.Primary], KeyStages = [KeyStage.KeyStage1] },
            Parking = new Parking { OnSite = false, Details = "On the street" },
            Schedule = new ExperienceSchedule { StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(15, 0) },
            ExperienceOutline = "Help in class.",
            TeacherTraining = new TeacherTraining { Offers = false },
            Dbs = new DbsRequirement { Policy = GrainInterfaces.Schools.DbsPolicy.NotRequired, PolicyText = "A member of staff is with you at all times." },
            AccessNeeds = new AccessNeeds { Supported = false },
            AdminContact = new AdminContact { Phone = "07700 900982", Email = "office@example.com" },
        };

        // Act
        var errors = ProfileRules.Validate(details);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_EverythingMissing_ReportsEachSectionInOnBoardingOrder()
    {
        // Arrange
        var details = ValidProfile.Details with
        {
            PhasesAndSubjects = new PhasesAndSubjects { Phases = [] },
            CandidateRequirements = ValidProfile.Requirements with { MaxTravelMiles = null, PhotoIdDetails = null, OtherDetails = null },
            DressCode = ValidProfile.DressCode with { OtherDetails = null },
            Parking = new Parking { OnSite = true, Details = "" },
            Schedule = new ExperienceSchedule { Flexible = true },
            ExperienceOutline = " ",
            TeacherTraining = new TeacherTraining { Offers = true },
            Dbs = ValidProfile.Dbs with { PolicyText = "" },
            Fees = [ValidProfile.AdministrationFee with { Amount = 0 }],
            AccessNeeds = new AccessNeeds { Supported = true, HasPolicy = true },
            AdminContact = new AdminContact { Phone = "", Email = "" },
        };

        // Act
        var errors = ProfileRules.Validate(details);

        // Assert
        Assert.Equal(
            [
                (Fields.Phases, "Select at least one phase"),
                (Fields.MaxTravelMiles, "Enter the number of miles"),
                (Fields.PhotoIdDetails, "Enter details of the photo ID candidates need"),
                (Fields.OtherRequirementDetails, "Enter details of the other requirements"),
                (Fields.DressCodeOtherDetails, "Enter details of the other dress code requirements"),
                (Fields.ParkingDetails, "Enter details of parking on site"),
                (Fields.StartTime, "Enter a start time"),
                (Fields.EndTime, "Enter an end time"),
                (Fields.FlexibleDetails, "Enter details of how the times are flexible"),
                (Fields.ExperienceOutline, "Enter what candidates will do during their school experience"),
                (Fields.TeacherTrainingDetails, "Enter details of the teacher training you offer"),
                (Fields.TeacherTrainingUrl, "Enter the web address of your teacher training information"),
                (Fields.DbsPolicyText, "Enter details of your DBS policy"),
                ("Fees[0].Amount", "Enter an amount more than £0 and less than £10,000"),
                (Fields.AccessNeedsDetail, "Enter details of how you support candidates with access needs"),
                (Fields.AccessNeedsPolicyUrl, "Enter the web address of your access needs policy"),
                (Fields.AdminPhone, "Enter a telephone number"),
                (Fields.AdminEmail, "Enter an email address"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Theory]
    [InlineData(true, "Enter details of parking on site")]
    [InlineData(false, "Enter details of parking nearby")]
    public void Validate_ParkingWithoutDetails_AsksForTheRightKind(bool onSite, string message)
    {
        // Act
        var errors = ProfileRules.Validate(ValidProfile.Details with { Parking = new Parking { OnSite = onSite, Details = " " } });

        // Assert
        Expect.OnlyError(Fields.ParkingDetails, message, errors);
    }

    [Fact]
    public void Validate_NoDescription_HasNoErrors()
    {
        // Act
        var errors = ProfileRules.Validate(ValidProfile.Details with { Description = null });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Normalise_UntidyProfile_TrimsTextAndDropsEmptyOptionalText()
    {
        // Arrange
        var details = ValidProfile.Details with
        {
            Description = "   ",
            Parking = new Parking { OnSite = true, Details = " Gate 2 " },
            ExperienceOutline = " Observe lessons. ",
            Dbs = ValidProfile.Dbs with { PolicyText = " Bring it. " },
        };

        // Act
        var normalised = ProfileRules.Normalise(details);

        // Assert
        Assert.Null(normalised.Description);
        Assert.Equal("Gate 2", normalised.Parking.Details);
        Assert.Equal("Observe lessons.", normalised.ExperienceOutline);
        Assert.Equal("Bring it.", normalised.Dbs.PolicyText);
        Assert.Equal("+441632960001", normalised.AdminContact.Phone);
    }

    [Fact]
    public void Normalise_Twice_ChangesNothingMore()
    {
        // Arrange
        var once = ProfileRules.Normalise(ValidProfile.Details);

        // Act
        var twice = ProfileRules.Normalise(once);

        // Assert
        Assert.Equal(JsonSerializer.Serialize(once), JsonSerializer.Serialize(twice));
    }

    [Fact]
    public void Validate_BeforeAndAfterNormalising_GivesTheSameErrors()
    {
        // Arrange
        var details = ValidProfile.Details with
        {
            PhasesAndSubjects = ValidProfile.Phases with { Subjects = [" physics ", "Astrology"] },
            Schedule = ValidProfile.Schedule with { EndTime = new TimeOnly(7, 0) },
            AdminContact = ValidProfile.AdminContact with { Phone = "0163 ", SecondaryEmail = " x@y " },
        };

        // Act
        var before = ProfileRules.Validate(details);
        var after = ProfileRules.Validate(ProfileRules.Normalise(details));

        // Assert
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }
}
