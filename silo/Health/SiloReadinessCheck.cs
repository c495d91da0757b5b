using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace SchoolExperience.Silo.Health;

/// <summary>Ready when this silo is an active member of the cluster.</summary>
public sealed class SiloReadinessCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Silo is {status}"));
    }
}
