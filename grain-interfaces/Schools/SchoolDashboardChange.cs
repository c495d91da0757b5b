namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>A small "something changed" notice; dashboards re-fetch what they show.</summary>
[GenerateSerializer, Immutable, Alias("se.school-dashboard-change")]
public sealed record SchoolDashboardChange
{
    [Id(0)] public required long Urn { get; init; }
    [Id(1)] public required long IndexVersion { get; init; }
}
