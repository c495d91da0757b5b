using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.reject-placement-request")]
public sealed record RejectPlacementRequest
{
    [Id(0)] public required Actor Actor { get; init; }
    [Id(1)] public required IReadOnlyList<RejectionReason> Reasons { get; init; }
    /// <summary>Required when a reason is Other; optional extra words otherwise.</summary>
    [Id(2)] public string? Details { get; init; }
}
