using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.GrainInterfaces.Candidates;

/// <summary>What a candidate told us about themselves last time, offered again on their next request.</summary>
[GenerateSerializer, Immutable, Alias("se.candidate-details")]
public sealed record CandidateDetails
{
    [Id(0)] public required ContactDetails Contact { get; init; }
    [Id(1)] public required EducationDetails Education { get; init; }
    [Id(2)] public required TeachingPreference TeachingPreference { get; init; }
    [Id(3)] public required DateTimeOffset UpdatedAt { get; init; }
}
