using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications;

[GenerateSerializer, Alias("se.email-state")]
public sealed class EmailState
{
    /// <summary>Null until the message is queued.</summary>
    [Id(0)] public EmailMessage? Message { get; set; }
    [Id(1)] public EmailDeliveryState Status { get; set; }
    [Id(2)] public int Attempts { get; set; }
    /// <summary>No attempt starts before this: the back-off after a failure, or the time an attempt may run.</summary>
    [Id(3)] public DateTimeOffset? NextAttemptAt { get; set; }
    [Id(4)] public DateTimeOffset? SentAt { get; set; }
    [Id(5)] public string? ProviderReference { get; set; }
    [Id(6)] public string? LastError { get; set; }
}
