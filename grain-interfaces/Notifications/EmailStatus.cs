namespace SchoolExperience.GrainInterfaces.Notifications;

/// <summary>Where one email's delivery stands, for operators and tests.</summary>
[GenerateSerializer, Immutable, Alias("se.email-status")]
public sealed record EmailStatus
{
    [Id(0)] public required EmailDeliveryState State { get; init; }
    /// <summary>Attempts begun so far; the look-up that follows an attempt cut short counts as one.</summary>
    [Id(1)] public required int Attempts { get; init; }
    [Id(2)] public DateTimeOffset? NextAttemptAt { get; init; }
    [Id(3)] public DateTimeOffset? SentAt { get; init; }
    /// <summary>The provider's own id for the message (a Notify notification id), once it accepted it.</summary>
    [Id(4)] public string? ProviderReference { get; init; }
    [Id(5)] public string? LastError { get; init; }
}
