using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>
/// Follow-ups: the school's reminder about an unanswered request, the candidate's reminders before a booking,
/// the asks to record attendance, and expiry. One reminder wakes the grain while anything is still due.
/// </summary>
public sealed partial class PlacementRequestGrain
{
    private const string DeadlinesReminder = "deadlines";
    private static readonly TimeOnly MorningReminderTime = new(9, 0);
    private IGrainReminder? _reminder;
    private bool _reminderLoaded;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlinesReminder)
        {
            return;
        }

        if (!State.Submitted)
        {
            // Registered for a submission whose write then failed: there is nothing to follow up.
            await KeepReminderAsync(projected: true);
            return;
        }

        var projected = await ProjectAsync();
        await ActOnDueDeadlinesAsync();
        await DispatchEmailsAsync();
        await KeepReminderAsync(projected);
    }

    private void PlanDecisionDeadlines()
    {
        var received = State.ReceivedAt;
        var receivedDay = LondonCalendar.DateOf(received);
        var followUpDay = LondonCalendar.AddWorkingDays(receivedDay, options.Value.SchoolFollowUpWorkingDays);
        State.Deadlines.SchoolFollowUpAt = received.AddDays(followUpDay.DayNumber - receivedDay.DayNumber);
        State.Deadlines.ExpiresAt = State.RequestedDate is { } date
            ? LondonCalendar.At(date.AddDays(1), TimeOnly.MinValue)
            : received.AddMonths(options.Value.FlexibleExpiryMonths);
    }

    /// <summary>Plans the booking's follow-ups afresh; a reminder whose moment has already passed is skipped.</summary>
    private void PlanBookingDeadlines()
    {
        var booking = State.Booking!;
        var now = time.GetUtcNow();
        var deadlines = State.Deadlines;
        deadlines.WeekBeforeReminderAt = FutureOrNull(LondonCalendar.At(booking.Date.AddDays(-7), MorningReminderTime), now);
        deadlines.WeekBeforeRemindedAt = null;
        deadlines.DayBeforeReminderAt = FutureOrNull(LondonCalendar.At(booking.Date.AddDays(-1), MorningReminderTime), now);
        deadlines.DayBeforeRemindedAt = null;
        deadlines.AttendanceAskAt = LondonCalendar.At(booking.Date.AddDays(booking.DurationDays), MorningReminderTime);
        deadlines.AttendanceAskedAt = null;
        deadlines.AttendanceAskAgainAt = deadlines.AttendanceAskAt.Value.AddDays(options.Value.AttendanceAskAgainAfterDays);
        deadlines.AttendanceAskedAgainAt = null;
    }

    private async Task ActOnDueDeadlinesAsync()
    {
        var now = time.GetUtcNow();
        var deadlines = State.Deadlines;
        if (State.Status.IsAwaitingDecision())
        {
            if (deadlines.ExpiresAt <= now)
            {
                TellCandidate(RequestEmails.CandidateRequestExpired, new() { ["school_name"] = State.SchoolName });
                await SaveTransitionAsync(Actor.System, RequestEvent.Expire.ToString(), PlacementRequestStatus.Expired,
                    State.RequestedDate is null ? "Not answered in time" : "The requested date has passed");
                await ProjectAsync();
                return;
            }

            if (Due(deadlines.SchoolFollowUpAt, deadlines.SchoolFollowedUpAt, now))
            {
                deadlines.SchoolFollowedUpAt = now;
                TellSchool(RequestEmails.SchoolRequestFollowUp, CandidateAndSchool());
                await state.SaveOrDeactivateAsync(this);
            }
        }
        else if (State.Status == PlacementRequestStatus.Booked)
        {
            var changed = false;
            var booking = RequestEmails.BookingDetails(State.Booking!, State.SchoolName);
            if (Due(deadlines.WeekBeforeReminderAt, deadlines.WeekBeforeRemindedAt, now))
            {
                deadlines.WeekBeforeRemindedAt = now;
                TellCandidate(RequestEmails.CandidateBookingReminder, new(booking) { ["days_to_go"] = "7" });
                changed = true;
            }

            if (Due(deadlines.DayBeforeReminderAt, deadlines.DayBeforeRemindedAt, now))
            {
                deadlines.DayBeforeRemindedAt = now;
                TellCandidate(RequestEmails.CandidateBookingReminder, new(booking) { ["days_to_go"] = "1" });
                changed = true;
            }

            if (Due(deadlines.AttendanceAskAt, deadlines.AttendanceAskedAt, now))
            {
                deadlines.AttendanceAskedAt = now;
                TellSchool(RequestEmails.SchoolAttendanceRequest, new(CandidateAndSchool()) { ["date"] = booking["date"], ["again"] = "no" });
                changed = true;
            }
            else if (deadlines.AttendanceAskedAt is not null && Due(deadlines.AttendanceAskAgainAt, deadlines.AttendanceAskedAgainAt, now))
            {
                deadlines.AttendanceAskedAgainAt = now;
                TellSchool(RequestEmails.SchoolAttendanceRequest, new(CandidateAndSchool()) { ["date"] = booking["date"], ["again"] = "yes" });
                changed = true;
            }

            if (changed)
            {
                await state.SaveOrDeactivateAsync(this);
            }
        }
    }

    /// <summary>Anything still to do: a decision (which can expire), or a booking's reminders and asks.</summary>
    private bool HasPendingDeadlines()
    {
        var d = State.Deadlines;
        return State.Status.IsAwaitingDecision()
               || (State.Status == PlacementRequestStatus.Booked
                   && (Pending(d.WeekBeforeReminderAt, d.WeekBeforeRemindedAt)
                       || Pending(d.DayBeforeReminderAt, d.DayBeforeRemindedAt)
                       || Pending(d.AttendanceAskAt, d.AttendanceAskedAt)
                       || Pending(d.AttendanceAskAgainAt, d.AttendanceAskedAgainAt)));
    }

    /// <summary>
    /// Keeps the reminder while a follow-up is due or a projection is owed, and drops it after: a closed
    /// request costs nothing. The period is the check interval; deadlines themselves live in state.
    /// </summary>
    private async Task KeepReminderAsync(bool projected)
    {
        var needed = State.Submitted && (HasPendingDeadlines() || !projected || State.Outbox.Pending.Count > 0);
        if (needed)
        {
            await EnsureReminderAsync();
        }
        else if (await ReminderAsync() is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _reminder = null;
        }
    }

    private async Task EnsureReminderAsync()
    {
        if (await ReminderAsync() is null)
        {
            var period = options.Value.DeadlineCheckPeriod;
            _reminder = await this.RegisterOrUpdateReminder(DeadlinesReminder, period, period);
        }
    }

    /// <summary>The reminder as stored, read once per activation and then kept up to date here.</summary>
    private async Task<IGrainReminder?> ReminderAsync()
    {
        if (!_reminderLoaded)
        {
            _reminder = await this.GetReminder(DeadlinesReminder);
            _reminderLoaded = true;
        }

        return _reminder;
    }

    private static bool Due(DateTimeOffset? at, DateTimeOffset? doneAt, DateTimeOffset now) =>
        at is not null && doneAt is null && at <= now;

    private static bool Pending(DateTimeOffset? at, DateTimeOffset? doneAt) => at is not null && doneAt is null;

    private static DateTimeOffset? FutureOrNull(DateTimeOffset at, DateTimeOffset now) => at > now ? at : null;
}
