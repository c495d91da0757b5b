using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.TestingHost;
using SchoolExperience.Grains.Common;
using SchoolExperience.Grains.Notifications;
using SchoolExperience.Grains.Notifications.Recording;
using SchoolExperience.Silo.Hosting;

namespace SchoolExperience.Testing;

/// <summary>
/// Orleans test clusters on loopback TCP, wired to a real PostgreSQL database through the silo's own
/// configuration: ADO.NET membership, grain storage and reminders, as in production.
/// </summary>
public static class TestClusters
{
    /// <summary>Reminders tick this often in tests (the production minimum is a minute).</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(1);

    /// <summary>A call to a silo that was killed fails after this, not after the default 30 s.</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The email providers tests hand to their clusters. Silos are built from configuration, which carries only
    /// strings, so a silo finds its cluster's provider here by the key its configuration names. Entries stay for
    /// the test run: a killed silo may still hold its provider, and one small object per cluster costs nothing.
    /// </summary>
    private static readonly ConcurrentDictionary<string, RecordingEmailSender> EmailSenders = new();

    private const string EmailSenderKey = "Testing:EmailSender";

    /// <param name="email">One provider for every silo of the cluster, so a test sees each email whichever silo
    /// sent it; without it each silo records into its own.</param>
    public static TestClusterBuilder CreateBuilder(string connectionString, short silos = 1,
        IDictionary<string, string>? settings = null, RecordingEmailSender? email = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        // Real sockets on loopback, so a web process outside the test cluster can reach its gateways.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Properties[$"ConnectionStrings:{Silo.Extensions.ConnectionStringName}"] = connectionString;
        builder.Properties["Schools:HousekeepingPeriod"] = ReminderPeriod.ToString();
        builder.Properties["PlacementRequests:DeadlineCheckPeriod"] = ReminderPeriod.ToString();
        builder.Properties[TestClocks.ConfigurationKey] = builder.Options.ClusterId;
        builder.Properties["Candidates:EmailKey"] = "test-key-for-candidate-email-hashes";
        builder.Properties["Email:ReminderPeriod"] = ReminderPeriod.ToString();
        if (email is not null)
        {
            var key = Guid.NewGuid().ToString("N");
            EmailSenders[key] = email;
            builder.Properties[EmailSenderKey] = key;
        }

        // Fast failure detection: tests kill silos on purpose and should not wait 10 s for it.
        builder.Properties["Membership:ProbeTimeout"] = "00:00:01";
        builder.Properties["Membership:NumMissedProbesLimit"] = "2";
        builder.Properties["Membership:IAmAliveTablePublishTimeout"] = "00:00:05";
        builder.Properties["Membership:TableRefreshTimeout"] = "00:00:02";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Properties[key] = value;
        }

        builder.AddSiloBuilderConfigurator<PostgresSilo>();
        builder.AddClientBuilderConfigurator<PostgresClient>();
        return builder;
    }

    public static async Task<TestCluster> StartAsync(string connectionString, short silos = 1,
        IDictionary<string, string>? settings = null, RecordingEmailSender? email = null)
    {
        var cluster = CreateBuilder(connectionString, silos, settings, email).Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(Silo.Extensions.ConnectionStringName)!;

    public sealed class PostgresSilo : ISiloConfigurator, IHostConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddSchoolExperience(silo.Configuration, ConnectionString(silo.Configuration),
                SiloHostOptions.PostgresInvariant);
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = ReminderPeriod);
            silo.Services.AddKeyedSingleton<TimeProvider>(Clocks.Business,
                TestClocks.For(silo.Configuration[TestClocks.ConfigurationKey]!));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
            if (silo.Configuration[EmailSenderKey] is { } key)
            {
                silo.Services.Replace(ServiceDescriptor.Singleton<IEmailSender>(EmailSenders[key]));
            }
        }

        public void Configure(IHostBuilder host) =>
            host.ConfigureServices(s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5)));
    }

    public sealed class PostgresClient : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder client) => client
            .UseAdoNetClustering(o =>
            {
                o.Invariant = SiloHostOptions.PostgresInvariant;
                o.ConnectionString = ConnectionString(configuration);
            })
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1))
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
    }
}
