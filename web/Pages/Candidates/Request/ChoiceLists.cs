using Microsoft.AspNetCore.Mvc.Rendering;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.GrainInterfaces.Schools;

namespace SchoolExperience.Web.Pages.Candidates.Request;

/// <summary>The answers a candidate chooses from, as radios and select options.</summary>
public static class ChoiceLists
{
    public static IReadOnlyList<SelectListItem> DegreeStages { get; } =
        GrainInterfaces.PlacementRequests.Content.DegreeStages.All
            .Select(s => new SelectListItem(GrainInterfaces.PlacementRequests.Content.DegreeStages.Label(s), s.ToString()))
            .ToList();

    public static IReadOnlyList<SelectListItem> TeachingStages { get; } =
        GrainInterfaces.PlacementRequests.Content.TeachingStages.All
            .Select(s => new SelectListItem(GrainInterfaces.PlacementRequests.Content.TeachingStages.Label(s), s.ToString()))
            .ToList();

    public static IReadOnlyList<SelectListItem> DegreeSubjects { get; } =
        GrainInterfaces.PlacementRequests.Content.DegreeSubjects.All.Select(s => new SelectListItem(s, s)).ToList();

    public static IReadOnlyList<SelectListItem> SchoolSubjects { get; } =
        GrainInterfaces.PlacementRequests.Content.SchoolSubjects.All.Select(s => new SelectListItem(s, s)).ToList();

    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "true"), new("No", "false")];

    public static IReadOnlyList<SelectListItem> Dates(IEnumerable<PlacementDateView> dates) => dates
        .Where(d => d.Available)
        .Select(d => new SelectListItem(
            $"{d.Date:dddd d MMMM yyyy} – {(d.DurationDays == 1 ? "1 day" : $"{d.DurationDays} days")}, {(d.Virtual ? "virtual" : "in school")}",
            d.Id.ToString()))
        .ToList();
}
