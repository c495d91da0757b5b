using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SchoolExperience.GrainInterfaces.Candidates;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Candidates;
using SchoolExperience.Grains.Common;
using SchoolExperience.Grains.Notifications;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>
/// The single writer of a request and its booking. Submission here; the school's decisions in
/// PlacementRequestGrain.Decisions.cs; booking changes in .Bookings.cs; follow-ups in .Deadlines.cs.
/// Every change: check, change state, save, then project to the school's index and the candidate's list.
/// </summary>
[GrainType("placement-request")]
public sealed partial class PlacementRequestGrain(
    [PersistentState("placement-request", StorageNames.Main)] IPersistentState<PlacementRequestState> state,
    [FromKeyedServices(Clocks.Business)] TimeProvider time,
    IOptions<PlacementRequestOptions> options,
    IOptions<CandidateOptions> candidateOptions,
    ILogger<PlacementRequestGrain> logger) : Grain, IPlacementRequestGrain, IRemindable
{
    private PlacementRequestState State => state.State;

    private Guid RequestId => this.GetPrimaryKey();

    private ISchoolGrain School => GrainFactory.GetGrain<ISchoolGrain>(State.Urn);

    private ICandidateGrain Candidate => GrainFactory.GetGrain<ICandidateGrain>(State.CandidateId);

    public async Task<CommandResult> SubmitAsync(SubmitPlacementRequest command)
    {
        if (State.Submitted)
        {
            return CommandResult.Refused(Refusal.AlreadySubmitted, "This request has already been sent");
        }

        var school = GrainFactory.GetGrain<ISchoolGrain>(command.Urn);
        var profile = await school.GetProfileAsync();
        if (profile is null)
        {
            return CommandResult.NotFound($"There is no school with URN {command.Urn}");
        }

        var errors = PlacementRequestContentRules.Validate(command.Content, profile.AvailabilityMode);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var content = PlacementRequestContentRules.Normalise(command.Content);
        var choice = await SubmissionChecks.CheckAsync(content, profile, school, LondonCalendar.Today(time));
        if (choice.Refusal is not null)
        {
            return choice.Refusal;
        }

        var candidateId = await GrainFactory
            .GetGrain<ICandidateDirectoryGrain>(CandidateEmailKey.For(content.Contact.Email, candidateOptions.Value.EmailKey))
            .GetOrCreateCandidateIdAsync();
        var candidate = GrainFactory.GetGrain<ICandidateGrain>(candidateId);
        var reservation = await candidate.ReserveRequestAsync(RequestId, command.Urn);
        if (!reservation.Succeeded)
        {
            return reservation;
        }

        var now = time.GetUtcNow();
        State.Submitted = true;
        State.Urn = command.Urn;
        State.CandidateId = candidateId;
        State.Content = content;
        State.RequestedDate = choice.Date;
        State.SchoolName = profile.Name;
        State.SchoolEmail = profile.ContactEmail;
        State.ReceivedAt = now;
        State.EarlierAttendance = (await candidate.GetRecordAsync()).Attendance;
        PlanDecisionDeadlines();
        TellCandidate(RequestEmails.CandidateRequestReceived, new() { ["school_name"] = profile.Name });
        // Schools still in the switchover have no dashboard yet: they get the whole request by email.
        TellSchool(profile.Switchover ? RequestEmails.SchoolRequestReceivedWithDetails : RequestEmails.SchoolRequestReceived,
            profile.Switchover
                ? RequestEmails.FullDetails(content, profile.Name)
                : new() { ["school_name"] = profile.Name, ["request_id"] = RequestId.ToString() });
        try
        {
            await SaveTransitionAsync(Actor.Candidate, "Submitted", PlacementRequestStatus.New, reason: null);
        }
        catch
        {
            // Nothing was stored: let the candidate's reservation go, so a retry is not refused.
            State.Submitted = false;
            State.Outbox.Pending.Clear();
            await candidate.ReleaseRequestAsync(RequestId);
            throw;
        }

        await AfterSaveAsync();
        await RememberCandidateDetailsAsync(candidate);
        return CommandResult.Done;
    }

    /// <summary>Best effort: the details only save the candidate typing next time, the request is already safe.</summary>
    private async Task RememberCandidateDetailsAsync(ICandidateGrain candidate)
    {
        try
        {
            await candidate.RememberDetailsAsync(new CandidateDetails
            {
                Contact = State.Content!.Contact,
                Education = State.Content.Education,
                TeachingPreference = State.Content.TeachingPreference,
                UpdatedAt = State.ReceivedAt,
            });
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not remember the candidate's details from request {RequestId}", RequestId);
        }
    }

    public Task<PlacementRequestDetails?> GetAsync() => Task.FromResult(State.Submitted
        ? new PlacementRequestDetails
        {
            RequestId = RequestId,
            Urn = State.Urn,
            CandidateId = State.CandidateId,
            Content = State.Content!,
            Status = State.Status,
            ReceivedAt = State.ReceivedAt,
            Version = State.Version,
            RequestedDate = State.RequestedDate,
            Booking = State.Booking,
            EarlierAttendance = State.EarlierAttendance,
            RejectionReasons = State.RejectionReasons,
            ClosingReason = State.ClosingReason,
        }
        : null);

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync() =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(State.Audit.ToList());

    /// <summary>
    /// Records the transition and saves; the caller has already checked it and changed the state. The reminder
    /// is in place before the write, so the projections and emails a saved change owes are retried on its tick
    /// even if this silo dies straight after the write.
    /// </summary>
    private async Task SaveTransitionAsync(Actor actor, string @event, PlacementRequestStatus to, string? reason)
    {
        await EnsureReminderAsync();
        var now = time.GetUtcNow();
        State.Audit.Add(new AuditEntry { At = now, Actor = actor, Event = @event, From = State.Status, To = to, Reason = reason });
        State.Status = to;
        State.LastChangedAt = now;
        State.Version++;
        await state.SaveOrDeactivateAsync(this);
    }

    /// <summary>After every save: the projections, the emails, then the reminder that carries the follow-ups.</summary>
    private async Task AfterSaveAsync()
    {
        var projected = await ProjectAsync();
        await DispatchEmailsAsync();
        await KeepReminderAsync(projected);
    }

    private Task DispatchEmailsAsync() => State.Outbox.DispatchAsync(GrainFactory, () => state.SaveOrDeactivateAsync(this), logger);

    /// <summary>Puts an email to the candidate in the outbox; it is saved with the change it tells of.</summary>
    private void TellCandidate(string templateKey, Dictionary<string, string> personalisation) =>
        State.Outbox.Add(RequestEmails.Message(templateKey, State.Content!.Contact.Email, time.GetUtcNow(), personalisation));

    /// <summary>As TellCandidate, to the school; a school with no address on record is told on its dashboard only.</summary>
    private void TellSchool(string templateKey, Dictionary<string, string> personalisation)
    {
        if (State.SchoolEmail is { Length: > 0 } to)
        {
            State.Outbox.Add(RequestEmails.Message(templateKey, to, time.GetUtcNow(), personalisation));
        }
    }

    private Dictionary<string, string> CandidateAndSchool() => new()
    {
        ["school_name"] = State.SchoolName,
        ["candidate_name"] = $"{State.Content!.Contact.FirstName} {State.Content.Contact.LastName}",
        ["request_id"] = RequestId.ToString(),
    };

    /// <summary>
    /// Upserts this request into the school's index and the candidate's list, and gives back a place the
    /// booking no longer uses. All three are idempotent, so repeating them is harmless; a failure is retried
    /// on the next tick or activation.
    /// </summary>
    private async Task<bool> ProjectAsync()
    {
        try
        {
            if (PlaceToGiveBack() is { } placementDateId)
            {
                await School.ReleasePlaceAsync(placementDateId, RequestId);
            }

            await School.RecordRequestAsync(Summary());
            await Candidate.RecordRequestAsync(new CandidateRequestEntry
            {
                RequestId = RequestId,
                Urn = State.Urn,
                Status = State.Status,
                Version = State.Version,
            });
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Projection of request {RequestId} version {Version} failed; will retry",
                RequestId, State.Version);
            return false;
        }
    }

    /// <summary>A cancelled booking, or one moved off its published date, no longer needs its place.</summary>
    private Guid? PlaceToGiveBack() =>
        State is { PlacementDateId: { } date, Booking: not null }
        && (State.Status is PlacementRequestStatus.CancelledBySchool or PlacementRequestStatus.CancelledByCandidate
            || State.Booking.PlacementDateId is null)
            ? date
            : null;

    /// <summary>The subject the experience is about: the one chosen with a date, else the candidate's first choice.</summary>
    private string? Subject => State.Content?.PlacementSubject ?? State.Content?.TeachingPreference.FirstChoiceSubject;

    private PlacementRequestSummary Summary() => new()
    {
        RequestId = RequestId,
        CandidateName = $"{State.Content!.Contact.FirstName} {State.Content.Contact.LastName}",
        Status = State.Status,
        ReceivedAt = State.ReceivedAt,
        LastChangedAt = State.LastChangedAt,
        Version = State.Version,
        Subject = Subject,
        RequestedDate = State.RequestedDate,
        BookingDate = State.Booking?.Date,
        Unseen = State.Unseen,
        EarlierAttendance = State.EarlierAttendance,
    };
}
