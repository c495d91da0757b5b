using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Grains.Tests.Schools;

/// <summary>Places on published dates are enforced (the old service only stored the number).</summary>
[Collection(ClusterCollection.Name)]
public sealed class PlacesTests(ClusterFixture fixture)
{
    private readonly Arrange _arrange = new(fixture);

    [Fact]
    public async Task Accept_ManyStaffTakeTheLastPlaceAtOnce_ExactlyOneBooking()
    {
        // Arrange: one place, eight requests for it
        var urn = await _arrange.SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 1);
        var requests = new List<IPlacementRequestGrain>();
        for (var i = 0; i < 8; i++)
        {
            requests.Add(await _arrange.RequestAsync(urn, date));
        }

        // Act
        var results = await Task.WhenAll(requests.Select(r => r.AcceptAsync(_arrange.Acceptance(null))));

        // Assert
        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(Refusal.DateFull, r.Refusal));
        var view = Assert.Single(await fixture.Client.GetGrain<ISchoolGrain>(urn).GetPlacementDatesAsync());
        Assert.Equal(1, view.PlacesTaken);
        Assert.False(view.Available);
        var statuses = await Task.WhenAll(requests.Select(async r => (await r.GetAsync())!.Status));
        Assert.Single(statuses, s => s == PlacementRequestStatus.Booked);
    }

    [Fact]
    public async Task CancelBooking_OnAFullDate_GivesThePlaceBackForTheNextRequest()
    {
        var urn = await _arrange.SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 1);
        var first = await _arrange.RequestAsync(urn, date);
        var second = await _arrange.RequestAsync(urn, date);
        Arrange.Ok(await first.AcceptAsync(_arrange.Acceptance(null)));
        Assert.Equal(Refusal.DateFull, (await second.AcceptAsync(_arrange.Acceptance(null))).Refusal);

        Arrange.Ok(await first.CancelBookingAsync(new CancelBooking { Actor = Actor.Candidate, Reason = "Moving away" }));

        Arrange.Ok(await second.AcceptAsync(_arrange.Acceptance(null)));
        var view = Assert.Single(await fixture.Client.GetGrain<ISchoolGrain>(urn).GetPlacementDatesAsync());
        Assert.Equal(1, view.PlacesTaken);
    }

    [Fact]
    public async Task Submit_DateAlreadyFull_IsRefusedAndNothingIsStored()
    {
        var urn = await _arrange.SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 1);
        Arrange.Ok(await (await _arrange.RequestAsync(urn, date)).AcceptAsync(_arrange.Acceptance(null)));
        var late = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());

        var result = await late.SubmitAsync(Arrange.Submission(urn, date));

        Assert.Equal(Refusal.DateFull, result.Refusal);
        Assert.Null(await late.GetAsync());
    }

    [Fact]
    public async Task ChangeBookingDate_OffAPublishedDate_GivesItsPlaceBack()
    {
        var urn = await _arrange.SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 1);
        var request = await _arrange.RequestAsync(urn, date);
        Arrange.Ok(await request.AcceptAsync(_arrange.Acceptance(null)));

        Arrange.Ok(await request.ChangeBookingDateAsync(new ChangeBookingDate { Actor = Arrange.Staff, NewDate = _arrange.Today.AddDays(40) }));

        var view = Assert.Single(await fixture.Client.GetGrain<ISchoolGrain>(urn).GetPlacementDatesAsync());
        Assert.Equal(0, view.PlacesTaken);
        Assert.Equal(_arrange.Today.AddDays(40), (await request.GetAsync())!.Booking!.Date);
    }
}
