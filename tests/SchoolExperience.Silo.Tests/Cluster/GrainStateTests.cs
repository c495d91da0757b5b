using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Testing;

namespace SchoolExperience.Silo.Tests.Cluster;

public sealed class GrainStateTests
{
    [Fact]
    public async Task State_AfterSiloRestart_IsReadBackFromPostgres()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString);
        var urn = Random.Shared.NextInt64(100_000, 999_999);
        await cluster.Client.GetGrain<ISchoolGrain>(urn)
            .RegisterAsync(new RegisterSchool { Name = "Birch Academy", Town = "Leeds", Enabled = true });

        // Act: the only silo goes, and with it every activation in memory
        await cluster.RestartSiloAsync(cluster.Silos[0]);
        await cluster.InitializeClientAsync();
        var profile = await cluster.Client.GetGrain<ISchoolGrain>(urn).GetProfileAsync();

        // Assert
        Assert.NotNull(profile);
        Assert.Equal("Birch Academy", profile.Name);
        Assert.Equal("Leeds", profile.Town);
        Assert.True(profile.Enabled);
    }

    [Fact]
    public async Task State_Stored_IsJsonWithoutClrTypeNames()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString);
        var urn = Random.Shared.NextInt64(100_000, 999_999);

        // Act
        await cluster.Client.GetGrain<ISchoolGrain>(urn).RegisterAsync(new RegisterSchool { Name = "Cedar School" });

        // Assert
        var payload = await database.ScalarAsync<string>(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = 'school'");
        Assert.NotNull(payload);
        Assert.Contains("\"Name\":\"Cedar School\"", payload);
        Assert.DoesNotContain("$type", payload);
        Assert.DoesNotContain("SchoolExperience.", payload);
    }
}
