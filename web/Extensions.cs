using Orleans.Configuration;
using SchoolExperience.Web.Hosting;
using SchoolExperience.Web.Realtime;

namespace SchoolExperience.Web;

public static class Extensions
{
    public const string ConnectionStringName = "Orleans";

    /// <summary>Orleans' own ClusterOptions (ClusterId, ServiceId), shared with the silos.</summary>
    public const string ClusterSection = "Cluster";

    public static WebApplicationBuilder AddSchoolExperienceWeb(this WebApplicationBuilder builder)
    {
        builder.AddOrleansClient();
        builder.Services.AddRazorPages();
        builder.Services.AddSignalR();
        builder.Services.AddDashboardRelay(builder.Configuration);
        return builder;
    }

    public static WebApplication UseSchoolExperienceWeb(this WebApplication app)
    {
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHub<DashboardHub>(DashboardHub.Path);
        return app;
    }

    private static void AddOrleansClient(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No database connection string: set ConnectionStrings__{ConnectionStringName}; " +
                "the web finds the silos through the cluster's membership table.");
        var options = builder.Configuration.GetSection(OrleansClientOptions.Section).Get<OrleansClientOptions>()
            ?? new OrleansClientOptions();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(builder.Configuration.GetSection(ClusterSection))
            .UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            })
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.ResponseTimeout)
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = options.GatewayListRefreshPeriod));
    }
}
