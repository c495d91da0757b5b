using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>One candidate's request for school experience at one school, keyed by a generated Guid.</summary>
public interface IPlacementRequestGrain : IGrainWithGuidKey
{
    /// <summary>Submits the request. Submitting the same grain twice is refused, never stored twice.</summary>
    Task<CommandResult> SubmitAsync(SubmitPlacementRequest command);

    /// <summary>The request, or null when nothing was submitted under this id.</summary>
    Task<PlacementRequestDetails?> GetAsync();
}
