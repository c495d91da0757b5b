namespace SchoolExperience.GrainInterfaces.Schools;

[GenerateSerializer, Immutable, Alias("se.school-status")]
public sealed record SchoolStatus
{
    [Id(0)] public required bool Registered { get; init; }
    [Id(1)] public required bool Enabled { get; init; }
    [Id(2)] public required long IndexVersion { get; init; }
    [Id(3)] public DateTimeOffset? LastHousekeepingAt { get; init; }
    [Id(4)] public int HousekeepingRuns { get; init; }
    [Id(5)] public int LiveIndexSize { get; init; }
    [Id(6)] public int ArchivedRequests { get; init; }
}
