namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>
/// A candidate's history across all schools. No-shows are counted apart from attendances (the old service
/// counted them together), and so are the candidate's own cancellations of bookings.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.attendance-record")]
public sealed record AttendanceRecord
{
    [Id(0)] public int Attended { get; init; }
    [Id(1)] public int DidNotAttend { get; init; }
    [Id(2)] public int CancelledByCandidate { get; init; }

    public static AttendanceRecord Empty { get; } = new();

    public bool HasConcerns => DidNotAttend > 0 || CancelledByCandidate > 0;
}
