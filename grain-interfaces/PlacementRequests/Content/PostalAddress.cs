namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>A UK address in the GOV.UK address pattern's parts; building, town and postcode are required.</summary>
[GenerateSerializer, Immutable, Alias("se.postal-address")]
public sealed record PostalAddress
{
    [Id(0)] public required string Building { get; init; }
    [Id(1)] public string? Street { get; init; }
    [Id(2)] public required string TownOrCity { get; init; }
    [Id(3)] public string? County { get; init; }
    /// <summary>Once normalised: upper case with one space before the inward code ("SW1A 1AA").</summary>
    [Id(4)] public required string Postcode { get; init; }
}
