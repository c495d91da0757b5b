namespace SchoolExperience.GrainInterfaces.Schools;

/// <summary>The dashboard's counters, worked out from the index when asked (some depend on today's date).</summary>
[GenerateSerializer, Immutable, Alias("se.school-counts")]
public sealed record SchoolCounts
{
    [Id(0)] public int New { get; init; }
    [Id(1)] public int UnderConsideration { get; init; }
    [Id(2)] public int UpcomingBookings { get; init; }
    [Id(3)] public int AwaitingAttendance { get; init; }
    [Id(4)] public int UnseenWithdrawalsAndCancellations { get; init; }
}
