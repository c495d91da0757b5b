using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>What the school must allow before a request is stored: it takes requests, the date, the DBS policy.</summary>
public static class SubmissionChecks
{
    public sealed record Outcome(CommandResult? Refusal, DateOnly? Date);

    public static async Task<Outcome> CheckAsync(PlacementRequestContent content, SchoolProfile school,
        ISchoolGrain schoolGrain, DateOnly today)
    {
        if (!school.Enabled)
        {
            return Refused(Refusal.SchoolNotTakingRequests, $"{school.Name} is not taking requests for school experience");
        }

        PlacementDateView? date = null;
        if (school.AvailabilityMode == AvailabilityMode.FixedDates)
        {
            date = (await schoolGrain.GetPlacementDatesAsync()).FirstOrDefault(d => d.Id == content.PlacementDateId);
            if (date is null || !date.Available)
            {
                return date is not null && date.PlacesTaken >= date.Places && !date.Closed && date.Date > today
                    ? Refused(Refusal.DateFull, $"There are no places left on {date.Date:d MMMM yyyy}. Choose another date")
                    : Refused(Refusal.DateNotAvailable, "That date is not available. Choose another date");
            }

            if (date.Subjects.Count > 0 && !date.Subjects.Contains(content.PlacementSubject ?? ""))
            {
                return Invalid(PlacementRequestFields.PlacementSubject, "Select a subject offered on this date");
            }
        }

        // The content rules already refused a date for a flexible school, and required one for a fixed-date school.
        if (DbsRules.Check(school.DbsPolicy, content.HasDbsCertificate, date?.Virtual ?? false) is { } refusal)
        {
            return Refused(Refusal.DbsRequirementNotMet, refusal);
        }

        return new Outcome(null, date?.Date);
    }

    private static Outcome Refused(Refusal refusal, string reason) => new(CommandResult.Refused(refusal, reason), null);

    private static Outcome Invalid(string field, string message) =>
        new(CommandResult.Invalid([new FieldError { Field = field, Message = message }]), null);
}
