namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.submit-placement-request")]
public sealed record SubmitPlacementRequest
{
    [Id(0)] public required long Urn { get; init; }
    [Id(1)] public required string FirstName { get; init; }
    [Id(2)] public required string LastName { get; init; }
    [Id(3)] public required string Email { get; init; }
    [Id(4)] public required string Objectives { get; init; }
}
