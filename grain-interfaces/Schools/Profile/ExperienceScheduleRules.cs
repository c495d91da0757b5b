using SchoolExperience.GrainInterfaces.Common;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.Schools.Profile.ProfileFields;

namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>A start and an end time, the end after the start (a day does not run past midnight); flexibility explained.</summary>
public static class ExperienceScheduleRules
{
    public static IReadOnlyList<FieldError> Validate(ExperienceSchedule schedule)
    {
        var errors = new List<FieldError>();
        if (schedule.StartTime is null)
        {
            errors.Add(Error(Fields.StartTime, "Enter a start time"));
        }

        if (schedule.EndTime is null)
        {
            errors.Add(Error(Fields.EndTime, "Enter an end time"));
        }
        else if (schedule.StartTime is { } start && schedule.EndTime <= start)
        {
            errors.Add(Error(Fields.EndTime, "Enter an end time after the start time"));
        }

        if (schedule.Flexible && string.IsNullOrWhiteSpace(schedule.FlexibleDetails))
        {
            errors.Add(Error(Fields.FlexibleDetails, "Enter details of how the times are flexible"));
        }

        return errors;
    }

    public static ExperienceSchedule Normalise(ExperienceSchedule schedule) => schedule with
    {
        FlexibleDetails = schedule.Flexible ? Tidy(schedule.FlexibleDetails) : null,
    };
}
