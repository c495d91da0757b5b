using Microsoft.Extensions.Logging;
using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications;

/// <summary>
/// The outbox for a grain's emails: an email is saved in the same write as the change it tells of, and handed to
/// its <see cref="IEmailGrain"/> after; one that was not handed over stays saved until it is. Handing over twice
/// is harmless, as <see cref="IEmailGrain.QueueAsync"/> ignores a message id it already holds.
/// </summary>
/// <example>
/// <code>
/// // state:    [Id(n)] public OutboxState Outbox { get; set; } = new();
/// // command:  check invariants; change State;
/// //           State.Outbox.Add(new CandidateRequestReceivedEmail { ... }.ToMessage(to, time.GetUtcNow()));
/// //           await state.WriteStateAsync();                  // the change and its emails: one write
/// //           update projections, notify observers;
/// //           await State.Outbox.DispatchAsync(GrainFactory, state.WriteStateAsync, logger);
/// // every reminder tick: the same DispatchAsync call, which hands over what an earlier one could not (its
/// // silo died after the save, or an email grain was out of reach). Register that reminder before the write
/// // (PlacementRequestGrain does) and keep it while anything is pending, so no saved email is stranded.
/// </code>
/// </example>
public static class Outbox
{
    public static void Add(this OutboxState outbox, EmailMessage message) => outbox.Pending.Add(message);

    /// <summary>
    /// Queues every pending message on its email grain, then saves the shorter list. Never throws: the command
    /// that made the messages is already saved, and whatever could not be handed over stays pending.
    /// </summary>
    public static async Task DispatchAsync(this OutboxState outbox, IGrainFactory grains, Func<Task> writeState,
        ILogger logger)
    {
        if (outbox.Pending.Count == 0)
        {
            return;
        }

        var pending = outbox.Pending.ToList();
        var queued = await Task.WhenAll(pending.Select(m => HandOverAsync(grains, m, logger)));
        var handedOver = pending.Where((_, i) => queued[i]).Select(m => m.Id).ToHashSet();
        var removed = outbox.Pending.RemoveAll(m => handedOver.Contains(m.Id));
        if (removed == 0)
        {
            return;
        }

        try
        {
            await writeState();
        }
        catch (Exception e)
        {
            // Harmless: the next dispatch queues the same messages again, and each email grain ignores a repeat.
            logger.LogWarning(e, "Could not save the outbox after handing over {Count} email(s)", removed);
        }
    }

    private static async Task<bool> HandOverAsync(IGrainFactory grains, EmailMessage message, ILogger logger)
    {
        try
        {
            await grains.GetGrain<IEmailGrain>(message.Id).QueueAsync(message);
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Email {EmailId} ({TemplateKey}) stays in the outbox: its hand-over failed",
                message.Id, message.TemplateKey);
            return false;
        }
    }
}
