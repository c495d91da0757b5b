using Orleans.Configuration;
using Microsoft.Extensions.Options;
using SchoolExperience.Silo.Demo;
using SchoolExperience.Silo.Health;
using SchoolExperience.Silo.Hosting;

namespace SchoolExperience.Silo;

public static class Extensions
{
    public const string ConnectionStringName = "Orleans";

    /// <summary>Orleans' own ClusterOptions (ClusterId, ServiceId), shared by silos and the web's client.</summary>
    public const string ClusterSection = "Cluster";

    /// <summary>The silo: Orleans on PostgreSQL, the grains' services and the health checks.</summary>
    public static WebApplicationBuilder AddSchoolExperienceSilo(this WebApplicationBuilder builder)
    {
        var options = SiloConfiguration.Read(builder.Configuration);
        var connectionString = SiloConfiguration.ConnectionString(builder.Configuration);

        builder.UseOrleans(silo => silo
            .Configure<ClusterOptions>(builder.Configuration.GetSection(ClusterSection))
            .UseEndpoints(options)
            .AddSchoolExperience(builder.Configuration, connectionString, options.Invariant)
            .AddDemoSchoolsWhen(builder.Configuration.GetValue<bool>("Demo:Seed")));

        builder.Services.AddHealthChecks()
            .AddCheck<SiloReadinessCheck>("silo", tags: [SiloReadinessCheck.ReadyTag]);
        // Graceful shutdown hands grains and reminders over; a few seconds is enough without streams.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        return builder;
    }

    private static ISiloBuilder AddDemoSchoolsWhen(this ISiloBuilder silo, bool seed) =>
        seed ? silo.AddStartupTask<DemoSchoolsStartupTask>() : silo;

    /// <summary>/health/live answers while the process runs; /health/ready once the silo is active.</summary>
    public static WebApplication MapSiloHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains(SiloReadinessCheck.ReadyTag) });
        return app;
    }
}
