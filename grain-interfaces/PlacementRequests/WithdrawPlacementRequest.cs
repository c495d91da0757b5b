namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>The candidate withdraws a request the school has not decided yet.</summary>
[GenerateSerializer, Immutable, Alias("se.withdraw-placement-request")]
public sealed record WithdrawPlacementRequest
{
    [Id(0)] public required string Reason { get; init; }
}
