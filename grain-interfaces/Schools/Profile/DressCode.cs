namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>The ticked dress code requirements, none meaning none; "other" needs its detail.</summary>
[GenerateSerializer, Immutable, Alias("se.dress-code")]
public sealed record DressCode
{
    [Id(0)] public IReadOnlyList<DressCodeRequirement> Requirements { get; init; } = [];
    [Id(1)] public string? OtherDetails { get; init; }
}
