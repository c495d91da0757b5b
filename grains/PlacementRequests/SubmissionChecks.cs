using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>What the school must allow before a request is stored: it takes requests, the date, the DBS policy.</summary>
public static class SubmissionChecks
{
    public sealed record Outcome(CommandResult? Refusal, DateOnly? Date);

    public static async Task<Outcome> CheckAsync(SubmitPlacementRequest command, SchoolProfile school,
        ISchoolGrain schoolGrain, DateOnly today)
    {
        if (!school.Enabled)
        {
            return Refused(Refusal.SchoolNotTakingRequests, $"{school.Name} is not taking requests for school experience");
        }

        PlacementDateView? date = null;
        if (school.AvailabilityMode == AvailabilityMode.FixedDates)
        {
            if (command.PlacementDateId is null)
            {
                return Invalid(nameof(command.PlacementDateId), "Select a date");
            }

            date = (await schoolGrain.GetPlacementDatesAsync()).FirstOrDefault(d => d.Id == command.PlacementDateId);
            if (date is null || !date.Available)
            {
                return date is not null && date.PlacesTaken >= date.Places && !date.Closed && date.Date > today
                    ? Refused(Refusal.DateFull, $"There are no places left on {date.Date:d MMMM yyyy}. Choose another date")
                    : Refused(Refusal.DateNotAvailable, "That date is not available. Choose another date");
            }

            if (date.Subjects.Count > 0 && !date.Subjects.Contains(command.Subject ?? ""))
            {
                return Invalid(nameof(command.Subject), "Select a subject offered on this date");
            }
        }
        else if (command.PlacementDateId is not null)
        {
            return Invalid(nameof(command.PlacementDateId), "This school does not publish dates: tell it when you are available");
        }

        if (!DbsAllows(school.DbsPolicy, command.HasDbsCertificate, date?.Virtual ?? false))
        {
            return Refused(Refusal.DbsRequirementNotMet,
                $"{school.Name} needs you to have a DBS certificate for this school experience");
        }

        return new Outcome(null, date?.Date);
    }

    private static bool DbsAllows(DbsPolicy policy, bool hasCertificate, bool isVirtual) =>
        hasCertificate || policy switch
        {
            DbsPolicy.NotRequired or DbsPolicy.SchoolArrangesIt => true,
            DbsPolicy.RequiredForInSchoolOnly => isVirtual,
            _ => false,
        };

    private static Outcome Refused(Refusal refusal, string reason) => new(CommandResult.Refused(refusal, reason), null);

    private static Outcome Invalid(string field, string message) =>
        new(CommandResult.Invalid([new FieldError { Field = field, Message = message }]), null);
}
