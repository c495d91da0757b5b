using Microsoft.AspNetCore.Mvc;

namespace SchoolExperience.Web.Pages.Candidates.Schools;

public sealed class ShowModel(IGrainFactory grains) : SchoolPageModel(grains)
{
    public Task<IActionResult> OnGetAsync(long urn) => ShowSchoolAsync(urn);
}
