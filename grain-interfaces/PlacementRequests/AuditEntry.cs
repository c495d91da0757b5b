using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>One transition of a request: who, when, from what to what, and why.</summary>
[GenerateSerializer, Immutable, Alias("se.audit-entry")]
public sealed record AuditEntry
{
    [Id(0)] public required DateTimeOffset At { get; init; }
    [Id(1)] public required Actor Actor { get; init; }
    [Id(2)] public required string Event { get; init; }
    [Id(3)] public required PlacementRequestStatus From { get; init; }
    [Id(4)] public required PlacementRequestStatus To { get; init; }
    [Id(5)] public string? Reason { get; init; }
}
