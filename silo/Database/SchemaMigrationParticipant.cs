namespace SchoolExperience.Silo.Database;

/// <summary>Migrates the schema at the very first silo lifecycle stage, before the ADO.NET providers read it.</summary>
public sealed class SchemaMigrationParticipant(string connectionString) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationParticipant), ServiceLifecycleStage.First,
            async cancellationToken => await SchemaMigrator.MigrateAsync(connectionString, cancellationToken));
}
