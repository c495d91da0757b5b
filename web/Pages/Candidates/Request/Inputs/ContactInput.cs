using SchoolExperience.GrainInterfaces.PlacementRequests.Content;

namespace SchoolExperience.Web.Pages.Candidates.Request.Inputs;

/// <summary>The posted contact answers; named like the request's content so errors land beside their fields.</summary>
public sealed class ContactInput
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public AddressInput Address { get; set; } = new();

    public ContactDetails ToContent() => new()
    {
        FirstName = FirstName ?? "",
        LastName = LastName ?? "",
        Email = Email ?? "",
        Phone = Phone ?? "",
        Address = Address.ToContent(),
    };
}
