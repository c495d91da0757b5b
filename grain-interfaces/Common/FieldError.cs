namespace SchoolExperience.GrainInterfaces.Common;

/// <summary>A rejected value, named by the field it belongs to, with the GOV.UK message a user sees.</summary>
[GenerateSerializer, Immutable, Alias("se.field-error")]
public sealed record FieldError
{
    [Id(0)] public required string Field { get; init; }
    [Id(1)] public required string Message { get; init; }
}
