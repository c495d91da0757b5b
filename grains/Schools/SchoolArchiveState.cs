using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.Grains.Schools;

/// <summary>
/// Closed requests that left the live index. A row of its own, so the live index a dashboard reads stays
/// small however long a school uses the service.
/// </summary>
[GenerateSerializer, Alias("se.school-archive-state")]
public sealed class SchoolArchiveState
{
    [Id(0)] public Dictionary<Guid, PlacementRequestSummary> Requests { get; set; } = [];
}
