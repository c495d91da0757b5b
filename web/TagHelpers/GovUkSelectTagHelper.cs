using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SchoolExperience.Web.TagHelpers;

[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public required IEnumerable<SelectListItem> Items { get; set; }

    /// <summary>The first, empty choice ("Select a subject").</summary>
    [HtmlAttributeName("empty-text")]
    public string? EmptyText { get; set; }

    protected override TagBuilder BuildControl(string? value, bool hasError)
    {
        var select = new TagBuilder("select");
        select.AddCssClass("govuk-select");
        if (hasError)
        {
            select.AddCssClass("govuk-select--error");
        }

        if (EmptyText is not null)
        {
            select.InnerHtml.AppendHtml(Option("", EmptyText, string.IsNullOrEmpty(value)));
        }

        foreach (var item in Items)
        {
            select.InnerHtml.AppendHtml(Option(item.Value, item.Text, item.Value == value));
        }

        return select;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
