using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.TestingHost;

namespace SchoolExperience.Testing;

/// <summary>
/// The real web app on Kestrel at a free loopback port, its Orleans client joined to a test cluster
/// through the cluster's PostgreSQL membership table, as a deployed web process finds its silos.
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly TestClusterOptions _cluster;

    public WebHost(string connectionString, TestCluster cluster)
    {
        _connectionString = connectionString;
        _cluster = cluster.Options;
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
    }

    /// <summary>The renewal period dashboards use here; a dropped subscription is back within it.</summary>
    public static readonly TimeSpan DashboardRenewalPeriod = TimeSpan.FromSeconds(1);

    public string BaseUrl { get; }

    /// <summary>An HTTP client of the real server, keeping cookies; redirects are followed only when asked.</summary>
    /// (The factory's own client ignores AllowAutoRedirect once Kestrel serves, so this builds one.)
    public HttpClient CreateClient(bool followRedirects) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = followRedirects, UseCookies = true })
        {
            BaseAddress = new Uri(BaseUrl),
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Orleans", _connectionString);
        builder.UseSetting("Cluster:ClusterId", _cluster.ClusterId);
        builder.UseSetting("Cluster:ServiceId", _cluster.ServiceId);
        builder.UseSetting("Orleans:GatewayListRefreshPeriod", "00:00:01");
        builder.UseSetting("Dashboards:RenewalPeriod", DashboardRenewalPeriod.ToString());
        // Browsers may still hold a WebSocket when a test ends; do not wait 30 s for them.
        builder.ConfigureServices(s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2)));
    }
}
