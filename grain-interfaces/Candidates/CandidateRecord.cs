using SchoolExperience.GrainInterfaces.PlacementRequests;

namespace SchoolExperience.GrainInterfaces.Candidates;

[GenerateSerializer, Immutable, Alias("se.candidate-record")]
public sealed record CandidateRecord
{
    [Id(0)] public required IReadOnlyList<CandidateRequestEntry> Requests { get; init; }
    [Id(1)] public required AttendanceRecord Attendance { get; init; }
}
