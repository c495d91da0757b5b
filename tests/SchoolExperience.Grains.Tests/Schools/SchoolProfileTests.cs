using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.GrainInterfaces.Schools.Profile;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests.Schools;

/// <summary>Publishing a school's profile: stored when valid, and on-boarding, DBS policy and contact email follow it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SchoolProfileTests(ClusterFixture fixture)
{
    private readonly Arrange _arrange = new(fixture);

    private static SchoolProfileDetails Details(DbsPolicy dbs = DbsPolicy.NotRequired, string email = "office@school.example.com") => new()
    {
        PhasesAndSubjects = new PhasesAndSubjects { Phases = [SchoolPhase.Secondary], Subjects = [" physics ", "Biology"] },
        CandidateRequirements = new CandidateRequirements { Requirements = [CandidateRequirement.LivesNearby], MaxTravelMiles = 15 },
        Description = "  ",
        Parking = new Parking { OnSite = false, Details = "Pay and display on Mill Lane" },
        Schedule = new ExperienceSchedule { StartTime = new TimeOnly(8, 45), EndTime = new TimeOnly(15, 15) },
        ExperienceOutline = "Observe science lessons.",
        TeacherTraining = new TeacherTraining { Offers = false, Url = "left from an earlier answer" },
        Dbs = new DbsRequirement { Policy = dbs, PolicyText = "Staff stay with you at all times." },
        Fees = [new SchoolFee { Kind = FeeKind.Administration, Amount = 20m, Description = "Lanyard", Interval = FeeInterval.OneOff, PaymentMethod = "Cash" }],
        AccessNeeds = new AccessNeeds { Supported = true, Detail = "Lifts to every floor", DisabilityConfident = true },
        AdminContact = new AdminContact { Phone = "0114 496 0000", Email = $" {email} " },
    };

    private ISchoolGrain School(long urn) => fixture.Client.GetGrain<ISchoolGrain>(urn);

    [Fact]
    public async Task UpdateProfile_ValidProfile_StoresItNormalised()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync(published: false);

        // Act
        var result = await School(urn).UpdateProfileAsync(new UpdateSchoolProfile { Actor = Arrange.Staff, Details = Details() });

        // Assert
        Arrange.Ok(result);
        var stored = await School(urn).GetProfileDetailsAsync();
        Assert.NotNull(stored);
        Assert.Equal(["Physics", "Biology"], stored.PhasesAndSubjects.Subjects);
        Assert.Equal(15, stored.CandidateRequirements.MaxTravelMiles);
        Assert.Null(stored.Description);
        Assert.Equal(new TimeOnly(15, 15), stored.Schedule.EndTime);
        Assert.Equal(new TeacherTraining { Offers = false }, stored.TeacherTraining);
        Assert.Equal(20m, Assert.Single(stored.Fees).Amount);
        Assert.Equal("Lifts to every floor", stored.AccessNeeds.Detail);
        Assert.Equal(new AdminContact { Phone = "+441144960000", Email = "office@school.example.com" }, stored.AdminContact);
    }

    [Fact]
    public async Task UpdateProfile_InvalidProfile_IsInvalidAndStoresNothing()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync(published: false);
        var details = Details() with
        {
            Schedule = new ExperienceSchedule { StartTime = new TimeOnly(15, 0), EndTime = new TimeOnly(9, 0) },
            Fees = [Details().Fees[0] with { Amount = 10_000m }],
        };

        // Act
        var result = await School(urn).UpdateProfileAsync(new UpdateSchoolProfile { Actor = Arrange.Staff, Details = details });

        // Assert
        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(
            [
                (ProfileFields.EndTime, "Enter an end time after the start time"),
                ("Fees[0].Amount", "Enter an amount more than £0 and less than £10,000"),
            ],
            result.Errors.Select(e => (e.Field, e.Message)));
        Assert.Null(await School(urn).GetProfileDetailsAsync());
        Assert.False((await School(urn).GetProfileAsync())!.Onboarded);
    }

    [Fact]
    public async Task UpdateProfile_UnregisteredSchool_IsNotFound()
    {
        // Arrange
        var urn = ServiceFixture.NextUrn();

        // Act
        var result = await School(urn).UpdateProfileAsync(new UpdateSchoolProfile { Actor = Arrange.Staff, Details = Details() });

        // Assert
        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
        Assert.Null(await School(urn).GetProfileDetailsAsync());
    }

    [Fact]
    public async Task UpdateProfile_ValidProfile_OnboardsTheSchoolWithItsDbsPolicyAndContactEmail()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync(published: false);

        // Act
        Arrange.Ok(await School(urn).UpdateProfileAsync(new UpdateSchoolProfile
        {
            Actor = Arrange.Staff,
            Details = Details(DbsPolicy.SchoolArrangesIt, "admin@school.example.com"),
        }));

        // Assert
        var profile = (await School(urn).GetProfileAsync())!;
        Assert.True(profile.Onboarded);
        Assert.Equal(DbsPolicy.SchoolArrangesIt, profile.DbsPolicy);
        Assert.Equal("admin@school.example.com", profile.ContactEmail);
    }

    [Fact]
    public async Task Submit_ProfileSaysDbsNotRequired_CandidateWithoutCertificateMayAsk()
    {
        // Arrange: the school's first policy refuses a candidate without a certificate; its profile does not
        var urn = await _arrange.SchoolAsync(published: false);
        var refused = await fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid())
            .SubmitAsync(Arrange.Submission(urn, hasDbs: false));
        Arrange.Ok(await School(urn).UpdateProfileAsync(new UpdateSchoolProfile { Actor = Arrange.Staff, Details = Details(DbsPolicy.NotRequired) }));

        // Act
        var result = await fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid())
            .SubmitAsync(Arrange.Submission(urn, hasDbs: false));

        // Assert
        Assert.Equal(Refusal.DbsRequirementNotMet, refused.Refusal);
        Arrange.Ok(result);
    }

    [Fact]
    public async Task Submit_ProfileSaysDbsRequired_CandidateWithoutCertificateIsRefused()
    {
        // Arrange
        var urn = await _arrange.SchoolAsync(published: false);
        Arrange.Ok(await School(urn).UpdateProfileAsync(new UpdateSchoolProfile { Actor = Arrange.Staff, Details = Details(DbsPolicy.Required) }));

        // Act
        var result = await fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid())
            .SubmitAsync(Arrange.Submission(urn, hasDbs: false));

        // Assert
        Assert.Equal(CommandOutcome.Refused, result.Outcome);
        Assert.Equal(Refusal.DbsRequirementNotMet, result.Refusal);
    }
}
