using SchoolExperience.Silo;
using SchoolExperience.Silo.Database;
using SchoolExperience.Silo.Hosting;

// `migrate` applies the schema and exits; anything else runs the silo.
try
{
    var builder = WebApplication.CreateBuilder(args);
    if (args.FirstOrDefault() == "migrate")
    {
        var applied = await SchemaMigrator.MigrateAsync(SiloConfiguration.ConnectionString(builder.Configuration));
        Console.WriteLine(applied.Count == 0 ? "schema: up to date" : $"schema: applied {string.Join(", ", applied)}");
        return 0;
    }

    builder.AddSchoolExperienceSilo();
    var app = builder.Build();
    app.MapSiloHealth();
    await app.RunAsync();
    return 0;
}
catch (Exception exception)
{
    Console.Error.WriteLine($"silo: cannot start: {StartupFailure.Explain(exception)}");
    return 1;
}
