using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SchoolExperience.Silo.Hosting;

/// <summary>Turns the ways a silo fails to start into one line that says what to fix.</summary>
public static class StartupFailure
{
    public static string Explain(Exception exception)
    {
        var all = Flatten(exception).ToList();
        foreach (var e in all)
        {
            switch (e)
            {
                case SiloConfigurationException config:
                    return config.Message;
                case OptionsValidationException options:
                    return $"Invalid setting: {options.Message}";
                case PostgresException { SqlState: "28P01" or "28000" }:
                    return "PostgreSQL refused the user or password in ConnectionStrings__Orleans.";
                case PostgresException { SqlState: "3D000" } missing:
                    return $"The database does not exist ({missing.MessageText}). Create it or fix ConnectionStrings__Orleans.";
                case NpgsqlException { InnerException: SocketException or TimeoutException } npgsql:
                    return $"Cannot reach PostgreSQL ({npgsql.InnerException!.Message}). Start it (./run.sh starts " +
                           "a private one) or fix the host and port in ConnectionStrings__Orleans.";
                case SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }:
                    return "A silo port is already in use. Set Silo__SiloPort and Silo__GatewayPort to free ports " +
                           "(or stop the other silo).";
                case ArgumentException argument when argument.Message.Contains("connection string", StringComparison.OrdinalIgnoreCase):
                    return $"ConnectionStrings__Orleans is not a valid PostgreSQL connection string: {argument.Message}";
            }
        }

        var missingQueries = all.FirstOrDefault(e => e.Message.Contains("Not all required queries found", StringComparison.Ordinal));
        if (missingQueries is not null)
        {
            return $"The database schema is incomplete: {missingQueries.Message} " +
                   "Apply the schema with `dotnet run --project silo -- migrate`.";
        }

        return $"The silo could not start: {exception.GetBaseException().Message}";
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is not null)
            {
                pending.Push(current.InnerException);
            }
        }
    }
}
