using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>The school accepts: the request becomes a booking with these details.</summary>
[GenerateSerializer, Immutable, Alias("se.accept-placement-request")]
public sealed record AcceptPlacementRequest
{
    [Id(0)] public required Actor Actor { get; init; }
    /// <summary>For a fixed-date request, the chosen date is used and this may be left null.</summary>
    [Id(1)] public DateOnly? Date { get; init; }
    [Id(2)] public int DurationDays { get; init; } = 1;
    [Id(3)] public string? Subject { get; init; }
    [Id(4)] public required string ContactName { get; init; }
    [Id(5)] public required string ContactPhone { get; init; }
    [Id(6)] public required string ContactEmail { get; init; }
    [Id(7)] public required string CandidateInstructions { get; init; }
}
