namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>What a school's dashboard lists for one request; projected by the request grain after it saved.</summary>
[GenerateSerializer, Immutable, Alias("se.placement-request-summary")]
public sealed record PlacementRequestSummary
{
    [Id(0)] public required Guid RequestId { get; init; }
    [Id(1)] public required string CandidateName { get; init; }
    [Id(2)] public required PlacementRequestStatus Status { get; init; }
    [Id(3)] public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>The request's own version: the school keeps the newest it has seen.</summary>
    [Id(4)] public required long Version { get; init; }
    [Id(5)] public string? Subject { get; init; }
    /// <summary>The published date the candidate chose, for a fixed-date school.</summary>
    [Id(6)] public DateOnly? RequestedDate { get; init; }
    [Id(7)] public DateOnly? BookingDate { get; init; }
    [Id(8)] public required DateTimeOffset LastChangedAt { get; init; }
    /// <summary>A withdrawal or cancellation the school has not looked at yet.</summary>
    [Id(9)] public bool Unseen { get; init; }
    /// <summary>The candidate's record at other schools when the request arrived.</summary>
    [Id(10)] public AttendanceRecord EarlierAttendance { get; init; } = AttendanceRecord.Empty;
}
