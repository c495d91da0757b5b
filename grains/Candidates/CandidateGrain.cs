using Microsoft.Extensions.Options;
using SchoolExperience.GrainInterfaces.Candidates;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;

using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.Candidates;

[GrainType("candidate")]
public sealed class CandidateGrain(
    [PersistentState("candidate", StorageNames.Main)] IPersistentState<CandidateState> state,
    IOptions<CandidateOptions> options) : Grain, ICandidateGrain
{
    private CandidateState State => state.State;

    public async Task<CommandResult> ReserveRequestAsync(Guid requestId, long urn)
    {
        if (State.Requests.ContainsKey(requestId))
        {
            return CommandResult.Done;
        }

        var open = State.Requests.Values.Where(r => r.Status.IsOpen()).ToList();
        if (open.Any(r => r.Urn == urn))
        {
            return CommandResult.Refused(Refusal.OpenRequestAtSchool,
                "You already have a request at this school. Wait for the school to reply, or withdraw it first");
        }

        if (open.Count >= options.Value.MaxOpenRequests)
        {
            return CommandResult.Refused(Refusal.OpenRequestLimitReached,
                $"You can have up to {options.Value.MaxOpenRequests} requests open at once. Withdraw one to make another");
        }

        // Version 0 holds the place until the request grain has saved and projected version 1.
        State.Requests[requestId] = new CandidateRequestEntry
        {
            RequestId = requestId,
            Urn = urn,
            Status = PlacementRequestStatus.New,
            Version = 0,
        };
        await state.SaveOrDeactivateAsync(this);
        return CommandResult.Done;
    }

    public async Task ReleaseRequestAsync(Guid requestId)
    {
        if (State.Requests.TryGetValue(requestId, out var entry) && entry.Version == 0)
        {
            State.Requests.Remove(requestId);
            await state.SaveOrDeactivateAsync(this);
        }
    }

    public async Task RecordRequestAsync(CandidateRequestEntry entry)
    {
        if (State.Requests.TryGetValue(entry.RequestId, out var held) && held.Version >= entry.Version)
        {
            return;
        }

        State.Requests[entry.RequestId] = entry;
        await state.SaveOrDeactivateAsync(this);
    }

    public async Task RememberDetailsAsync(CandidateDetails details)
    {
        if (State.Details is not null && State.Details.UpdatedAt >= details.UpdatedAt)
        {
            return;
        }

        State.Details = details;
        await state.SaveOrDeactivateAsync(this);
    }

    public Task<CandidateDetails?> GetDetailsAsync() => Task.FromResult(State.Details);

    public Task<CandidateRecord> GetRecordAsync()
    {
        var requests = State.Requests.Values.Where(r => r.Version > 0).ToList();
        return Task.FromResult(new CandidateRecord
        {
            Requests = requests,
            Attendance = new AttendanceRecord
            {
                Attended = requests.Count(r => r.Status == PlacementRequestStatus.Attended),
                DidNotAttend = requests.Count(r => r.Status == PlacementRequestStatus.DidNotAttend),
                CancelledByCandidate = requests.Count(r => r.Status == PlacementRequestStatus.CancelledByCandidate),
            },
        });
    }
}
