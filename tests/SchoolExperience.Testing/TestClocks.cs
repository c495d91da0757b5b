using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace SchoolExperience.Testing;

/// <summary>
/// The business clock of each test cluster, shared by its in-process silos: a test moves it to make a
/// deadline fall due, while Orleans keeps running on real time.
/// </summary>
public static class TestClocks
{
    public const string ConfigurationKey = "Testing:Clock";

    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();

    public static FakeTimeProvider For(TestCluster cluster) => For(cluster.Options.ClusterId);

    public static FakeTimeProvider For(string clusterId) =>
        Clocks.GetOrAdd(clusterId, _ => new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero))
        {
            // Time still passes a little between reads, so things done one after another are ordered in time.
            AutoAdvanceAmount = TimeSpan.FromMilliseconds(1),
        });
}
