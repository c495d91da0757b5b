using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.GrainInterfaces.Candidates;

/// <summary>
/// A candidate, keyed by a generated Guid (never by their email address, which would reach logs and storage
/// keys). Holds the candidate's requests across schools, projected by the request grains.
/// </summary>
public interface ICandidateGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Holds a place for a new request before it is saved: refused when the candidate already has an open
    /// request at that school, or as many open requests as allowed. Idempotent per request.
    /// </summary>
    Task<CommandResult> ReserveRequestAsync(Guid requestId, long urn);

    /// <summary>Lets a reservation go when the request could not be saved after all.</summary>
    Task ReleaseRequestAsync(Guid requestId);

    /// <summary>Upserts a request's status; an update older than the one held (by version) is ignored.</summary>
    Task RecordRequestAsync(CandidateRequestEntry entry);

    Task<CandidateRecord> GetRecordAsync();

    /// <summary>Keeps the details of the candidate's latest request; an older one than held is ignored.</summary>
    Task RememberDetailsAsync(CandidateDetails details);

    /// <summary>The details to offer again, or null for a candidate who never sent a request.</summary>
    Task<CandidateDetails?> GetDetailsAsync();
}
