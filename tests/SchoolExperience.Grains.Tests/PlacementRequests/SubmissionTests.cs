using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests.PlacementRequests;

/// <summary>What the grain refuses to store, and what it keeps when it stores a request.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SubmissionTests(ClusterFixture fixture)
{
    private readonly Arrange _arrange = new(fixture);

    [Fact]
    public async Task Submit_Valid_IsNewWithItsAuditEntryAndNormalisedContent()
    {
        var urn = await _arrange.SchoolAsync();
        var request = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());
        var submission = Arrange.Submission(urn);

        Arrange.Ok(await request.SubmitAsync(submission with
        {
            Content = submission.Content with { Contact = submission.Content.Contact with { Address = submission.Content.Contact.Address with { Postcode = "s12ab" } } },
        }));

        var details = (await request.GetAsync())!;
        Assert.Equal(PlacementRequestStatus.New, details.Status);
        Assert.Equal("S1 2AB", details.Content.Contact.Address.Postcode);
        Assert.Equal("+441144960123", details.Content.Contact.Phone);
        var entry = Assert.Single(await request.GetAuditTrailAsync());
        Assert.Equal(ActorKind.Candidate, entry.Actor.Kind);
        Assert.Equal(PlacementRequestStatus.New, entry.To);
    }

    [Fact]
    public async Task Submit_Invalid_ReturnsTheFieldErrorsAndStoresNothing()
    {
        var urn = await _arrange.SchoolAsync();
        var request = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());
        var submission = Arrange.Submission(urn);

        var result = await request.SubmitAsync(submission with
        {
            Content = submission.Content with { Objectives = "", Contact = submission.Content.Contact with { Phone = "12" } },
        });

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal([PlacementRequestFields.Phone, PlacementRequestFields.Objectives], result.Errors.Select(e => e.Field).Order());
        Assert.Null(await request.GetAsync());
        Assert.Empty((await fixture.Client.GetGrain<ISchoolGrain>(urn).GetDashboardAsync()).Requests);
    }

    [Fact]
    public async Task Submit_Twice_IsRefusedTheSecondTime()
    {
        var urn = await _arrange.SchoolAsync();
        var request = await _arrange.RequestAsync(urn);

        var again = await request.SubmitAsync(Arrange.Submission(urn));

        Assert.Equal(Refusal.AlreadySubmitted, again.Refusal);
        Assert.Equal(1, (await request.GetAsync())!.Version);
    }

    [Fact]
    public async Task Submit_UnknownSchool_IsNotFound()
    {
        var result = await fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid())
            .SubmitAsync(Arrange.Submission(ServiceFixture.NextUrn()));

        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Submit_SchoolSwitchedOff_IsRefused()
    {
        var urn = await _arrange.SchoolAsync();
        Arrange.Ok(await fixture.Client.GetGrain<ISchoolGrain>(urn).SetFlagsAsync(new SchoolFlags { Enabled = false }));

        var result = await fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid()).SubmitAsync(Arrange.Submission(urn));

        Assert.Equal(Refusal.SchoolNotTakingRequests, result.Refusal);
    }

    public static TheoryData<DbsPolicy, bool, bool, bool> DbsCases => new()
    {
        // policy, candidate has a certificate, the date is virtual, request accepted
        { DbsPolicy.Required, false, false, false },
        { DbsPolicy.Required, true, false, true },
        { DbsPolicy.RequiredForInSchoolOnly, false, false, false },
        { DbsPolicy.RequiredForInSchoolOnly, false, true, true },
        { DbsPolicy.NotRequired, false, false, true },
        { DbsPolicy.SchoolArrangesIt, false, false, true },
    };

    [Theory]
    [MemberData(nameof(DbsCases))]
    public async Task Submit_AgainstTheSchoolsDbsPolicy_IsRefusedWithTheReasonWhenItCannotBeMet(DbsPolicy policy,
        bool hasCertificate, bool isVirtual, bool accepted)
    {
        var urn = await _arrange.SchoolAsync(policy, AvailabilityMode.FixedDates);
        var date = await _arrange.PlacementDateAsync(urn, places: 2, isVirtual: isVirtual);

        var result = await fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid())
            .SubmitAsync(Arrange.Submission(urn, date, hasCertificate));

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Equal(Refusal.DbsRequirementNotMet, result.Refusal);
            Assert.Contains("DBS certificate", result.Reason);
        }
    }
}
