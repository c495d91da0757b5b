using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using SchoolExperience.Grains;
using SchoolExperience.Silo.Database;

namespace SchoolExperience.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>
    /// Everything a SchoolExperience silo runs besides its place in the cluster: the PostgreSQL providers,
    /// the membership timings and the grains' services. Production and the test clusters both call this.
    /// </summary>
    public static ISiloBuilder AddSchoolExperience(this ISiloBuilder silo, IConfiguration configuration,
        string connectionString, string invariant)
    {
        silo.Services.AddSchoolExperienceGrains(configuration);
        return silo
            .UsePostgres(connectionString, invariant)
            .UseMembershipTimings(configuration.GetSection("Membership"));
    }

    /// <summary>
    /// Clustering, grain storage and reminders on PostgreSQL, the schema migrated before any provider
    /// starts. The test clusters call this too, so they run the providers production runs.
    /// </summary>
    public static ISiloBuilder UsePostgres(this ISiloBuilder silo, string connectionString, string invariant)
    {
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = invariant;
            o.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(StorageNames.Main, o =>
        {
            o.Invariant = invariant;
            o.ConnectionString = connectionString;
            // System.Text.Json writes no CLR type names, so renaming a class never orphans stored state.
            o.GrainStorageSerializer = new SystemTextJsonGrainStorageSerializer(
                Microsoft.Extensions.Options.Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = invariant;
            o.ConnectionString = connectionString;
        });
        silo.Services.AddSingleton(new SchemaMigrationParticipant(connectionString));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(
            sp => sp.GetRequiredService<SchemaMigrationParticipant>());
        return silo;
    }

    /// <summary>Failure detection: how fast a dead silo is noticed, and how many missed probes it takes.</summary>
    public static ISiloBuilder UseMembershipTimings(this ISiloBuilder silo, IConfiguration membership)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // The defaults take 10-12 s to declare a killed silo dead. 2 s probes, 3 misses and 10 s table
            // timings notice it in about 6-8 s without the false suspicions that sub-second settings cause
            // when two cores are busy.
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 3;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
            o.TableRefreshTimeout = TimeSpan.FromSeconds(10);
            membership.Bind(o);
        });
        return silo;
    }

    private static IPAddress HostAddress() =>
        Dns.GetHostAddresses(Dns.GetHostName())
            .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new SiloConfigurationException(
            "Silo__AdvertisedIPAddress is \"auto\" but the host name resolves to no IPv4 address. Set the address.");

    public static ISiloBuilder UseEndpoints(this ISiloBuilder silo, SiloHostOptions options) =>
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = options.AdvertisedIPAddress == SiloHostOptions.AutomaticAddress
                ? HostAddress()
                : IPAddress.Parse(options.AdvertisedIPAddress);
            o.SiloPort = options.SiloPort;
            o.GatewayPort = options.GatewayPort;
        });
}
