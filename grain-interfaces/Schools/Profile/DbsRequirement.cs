namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The school's DBS policy, which submissions enforce, and its wording for candidates (fewer than 50 words).</summary>
[GenerateSerializer, Immutable, Alias("se.dbs-requirement")]
public sealed record DbsRequirement
{
    [Id(0)] public required DbsPolicy Policy { get; init; }
    [Id(1)] public required string PolicyText { get; init; }
}
