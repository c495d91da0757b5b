using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.Grains.Notifications;

namespace SchoolExperience.Grains.PlacementRequests;

[GenerateSerializer, Alias("se.placement-request-state")]
public sealed class PlacementRequestState
{
    [Id(0)] public bool Submitted { get; set; }
    [Id(1)] public long Urn { get; set; }
    [Id(2)] public string FirstName { get; set; } = "";
    [Id(3)] public string LastName { get; set; } = "";
    [Id(4)] public string Email { get; set; } = "";
    [Id(5)] public string Objectives { get; set; } = "";
    [Id(6)] public PlacementRequestStatus Status { get; set; }
    [Id(7)] public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>Grows with every saved change; projections keep the newest they have seen.</summary>
    [Id(8)] public long Version { get; set; }
    /// <summary>Emails saved with the change that made them and not yet handed over.</summary>
    [Id(9)] public OutboxState Outbox { get; set; } = new();
}
