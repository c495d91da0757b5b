using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SchoolExperience.Web.TagHelpers;

[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    protected override TagBuilder BuildControl(string? value, bool hasError)
    {
        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea");
        if (hasError)
        {
            textarea.AddCssClass("govuk-textarea--error");
        }

        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        textarea.InnerHtml.Append(value ?? "");
        return textarea;
    }
}
