namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.submit-placement-request")]
public sealed record SubmitPlacementRequest
{
    [Id(0)] public required long Urn { get; init; }
    [Id(1)] public required string FirstName { get; init; }
    [Id(2)] public required string LastName { get; init; }
    [Id(3)] public required string Email { get; init; }
    [Id(4)] public required string Objectives { get; init; }
    /// <summary>For a school that publishes fixed dates: the date chosen; null for a flexible school.</summary>
    [Id(5)] public Guid? PlacementDateId { get; init; }
    [Id(6)] public string? Subject { get; init; }
    [Id(7)] public bool HasDbsCertificate { get; init; }
}
