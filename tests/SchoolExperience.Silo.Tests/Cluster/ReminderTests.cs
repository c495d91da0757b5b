using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Testing;

namespace SchoolExperience.Silo.Tests.Cluster;

public sealed class ReminderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Reminder_StoredInPostgres_FiresAndFiresAgainAfterSiloRestart()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString);
        var urn = Random.Shared.NextInt64(100_000, 999_999);
        await cluster.Client.GetGrain<ISchoolGrain>(urn).RegisterAsync(new RegisterSchool { Name = "Elm School" });

        // Act + Assert: housekeeping runs on the reminder
        var before = await Eventually.ValueAsync(
            () => cluster.Client.GetGrain<ISchoolGrain>(urn).GetStatusAsync(), s => s.HousekeepingRuns >= 1, Patience);

        await cluster.RestartSiloAsync(cluster.Silos[0]);
        await cluster.InitializeClientAsync();

        // The restarted silo has no activation: only the reminder row in PostgreSQL can wake the grain.
        var after = await Eventually.ValueAsync(
            () => cluster.Client.GetGrain<ISchoolGrain>(urn).GetStatusAsync(),
            s => s.HousekeepingRuns > before.HousekeepingRuns, Patience);
        Assert.True(after.LastHousekeepingAt > before.LastHousekeepingAt);
    }
}
