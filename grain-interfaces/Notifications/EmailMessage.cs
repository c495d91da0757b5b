namespace SchoolExperience.GrainInterfaces.Notifications;

/// <summary>
/// One email to one recipient, made by the event it tells of. <see cref="Id"/> is the idempotency key: it is
/// chosen once, saved with the event, and names the <see cref="IEmailGrain"/> that delivers the message, so a
/// retried hand-over can never make a second email.
/// </summary>
[GenerateSerializer, Immutable, Alias("se.email-message")]
public sealed record EmailMessage
{
    [Id(0)] public required Guid Id { get; init; }
    [Id(1)] public required string To { get; init; }
    /// <summary>Which message this is ("candidate-request-received"); providers map it to their template.</summary>
    [Id(2)] public required string TemplateKey { get; init; }
    /// <summary>The template's fields. Notify rejects a missing value, so every value is a string.</summary>
    [Id(3)] public IReadOnlyDictionary<string, string> Personalisation { get; init; } = new Dictionary<string, string>();
    [Id(4)] public required DateTimeOffset CreatedAt { get; init; }
}
