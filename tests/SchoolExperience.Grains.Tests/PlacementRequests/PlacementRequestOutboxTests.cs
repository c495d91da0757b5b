using SchoolExperience.GrainInterfaces.Notifications;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Notifications.Recording;
using SchoolExperience.Grains.PlacementRequests;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests.PlacementRequests;

/// <summary>The request grain's emails go through its outbox: saved with the change, handed over after.</summary>
public sealed class PlacementRequestOutboxTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private const string StoredRequest =
        "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = 'placement-request'";

    // Stands for an email grain that cannot be reached: PostgreSQL refuses to store any email grain's state.
    private const string RefuseEmailState = """
        CREATE FUNCTION refuse_email_state() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'email state refused by the test'; END $$;
        CREATE TRIGGER refuse_email_state BEFORE INSERT OR UPDATE ON orleansstorage
            FOR EACH ROW WHEN (NEW.graintypestring = 'email') EXECUTE FUNCTION refuse_email_state();
        """;

    [Fact]
    public async Task Submit_ValidRequest_CandidateIsEmailedOnceAndTheOutboxEmpties()
    {
        // Arrange
        var email = new RecordingEmailSender(TimeProvider.System);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, email: email);
        var urn = await RegisterSchoolAsync(cluster.Client);

        // Act
        var result = await cluster.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid()).SubmitAsync(Request(urn));

        // Assert
        Assert.True(result.Succeeded);
        var sent = Assert.Single(await Eventually.ValueAsync(() => Task.FromResult(email.Accepted), a => a.Count > 0,
            Patience));
        Assert.Equal("ada.lovelace@example.com", sent.Message.To);
        Assert.Equal(RequestEmails.CandidateRequestReceived, sent.Message.TemplateKey);
        Assert.Equal("Birch Academy", sent.Message.Personalisation["school_name"]);
        var status = await Eventually.ValueAsync(
            () => cluster.Client.GetGrain<IEmailGrain>(sent.Message.Id).GetStatusAsync(),
            s => s?.State == EmailDeliveryState.Sent, Patience);
        Assert.Equal(sent.Receipt.ProviderReference, status!.ProviderReference);
        Assert.Contains("\"Pending\":[]", await database.ScalarAsync<string>(StoredRequest));
    }

    [Fact]
    public async Task Submit_EmailNotHandedOverBeforeTheSiloWent_TheRequestsReminderSendsItOnce()
    {
        // Arrange
        var email = new RecordingEmailSender(TimeProvider.System);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await TestClusters.StartAsync(database.ConnectionString, email: email);
        var urn = await RegisterSchoolAsync(cluster.Client);
        var requestId = Guid.NewGuid();
        await database.ExecuteAsync(RefuseEmailState);

        // Act: the request is saved with its email, whose hand-over then fails; then the silo goes, and with it
        // everything in memory
        var result = await cluster.Client.GetGrain<IPlacementRequestGrain>(requestId).SubmitAsync(Request(urn));
        var storedBefore = await database.ScalarAsync<string>(StoredRequest);
        var sentBefore = email.Accepted.Count;
        await cluster.RestartSiloAsync(cluster.Silos[0]);
        await cluster.InitializeClientAsync();
        await database.ExecuteAsync("DROP TRIGGER refuse_email_state ON orleansstorage");
        var request = await cluster.Client.GetGrain<IPlacementRequestGrain>(requestId).GetAsync();

        // Assert: the command succeeded, its email waited in the stored outbox, and the stored reminder sent it
        Assert.True(result.Succeeded);
        Assert.NotNull(request);
        Assert.Contains(RequestEmails.CandidateRequestReceived, storedBefore);
        Assert.Equal(0, sentBefore);
        var sent = Assert.Single(await Eventually.ValueAsync(() => Task.FromResult(email.Accepted), a => a.Count > 0,
            Patience));
        Assert.Equal("ada.lovelace@example.com", sent.Message.To);
        await Eventually.ValueAsync(() => database.ScalarAsync<string>(StoredRequest),
            json => json!.Contains("\"Pending\":[]"), Patience);
        await Task.Delay(TestClusters.ReminderPeriod * 3);
        Assert.Single(email.Accepted);
    }

    private static async Task<long> RegisterSchoolAsync(IClusterClient client)
    {
        var urn = ServiceFixture.NextUrn();
        await client.GetGrain<ISchoolGrain>(urn)
            .RegisterAsync(new RegisterSchool { Name = "Birch Academy", Town = "Leeds", Enabled = true });
        return urn;
    }

    // The school has no notification address, so the candidate's confirmation is the only email.
    private static SubmitPlacementRequest Request(long urn) => Arrange.Submission(urn, email: "ada.lovelace@example.com");
}
