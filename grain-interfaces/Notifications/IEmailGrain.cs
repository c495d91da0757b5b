using Orleans.Concurrency;

namespace SchoolExperience.GrainInterfaces.Notifications;

/// <summary>
/// Delivers one email, keyed by the message's id: saves it, hands it to the provider, retries with back-off
/// on a reminder, and makes sure the provider accepts it once at most.
/// </summary>
public interface IEmailGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Saves the message and starts its delivery; returns once it is saved, before it is sent. Idempotent: a
    /// message already queued under this id is left as it is, so a caller may repeat the call until it returns.
    /// </summary>
    Task QueueAsync(EmailMessage message);

    /// <summary>The delivery's progress, or null when nothing was queued under this id.</summary>
    // Interleaves: a read must not wait behind a slow provider call that holds the grain.
    [AlwaysInterleave]
    Task<EmailStatus?> GetStatusAsync();
}
