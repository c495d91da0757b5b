namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>What a school's dashboard lists for one request; projected by the request grain.</summary>
[GenerateSerializer, Immutable, Alias("se.placement-request-summary")]
public sealed record PlacementRequestSummary
{
    [Id(0)] public required Guid RequestId { get; init; }
    [Id(1)] public required string CandidateName { get; init; }
    [Id(2)] public required PlacementRequestStatus Status { get; init; }
    [Id(3)] public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>The request's own version: the school keeps the newest it has seen.</summary>
    [Id(4)] public required long Version { get; init; }
}
