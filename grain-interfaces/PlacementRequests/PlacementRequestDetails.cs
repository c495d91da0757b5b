namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.placement-request-details")]
public sealed record PlacementRequestDetails
{
    [Id(0)] public required Guid RequestId { get; init; }
    [Id(1)] public required long Urn { get; init; }
    [Id(2)] public required string FirstName { get; init; }
    [Id(3)] public required string LastName { get; init; }
    [Id(4)] public required string Email { get; init; }
    [Id(5)] public required string Objectives { get; init; }
    [Id(6)] public required PlacementRequestStatus Status { get; init; }
    [Id(7)] public required DateTimeOffset ReceivedAt { get; init; }
    [Id(8)] public required long Version { get; init; }
}
