using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.Grains.Schools;

[GenerateSerializer, Alias("se.school-state")]
public sealed class SchoolState
{
    [Id(0)] public bool Registered { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string? Town { get; set; }
    [Id(3)] public string? Postcode { get; set; }
    [Id(4)] public bool Enabled { get; set; }
    [Id(5)] public long IndexVersion { get; set; }
    [Id(6)] public Dictionary<Guid, PlacementRequestSummary> Requests { get; set; } = [];
    [Id(7)] public DateTimeOffset? LastHousekeepingAt { get; set; }
    [Id(8)] public int HousekeepingRuns { get; set; }
}
