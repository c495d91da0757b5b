using System.Globalization;
using System.Reflection;

namespace SchoolExperience.Silo.Database;

/// <summary>One schema script: its number comes from its file name, "0003_persistence.sql" is version 3.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public static Migration FromResource(Assembly assembly, string resourceName, string name)
    {
        var number = name.Split('_', 2)[0];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{name}' must start with its number, like 0001_name.sql");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration resource '{resourceName}' is missing");
        using var reader = new StreamReader(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
