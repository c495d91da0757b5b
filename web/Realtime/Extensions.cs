namespace SchoolExperience.Web.Realtime;

public static class Extensions
{
    public static IServiceCollection AddDashboardRelay(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DashboardRelayOptions>(configuration.GetSection(DashboardRelayOptions.Section));
        services.AddSingleton<DashboardObserver>();
        services.AddSingleton<DashboardRelay>();
        services.AddHostedService<DashboardRenewalService>();
        return services;
    }
}
