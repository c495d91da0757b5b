namespace SchoolExperience.GrainInterfaces.Schools;

[GenerateSerializer, Immutable, Alias("se.school-profile")]
public sealed record SchoolProfile
{
    [Id(0)] public required long Urn { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string? Town { get; init; }
    [Id(3)] public string? Postcode { get; init; }
    [Id(4)] public bool Enabled { get; init; }
    [Id(5)] public bool Onboarded { get; init; }
    [Id(6)] public bool Switchover { get; init; }
    [Id(7)] public AvailabilityMode AvailabilityMode { get; init; }
    [Id(8)] public string? FlexibleAvailability { get; init; }
    [Id(9)] public DbsPolicy DbsPolicy { get; init; }
    [Id(10)] public string? ContactEmail { get; init; }
}
