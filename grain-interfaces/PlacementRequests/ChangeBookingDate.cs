using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

[GenerateSerializer, Immutable, Alias("se.change-booking-date")]
public sealed record ChangeBookingDate
{
    [Id(0)] public required Actor Actor { get; init; }
    [Id(1)] public required DateOnly NewDate { get; init; }
}
