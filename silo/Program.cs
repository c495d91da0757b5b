using SchoolExperience.Silo.Database;
using SchoolExperience.Silo.Hosting;

namespace SchoolExperience.Silo;

// A named class rather than top-level statements: the web's generated Program stays the only global one,
// so tests that reference both projects can name WebApplicationFactory<Program> plainly.
public static class Program
{
    /// <summary>`migrate` applies the schema and exits; anything else runs the silo.</summary>
    public static async Task<int> Main(string[] args)
    {
        try
        {
            // The silo serves no files: its settings sit beside the binary, wherever it is started from.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = args,
                ContentRootPath = AppContext.BaseDirectory,
            });
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
            await Console.Error.WriteLineAsync($"silo: cannot start: {StartupFailure.Explain(exception)}");
            return 1;
        }
    }
}
