namespace SchoolExperience.GrainInterfaces.Notifications;

[GenerateSerializer, Alias("se.email-delivery-state")]
public enum EmailDeliveryState
{
    /// <summary>Saved and waiting for its first attempt, or for the next one after a failure.</summary>
    Queued = 0,
    /// <summary>An attempt is under way, or was cut short before its outcome was saved.</summary>
    Sending = 1,
    Sent = 2,
    /// <summary>Every attempt the retry schedule allows failed; nothing more will be tried.</summary>
    Failed = 3,
}
