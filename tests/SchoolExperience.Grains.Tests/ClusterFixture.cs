using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using SchoolExperience.Grains.Notifications.Recording;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests;

/// <summary>One database and one cluster for the grain tests; every test uses fresh keys.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>Every email the cluster's grains sent, shared by its silos.</summary>
    public RecordingEmailSender Email { get; } = new(TimeProvider.System);

    public IClusterClient Client => Cluster.Client;

    /// <summary>The business clock: tests only ever move it forward, so dates worked out from it stay valid.</summary>
    public FakeTimeProvider Clock => TestClocks.For(Cluster);

    /// <summary>The emails sent to one address with one template, as the recipient would count them.</summary>
    public IReadOnlyList<RecordedEmail> EmailsTo(string to, string templateKey) =>
        Email.Accepted.Where(e => e.Message.To == to && e.Message.TemplateKey == templateKey).ToList();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Cluster = await TestClusters.StartAsync(Database.ConnectionString, email: Email);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
