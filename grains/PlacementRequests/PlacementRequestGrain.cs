using Microsoft.Extensions.Logging;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Notifications;

namespace SchoolExperience.Grains.PlacementRequests;

[GrainType("placement-request")]
public sealed class PlacementRequestGrain(
    [PersistentState("placement-request", StorageNames.Main)] IPersistentState<PlacementRequestState> state,
    TimeProvider time,
    ILogger<PlacementRequestGrain> logger) : Grain, IPlacementRequestGrain
{
    private PlacementRequestState State => state.State;

    // Emails an earlier activation saved but did not hand over (its silo died right after the save) go now. Until
    // this grain has reminders, nothing else retries them: a stranded email waits for the next call.
    public override Task OnActivateAsync(CancellationToken cancellationToken) => DispatchEmailsAsync();

    public async Task<CommandResult> SubmitAsync(SubmitPlacementRequest command)
    {
        if (State.Submitted)
        {
            return CommandResult.Refused("This request has already been sent");
        }

        var errors = PlacementRequestRules.Validate(command);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var school = GrainFactory.GetGrain<ISchoolGrain>(command.Urn);
        var profile = await school.GetProfileAsync();
        if (profile is null)
        {
            return CommandResult.NotFound($"There is no school with URN {command.Urn}");
        }

        if (!profile.Enabled)
        {
            return CommandResult.Refused($"{profile.Name} is not taking requests for school experience");
        }

        State.Submitted = true;
        State.Urn = command.Urn;
        State.FirstName = command.FirstName.Trim();
        State.LastName = command.LastName.Trim();
        State.Email = command.Email.Trim();
        State.Objectives = command.Objectives.Trim();
        State.Status = PlacementRequestStatus.New;
        State.ReceivedAt = time.GetUtcNow();
        State.Version++;
        State.Outbox.Add(new CandidateRequestReceivedEmail { SchoolName = profile.Name }
            .ToMessage(State.Email, State.ReceivedAt));
        await state.WriteStateAsync();

        await school.RecordRequestAsync(Summary());
        await DispatchEmailsAsync();
        return CommandResult.Done;
    }

    public Task<PlacementRequestDetails?> GetAsync() => Task.FromResult(State.Submitted
        ? new PlacementRequestDetails
        {
            RequestId = this.GetPrimaryKey(),
            Urn = State.Urn,
            FirstName = State.FirstName,
            LastName = State.LastName,
            Email = State.Email,
            Objectives = State.Objectives,
            Status = State.Status,
            ReceivedAt = State.ReceivedAt,
            Version = State.Version,
        }
        : null);

    private Task DispatchEmailsAsync() => State.Outbox.DispatchAsync(GrainFactory, state.WriteStateAsync, logger);

    private PlacementRequestSummary Summary() => new()
    {
        RequestId = this.GetPrimaryKey(),
        CandidateName = $"{State.FirstName} {State.LastName}",
        Status = State.Status,
        ReceivedAt = State.ReceivedAt,
        Version = State.Version,
    };
}
