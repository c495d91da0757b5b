using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Silo.Hosting;
using SchoolExperience.Testing;

namespace SchoolExperience.Silo.Tests.Cluster;

public sealed class ProviderStartupTests
{
    [Fact]
    public async Task Start_FreshlyMigratedDatabase_ClusteringStorageAndRemindersAllWork()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString);
        var urn = Random.Shared.NextInt64(100_000, 999_999);

        // Act
        await cluster.Client.GetGrain<ISchoolGrain>(urn).RegisterAsync(new RegisterSchool { Name = "Oak Primary" });

        // Assert: a membership row for the silo, a state row for the grain, a reminder row for its housekeeping
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM orleansstorage WHERE graintypestring = 'school'"));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM orleansremindersTable WHERE remindername = 'housekeeping'"));
    }

    [Fact]
    public async Task Start_ThreeSilosOnAnEmptyDatabase_AllJoinAndEachScriptIsAppliedOnce()
    {
        // Arrange: nothing applied yet; every silo migrates as it starts
        await using var database = await TestDatabase.CreateAsync(migrate: false);

        // Act
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, silos: 3);

        // Assert
        Assert.Equal(3, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
        Assert.Equal(Silo.Database.SchemaMigrator.Migrations.Count,
            await database.ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Start_QueryKeyMissing_SiloStopsWithAMessageNamingIt()
    {
        // Arrange: a schema that lost one of the keys the reminders provider needs
        await using var database = await TestDatabase.CreateAsync();
        // Every script is recorded as applied, so the silo's own migration at start does not restore it.
        await database.ExecuteAsync("DELETE FROM orleansquery WHERE querykey = 'ReadRangeRows2Key'");
        var cluster = TestClusters.CreateBuilder(database.ConnectionString).Build();

        // Act
        var failure = await Record.ExceptionAsync(() => cluster.DeployAsync());
        await cluster.DisposeAsync();

        // Assert
        Assert.NotNull(failure);
        var message = StartupFailure.Explain(failure);
        Assert.Contains("ReadRangeRows2Key", message);
        Assert.Contains("migrate", message);
    }
}
