using SchoolExperience.GrainInterfaces.Schools.Profile;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Tests.Schools.Profile;

public sealed class ExperienceScheduleRulesTests
{
    [Fact]
    public void Validate_FlexibleDayWithDetails_HasNoErrors()
    {
        // Act
        var errors = ExperienceScheduleRules.Validate(ValidProfile.Schedule);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_NoTimes_AsksForBoth()
    {
        // Act
        var errors = ExperienceScheduleRules.Validate(new ExperienceSchedule());

        // Assert
        Assert.Equal(
            [(Fields.StartTime, "Enter a start time"), (Fields.EndTime, "Enter an end time")],
            errors.Select(e => (e.Field, e.Message)));
    }

    [Theory]
    [InlineData(8, 30)]
    [InlineData(7, 0)]
    public void Validate_EndNotAfterStart_AsksForALaterEnd(int hour, int minute)
    {
        // Act
        var errors = ExperienceScheduleRules.Validate(ValidProfile.Schedule with { EndTime = new TimeOnly(hour, minute) });

        // Assert
        Expect.OnlyError(Fields.EndTime, "Enter an end time after the start time", errors);
    }

    [Fact]
    public void Validate_EndAMinuteAfterStart_HasNoErrors()
    {
        // Act
        var errors = ExperienceScheduleRules.Validate(ValidProfile.Schedule with { EndTime = new TimeOnly(8, 31) });

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_FlexibleWithoutDetails_AsksForThem()
    {
        // Act
        var errors = ExperienceScheduleRules.Validate(ValidProfile.Schedule with { FlexibleDetails = " " });

        // Assert
        Expect.OnlyError(Fields.FlexibleDetails, "Enter details of how the times are flexible", errors);
    }

    [Fact]
    public void Normalise_NotFlexible_DropsTheDetails()
    {
        // Act
        var normalised = ExperienceScheduleRules.Normalise(ValidProfile.Schedule with { Flexible = false });

        // Assert
        Assert.Null(normalised.FlexibleDetails);
        Assert.Equal(new TimeOnly(8, 30), normalised.StartTime);
    }
}
