using System.ComponentModel.DataAnnotations;

namespace SchoolExperience.Silo.Hosting;

/// <summary>
/// Reads and checks the silo's settings before anything starts, so a mistake is reported as one line
/// that names the setting to fix.
/// </summary>
public static class SiloConfiguration
{
    public static SiloHostOptions Read(IConfiguration configuration)
    {
        var options = new SiloHostOptions();
        configuration.GetSection(SiloHostOptions.Section).Bind(options);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var problem = results[0];
            throw new SiloConfigurationException(
                $"{problem.ErrorMessage} Set {SiloHostOptions.Section}__{problem.MemberNames.FirstOrDefault()}.");
        }

        if (options.Invariant != SiloHostOptions.PostgresInvariant)
        {
            throw new SiloConfigurationException(
                $"Unknown database provider '{options.Invariant}': the schema is written for PostgreSQL. " +
                $"Set {SiloHostOptions.Section}__Invariant to {SiloHostOptions.PostgresInvariant} or leave it unset.");
        }

        if (options.AdvertisedIPAddress != SiloHostOptions.AutomaticAddress
            && !System.Net.IPAddress.TryParse(options.AdvertisedIPAddress, out _))
        {
            throw new SiloConfigurationException(
                $"'{options.AdvertisedIPAddress}' is neither an IP address nor \"auto\". Set {SiloHostOptions.Section}__AdvertisedIPAddress.");
        }

        return options;
    }

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(Extensions.ConnectionStringName) is { Length: > 0 } value
            ? value
            : throw new SiloConfigurationException(
                $"No database connection string. Set ConnectionStrings__{Extensions.ConnectionStringName} " +
                "(./run.sh sets it to its private PostgreSQL).");
}
