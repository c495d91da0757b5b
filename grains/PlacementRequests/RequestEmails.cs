using System.Globalization;
using SchoolExperience.GrainInterfaces.Notifications;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.Grains.PlacementRequests;

/// <summary>
/// The emails a request owes people, one builder per message kind (the existing service's Notify templates,
/// section 1.9, plus the follow-ups it lacked). Each message gets a new id: the idempotency key of its delivery.
/// Personalisation holds what the message needs and no more; templates and their ids come with the email issue.
/// </summary>
public static class RequestEmails
{
    public const string CandidateRequestReceived = "candidate-request-received";
    public const string SchoolRequestReceived = "school-request-received";
    public const string SchoolRequestReceivedWithDetails = "school-request-received-with-details";
    public const string CandidateRequestRejected = "candidate-request-rejected";
    public const string CandidateRequestWithdrawn = "candidate-request-withdrawn";
    public const string SchoolRequestWithdrawn = "school-request-withdrawn";
    public const string CandidateRequestExpired = "candidate-request-expired";
    public const string SchoolRequestFollowUp = "school-request-follow-up";
    public const string CandidateBookingConfirmed = "candidate-booking-confirmed";
    public const string CandidateBookingDateChanged = "candidate-booking-date-changed";
    public const string CandidateBookingCancelledBySchool = "candidate-booking-cancelled-by-school";
    public const string CandidateBookingCancelled = "candidate-booking-cancelled";
    public const string SchoolBookingCancelledByCandidate = "school-booking-cancelled-by-candidate";
    public const string CandidateBookingReminder = "candidate-booking-reminder";
    public const string SchoolAttendanceRequest = "school-attendance-request";
    public const string CandidateFeedbackRequest = "candidate-feedback-request";

    public static EmailMessage Message(string templateKey, string to, DateTimeOffset at,
        IReadOnlyDictionary<string, string> personalisation) => new()
    {
        Id = Guid.NewGuid(),
        To = to,
        TemplateKey = templateKey,
        Personalisation = personalisation,
        CreatedAt = at,
    };

    /// <summary>For a school still in the switchover: the request's full details, as it has no dashboard yet.</summary>
    public static Dictionary<string, string> FullDetails(PlacementRequestContent content, string schoolName) => new()
    {
        ["school_name"] = schoolName,
        ["candidate_name"] = $"{content.Contact.FirstName} {content.Contact.LastName}",
        ["email"] = content.Contact.Email,
        ["telephone"] = content.Contact.Phone,
        ["address"] = string.Join(", ", new[]
        {
            content.Contact.Address.Building, content.Contact.Address.Street, content.Contact.Address.TownOrCity,
            content.Contact.Address.County, content.Contact.Address.Postcode,
        }.Where(part => !string.IsNullOrWhiteSpace(part))),
        ["degree_stage"] = content.Education.DegreeStage is { } stage ? DegreeStages.Label(stage) : "",
        ["degree_subject"] = content.Education.DegreeSubject ?? "",
        ["teaching_stage"] = content.TeachingPreference.TeachingStage is { } teaching ? TeachingStages.Label(teaching) : "",
        ["subject_first_choice"] = content.TeachingPreference.FirstChoiceSubject,
        ["subject_second_choice"] = content.TeachingPreference.SecondChoiceSubject ?? "",
        ["objectives"] = content.Objectives,
        ["availability"] = content.Availability ?? "",
        ["dbs_certificate"] = content.HasDbsCertificate ? "Yes" : "No",
    };

    public static Dictionary<string, string> BookingDetails(Booking booking, string schoolName) => new()
    {
        ["school_name"] = schoolName,
        ["date"] = LongDate(booking.Date),
        ["duration_days"] = booking.DurationDays.ToString(CultureInfo.InvariantCulture),
        ["subject"] = booking.Subject ?? "",
        ["contact_name"] = booking.ContactName,
        ["contact_phone"] = booking.ContactPhone,
        ["contact_email"] = booking.ContactEmail,
        ["instructions"] = booking.CandidateInstructions,
    };

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
