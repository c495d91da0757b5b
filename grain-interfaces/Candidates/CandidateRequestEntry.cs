using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.GrainInterfaces.Candidates;

[GenerateSerializer, Immutable, Alias("se.candidate-request-entry")]
public sealed record CandidateRequestEntry
{
    [Id(0)] public required Guid RequestId { get; init; }
    [Id(1)] public required long Urn { get; init; }
    [Id(2)] public required PlacementRequestStatus Status { get; init; }
    [Id(3)] public required long Version { get; init; }
}
