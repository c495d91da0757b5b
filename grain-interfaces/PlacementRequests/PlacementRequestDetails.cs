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
    [Id(9)] public Guid? PlacementDateId { get; init; }
    [Id(10)] public string? Subject { get; init; }
    [Id(11)] public bool HasDbsCertificate { get; init; }
    [Id(12)] public Booking? Booking { get; init; }
    [Id(13)] public Guid CandidateId { get; init; }
    [Id(14)] public IReadOnlyList<RejectionReason> RejectionReasons { get; init; } = [];
    [Id(15)] public string? ClosingReason { get; init; }
}
