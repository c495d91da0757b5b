using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>A booking after acceptance: moved, cancelled by either side, or its attendance recorded.</summary>
public sealed partial class PlacementRequestGrain
{
    public async Task<CommandResult> ChangeBookingDateAsync(ChangeBookingDate command)
    {
        if (Illegal(RequestEvent.ChangeDate) is { } refused)
        {
            return refused;
        }

        var today = LondonCalendar.Today(time);
        var booking = State.Booking!;
        if (booking.Date <= today)
        {
            return CommandResult.Refused(Refusal.TooLate, "You can only change the date of a booking that has not started");
        }

        var errors = new List<FieldError>();
        BookingRules.ValidateNewDate(errors, nameof(command.NewDate), command.NewDate, today);
        if (errors.Count == 0 && command.NewDate == booking.Date)
        {
            errors.Add(new FieldError { Field = nameof(command.NewDate), Message = "The new date must be different from the current date" });
        }

        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        State.Booking = booking with { Date = command.NewDate, PlacementDateId = null };
        PlanBookingDeadlines();
        TellCandidate(RequestEmails.CandidateBookingDateChanged, new(RequestEmails.BookingDetails(State.Booking, State.SchoolName))
        {
            ["old_date"] = RequestEmails.LongDate(booking.Date),
        });
        await SaveTransitionAsync(command.Actor, "Date changed", PlacementRequestStatus.Booked,
            $"{booking.Date:yyyy-MM-dd} to {command.NewDate:yyyy-MM-dd}");
        await AfterSaveAsync();
        return CommandResult.Done;
    }

    public async Task<CommandResult> CancelBookingAsync(CancelBooking command)
    {
        var bySchool = command.Actor.Kind == ActorKind.School;
        if (Illegal(bySchool ? RequestEvent.CancelBySchool : RequestEvent.CancelByCandidate) is { } refused)
        {
            return refused;
        }

        var today = LondonCalendar.Today(time);
        var booking = State.Booking!;
        // The school may cancel only before the day; the candidate up to the day itself (the old service let
        // candidates cancel even after it).
        if (bySchool ? booking.Date <= today : booking.Date < today)
        {
            return CommandResult.Refused(Refusal.TooLate, "You cannot cancel a booking after it has started");
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return CommandResult.Invalid([new FieldError { Field = nameof(command.Reason), Message = "Enter why you are cancelling" }]);
        }

        State.ClosingReason = command.Reason.Trim();
        State.Unseen = !bySchool;
        var details = new Dictionary<string, string>(RequestEmails.BookingDetails(booking, State.SchoolName))
        {
            ["reason"] = State.ClosingReason,
        };
        if (bySchool)
        {
            TellCandidate(RequestEmails.CandidateBookingCancelledBySchool, details);
        }
        else
        {
            TellCandidate(RequestEmails.CandidateBookingCancelled, details);
            TellSchool(RequestEmails.SchoolBookingCancelledByCandidate, new(CandidateAndSchool()) { ["reason"] = State.ClosingReason });
        }

        await SaveTransitionAsync(command.Actor, "Booking cancelled",
            bySchool ? PlacementRequestStatus.CancelledBySchool : PlacementRequestStatus.CancelledByCandidate,
            State.ClosingReason);
        await AfterSaveAsync();
        return CommandResult.Done;
    }

    public async Task<CommandResult> RecordAttendanceAsync(RecordAttendance command)
    {
        if (Illegal(RequestEvent.RecordAttendance) is { } refused)
        {
            return refused;
        }

        if (State.Booking!.Date > LondonCalendar.Today(time))
        {
            return CommandResult.Refused(Refusal.TooEarly, "You can record attendance once the school experience has started");
        }

        if (command.Attended)
        {
            TellCandidate(RequestEmails.CandidateFeedbackRequest, new() { ["school_name"] = State.SchoolName });
        }

        await SaveTransitionAsync(command.Actor, "Attendance recorded",
            command.Attended ? PlacementRequestStatus.Attended : PlacementRequestStatus.DidNotAttend, reason: null);
        await AfterSaveAsync();
        return CommandResult.Done;
    }
}
