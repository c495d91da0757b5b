using System.Diagnostics;

namespace SchoolExperience.Silo.Tests.Hosting;

/// <summary>Starts the real silo program with a broken setting and reads what it says.</summary>
public sealed class BadConfigurationTests
{
    [Fact]
    public async Task Start_NoConnectionString_ExitsWithOneLineNamingTheSetting()
    {
        var (exitCode, line) = await RunSiloAsync(new() { ["ConnectionStrings__Orleans"] = "" });

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("silo: cannot start:", line);
        Assert.Contains("ConnectionStrings__Orleans", line);
    }

    [Fact]
    public async Task Start_DatabaseUnreachable_ExitsSayingPostgresCannotBeReached()
    {
        var (exitCode, line) = await RunSiloAsync(new()
        {
            ["ConnectionStrings__Orleans"] = "Host=127.0.0.1;Port=1;Username=postgres;Timeout=3",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Cannot reach PostgreSQL", line);
        Assert.Contains("ConnectionStrings__Orleans", line);
    }

    [Fact]
    public async Task Start_UnknownProvider_ExitsNamingTheInvariantSetting()
    {
        var (exitCode, line) = await RunSiloAsync(new()
        {
            ["ConnectionStrings__Orleans"] = "Host=127.0.0.1;Port=1;Username=postgres",
            ["Silo__Invariant"] = "System.Data.SqlClient",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Unknown database provider 'System.Data.SqlClient'", line);
        Assert.Contains("Silo__Invariant", line);
    }

    [Fact]
    public async Task Start_PortOutOfRange_ExitsNamingThePortSetting()
    {
        var (exitCode, line) = await RunSiloAsync(new()
        {
            ["ConnectionStrings__Orleans"] = "Host=127.0.0.1;Port=1;Username=postgres",
            ["Silo__SiloPort"] = "70000",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Silo__SiloPort", line);
    }

    private static async Task<(int ExitCode, string ErrorLine)> RunSiloAsync(Dictionary<string, string> environment)
    {
        var silo = Path.Combine(AppContext.BaseDirectory, "SchoolExperience.Silo.dll");
        var start = new ProcessStartInfo("dotnet", [silo, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        // A valid secret, so that the setting each test breaks is the one the silo complains about.
        start.Environment["Candidates__EmailKey"] = "bad-configuration-tests-key";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, lines.LastOrDefault(l => l.StartsWith("silo:", StringComparison.Ordinal)) ?? string.Join(" | ", lines));
    }
}
