using Orleans.TestingHost;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Testing;

/// <summary>
/// The whole service for tests that drive it from outside: a fresh database, a silo cluster on it and
/// one web process. Tests register their own schools, with fresh URNs, so they never share data.
/// </summary>
public class ServiceFixture : IAsyncDisposable
{
    private TestDatabase? _database;

    public TestCluster Cluster { get; private set; } = null!;

    public WebHost Web { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Cluster = await TestClusters.StartAsync(_database.ConnectionString);
        Web = new WebHost(_database.ConnectionString, Cluster);
    }

    /// <summary>Registers a new school with a URN no other test uses, and returns the URN.</summary>
    public async Task<long> RegisterSchoolAsync(string name = "Test School", bool enabled = true)
    {
        var urn = NextUrn();
        await Cluster.Client.GetGrain<ISchoolGrain>(urn)
            .RegisterAsync(new RegisterSchool { Name = name, Town = "Testville", Enabled = enabled });
        return urn;
    }

    public static long NextUrn() => Interlocked.Increment(ref _lastUrn);

    private static long _lastUrn = 200_000 + Random.Shared.Next(100_000) * 10;

    public async ValueTask DisposeAsync()
    {
        if (Web is not null)
        {
            await Web.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
