namespace SchoolExperience.GrainInterfaces.Schools;

[GenerateSerializer, Immutable, Alias("se.set-availability")]
public sealed record SetAvailability
{
    [Id(0)] public required AvailabilityMode Mode { get; init; }
    /// <summary>When the school can offer experience, in its words; for flexible schools.</summary>
    [Id(1)] public string? FlexibleDescription { get; init; }
}
