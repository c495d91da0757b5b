using SchoolExperience.Testing;

namespace SchoolExperience.EndToEndTests;

public sealed class ServiceHostFixture : ServiceFixture, IAsyncLifetime
{
    public Task InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<ServiceHostFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "end-to-end";
}
