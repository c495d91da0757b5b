using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Testing;
using SchoolExperience.Web.Realtime;

namespace SchoolExperience.Web.Tests.Realtime;

/// <summary>Two web processes on one cluster, dashboards on each, watched with the .NET SignalR client.</summary>
public sealed class DashboardRelayTests : IAsyncLifetime
{
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(10);
    private readonly ServiceFixture _service = new();
    private readonly List<HubConnection> _connections = [];
    private WebHost _secondWeb = null!;

    public async Task InitializeAsync()
    {
        await _service.StartAsync();
        _secondWeb = new WebHost(_service.ConnectionString, _service.Cluster);
    }

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await _secondWeb.DisposeAsync();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Submit_ThroughOneWebProcess_ReachesDashboardsOnBothAndNoneOfAnotherSchool()
    {
        // Arrange
        var urn = await _service.RegisterSchoolAsync();
        var otherUrn = await _service.RegisterSchoolAsync();
        var onFirst = await WatchAsync(_service.Web, urn);
        var onSecond = await WatchAsync(_secondWeb, urn);
        var otherSchool = await WatchAsync(_secondWeb, otherUrn);

        // Act
        await SubmitRequestAsync(_service.Web, urn);

        // Assert
        var first = await ReadAsync(onFirst);
        var second = await ReadAsync(onSecond);
        Assert.Equal(new DashboardChangedMessage(urn, 1), first);
        Assert.Equal(new DashboardChangedMessage(urn, 1), second);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(otherSchool.TryRead(out _));
    }

    [Fact]
    public async Task Change_AfterTheSchoolGrainWasDeactivated_StillArrives()
    {
        // Arrange: subscribed, then the school's activation (and with it the subscription) goes away
        var urn = await _service.RegisterSchoolAsync();
        var dashboard = await WatchAsync(_secondWeb, urn);
        var management = _service.Cluster.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var school = _service.Cluster.Client.GetGrain<ISchoolGrain>(urn);
        var active = await management.GetDetailedGrainStatistics();
        Assert.DoesNotContain(active, s => s.GrainId == school.GetGrainId());

        // Act: the relay renews within its period; then a request arrives through the other web process
        await Task.Delay(WebHost.DashboardRenewalPeriod * 3);
        await SubmitRequestAsync(_service.Web, urn);

        // Assert
        Assert.Equal(new DashboardChangedMessage(urn, 1), await ReadAsync(dashboard));
    }

    private async Task<ChannelReader<DashboardChangedMessage>> WatchAsync(WebHost web, long urn)
    {
        var received = Channel.CreateUnbounded<DashboardChangedMessage>();
        var connection = new HubConnectionBuilder().WithUrl(new Uri(new Uri(web.BaseUrl), DashboardHub.Path)).Build();
        connection.On<DashboardChangedMessage>(nameof(IDashboardClient.DashboardChanged),
            message => received.Writer.TryWrite(message));
        await connection.StartAsync();
        await connection.InvokeAsync(nameof(DashboardHub.WatchSchool), urn);
        _connections.Add(connection);
        return received.Reader;
    }

    private static async Task SubmitRequestAsync(WebHost web, long urn)
    {
        using var client = web.CreateClient(followRedirects: false);
        var response = await Html.SubmitFormAsync(client, $"/candidates/schools/{urn}/request", RequestForms.Valid("Grace", "Hopper"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<DashboardChangedMessage> ReadAsync(ChannelReader<DashboardChangedMessage> reader)
    {
        using var timeout = new CancellationTokenSource(Arrival);
        return await reader.ReadAsync(timeout.Token);
    }
}
