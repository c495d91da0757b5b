namespace SchoolExperience.Grains.Notifications.Recording;

/// <summary>
/// A send stopped mid-call, standing for a provider call whose silo is about to die. It ignores cancellation:
/// a dead process runs no more code. Disposing it abandons the call, so nothing after the hold runs either.
/// </summary>
public sealed class SendHold : IDisposable
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal SendHold(bool acceptFirst) => AcceptFirst = acceptFirst;

    /// <summary>Whether the provider has accepted the message by the time the call stops.</summary>
    public bool AcceptFirst { get; }

    /// <summary>Completes when a send has reached the hold.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    /// <summary>Ends the held call with an error.</summary>
    public void Abandon() => _released.TrySetException(new OperationCanceledException("The held send was abandoned."));

    public void Dispose() => Abandon();

    internal Task WaitAsync()
    {
        _reached.TrySetResult();
        return _released.Task;
    }
}
