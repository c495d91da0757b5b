namespace SchoolExperience.GrainInterfaces.Candidates;

/// <summary>
/// Finds a candidate by email address. Keyed by a keyed hash (HMAC) of the normalised address, so the
/// address itself never becomes a grain id.
/// </summary>
public interface ICandidateDirectoryGrain : IGrainWithStringKey
{
    Task<Guid> GetOrCreateCandidateIdAsync();
}
