using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class TeacherTrainingRulesTests
{
    [Fact]
    public void Validate_OffersWithDetailsAndAddress_HasNoErrors()
    {
        // Act
        var errors = TeacherTrainingRules.Validate(ValidProfile.TeacherTraining);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_DoesNotOffer_NeedsNothingElse()
    {
        // Act
        var errors = TeacherTrainingRules.Validate(new TeacherTraining { Offers = false, Url = "not a url" });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_OffersWithNothingElse_AsksForDetailsAndAddress()
    {
        // Act
        var errors = TeacherTrainingRules.Validate(new TeacherTraining { Offers = true });

        // Assert
        Assert.Equal(
            [
                (Fields.TeacherTrainingDetails, "Enter details of the teacher training you offer"),
                (Fields.TeacherTrainingUrl, "Enter the web address of your teacher training information"),
            ],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void Validate_AddressNotHttp_AsksForTheFormat()
    {
        // Act
        var errors = TeacherTrainingRules.Validate(ValidProfile.TeacherTraining with { Url = "ftp://example.com/training" });

        // Assert
        Expect.OnlyError(Fields.TeacherTrainingUrl, WebAddress.FormatMessage, errors);
    }

    [Fact]
    public void Normalise_DoesNotOffer_DropsDetailsAndAddress()
    {
        // Act
        var normalised = TeacherTrainingRules.Normalise(ValidProfile.TeacherTraining with { Offers = false });

        // Assert
        Assert.Equal(new TeacherTraining { Offers = false }, normalised);
    }

    [Fact]
    public void Normalise_Offers_TrimsDetailsAndAddress()
    {
        // Act
        var normalised = TeacherTrainingRules.Normalise(ValidProfile.TeacherTraining with { Details = " SCITT ", Url = " https://a.example.com " });

        // Assert
        Assert.Equal(new TeacherTraining { Offers = true, Details = "SCITT", Url = "https://a.example.com" }, normalised);
    }
}
