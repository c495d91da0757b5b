namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>Details of the parking on site, or, when there is none, of parking nearby.</summary>
[GenerateSerializer, Immutable, Alias("se.parking")]
public sealed record Parking
{
    [Id(0)] public required bool OnSite { get; init; }
    [Id(1)] public required string Details { get; init; }
}
