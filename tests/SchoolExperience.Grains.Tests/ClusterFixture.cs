using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests;

/// <summary>One database and one cluster for the grain tests; every test uses fresh keys.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The business clock: tests only ever move it forward, so dates worked out from it stay valid.</summary>
    public FakeTimeProvider Clock => TestClocks.For(Cluster);

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Cluster = await TestClusters.StartAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
