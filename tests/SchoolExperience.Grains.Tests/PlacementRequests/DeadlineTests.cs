using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Common;
using SchoolExperience.Grains.Notifications.Recording;
using SchoolExperience.Grains.PlacementRequests;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests.PlacementRequests;

/// <summary>
/// The follow-ups Orleans reminders drive, against the controllable business clock: each falls due at its
/// moment, is done once however often the reminder ticks, and still happens after a silo restart.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DeadlineTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Arrange _arrange = new(fixture);

    [Fact]
    public async Task UnansweredRequest_AfterFiveWorkingDays_SchoolIsRemindedOnceAndWeekendsDoNotCount()
    {
        // Arrange: sent on a Monday; five working days later is the next Monday, seven calendar days on
        _arrange.MoveToNextMonday();
        var sentAt = fixture.Clock.GetUtcNow();
        var urn = await _arrange.SchoolAsync();
        await _arrange.RequestAsync(urn);
        var school = Arrange.SchoolEmail(urn);
        // The request's activation goes with the silo: what follows is driven by its stored reminder alone.
        await fixture.Cluster.RestartSiloAsync(fixture.Cluster.Silos[0]);
        await fixture.Cluster.InitializeClientAsync();

        // Act + Assert: five calendar days on (Saturday) nothing is due yet
        _arrange.MoveTo(sentAt.AddDays(5).AddHours(1));
        await Arrange.LetRemindersTickAsync();
        Assert.Empty(fixture.EmailsTo(school, RequestEmails.SchoolRequestFollowUp));

        _arrange.MoveTo(sentAt.AddDays(7).AddMinutes(1));
        await Eventually.ValueAsync(() => Task.FromResult(fixture.EmailsTo(school, RequestEmails.SchoolRequestFollowUp)),
            e => e.Count > 0, Patience);
        await Arrange.LetRemindersTickAsync();
        Assert.Single(fixture.EmailsTo(school, RequestEmails.SchoolRequestFollowUp));
    }

    [Fact]
    public async Task AnsweredRequest_AfterFiveWorkingDays_SchoolIsNotReminded()
    {
        _arrange.MoveToNextMonday();
        var sentAt = fixture.Clock.GetUtcNow();
        var urn = await _arrange.SchoolAsync();
        var request = await _arrange.RequestAsync(urn);
        Arrange.Ok(await request.RejectAsync(new RejectPlacementRequest { Actor = Arrange.Staff, Reasons = [RejectionReason.NotLocal] }));

        _arrange.MoveTo(sentAt.AddDays(8));
        await Arrange.LetRemindersTickAsync();

        Assert.Empty(fixture.EmailsTo(Arrange.SchoolEmail(urn), RequestEmails.SchoolRequestFollowUp));
    }

    [Fact]
    public async Task Booking_RemindsTheCandidateAWeekAndADayBefore_ThenAsksTheSchoolTwiceAboutAttendance()
    {
        // Arrange: booked for a day twelve days ahead
        _arrange.MoveToNextMonday();
        var urn = await _arrange.SchoolAsync();
        var candidate = $"booked.{Guid.NewGuid():N}@example.com";
        var request = await _arrange.RequestAsync(urn, email: candidate);
        var day = _arrange.Today.AddDays(12);
        Arrange.Ok(await request.AcceptAsync(_arrange.Acceptance(day)));
        var school = Arrange.SchoolEmail(urn);

        // Act + Assert, one deadline at a time
        _arrange.MoveTo(LondonCalendar.At(day.AddDays(-7), new TimeOnly(9, 1)));
        var reminders = await EmailsAsync(candidate, RequestEmails.CandidateBookingReminder, 1);
        Assert.Equal("7", reminders[0].Message.Personalisation["days_to_go"]);

        _arrange.MoveTo(LondonCalendar.At(day.AddDays(-1), new TimeOnly(9, 1)));
        reminders = await EmailsAsync(candidate, RequestEmails.CandidateBookingReminder, 2);
        Assert.Equal("1", reminders[1].Message.Personalisation["days_to_go"]);
        Assert.Empty(fixture.EmailsTo(school, RequestEmails.SchoolAttendanceRequest));

        _arrange.MoveTo(LondonCalendar.At(day.AddDays(1), new TimeOnly(9, 1)));
        var asks = await EmailsAsync(school, RequestEmails.SchoolAttendanceRequest, 1);
        Assert.Equal("no", asks[0].Message.Personalisation["again"]);

        _arrange.MoveTo(LondonCalendar.At(day.AddDays(4), new TimeOnly(9, 1)));
        asks = await EmailsAsync(school, RequestEmails.SchoolAttendanceRequest, 2);
        Assert.Equal("yes", asks[1].Message.Personalisation["again"]);

        await Arrange.LetRemindersTickAsync();
        Assert.Equal(2, fixture.EmailsTo(candidate, RequestEmails.CandidateBookingReminder).Count);
        Assert.Equal(2, fixture.EmailsTo(school, RequestEmails.SchoolAttendanceRequest).Count);
    }

    [Fact]
    public async Task Booking_AttendanceRecorded_SchoolIsNotAskedAgain()
    {
        _arrange.MoveToNextMonday();
        var urn = await _arrange.SchoolAsync();
        var request = await _arrange.RequestAsync(urn);
        var day = _arrange.Today.AddDays(1);
        Arrange.Ok(await request.AcceptAsync(_arrange.Acceptance(day)));

        _arrange.MoveTo(LondonCalendar.At(day.AddDays(1), new TimeOnly(9, 1)));
        await EmailsAsync(Arrange.SchoolEmail(urn), RequestEmails.SchoolAttendanceRequest, 1);
        Arrange.Ok(await request.RecordAttendanceAsync(new RecordAttendance { Actor = Arrange.Staff, Attended = false }));
        _arrange.MoveTo(LondonCalendar.At(day.AddDays(6), new TimeOnly(9, 1)));
        await Arrange.LetRemindersTickAsync();

        Assert.Single(fixture.EmailsTo(Arrange.SchoolEmail(urn), RequestEmails.SchoolAttendanceRequest));
    }

    [Fact]
    public async Task FlexibleRequest_UnansweredForTwoMonths_ExpiresAndTheCandidateIsToldOnce()
    {
        var urn = await _arrange.SchoolAsync();
        var candidate = $"waiting.{Guid.NewGuid():N}@example.com";
        var request = await _arrange.RequestAsync(urn, email: candidate);
        var sentAt = fixture.Clock.GetUtcNow();

        _arrange.MoveTo(sentAt.AddMonths(2).AddDays(-1));
        await Arrange.LetRemindersTickAsync();
        Assert.Equal(PlacementRequestStatus.New, (await request.GetAsync())!.Status);

        _arrange.MoveTo(sentAt.AddMonths(2).AddMinutes(1));
        await Eventually.ValueAsync(request.GetAsync, d => d!.Status == PlacementRequestStatus.Expired, Patience);
        await EmailsAsync(candidate, RequestEmails.CandidateRequestExpired, 1);
        var expiry = (await request.GetAuditTrailAsync()).Last();
        Assert.Equal(ActorKind.System, expiry.Actor.Kind);
        await Arrange.LetRemindersTickAsync();
        Assert.Single(fixture.EmailsTo(candidate, RequestEmails.CandidateRequestExpired));
    }

    [Fact]
    public async Task FixedDateRequest_DatePassesWhileTheSiloRestarts_ExpiresFromTheStoredReminder()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 3, daysAhead: 5);
        var candidate = $"fixed.{Guid.NewGuid():N}@example.com";
        var requestId = (await _arrange.RequestAsync(urn, date, candidate)).GetPrimaryKey();

        // Act: every activation is gone; only the reminder row in PostgreSQL can wake the request
        await fixture.Cluster.RestartSiloAsync(fixture.Cluster.Silos[0]);
        await fixture.Cluster.InitializeClientAsync();
        _arrange.MoveTo(fixture.Clock.GetUtcNow().AddDays(10));

        // Assert
        await EmailsAsync(candidate, RequestEmails.CandidateRequestExpired, 1);
        var request = fixture.Client.GetGrain<IPlacementRequestGrain>(requestId);
        Assert.Equal(PlacementRequestStatus.Expired, (await request.GetAsync())!.Status);
    }

    [Fact]
    public async Task ClosedRequest_NothingLeftToDo_ItsReminderIsUnregistered()
    {
        var urn = await _arrange.SchoolAsync();
        var request = await _arrange.RequestAsync(urn);
        var key = request.GetPrimaryKey().ToString("N");
        Assert.Equal(1, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%{key}%'"));

        Arrange.Ok(await request.WithdrawAsync(new WithdrawPlacementRequest { Reason = "No longer needed" }));

        await Eventually.ValueAsync(
            () => fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%{key}%'"),
            count => count == 0, Patience);
    }

    private async Task<IReadOnlyList<RecordedEmail>> EmailsAsync(string to, string template, int count) =>
        await Eventually.ValueAsync(() => Task.FromResult(fixture.EmailsTo(to, template)), e => e.Count >= count, Patience);
}
