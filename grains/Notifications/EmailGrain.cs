using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications;

/// <summary>
/// Delivers one email, at most once. Each attempt is saved as Sending before the provider is called, and each
/// attempt after the first asks the provider whether an earlier one got through before it sends: a silo that
/// dies between the provider's acceptance and the save of Sent costs a look-up, not a second email.
/// </summary>
[GrainType("email")]
public sealed class EmailGrain(
    [PersistentState("email", StorageNames.Main)] IPersistentState<EmailState> state,
    IEmailSender sender,
    TimeProvider time,
    IOptions<EmailOptions> options,
    ILogger<EmailGrain> logger) : Grain, IEmailGrain, IRemindable
{
    private const int LastErrorMaxLength = 500;

    private readonly EmailOptions _options = options.Value;

    private EmailState State => state.State;

    private Guid Id => this.GetPrimaryKey();

    private bool Finished => State.Status is EmailDeliveryState.Sent or EmailDeliveryState.Failed;

    public async Task QueueAsync(EmailMessage message)
    {
        if (message.Id != Id)
        {
            throw new ArgumentException($"Message {message.Id} was queued on the email grain {Id}.", nameof(message));
        }

        if (State.Message is null)
        {
            State.Message = message;
            State.Status = EmailDeliveryState.Queued;
            State.NextAttemptAt = time.GetUtcNow();
            await SaveAsync();
        }

        if (Finished)
        {
            return;
        }

        // Registered before the first attempt, so a silo that dies mid-attempt leaves a wake-up behind. A repeated
        // call registers it again: that heals a first call that broke off between the save and this line.
        await this.RegisterOrUpdateReminder(EmailReminders.Delivery, _options.ReminderPeriod, _options.ReminderPeriod);
        // The attempt runs in a turn of its own once this call has returned: the caller waits for the save only,
        // never for the provider.
        this.RegisterGrainTimer(DeliverDueAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }

    public Task<EmailStatus?> GetStatusAsync() => Task.FromResult(State.Message is null
        ? null
        : new EmailStatus
        {
            State = State.Status,
            Attempts = State.Attempts,
            NextAttemptAt = State.NextAttemptAt,
            SentAt = State.SentAt,
            ProviderReference = State.ProviderReference,
            LastError = State.LastError,
        });

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == EmailReminders.Delivery ? DeliverDueAsync(CancellationToken.None) : Task.CompletedTask;

    private async Task DeliverDueAsync(CancellationToken cancellation)
    {
        if (State.Message is null || Finished)
        {
            await StopRemindingAsync();
            return;
        }

        // The reminder ticks every ReminderPeriod (and may repeat a tick); only a tick past the back-off acts.
        if (State.NextAttemptAt > time.GetUtcNow())
        {
            return;
        }

        await BeginAttemptAsync();
        EmailReceipt receipt;
        try
        {
            using var timeout = new CancellationTokenSource(_options.SendTimeout, time);
            using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
            receipt = (State.Attempts > 1 ? await sender.FindSentAsync(Id, call.Token) : null)
                      ?? await sender.SendAsync(State.Message, call.Token);
        }
        catch (Exception e)
        {
            await RecordFailureAsync(e);
            return;
        }

        await RecordSentAsync(receipt);
    }

    private async Task BeginAttemptAsync()
    {
        State.Status = EmailDeliveryState.Sending;
        State.Attempts++;
        // Should this silo die mid-call, the next attempt waits until this one would have timed out.
        State.NextAttemptAt = time.GetUtcNow() + _options.SendTimeout;
        await SaveAsync();
    }

    private async Task RecordSentAsync(EmailReceipt receipt)
    {
        State.Status = EmailDeliveryState.Sent;
        State.SentAt = receipt.AcceptedAt;
        State.ProviderReference = receipt.ProviderReference;
        State.NextAttemptAt = null;
        await SaveAsync();
        logger.LogInformation("Email {EmailId} ({TemplateKey}) sent on attempt {Attempt}", Id,
            State.Message!.TemplateKey, State.Attempts);
        await StopRemindingAsync();
    }

    private async Task RecordFailureAsync(Exception failure)
    {
        var error = $"{failure.GetType().Name}: {failure.Message}";
        State.LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
        if (_options.RetryDelayAfter(State.Attempts) is { } delay)
        {
            State.Status = EmailDeliveryState.Queued;
            State.NextAttemptAt = time.GetUtcNow() + delay;
            await SaveAsync();
            logger.LogWarning(failure, "Email {EmailId} attempt {Attempt} failed; next attempt at {NextAttemptAt}", Id,
                State.Attempts, State.NextAttemptAt);
            return;
        }

        State.Status = EmailDeliveryState.Failed;
        State.NextAttemptAt = null;
        await SaveAsync();
        logger.LogError(failure, "Email {EmailId} ({TemplateKey}) failed after {Attempts} attempts; giving up", Id,
            State.Message!.TemplateKey, State.Attempts);
        await StopRemindingAsync();
    }

    private async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // What is in memory is no longer what is stored: the next call or tick starts again from storage.
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task StopRemindingAsync()
    {
        if (await this.GetReminder(EmailReminders.Delivery) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
