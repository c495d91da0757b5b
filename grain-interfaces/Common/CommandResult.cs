namespace SchoolExperience.GrainInterfaces.Common;

/// <summary>
/// What a grain command did. Expected business outcomes are values, not exceptions:
/// invalid input carries field errors, a refusal carries a reason code and message.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.command-result")]
public sealed record CommandResult
{
    [Id(0)] public required CommandOutcome Outcome { get; init; }
    [Id(1)] public IReadOnlyList<FieldError> Errors { get; init; } = [];
    [Id(2)] public string? Reason { get; init; }
    [Id(3)] public Refusal Refusal { get; init; }

    public bool Succeeded => Outcome == CommandOutcome.Done;

    public static CommandResult Done { get; } = new() { Outcome = CommandOutcome.Done };

    public static CommandResult Invalid(IReadOnlyList<FieldError> errors) =>
        new() { Outcome = CommandOutcome.Invalid, Errors = errors };

    public static CommandResult Refused(Refusal refusal, string reason) =>
        new() { Outcome = CommandOutcome.Refused, Refusal = refusal, Reason = reason };

    public static CommandResult NotFound(string reason) =>
        new() { Outcome = CommandOutcome.NotFound, Reason = reason };
}
