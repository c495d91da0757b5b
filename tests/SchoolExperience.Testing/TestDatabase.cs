using Npgsql;

namespace SchoolExperience.Testing;

/// <summary>
/// A fresh PostgreSQL database for one fixture, dropped afterwards. The server comes from
/// SCHOOLEXPERIENCE_TEST_POSTGRES, which ./test.sh points at its private cluster.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "SCHOOLEXPERIENCE_TEST_POSTGRES";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with ./test.sh, which starts a private PostgreSQL.");

    /// <summary>Creates an empty database; <paramref name="migrate"/> applies the project's schema to it.</summary>
    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var name = $"se_test_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        var database = new TestDatabase(name, connectionString);
        if (migrate)
        {
            await Silo.Database.SchemaMigrator.MigrateAsync(connectionString);
        }

        return database;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
