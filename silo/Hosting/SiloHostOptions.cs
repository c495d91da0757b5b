using System.ComponentModel.DataAnnotations;

namespace SchoolExperience.Silo.Hosting;

/// <summary>Where this silo sits in the cluster; bound from the "Silo" configuration section.</summary>
public sealed class SiloHostOptions
{
    public const string Section = "Silo";

    /// <summary>The only ADO.NET invariant the schema under Database/ is written for.</summary>
    public const string PostgresInvariant = "Npgsql";

    [Range(1, 65535)] public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos and clients reach this silo on: loopback for one machine, or "auto" for the
    /// address the host name resolves to (a container's own address).
    /// </summary>
    [Required] public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    public const string AutomaticAddress = "auto";

    [Required] public string Invariant { get; set; } = PostgresInvariant;
}
