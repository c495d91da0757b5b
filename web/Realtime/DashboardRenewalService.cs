using Microsoft.Extensions.Options;

namespace SchoolExperience.Web.Realtime;

public sealed class DashboardRenewalService(DashboardRelay relay, IOptions<DashboardRelayOptions> options)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RenewalPeriod);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await relay.RenewAsync();
        }
    }
}
