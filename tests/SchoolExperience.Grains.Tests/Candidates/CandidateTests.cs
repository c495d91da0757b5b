using SchoolExperience.GrainInterfaces.Candidates;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.Tests.Candidates;

[Collection(ClusterCollection.Name)]
public sealed class CandidateTests(ClusterFixture fixture)
{
    private readonly Arrange _arrange = new(fixture);

    [Fact]
    public async Task Submit_SecondOpenRequestToTheSameSchool_IsRefusedUntilTheFirstCloses()
    {
        var urn = await _arrange.SchoolAsync();
        var email = $"twice.{Guid.NewGuid():N}@example.com";
        var first = await _arrange.RequestAsync(urn, email: email);
        var second = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());

        var refused = await second.SubmitAsync(Arrange.Submission(urn, email: email.ToUpperInvariant()));
        Arrange.Ok(await first.WithdrawAsync(new WithdrawPlacementRequest { Reason = "Wrong dates" }));
        var accepted = await second.SubmitAsync(Arrange.Submission(urn, email: email));

        Assert.Equal(Refusal.OpenRequestAtSchool, refused.Refusal);
        Arrange.Ok(accepted);
    }

    [Fact]
    public async Task Submit_SecondRequest_TheCandidatesLatestDetailsAreKeptForNextTime()
    {
        var email = $"returning.{Guid.NewGuid():N}@example.com";
        await _arrange.RequestAsync(await _arrange.SchoolAsync(), email: email);
        var urn = await _arrange.SchoolAsync();
        var submission = Arrange.Submission(urn, email: email);
        var moved = submission with
        {
            Content = submission.Content with
            {
                Contact = submission.Content.Contact with { Address = submission.Content.Contact.Address with { Postcode = "LS1 4AP" } },
            },
        };
        var second = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());
        Arrange.Ok(await second.SubmitAsync(moved));

        var details = await fixture.Client.GetGrain<ICandidateGrain>((await second.GetAsync())!.CandidateId).GetDetailsAsync();

        Assert.NotNull(details);
        Assert.Equal("LS1 4AP", details.Contact.Address.Postcode);
        Assert.Equal(email, details.Contact.Email);
        Assert.Equal("Biology", details.TeachingPreference.FirstChoiceSubject);
    }

    [Fact]
    public async Task Submit_BeyondTheOpenRequestLimit_IsRefused()
    {
        var email = $"busy.{Guid.NewGuid():N}@example.com";
        for (var i = 0; i < 3; i++)
        {
            await _arrange.RequestAsync(await _arrange.SchoolAsync(), email: email);
        }

        var fourth = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());
        var result = await fourth.SubmitAsync(Arrange.Submission(await _arrange.SchoolAsync(), email: email));

        Assert.Equal(Refusal.OpenRequestLimitReached, result.Refusal);
        Assert.Null(await fourth.GetAsync());
    }

    [Fact]
    public async Task Attendance_AcrossSchools_CountsAttendedNoShowsAndCancellationsApart_AndTheNextSchoolSeesIt()
    {
        // Arrange: attended at one school, did not attend at another, cancelled at a third
        var email = $"history.{Guid.NewGuid():N}@example.com";
        var day = _arrange.Today.AddDays(1);
        var attended = await _arrange.RequestAsync(await _arrange.SchoolAsync(), email: email);
        var noShow = await _arrange.RequestAsync(await _arrange.SchoolAsync(), email: email);
        var cancelled = await _arrange.RequestAsync(await _arrange.SchoolAsync(), email: email);
        foreach (var request in new[] { attended, noShow, cancelled })
        {
            Arrange.Ok(await request.AcceptAsync(_arrange.Acceptance(day)));
        }

        Arrange.Ok(await cancelled.CancelBookingAsync(new CancelBooking { Actor = Actor.Candidate, Reason = "Exams" }));
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        Arrange.Ok(await attended.RecordAttendanceAsync(new RecordAttendance { Actor = Arrange.Staff, Attended = true }));
        Arrange.Ok(await noShow.RecordAttendanceAsync(new RecordAttendance { Actor = Arrange.Staff, Attended = false }));

        // Act
        var nextUrn = await _arrange.SchoolAsync();
        var next = await _arrange.RequestAsync(nextUrn, email: email);

        // Assert
        var candidate = fixture.Client.GetGrain<ICandidateGrain>((await next.GetAsync())!.CandidateId);
        var record = (await candidate.GetRecordAsync()).Attendance;
        Assert.Equal(new AttendanceRecord { Attended = 1, DidNotAttend = 1, CancelledByCandidate = 1 }, record);
        var summary = Assert.Single((await fixture.Client.GetGrain<ISchoolGrain>(nextUrn).GetDashboardAsync()).Requests);
        Assert.Equal(record, summary.EarlierAttendance);
        Assert.True(summary.EarlierAttendance.HasConcerns);
    }
}
