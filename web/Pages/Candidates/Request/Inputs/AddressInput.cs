using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.Web.Pages.Candidates.Request.Inputs;

public sealed class AddressInput
{
    public string? Building { get; set; }
    public string? Street { get; set; }
    public string? TownOrCity { get; set; }
    public string? County { get; set; }
    public string? Postcode { get; set; }

    public PostalAddress ToContent() => new()
    {
        Building = Building ?? "",
        Street = Street,
        TownOrCity = TownOrCity ?? "",
        County = County,
        Postcode = Postcode ?? "",
    };
}
