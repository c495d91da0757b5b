using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.Schools;

/// <summary>The limits of a published date (the existing service's, with the number of places enforced).</summary>
public static class PlacementDateRules
{
    public static IReadOnlyList<FieldError> Validate(AddPlacementDate command, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (command.Date <= today)
        {
            errors.Add(Error(nameof(command.Date), "The date must be in the future"));
        }
        else if (command.Date >= today.AddYears(2))
        {
            errors.Add(Error(nameof(command.Date), "The date must be within the next 2 years"));
        }
        else if (command.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            errors.Add(Error(nameof(command.Date), "The date must be a weekday"));
        }

        if (command.DurationDays is < 1 or > 99)
        {
            errors.Add(Error(nameof(command.DurationDays), "The length must be between 1 and 99 days"));
        }

        if (command.Places is < 1 or > 999)
        {
            errors.Add(Error(nameof(command.Places), "The number of places must be between 1 and 999"));
        }

        if (command.ListingOpensDaysBefore is < 1 or > 180)
        {
            errors.Add(Error(nameof(command.ListingOpensDaysBefore), "Listing must open between 1 and 180 days before the date"));
        }

        if (command.ListingClosesDaysBefore < 0 || command.ListingClosesDaysBefore > 100
            || command.ListingClosesDaysBefore >= command.ListingOpensDaysBefore)
        {
            errors.Add(Error(nameof(command.ListingClosesDaysBefore),
                "Listing must close between 0 and 100 days before the date, and after it opens"));
        }

        return errors;
    }

    private static FieldError Error(string field, string message) => new() { Field = field, Message = message };
}
