namespace SchoolExperience.GrainInterfaces.PlacementRequests.Content;

/// <summary>Who the candidate is and how the school reaches them.</summary>
[GenerateSerializer, Immutable, Alias("se.contact-details")]
public sealed record ContactDetails
{
    [Id(0)] public required string FirstName { get; init; }
    [Id(1)] public required string LastName { get; init; }
    [Id(2)] public required string Email { get; init; }
    [Id(3)] public required PostalAddress Address { get; init; }
    /// <summary>
    /// A UK telephone number; once normalised, E.164 ("+447700900123"). Show it with
    /// <see cref="Rules.UkPhoneNumber.Display"/>.
    /// </summary>
    [Id(4)] public required string Phone { get; init; }
}
