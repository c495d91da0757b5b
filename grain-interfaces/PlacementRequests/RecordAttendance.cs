using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.record-attendance")]
public sealed record RecordAttendance
{
    [Id(0)] public required Actor Actor { get; init; }
    [Id(1)] public required bool Attended { get; init; }
}
