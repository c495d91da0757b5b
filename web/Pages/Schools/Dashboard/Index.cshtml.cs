using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Pages.Schools.Dashboard;

/// <summary>A school's requests; a plain page that live updates re-fetch through the Requests handler.</summary>
public sealed class IndexModel(IGrainFactory grains) : PageModel
{
    public SchoolDashboard Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long urn) =>
        await LoadAsync(urn) ? Page() : NotFound();

    /// <summary>Just the list, for the browser to swap in after a change notice.</summary>
    public async Task<IActionResult> OnGetRequestsAsync(long urn) =>
        await LoadAsync(urn) ? Partial("_Requests", Dashboard) : NotFound();

    private async Task<bool> LoadAsync(long urn)
    {
        var school = grains.GetGrain<ISchoolGrain>(urn);
        if (await school.GetProfileAsync() is null)
        {
            return false;
        }

        Dashboard = await school.GetDashboardAsync();
        return true;
    }
}
