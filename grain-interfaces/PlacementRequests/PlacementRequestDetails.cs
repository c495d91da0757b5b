using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.placement-request-details")]
public sealed record PlacementRequestDetails
{
    [Id(0)] public required Guid RequestId { get; init; }
    [Id(1)] public required long Urn { get; init; }
    [Id(2)] public required Guid CandidateId { get; init; }
    [Id(3)] public required PlacementRequestContent Content { get; init; }
    [Id(4)] public required PlacementRequestStatus Status { get; init; }
    [Id(5)] public required DateTimeOffset ReceivedAt { get; init; }
    [Id(6)] public required long Version { get; init; }
    /// <summary>The published date chosen, for a fixed-date school.</summary>
    [Id(7)] public DateOnly? RequestedDate { get; init; }
    [Id(8)] public Booking? Booking { get; init; }
    [Id(9)] public IReadOnlyList<RejectionReason> RejectionReasons { get; init; } = [];
    [Id(10)] public string? ClosingReason { get; init; }
    [Id(11)] public AttendanceRecord EarlierAttendance { get; init; } = AttendanceRecord.Empty;
}
