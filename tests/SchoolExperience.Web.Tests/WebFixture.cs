using SchoolExperience.Testing;

namespace SchoolExperience.Web.Tests;

/// <summary>One service (database, cluster, web process) shared by the page tests.</summary>
public sealed class WebFixture : ServiceFixture, IAsyncLifetime
{
    public Task InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
