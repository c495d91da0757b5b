using SchoolExperience.GrainInterfaces.Common;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>Cancels a booking; the actor's kind says whether the school or the candidate cancelled.</summary>
[GenerateSerializer, Immutable, Alias("se.cancel-booking")]
public sealed record CancelBooking
{
    [Id(0)] public required Actor Actor { get; init; }
    [Id(1)] public required string Reason { get; init; }
}
