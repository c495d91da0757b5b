using SchoolExperience.GrainInterfaces.Candidates;

using SchoolExperience.Grains.Common;

namespace SchoolExperience.Grains.Candidates;

[GrainType("candidate-directory")]
public sealed class CandidateDirectoryGrain(
    [PersistentState("candidate-directory", StorageNames.Main)] IPersistentState<CandidateDirectoryState> state)
    : Grain, ICandidateDirectoryGrain
{
    public async Task<Guid> GetOrCreateCandidateIdAsync()
    {
        if (state.State.CandidateId == Guid.Empty)
        {
            state.State.CandidateId = Guid.NewGuid();
            await state.SaveOrDeactivateAsync(this);
        }

        return state.State.CandidateId;
    }
}
