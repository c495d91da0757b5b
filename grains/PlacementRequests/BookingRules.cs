using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>What a school must give when it accepts, rejects or moves a booking.</summary>
public static class BookingRules
{
    public static IReadOnlyList<FieldError> ValidateAcceptance(AcceptPlacementRequest command, DateOnly? date,
        bool fixedDate, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!fixedDate)
        {
            ValidateNewDate(errors, nameof(command.Date), date, today);
        }

        if (command.DurationDays is < 1 or > 99)
        {
            errors.Add(Error(nameof(command.DurationDays), "The length must be between 1 and 99 days"));
        }

        Require(errors, nameof(command.ContactName), command.ContactName, "Enter the name of the contact at the school");
        Require(errors, nameof(command.ContactPhone), command.ContactPhone, "Enter the contact’s telephone number");
        Require(errors, nameof(command.ContactEmail), command.ContactEmail, "Enter the contact’s email address");
        Require(errors, nameof(command.CandidateInstructions), command.CandidateInstructions,
            "Enter instructions for the candidate");
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateRejection(RejectPlacementRequest command)
    {
        if (command.Reasons.Count == 0)
        {
            return [Error(nameof(command.Reasons), "Select at least one reason")];
        }

        return command.Reasons.Contains(RejectionReason.Other) && string.IsNullOrWhiteSpace(command.Details)
            ? [Error(nameof(command.Details), "Enter the other reason")]
            : [];
    }

    /// <summary>A booking date is tomorrow at the earliest and under two years away.</summary>
    public static void ValidateNewDate(List<FieldError> errors, string field, DateOnly? date, DateOnly today)
    {
        if (date is null)
        {
            errors.Add(Error(field, "Enter the date of the school experience"));
        }
        else if (date <= today)
        {
            errors.Add(Error(field, "The date must be in the future"));
        }
        else if (date >= today.AddYears(2))
        {
            errors.Add(Error(field, "The date must be within the next 2 years"));
        }
    }

    private static void Require(List<FieldError> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error(field, message));
        }
    }

    private static FieldError Error(string field, string message) => new() { Field = field, Message = message };
}
