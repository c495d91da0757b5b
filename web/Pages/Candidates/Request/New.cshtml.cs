using Microsoft.AspNetCore.Mvc;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.PlacementRequests.Rules;
using SchoolExperience.GrainInterfaces.Schools;
using SchoolExperience.Web.Pages.Candidates.Request.Inputs;

namespace SchoolExperience.Web.Pages.Candidates.Request;

/// <summary>
/// The request form on one page (the journey of one question per page comes later). Answers are checked
/// with the same rules the grain applies, and the grain's own refusals are shown the same way.
/// </summary>
public sealed class NewModel(IGrainFactory grains) : SchoolPageModel(grains)
{
    public IReadOnlyList<PlacementDateView> Dates { get; private set; } = [];

    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public EducationInput Education { get; set; } = new();
    [BindProperty] public TeachingPreferenceInput TeachingPreference { get; set; } = new();
    [BindProperty] public string? Objectives { get; set; }
    [BindProperty] public string? Availability { get; set; }
    [BindProperty] public Guid? PlacementDateId { get; set; }
    [BindProperty] public string? PlacementSubject { get; set; }
    [BindProperty] public bool? HasDbsCertificate { get; set; }

    public async Task<IActionResult> OnGetAsync(long urn) =>
        await LoadSchoolAsync(urn) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long urn)
    {
        if (!await LoadSchoolAsync(urn))
        {
            return NotFound();
        }

        // The rules below give the GOV.UK messages; model binding's own ("The value '' is invalid") would not.
        ModelState.Clear();
        var content = new PlacementRequestContent
        {
            Contact = Contact.ToContent(),
            Education = Education.ToContent(),
            TeachingPreference = TeachingPreference.ToContent(),
            Objectives = Objectives ?? "",
            Availability = School.AvailabilityMode == AvailabilityMode.Flexible ? Availability : null,
            PlacementDateId = School.AvailabilityMode == AvailabilityMode.FixedDates ? PlacementDateId : null,
            PlacementSubject = string.IsNullOrWhiteSpace(PlacementSubject) ? null : PlacementSubject,
            HasDbsCertificate = HasDbsCertificate == true,
        };
        List<FieldError> errors = [.. PlacementRequestContentRules.Validate(content, School.AvailabilityMode), .. DbsRules.ValidateAnswer(HasDbsCertificate)];
        if (errors.Count == 0)
        {
            var result = await Grains.GetGrain<IPlacementRequestGrain>(Guid.NewGuid())
                .SubmitAsync(new SubmitPlacementRequest { Urn = urn, Content = content });
            if (result.Succeeded)
            {
                return Redirect($"/candidates/schools/{urn}/request/sent");
            }

            if (result.Outcome == CommandOutcome.NotFound)
            {
                return NotFound();
            }

            errors = result.Errors.Count > 0
                ? [.. result.Errors]
                : [new FieldError { Field = "", Message = result.Reason ?? "Your request could not be sent" }];
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadSchoolAsync(long urn)
    {
        if (!await TryLoadSchoolAsync(urn))
        {
            return false;
        }

        if (School.AvailabilityMode == AvailabilityMode.FixedDates)
        {
            Dates = await SchoolGrain(urn).GetPlacementDatesAsync();
        }

        return true;
    }
}
