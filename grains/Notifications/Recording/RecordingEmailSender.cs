using System.Net;
using SchoolExperience.GrainInterfaces.Notifications;

namespace SchoolExperience.Grains.Notifications.Recording;

/// <summary>
/// A provider that sends nothing and records what it accepted: the default until the real providers come
/// (GOV.UK Notify, SMTP, mail folder), and the tests' provider, which can fail the next sends or hold one
/// mid-call. Like Notify, it accepts a repeated send of one id as a second email, so a double send shows.
/// Thread-safe: the silos of a test cluster share one.
/// </summary>
public sealed class RecordingEmailSender(TimeProvider time) : IEmailSender
{
    private readonly Lock _gate = new();
    private readonly List<RecordedEmail> _accepted = [];
    private readonly List<SendCall> _calls = [];
    private int _failuresToCome;
    private SendHold? _nextHold;

    /// <summary>Every message accepted, in order; a message sent twice is here twice.</summary>
    public IReadOnlyList<RecordedEmail> Accepted
    {
        get
        {
            lock (_gate)
            {
                return [.. _accepted];
            }
        }
    }

    /// <summary>Every call to <see cref="SendAsync"/>, failed ones included.</summary>
    public IReadOnlyList<SendCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<RecordedEmail> AcceptedFor(Guid messageId) =>
        Accepted.Where(r => r.Message.Id == messageId).ToList();

    /// <summary>The next <paramref name="count"/> sends fail as a provider's server error would.</summary>
    public void FailNext(int count)
    {
        lock (_gate)
        {
            _failuresToCome = count;
        }
    }

    /// <summary>
    /// The next send stops mid-call until the hold is released: after the message was accepted when
    /// <paramref name="acceptFirst"/>, before it otherwise.
    /// </summary>
    public SendHold HoldNext(bool acceptFirst)
    {
        var hold = new SendHold(acceptFirst);
        lock (_gate)
        {
            _nextHold = hold;
        }

        return hold;
    }

    public async Task<EmailReceipt> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SendHold? hold;
        lock (_gate)
        {
            _calls.Add(new SendCall(message.Id, time.GetUtcNow()));
            if (_failuresToCome > 0)
            {
                _failuresToCome--;
                throw new HttpRequestException("The provider is unavailable (a failure the test asked for).", null,
                    HttpStatusCode.ServiceUnavailable);
            }

            hold = _nextHold;
            _nextHold = null;
        }

        if (hold is { AcceptFirst: false })
        {
            await hold.WaitAsync();
        }

        var receipt = new EmailReceipt { ProviderReference = Guid.NewGuid().ToString(), AcceptedAt = time.GetUtcNow() };
        lock (_gate)
        {
            _accepted.Add(new RecordedEmail(message, receipt));
        }

        if (hold is { AcceptFirst: true })
        {
            await hold.WaitAsync();
        }

        return receipt;
    }

    public Task<EmailReceipt?> FindSentAsync(Guid messageId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_accepted.FirstOrDefault(r => r.Message.Id == messageId)?.Receipt);
        }
    }
}
