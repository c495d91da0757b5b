namespace SchoolExperience.GrainInterfaces.Schools.Profile;

/// <summary>One fee a candidate pays; a school charges at most one of each kind.</summary>
[GenerateSerializer, Immutable, Alias("se.school-fee")]
public sealed record SchoolFee
{
    [Id(0)] public required FeeKind Kind { get; init; }
    /// <summary>In pounds: more than £0 and less than £10,000, in whole pence.</summary>
    [Id(1)] public required decimal Amount { get; init; }
    [Id(2)] public required string Description { get; init; }
    [Id(3)] public required FeeInterval Interval { get; init; }
    [Id(4)] public required string PaymentMethod { get; init; }
}
