namespace SchoolExperience.Grains.Notifications;

/// <summary>What a provider says when it accepts a message: its own id for it, and when.</summary>
public sealed record EmailReceipt
{
    public required string ProviderReference { get; init; }
    public required DateTimeOffset AcceptedAt { get; init; }
}
