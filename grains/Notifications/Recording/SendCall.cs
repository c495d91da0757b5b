namespace SchoolExperience.Grains.Notifications.Recording;

/// <summary>One call to the recording provider's send, whatever its outcome.</summary>
public sealed record SendCall(Guid MessageId, DateTimeOffset At);
