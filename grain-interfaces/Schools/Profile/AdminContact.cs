namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>Who receives the school's notifications.</summary>
[GenerateSerializer, Immutable, Alias("se.admin-contact")]
public sealed record AdminContact
{
    /// <summary>A UK telephone number; once normalised, E.164.</summary>
    [Id(0)] public required string Phone { get; init; }
    [Id(1)] public required string Email { get; init; }
    [Id(2)] public string? SecondaryEmail { get; init; }
}
