using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SchoolExperience.Web.TagHelpers;

/// <summary>A GOV.UK radios question: a fieldset with a legend, one radio per item and the field's error.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    [HtmlAttributeName("asp-items")]
    public required IEnumerable<SelectListItem> Items { get; set; }

    [HtmlAttributeName("legend")]
    public required string Legend { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Side by side, for short answers such as yes and no.</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldIds.For(For.Name);
        var error = ViewContext.ModelState.TryGetValue(For.Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
        var value = ViewContext.ModelState.TryGetValue(For.Name, out var posted) && posted.AttemptedValue is not null
            ? posted.AttemptedValue
            : For.Model is bool flag ? (flag ? "true" : "false") : For.Model?.ToString();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend govuk-fieldset__legend--s");
        legend.InnerHtml.Append(Legend);
        fieldset.InnerHtml.AppendHtml(legend);

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("govuk-hint");
            hint.Attributes["id"] = $"{id}-hint";
            hint.InnerHtml.Append(Hint);
            fieldset.InnerHtml.AppendHtml(hint);
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("govuk-error-message");
            message.Attributes["id"] = $"{id}-error";
            message.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ");
            message.InnerHtml.Append(error);
            fieldset.InnerHtml.AppendHtml(message);
            describedBy.Add($"{id}-error");
        }

        if (describedBy.Count > 0)
        {
            fieldset.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        var radios = new TagBuilder("div");
        radios.AddCssClass(Inline ? "govuk-radios govuk-radios--inline" : "govuk-radios");
        radios.Attributes["data-module"] = "govuk-radios";
        var index = 0;
        foreach (var item in Items)
        {
            // The first radio carries the field's id, so the error summary's link lands on it.
            radios.InnerHtml.AppendHtml(Radio(index == 0 ? id : $"{id}-{index}", For.Name, item, item.Value == value));
            index++;
        }

        fieldset.InnerHtml.AppendHtml(radios);
        output.Content.AppendHtml(fieldset);
    }

    private static TagBuilder Radio(string id, string name, SelectListItem item, bool isChecked)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-radios__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "radio";
        input.Attributes["value"] = item.Value;
        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label govuk-radios__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(item.Text);

        var row = new TagBuilder("div");
        row.AddCssClass("govuk-radios__item");
        row.InnerHtml.AppendHtml(input);
        row.InnerHtml.AppendHtml(label);
        return row;
    }
}
