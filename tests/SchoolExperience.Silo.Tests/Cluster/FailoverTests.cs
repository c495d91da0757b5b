using System.Diagnostics;
using Orleans.Runtime;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Testing;
using Xunit.Abstractions;

namespace SchoolExperience.Silo.Tests.Cluster;

public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int SchoolCount = 24;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KillSilo_GrainsThatLivedThere_AnswerFromSurvivorAndTheirRemindersResume()
    {
        // Arrange: two silos, schools spread over both, each with a housekeeping reminder
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, silos: 2);
        var urns = Enumerable.Range(0, SchoolCount).Select(i => 500_000L + Random.Shared.Next(1000) * 100 + i).ToList();
        foreach (var urn in urns)
        {
            await cluster.Client.GetGrain<ISchoolGrain>(urn)
                .RegisterAsync(new RegisterSchool { Name = $"School {urn}", Enabled = true });
        }

        var victim = cluster.SecondarySilos[0];
        var onVictim = await SchoolsHostedOn(cluster.Client, victim.SiloAddress, urns);
        Assert.NotEmpty(onVictim);
        var runsBefore = new Dictionary<long, int>();
        foreach (var urn in urns)
        {
            runsBefore[urn] = (await Eventually.ValueAsync(() => cluster.Client.GetGrain<ISchoolGrain>(urn).GetStatusAsync(),
                s => s.HousekeepingRuns >= 1, Patience)).HousekeepingRuns;
        }

        // Act
        var clock = Stopwatch.StartNew();
        await cluster.KillSiloAsync(victim);

        // Assert: a grain that lived on the dead silo answers, with the state it saved before
        var moved = onVictim[0];
        var profile = await Eventually.ValueAsync(() => cluster.Client.GetGrain<ISchoolGrain>(moved).GetProfileAsync(),
            p => p is not null, Patience);
        var firstAnswer = clock.Elapsed;
        Assert.Equal($"School {moved}", profile!.Name);

        // ...and every school's reminder ticks again, those in the dead silo's range included
        foreach (var urn in urns)
        {
            await Eventually.ValueAsync(() => cluster.Client.GetGrain<ISchoolGrain>(urn).GetStatusAsync(),
                s => s.HousekeepingRuns > runsBefore[urn] + 1, Patience);
        }

        var allReminders = clock.Elapsed;
        output.WriteLine($"Recovery after a silo was killed: first answer from a moved grain in {firstAnswer.TotalSeconds:F1} s; " +
                         $"all {SchoolCount} reminders ticking again in {allReminders.TotalSeconds:F1} s " +
                         $"({onVictim.Count} grains had lived on the dead silo).");
    }

    private static async Task<List<long>> SchoolsHostedOn(IClusterClient client, SiloAddress silo, List<long> urns)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetDetailedGrainStatistics(hostsIds: [silo]);
        var hosted = statistics.Select(s => s.GrainId).ToHashSet();
        return urns.Where(u => hosted.Contains(client.GetGrain<ISchoolGrain>(u).GetGrainId())).ToList();
    }
}
