namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>What the school confirmed when it accepted a request.</summary>
[GenerateSerializer, Immutable, Alias("se.booking")]
public sealed record Booking
{
    [Id(0)] public required DateOnly Date { get; init; }
    [Id(1)] public required int DurationDays { get; init; }
    [Id(2)] public string? Subject { get; init; }
    [Id(3)] public required string ContactName { get; init; }
    [Id(4)] public required string ContactPhone { get; init; }
    [Id(5)] public required string ContactEmail { get; init; }
    [Id(6)] public required string CandidateInstructions { get; init; }
    /// <summary>The school's published date this booking holds a place on, if any.</summary>
    [Id(7)] public Guid? PlacementDateId { get; init; }
    [Id(8)] public required DateTimeOffset AcceptedAt { get; init; }
}
