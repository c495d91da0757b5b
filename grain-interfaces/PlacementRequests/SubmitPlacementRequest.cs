using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.GrainInterfaces.PlacementRequests;

/// <summary>Everything the candidate answered, sent once from "Check your answers".</summary>
[GenerateSerializer, Immutable, Alias("se.submit-placement-request")]
public sealed record SubmitPlacementRequest
{
    [Id(0)] public required long Urn { get; init; }
    [Id(1)] public required PlacementRequestContent Content { get; init; }
}
