using SchoolExperience.GrainInterfaces.Common;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using static SchoolExperience.GrainInterfaces.PlacementRequests.Rules.Checks;
using Fields = SchoolExperience.GrainInterfaces.PlacementRequests.Rules.PlacementRequestFields;

namespace SchoolExperience.GrainInterfaces.PlacementRequests.Rules;

/// <summary>The candidate's address: GOV.UK's address pattern, with the old service's length limits.</summary>
public static class AddressRules
{
    public const int BuildingMaxLength = 250;
    public const int StreetMaxLength = 250;
    public const int TownOrCityMaxLength = 80;
    public const int CountyMaxLength = 50;

    public static IReadOnlyList<FieldError> Validate(PostalAddress address)
    {
        var errors = new List<FieldError>();
        Required(errors, Fields.Building, address.Building, "Enter your building name or number",
            BuildingMaxLength, "Building must be 250 characters or fewer");
        Optional(errors, Fields.Street, address.Street, StreetMaxLength, "Street must be 250 characters or fewer");
        Required(errors, Fields.TownOrCity, address.TownOrCity, "Enter your town or city",
            TownOrCityMaxLength, "Town or city must be 80 characters or fewer");
        Optional(errors, Fields.County, address.County, CountyMaxLength, "County must be 50 characters or fewer");
        ValidatePostcode(errors, address.Postcode);
        return errors;
    }

    public static PostalAddress Normalise(PostalAddress address) => new()
    {
        Building = address.Building.Trim(),
        Street = Tidy(address.Street),
        TownOrCity = address.TownOrCity.Trim(),
        County = Tidy(address.County),
        Postcode = UkPostcode.TryNormalise(address.Postcode, out var postcode) ? postcode : address.Postcode.Trim(),
    };

    private static void ValidatePostcode(List<FieldError> errors, string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            errors.Add(Error(Fields.Postcode, "Enter your postcode"));
        }
        else if (UkPostcode.IsOutwardCodeOnly(postcode))
        {
            errors.Add(Error(Fields.Postcode, "Enter a full postcode, like SW1A 1AA"));
        }
        else if (!UkPostcode.TryNormalise(postcode, out _))
        {
            errors.Add(Error(Fields.Postcode, "Enter a real postcode, like SW1A 1AA"));
        }
    }
}
