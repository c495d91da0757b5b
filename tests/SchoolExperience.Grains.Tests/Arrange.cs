using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Grains.Common;
using SchoolExperience.Testing;

namespace SchoolExperience.Grains.Tests;

/// <summary>Puts schools and requests into the state a test starts from, through the grains' own commands.</summary>
public sealed class Arrange(ClusterFixture fixture)
{
    public static readonly Actor Staff = Actor.SchoolStaff("Ms Head");

    public DateOnly Today => LondonCalendar.Today(fixture.Clock);

    public static string SchoolEmail(long urn) => $"office.{urn}@school.example";

    /// <summary>A registered, enabled school; with its profile published unless <paramref name="published"/> is false.</summary>
    public async Task<long> SchoolAsync(DbsPolicy dbs = DbsPolicy.NotRequired, AvailabilityMode mode = AvailabilityMode.Flexible,
        bool switchover = false, bool published = true)
    {
        var urn = ServiceFixture.NextUrn();
        var school = fixture.Client.GetGrain<ISchoolGrain>(urn);
        Ok(await school.RegisterAsync(new RegisterSchool { Name = $"School {urn}", Enabled = true }));
        if (switchover)
        {
            Ok(await school.SetFlagsAsync(new SchoolFlags { Enabled = true, Switchover = true }));
        }

        Ok(await school.SetAvailabilityAsync(new SetAvailability
        {
            Mode = mode,
            FlexibleDescription = mode == AvailabilityMode.Flexible ? "Any Tuesday in term time" : null,
        }));
        if (published)
        {
            Ok(await school.UpdateProfileAsync(new UpdateSchoolProfile { Actor = Staff, Details = TestProfiles.Minimal(dbs, SchoolEmail(urn)) }));
        }

        return urn;
    }

    public async Task<Guid> PlacementDateAsync(long urn, int places, int daysAhead = 20, bool isVirtual = false)
    {
        var id = Guid.NewGuid();
        var date = Today.AddDays(daysAhead);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        Ok(await fixture.Client.GetGrain<ISchoolGrain>(urn).AddPlacementDateAsync(new AddPlacementDate
        {
            Id = id,
            Date = date,
            Places = places,
            Virtual = isVirtual,
        }));
        return id;
    }

    public static SubmitPlacementRequest Submission(long urn, Guid? placementDateId = null, bool hasDbs = true,
        string? email = null) => new()
    {
        Urn = urn,
        Content = new PlacementRequestContent
        {
            Contact = new ContactDetails
            {
                FirstName = "Mary",
                LastName = "Seacole",
                Email = email ?? $"mary.{Guid.NewGuid():N}@example.com",
                Phone = "0114 496 0123",
                Address = new PostalAddress { Building = "1 High Street", TownOrCity = "Sheffield", Postcode = "S1 2AB" },
            },
            Education = new EducationDetails { DegreeStage = DegreeStage.FinalYear, DegreeSubject = "Biology" },
            TeachingPreference = new TeachingPreference { TeachingStage = TeachingStage.JustAnIdea, FirstChoiceSubject = "Biology" },
            Objectives = "To see how a science lesson is planned.",
            Availability = placementDateId is null ? "Any weekday in March" : null,
            PlacementDateId = placementDateId,
            HasDbsCertificate = hasDbs,
        },
    };

    /// <summary>Moves the business clock forward to the next Monday at 10:00 London time.</summary>
    public void MoveToNextMonday()
    {
        var monday = Today.AddDays(1);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        MoveTo(LondonCalendar.At(monday, new TimeOnly(10, 0)));
    }

    public void MoveTo(DateTimeOffset instant)
    {
        var now = fixture.Clock.GetUtcNow();
        Assert.True(instant >= now, "the business clock only moves forward");
        fixture.Clock.Advance(instant - now);
    }

    /// <summary>Gives the deadline reminder (1 s in tests) time to tick a few times.</summary>
    public static Task LetRemindersTickAsync() => Task.Delay(TestClusters.ReminderPeriod * 3);

    public async Task<IPlacementRequestGrain> RequestAsync(long urn, Guid? placementDateId = null, string? email = null)
    {
        var request = fixture.Client.GetGrain<IPlacementRequestGrain>(Guid.NewGuid());
        Ok(await request.SubmitAsync(Submission(urn, placementDateId, email: email)));
        return request;
    }

    public AcceptPlacementRequest Acceptance(DateOnly? date) => new()
    {
        Actor = Staff,
        Date = date,
        ContactName = "Mr Bursar",
        ContactPhone = "0114 496 0000",
        ContactEmail = "office@school.example",
        CandidateInstructions = "Come to reception at 8:30.",
    };

    /// <summary>A request brought, by the grains' own commands, into the given status.</summary>
    public async Task<IPlacementRequestGrain> RequestInAsync(PlacementRequestStatus status)
    {
        var urn = await SchoolAsync();
        var request = await RequestAsync(urn);
        switch (status)
        {
            case PlacementRequestStatus.New:
                break;
            case PlacementRequestStatus.Viewed:
                Ok(await request.MarkViewedAsync(Staff));
                break;
            case PlacementRequestStatus.UnderConsideration:
                Ok(await request.PlaceUnderConsiderationAsync(Staff));
                break;
            case PlacementRequestStatus.Booked:
                Ok(await request.AcceptAsync(Acceptance(Today.AddDays(10))));
                break;
            case PlacementRequestStatus.Rejected:
                Ok(await request.RejectAsync(new RejectPlacementRequest { Actor = Staff, Reasons = [RejectionReason.FullyBooked] }));
                break;
            case PlacementRequestStatus.Withdrawn:
                Ok(await request.WithdrawAsync(new WithdrawPlacementRequest { Reason = "Found another school" }));
                break;
            case PlacementRequestStatus.Expired:
                return await ExpiredRequestAsync();
            case PlacementRequestStatus.CancelledBySchool:
                Ok(await request.AcceptAsync(Acceptance(Today.AddDays(10))));
                Ok(await request.CancelBookingAsync(new CancelBooking { Actor = Staff, Reason = "Staff illness" }));
                break;
            case PlacementRequestStatus.CancelledByCandidate:
                Ok(await request.AcceptAsync(Acceptance(Today.AddDays(10))));
                Ok(await request.CancelBookingAsync(new CancelBooking { Actor = Actor.Candidate, Reason = "Unwell" }));
                break;
            case PlacementRequestStatus.Attended:
            case PlacementRequestStatus.DidNotAttend:
                return await AfterTheDayAsync(request, status == PlacementRequestStatus.Attended);
        }

        return request;
    }

    /// <summary>Booked for tomorrow, then the clock moves past the day and attendance is recorded.</summary>
    private async Task<IPlacementRequestGrain> AfterTheDayAsync(IPlacementRequestGrain request, bool attended)
    {
        Ok(await request.AcceptAsync(Acceptance(Today.AddDays(1))));
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        Ok(await request.RecordAttendanceAsync(new RecordAttendance { Actor = Staff, Attended = attended }));
        return request;
    }

    /// <summary>A fixed-date request whose date passes unanswered: the deadline reminder expires it.</summary>
    private async Task<IPlacementRequestGrain> ExpiredRequestAsync()
    {
        var urn = await SchoolAsync(mode: AvailabilityMode.FixedDates);
        var date = await PlacementDateAsync(urn, places: 5, daysAhead: 1);
        var request = await RequestAsync(urn, date);
        fixture.Clock.Advance(TimeSpan.FromDays(4));
        await Eventually.ValueAsync(request.GetAsync, d => d!.Status == PlacementRequestStatus.Expired, TimeSpan.FromSeconds(20));
        return request;
    }

    public static void Ok(CommandResult result) =>
        Assert.True(result.Succeeded, $"{result.Outcome}: {result.Reason} {string.Join("; ", result.Errors.Select(e => e.Message))}");
}
