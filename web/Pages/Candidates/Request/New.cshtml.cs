using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Pages.Candidates.Request;

public sealed class NewModel(IGrainFactory grains) : PageModel
{
    public SchoolProfile School { get; private set; } = null!;

    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Objectives { get; set; }
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
        var command = new SubmitPlacementRequest
        {
            Urn = urn,
            FirstName = FirstName ?? "",
            LastName = LastName ?? "",
            Email = Email ?? "",
            Objectives = Objectives ?? "",
            HasDbsCertificate = HasDbsCertificate == true,
        };
        var errors = PlacementRequestRules.Validate(command).ToList();
        if (HasDbsCertificate is null)
        {
            errors.Add(new FieldError { Field = nameof(HasDbsCertificate), Message = "Select yes if you have a DBS certificate" });
        }

        if (errors.Count == 0)
        {
            var result = await grains.GetGrain<IPlacementRequestGrain>(Guid.NewGuid()).SubmitAsync(command);
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
        var school = await grains.GetGrain<ISchoolGrain>(urn).GetProfileAsync();
        School = school!;
        return school is not null;
    }
}
