namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>
/// The rollout switches: Enabled takes requests; Onboarded has a published profile; Switchover schools get
/// each request's full details by email instead of on the dashboard.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.school-flags")]
public sealed record SchoolFlags
{
    [Id(0)] public bool Enabled { get; init; }
    [Id(1)] public bool Onboarded { get; init; }
    [Id(2)] public bool Switchover { get; init; }
}
