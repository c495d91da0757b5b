using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Pages.Candidates;

/// <summary>A candidate page about one school, by URN: an unknown URN is a 404.</summary>
public abstract class SchoolPageModel(IGrainFactory grains) : PageModel
{
    public SchoolProfile School { get; private set; } = null!;

    protected IGrainFactory Grains => grains;

    protected ISchoolGrain SchoolGrain(long urn) => grains.GetGrain<ISchoolGrain>(urn);

    /// <summary>Loads the school; false when no school has that URN.</summary>
    protected async Task<bool> TryLoadSchoolAsync(long urn)
    {
        var school = await SchoolGrain(urn).GetProfileAsync();
        School = school!;
        return school is not null;
    }

    /// <summary>For pages that only show the school.</summary>
    protected async Task<IActionResult> ShowSchoolAsync(long urn) =>
        await TryLoadSchoolAsync(urn) ? Page() : NotFound();
}
