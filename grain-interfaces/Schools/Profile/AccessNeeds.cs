namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>
/// Disability and access. The statement and the policy are asked only of a school that supports access needs;
/// Disability Confident membership is asked of every school.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.access-needs")]
public sealed record AccessNeeds
{
    [Id(0)] public required bool Supported { get; init; }
    [Id(1)] public string? Detail { get; init; }
    [Id(2)] public bool DisabilityConfident { get; init; }
    [Id(3)] public bool HasPolicy { get; init; }
    [Id(4)] public string? PolicyUrl { get; init; }
}
