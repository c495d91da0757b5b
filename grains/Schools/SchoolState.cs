using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;

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
    /// <summary>The live index: open requests, and closed ones until housekeeping archives them.</summary>
    [Id(6)] public Dictionary<Guid, PlacementRequestSummary> Requests { get; set; } = [];
    [Id(7)] public DateTimeOffset? LastHousekeepingAt { get; set; }
    [Id(8)] public int HousekeepingRuns { get; set; }
    [Id(9)] public bool Onboarded { get; set; }
    [Id(10)] public bool Switchover { get; set; }
    [Id(11)] public AvailabilityMode AvailabilityMode { get; set; }
    [Id(12)] public string? FlexibleAvailability { get; set; }
    [Id(13)] public DbsPolicy DbsPolicy { get; set; }
    [Id(14)] public Dictionary<Guid, PlacementDateState> PlacementDates { get; set; } = [];
    [Id(15)] public string? ContactEmail { get; set; }
    /// <summary>The published profile; null until the school has on-boarded.</summary>
    [Id(16)] public SchoolProfileDetails? Details { get; set; }
}
