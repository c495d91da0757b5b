using System.Text.Json;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.PlacementRequests;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests.Schools;

/// <summary>The school's index: projected by the request grains, counted, healed, and kept small.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DashboardIndexTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Arrange _arrange = new(fixture);

    [Fact]
    public async Task Dashboard_RequestsInEveryState_CountsEachKindOnce()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync();
        await _arrange.RequestAsync(urn);
        var considered = await _arrange.RequestAsync(urn);
        Arrange.Ok(await considered.PlaceUnderConsiderationAsync(Arrange.Staff));
        var upcoming = await _arrange.RequestAsync(urn);
        Arrange.Ok(await upcoming.AcceptAsync(_arrange.Acceptance(_arrange.Today.AddDays(30))));
        var past = await _arrange.RequestAsync(urn);
        Arrange.Ok(await past.AcceptAsync(_arrange.Acceptance(_arrange.Today.AddDays(1))));
        var withdrawn = await _arrange.RequestAsync(urn);
        Arrange.Ok(await withdrawn.WithdrawAsync(new WithdrawPlacementRequest { Reason = "Found a job" }));
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var school = fixture.Client.GetGrain<ISchoolGrain>(urn);

        // Act
        var before = await school.GetDashboardAsync();
        Arrange.Ok(await withdrawn.MarkViewedAsync(Arrange.Staff));
        var after = await school.GetDashboardAsync();

        // Assert
        Assert.Equal(new SchoolCounts
        {
            New = 1, UnderConsideration = 1, UpcomingBookings = 1, AwaitingAttendance = 1, UnseenWithdrawalsAndCancellations = 1,
        }, before.Counts);
        Assert.Equal(0, after.Counts.UnseenWithdrawalsAndCancellations);
        Assert.Equal(5, after.Requests.Count);
        Assert.True(after.IndexVersion > before.IndexVersion);
        var booked = Assert.Single(after.Requests, r => r.RequestId == upcoming.GetPrimaryKey());
        Assert.Equal(_arrange.Today.AddDays(28), booked.BookingDate);
        Assert.Equal("Biology", booked.Subject);
    }

    [Fact]
    public async Task Projection_SchoolCouldNotSaveTheUpdate_TheIndexHealsOnTheNextTick()
    {
        // Arrange: PostgreSQL refuses the school's writes, so the request saves but its projection fails
        var urn = await _arrange.SchoolAsync();
        await fixture.Database.ExecuteAsync("""
            CREATE OR REPLACE FUNCTION refuse_school_state() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'school state refused by the test'; END $$;
            CREATE TRIGGER refuse_school_state BEFORE UPDATE ON orleansstorage
                FOR EACH ROW WHEN (NEW.graintypestring = 'school') EXECUTE FUNCTION refuse_school_state();
            """);
        IPlacementRequestGrain request;
        try
        {
            request = await _arrange.RequestAsync(urn);
            Assert.Empty((await fixture.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync()).Requests);
        }
        finally
        {
            await fixture.Database.ExecuteAsync("DROP TRIGGER refuse_school_state ON orleansstorage");
        }

        // Act: the request grain's reminder retries its projection
        var dashboard = await Eventually.ValueAsync(() => fixture.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync(),
            d => d.Requests.Count == 1, Patience);

        // Assert
        Assert.Equal(request.GetPrimaryKey(), dashboard.Requests[0].RequestId);
    }

    [Fact]
    public async Task Housekeeping_ClosedRequestsPastTheRetention_LeaveTheLiveIndexButStayRetrievable()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync();
        var closed = await _arrange.RequestAsync(urn);
        Arrange.Ok(await closed.RejectAsync(new RejectPlacementRequest { Actor = Arrange.Staff, Reasons = [RejectionReason.Duplicate] }));
        var open = await _arrange.RequestAsync(urn);
        var school = fixture.Client.GetGrain<ISchoolGrain>(urn);

        // Act: half a year passes (the default retention), and housekeeping runs on its reminder
        fixture.Clock.Advance(TimeSpan.FromDays(184));
        var status = await Eventually.ValueAsync(school.GetStatusAsync, s => s.ArchivedRequests == 1, Patience);

        // Assert
        var live = await school.GetDashboardAsync();
        Assert.Equal(1, status.LiveIndexSize);
        Assert.Equal(open.GetPrimaryKey(), Assert.Single(live.Requests).RequestId);
        Assert.Equal(closed.GetPrimaryKey(), Assert.Single(await school.GetArchivedRequestsAsync()).RequestId);
    }

    [Fact]
    public async Task StoredState_AfterASiloRestart_ReadsBackTheSameFromPostgres()
    {
        // Arrange: a request with content, a booking and an audit trail; a school with dates and an index
        var urn = await _arrange.SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 2);
        var request = await _arrange.RequestAsync(urn, date);
        Arrange.Ok(await request.MarkViewedAsync(Arrange.Staff));
        Arrange.Ok(await request.AcceptAsync(_arrange.Acceptance(null)));
        var id = request.GetPrimaryKey();
        var school = fixture.Client.GetGrain<ISchoolGrain>(urn);
        var before = Json(await request.GetAsync(), await request.GetAuditTrailAsync(), await school.GetDashboardAsync(),
            await school.GetPlacementDatesAsync());

        // Act
        await fixture.Cluster.RestartSiloAsync(fixture.Cluster.Silos[0]);
        await fixture.Cluster.InitializeClientAsync();
        request = fixture.Client.GetGrain<IPlacementRequestGrain>(id);
        school = fixture.Client.GetGrain<ISchoolGrain>(urn);
        var after = Json(await request.GetAsync(), await request.GetAuditTrailAsync(), await school.GetDashboardAsync(),
            await school.GetPlacementDatesAsync());

        // Assert
        Assert.Equal(before, after);
        Assert.Contains("\"Booked\"", after);
    }

    [Fact]
    public async Task Submit_SchoolInSwitchover_GetsTheWholeRequestByEmail()
    {
        var urn = await _arrange.SchoolAsync(switchover: true);

        await _arrange.RequestAsync(urn);

        var sent = await Eventually.ValueAsync(
            () => Task.FromResult(fixture.EmailsTo(Arrange.SchoolEmail(urn), RequestEmails.SchoolRequestReceivedWithDetails)),
            e => e.Count == 1, Patience);
        var details = sent[0].Message.Personalisation;
        Assert.Equal("Mary Seacole", details["candidate_name"]);
        Assert.Equal("+441144960123", details["telephone"]);
        Assert.Equal("1 High Street, Sheffield, S1 2AB", details["address"]);
        Assert.Equal("Final year", details["degree_stage"]);
        Assert.Empty(fixture.EmailsTo(Arrange.SchoolEmail(urn), RequestEmails.SchoolRequestReceived));
    }

    private static string Json(params object?[] values) =>
        JsonSerializer.Serialize(values, new JsonSerializerOptions { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
}
