using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Pages.Candidates.Schools;

public sealed class ShowModel(IGrainFactory grains) : PageModel
{
    public SchoolProfile School { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long urn)
    {
        var school = await grains.GetGrain<ISchoolGrain>(urn).GetProfileAsync();
        if (school is null)
        {
            return NotFound();
        }

        School = school;
        return Page();
    }
}
