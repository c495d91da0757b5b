using Microsoft.Extensions.Logging.Abstractions;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Silo.Demo;
using SchoolExperience.Testing;

namespace SchoolExperience.Silo.Tests.Demo;

/// <summary>The demo data ./run.sh seeds is valid by the service's own rules and can be requested at once.</summary>
public sealed class DemoSchoolsTests
{
    [Fact]
    public async Task Seed_EmptyService_PublishesEveryDemoSchoolReadyForRequests_AndAgainChangesNothing()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString);
        var seed = new DemoSchoolsStartupTask(cluster.Client, TestClocks.For(cluster), NullLogger<DemoSchoolsStartupTask>.Instance);

        // Act
        await seed.Execute(CancellationToken.None);
        var versions = await Task.WhenAll(DemoSchoolsStartupTask.Schools.Select(s =>
            cluster.Client.GetGrain<ISchoolGrain>(s.Urn).GetStatusAsync()));
        await seed.Execute(CancellationToken.None);

        // Assert
        foreach (var (urn, school, availability, _, dbs) in DemoSchoolsStartupTask.Schools)
        {
            var grain = cluster.Client.GetGrain<ISchoolGrain>(urn);
            var profile = (await grain.GetProfileAsync())!;
            Assert.Equal(school.Name, profile.Name);
            Assert.True(profile.Enabled && profile.Onboarded);
            Assert.Equal(dbs, profile.DbsPolicy);
            Assert.Equal(availability.Mode, profile.AvailabilityMode);
            if (availability.Mode == AvailabilityMode.FixedDates)
            {
                var dates = await grain.GetPlacementDatesAsync();
                Assert.Equal(3, dates.Count(d => d.Available));
                Assert.All(dates, d => Assert.False(d.Date.Month == 12 && d.Date.Day >= 18, "no dates in the Christmas holidays"));
            }
        }

        var after = await Task.WhenAll(DemoSchoolsStartupTask.Schools.Select(s =>
            cluster.Client.GetGrain<ISchoolGrain>(s.Urn).GetStatusAsync()));
        Assert.Equal(versions.Select(v => v.IndexVersion), after.Select(v => v.IndexVersion));
    }
}
