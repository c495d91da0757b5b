namespace SchoolExperience.Web.TagHelpers;

/// <summary>Element ids for fields named with dotted paths ("Contact.Address.Postcode" → "Contact_Address_Postcode").</summary>
public static class FieldIds
{
    public static string For(string fieldName) => fieldName.Replace('.', '_');
}
