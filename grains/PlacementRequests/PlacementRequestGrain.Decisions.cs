using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>The decision on a request: viewed, considered, accepted, rejected, or withdrawn by the candidate.</summary>
public sealed partial class PlacementRequestGrain
{
    public async Task<CommandResult> MarkViewedAsync(Actor actor)
    {
        if (!State.Submitted)
        {
            return NothingSubmitted();
        }

        if (State.Unseen && PlacementRequestTransitions.Check(RequestEvent.Acknowledge, State.Status) is null)
        {
            // Opening a withdrawal or a cancellation clears it from the school's "unseen" counter.
            State.Unseen = false;
            await SaveTransitionAsync(actor, RequestEvent.Acknowledge.ToString(), State.Status, reason: null);
            await AfterSaveAsync();
            return CommandResult.Done;
        }

        return await TransitionAsync(RequestEvent.View, actor, PlacementRequestStatus.Viewed);
    }

    public Task<CommandResult> PlaceUnderConsiderationAsync(Actor actor) =>
        TransitionAsync(RequestEvent.Consider, actor, PlacementRequestStatus.UnderConsideration);

    public async Task<CommandResult> AcceptAsync(AcceptPlacementRequest command)
    {
        if (Illegal(RequestEvent.Accept) is { } refused)
        {
            return refused;
        }

        var today = LondonCalendar.Today(time);
        var date = State.RequestedDate ?? command.Date;
        var errors = BookingRules.ValidateAcceptance(command, date, State.PlacementDateId is not null, today);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        if (State.PlacementDateId is { } placementDateId)
        {
            // The school grain serialises accepts of the same date: the last place goes to exactly one request.
            var place = await School.TakePlaceAsync(placementDateId, RequestId);
            if (!place.Succeeded)
            {
                return place;
            }
        }

        State.Booking = new Booking
        {
            Date = date!.Value,
            DurationDays = command.DurationDays,
            Subject = command.Subject?.Trim() ?? Subject,
            ContactName = command.ContactName.Trim(),
            ContactPhone = command.ContactPhone.Trim(),
            ContactEmail = command.ContactEmail.Trim(),
            CandidateInstructions = command.CandidateInstructions.Trim(),
            PlacementDateId = State.PlacementDateId,
            AcceptedAt = time.GetUtcNow(),
        };
        PlanBookingDeadlines();
        TellCandidate(RequestEmails.CandidateBookingConfirmed, RequestEmails.BookingDetails(State.Booking, State.SchoolName));
        try
        {
            await SaveTransitionAsync(command.Actor, "Accepted", PlacementRequestStatus.Booked, reason: null);
        }
        catch
        {
            if (State.PlacementDateId is { } heldDate)
            {
                await School.ReleasePlaceAsync(heldDate, RequestId);
            }

            throw;
        }

        await AfterSaveAsync();
        return CommandResult.Done;
    }

    public async Task<CommandResult> RejectAsync(RejectPlacementRequest command)
    {
        if (Illegal(RequestEvent.Reject) is { } refused)
        {
            return refused;
        }

        var errors = BookingRules.ValidateRejection(command);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        State.RejectionReasons = [.. command.Reasons.Distinct()];
        State.ClosingReason = command.Details?.Trim();
        TellCandidate(RequestEmails.CandidateRequestRejected, new()
        {
            ["school_name"] = State.SchoolName,
            ["reasons"] = string.Join(", ", State.RejectionReasons),
            ["details"] = State.ClosingReason ?? "",
        });
        await SaveTransitionAsync(command.Actor, "Rejected", PlacementRequestStatus.Rejected,
            string.Join(", ", State.RejectionReasons));
        await AfterSaveAsync();
        return CommandResult.Done;
    }

    public async Task<CommandResult> WithdrawAsync(WithdrawPlacementRequest command)
    {
        if (Illegal(RequestEvent.Withdraw) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return CommandResult.Invalid([new FieldError { Field = nameof(command.Reason), Message = "Enter why you are withdrawing your request" }]);
        }

        State.ClosingReason = command.Reason.Trim();
        State.Unseen = true;
        TellCandidate(RequestEmails.CandidateRequestWithdrawn, new() { ["school_name"] = State.SchoolName });
        TellSchool(RequestEmails.SchoolRequestWithdrawn, new(CandidateAndSchool()) { ["reason"] = State.ClosingReason });
        await SaveTransitionAsync(Actor.Candidate, "Withdrawn", PlacementRequestStatus.Withdrawn, State.ClosingReason);
        await AfterSaveAsync();
        return CommandResult.Done;
    }

    /// <summary>A transition with nothing to check but the table.</summary>
    private async Task<CommandResult> TransitionAsync(RequestEvent @event, Actor actor, PlacementRequestStatus to)
    {
        if (Illegal(@event) is { } refused)
        {
            return refused;
        }

        await SaveTransitionAsync(actor, @event.ToString(), to, reason: null);
        await AfterSaveAsync();
        return CommandResult.Done;
    }

    private CommandResult? Illegal(RequestEvent @event) =>
        State.Submitted ? PlacementRequestTransitions.Check(@event, State.Status) : NothingSubmitted();

    private static CommandResult NothingSubmitted() => CommandResult.NotFound("There is no such request");
}
