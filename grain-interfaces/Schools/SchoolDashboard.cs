using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.GrainInterfaces.Schools;

[GenerateSerializer, Immutable, Alias("se.school-dashboard")]
public sealed record SchoolDashboard
{
    [Id(0)] public required long Urn { get; init; }
    [Id(1)] public required string SchoolName { get; init; }
    /// <summary>Grows by one with every change to the index; a client that sees a gap re-fetches.</summary>
    [Id(2)] public required long IndexVersion { get; init; }
    /// <summary>Newest first.</summary>
    [Id(3)] public required IReadOnlyList<PlacementRequestSummary> Requests { get; init; }
    [Id(4)] public required SchoolCounts Counts { get; init; }
}
