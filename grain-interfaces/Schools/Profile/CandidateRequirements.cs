namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The ticked requirements, none meaning none; some need a detail.</summary>
[GenerateSerializer, Immutable, Alias("se.candidate-requirements")]
public sealed record CandidateRequirements
{
    [Id(0)] public IReadOnlyList<CandidateRequirement> Requirements { get; init; } = [];
    /// <summary>For <see cref="CandidateRequirement.LivesNearby"/>: more than 0.</summary>
    [Id(1)] public int? MaxTravelMiles { get; init; }
    [Id(2)] public string? PhotoIdDetails { get; init; }
    [Id(3)] public string? OtherDetails { get; init; }
}
