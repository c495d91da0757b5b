namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>A school's register details, as imported from GIAS.</summary>
[GenerateSerializer, Immutable, Alias("se.register-school")]
public sealed record RegisterSchool
{
    [Id(0)] public required string Name { get; init; }
    [Id(1)] public string? Town { get; init; }
    [Id(2)] public string? Postcode { get; init; }
    [Id(3)] public bool Enabled { get; init; }
    /// <summary>Where the school's notifications go (the profile's admin contact, else the register's).</summary>
    [Id(4)] public string? ContactEmail { get; init; }
}
