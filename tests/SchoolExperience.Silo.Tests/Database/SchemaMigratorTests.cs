using SchoolExperience.Silo.Database;
using SchoolExperience.Testing;

namespace SchoolExperience.Silo.Tests.Database;

public sealed class SchemaMigratorTests
{
    /// <summary>Every key the three ADO.NET providers look up at start-up in Orleans 10.4.2.</summary>
    public static readonly string[] ProviderQueryKeys =
    [
        "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
        "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey",
    ];

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptInOrderAndRecordsIt()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync(migrate: false);

        // Act
        var applied = await SchemaMigrator.MigrateAsync(database.ConnectionString);

        // Assert
        Assert.Equal(SchemaMigrator.Migrations.Select(m => m.Name), applied);
        Assert.True(SchemaMigrator.Migrations.Count >= 4);
        var recorded = await database.ScalarAsync<long>("SELECT count(*) FROM schema_version");
        Assert.Equal(SchemaMigrator.Migrations.Count, recorded);
    }

    [Fact]
    public async Task Migrate_FreshDatabase_ProvidesEveryQueryKeyTheProvidersNeed()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();

        // Act
        var missing = new List<string>();
        foreach (var key in ProviderQueryKeys)
        {
            var count = await database.ScalarAsync<long>(
                $"SELECT count(*) FROM orleansquery WHERE querykey = '{key}' AND length(querytext) > 0");
            if (count != 1)
            {
                missing.Add(key);
            }
        }

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Migrate_Twice_SecondRunChangesNothing()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        const string fingerprint = """
            SELECT md5(string_agg(querykey || querytext, '|' ORDER BY querykey)) FROM orleansquery
            """;
        var before = await database.ScalarAsync<string>(fingerprint);
        var versionsBefore = await database.ScalarAsync<long>("SELECT count(*) FROM schema_version");

        // Act
        var applied = await SchemaMigrator.MigrateAsync(database.ConnectionString);

        // Assert
        Assert.Empty(applied);
        Assert.Equal(before, await database.ScalarAsync<string>(fingerprint));
        Assert.Equal(versionsBefore, await database.ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Migrate_ThreeSilosAtOnce_AllSucceedAndEachScriptIsAppliedOnce()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync(migrate: false);

        // Act
        var runs = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => Task.Run(() => SchemaMigrator.MigrateAsync(database.ConnectionString))));

        // Assert
        Assert.Equal(SchemaMigrator.Migrations.Count, runs.Sum(r => r.Count));
        Assert.Single(runs, r => r.Count > 0);
        Assert.Equal(SchemaMigrator.Migrations.Count,
            await database.ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }
}
