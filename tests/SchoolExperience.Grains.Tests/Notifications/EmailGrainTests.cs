using Orleans.Runtime;
using Orleans.TestingHost;
using SchoolExperience.GrainInterfaces.Notifications;
using SchoolExperience.Grains.Notifications;
using SchoolExperience.Grains.Notifications.Recording;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests.Notifications;

public sealed class EmailGrainTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string RemindersLeft =
        $"SELECT count(*) FROM orleansremindersTable WHERE remindername = '{EmailReminders.Delivery}'";

    [Fact]
    public async Task Queue_NewMessage_IsSentOnceAndMarkedSent()
    {
        // Arrange
        var email = new RecordingEmailSender(TimeProvider.System);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, email: email);
        var message = NewMessage();

        // Act
        await cluster.Client.GetGrain<IEmailGrain>(message.Id).QueueAsync(message);

        // Assert
        var status = await SentAsync(cluster, message.Id);
        var sent = Assert.Single(email.AcceptedFor(message.Id));
        Assert.Equal(message.To, sent.Message.To);
        Assert.Equal(message.TemplateKey, sent.Message.TemplateKey);
        Assert.Equal("Birch Academy", sent.Message.Personalisation["school_name"]);
        Assert.Equal(1, status.Attempts);
        Assert.Equal(sent.Receipt.ProviderReference, status.ProviderReference);
        Assert.Equal(sent.Receipt.AcceptedAt, status.SentAt);
        Assert.Null(status.NextAttemptAt);
        // A sent email needs no more wake-ups.
        await Eventually.ValueAsync(() => database.ScalarAsync<long>(RemindersLeft), n => n == 0, Patience);
    }

    [Fact]
    public async Task Queue_SameIdTwice_SendsOnce()
    {
        // Arrange
        var email = new RecordingEmailSender(TimeProvider.System);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, email: email);
        var message = NewMessage();
        var grain = cluster.Client.GetGrain<IEmailGrain>(message.Id);

        // Act: a repeat straight away, and another once the first was sent
        await grain.QueueAsync(message);
        await grain.QueueAsync(message with { To = "someone.else@example.com" });
        await SentAsync(cluster, message.Id);
        await grain.QueueAsync(message);
        await Task.Delay(TestClusters.ReminderPeriod * 3);

        // Assert
        var sent = Assert.Single(email.AcceptedFor(message.Id));
        Assert.Equal(message.To, sent.Message.To);
        Assert.Single(email.Calls, c => c.MessageId == message.Id);
    }

    [Fact]
    public async Task Send_ProviderFailsTwice_RetriesWithBackOffThenSends()
    {
        // Arrange
        var email = new RecordingEmailSender(TimeProvider.System);
        email.FailNext(2);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, email: email,
            settings: RetryDelays("00:00:01", "00:00:03", "00:00:03"));
        var message = NewMessage();

        // Act
        await cluster.Client.GetGrain<IEmailGrain>(message.Id).QueueAsync(message);

        // Assert
        var status = await SentAsync(cluster, message.Id);
        Assert.Equal(3, status.Attempts);
        Assert.Single(email.AcceptedFor(message.Id));
        var calls = email.Calls.Where(c => c.MessageId == message.Id).Select(c => c.At).ToList();
        Assert.Equal(3, calls.Count);
        Assert.True(calls[1] - calls[0] >= TimeSpan.FromSeconds(1), $"first retry after {calls[1] - calls[0]}");
        Assert.True(calls[2] - calls[1] >= TimeSpan.FromSeconds(3), $"second retry after {calls[2] - calls[1]}");
    }

    [Fact]
    public async Task Send_ProviderAlwaysFails_GivesUpAfterTheLastAttemptAsFailed()
    {
        // Arrange: two retries allowed, so three attempts in all
        var email = new RecordingEmailSender(TimeProvider.System);
        email.FailNext(int.MaxValue);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, email: email,
            settings: RetryDelays("00:00:01", "00:00:01"));
        var message = NewMessage();
        var grain = cluster.Client.GetGrain<IEmailGrain>(message.Id);

        // Act
        await grain.QueueAsync(message);

        // Assert
        var status = await Eventually.ValueAsync(grain.GetStatusAsync, s => s?.State == EmailDeliveryState.Failed,
            Patience);
        Assert.Equal(3, status!.Attempts);
        Assert.Null(status.NextAttemptAt);
        Assert.Null(status.SentAt);
        Assert.Contains("unavailable", status.LastError);
        Assert.Empty(email.Accepted);
        await Eventually.ValueAsync(() => database.ScalarAsync<long>(RemindersLeft), n => n == 0, Patience);
        await Task.Delay(TestClusters.ReminderPeriod * 3);
        Assert.Equal(3, email.Calls.Count);
    }

    [Fact]
    public async Task Kill_SiloWhileSending_MessageIsSentExactlyOnce()
    {
        // Arrange: the provider accepts the message, then its silo dies before the grain saves Sent
        var email = new RecordingEmailSender(TimeProvider.System);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, silos: 2, email: email,
            settings: ShortSendTimeout);
        using var hold = email.HoldNext(acceptFirst: true);
        var message = NewMessage();
        var grain = cluster.Client.GetGrain<IEmailGrain>(message.Id);
        await grain.QueueAsync(message);
        await hold.Reached.WaitAsync(Patience);
        var host = await HostOfAsync(cluster, grain.GetGrainId());

        // Act
        await cluster.KillSiloAsync(host);

        // Assert: the survivor finds the message at the provider instead of sending it again
        var status = await SentAsync(cluster, message.Id);
        var sent = Assert.Single(email.AcceptedFor(message.Id));
        Assert.Equal(sent.Receipt.ProviderReference, status.ProviderReference);
        Assert.Single(email.Calls, c => c.MessageId == message.Id);
        Assert.Equal(2, status.Attempts);
    }

    [Fact]
    public async Task Kill_SiloWhileSendingBeforeTheProviderAccepted_MessageIsSentExactlyOnceAfterRecovery()
    {
        // Arrange: the silo dies while the provider call is under way, before the provider took the message
        var email = new RecordingEmailSender(TimeProvider.System);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, silos: 2, email: email,
            settings: ShortSendTimeout);
        using var hold = email.HoldNext(acceptFirst: false);
        var message = NewMessage();
        var grain = cluster.Client.GetGrain<IEmailGrain>(message.Id);
        await grain.QueueAsync(message);
        await hold.Reached.WaitAsync(Patience);
        var host = await HostOfAsync(cluster, grain.GetGrainId());

        // Act
        await cluster.KillSiloAsync(host);

        // Assert: the provider has no record of it, so the survivor sends it, once
        var status = await SentAsync(cluster, message.Id);
        var sent = Assert.Single(email.AcceptedFor(message.Id));
        Assert.Equal(sent.Receipt.ProviderReference, status.ProviderReference);
        Assert.Equal(2, email.Calls.Count(c => c.MessageId == message.Id));
        Assert.Equal(2, status.Attempts);
    }

    private static EmailMessage NewMessage() => new()
    {
        Id = Guid.NewGuid(),
        To = "ada.lovelace@example.com",
        TemplateKey = "candidate-request-received",
        Personalisation = new Dictionary<string, string> { ["school_name"] = "Birch Academy" },
        CreatedAt = TimeProvider.System.GetUtcNow(),
    };

    private static Dictionary<string, string> RetryDelays(params string[] delays) =>
        delays.Select((d, i) => (Key: $"{EmailOptions.Section}:{nameof(EmailOptions.RetryDelays)}:{i}", Value: d))
            .ToDictionary(p => p.Key, p => p.Value);

    // An attempt cut short is followed up once it would have timed out; 2 s keeps the failover tests short.
    private static Dictionary<string, string> ShortSendTimeout => new()
    {
        [$"{EmailOptions.Section}:{nameof(EmailOptions.SendTimeout)}"] = "00:00:02",
    };

    private static async Task<EmailStatus> SentAsync(TestCluster cluster, Guid id) =>
        (await Eventually.ValueAsync(() => cluster.Client.GetGrain<IEmailGrain>(id).GetStatusAsync(),
            s => s?.State == EmailDeliveryState.Sent, Patience))!;

    private static async Task<SiloHandle> HostOfAsync(TestCluster cluster, GrainId grain)
    {
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        foreach (var silo in cluster.GetActiveSilos())
        {
            var statistics = await management.GetDetailedGrainStatistics(hostsIds: [silo.SiloAddress]);
            if (statistics.Any(s => s.GrainId == grain))
            {
                return silo;
            }
        }

        throw new InvalidOperationException($"No silo hosts {grain}.");
    }
}
