using Microsoft.AspNetCore.Mvc;

namespace SchoolExperience.Web.Pages.Candidates.Request;

public sealed class SentModel(IGrainFactory grains) : SchoolPageModel(grains)
{
    public Task<IActionResult> OnGetAsync(long urn) => ShowSchoolAsync(urn);
}
