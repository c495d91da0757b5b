using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SchoolExperience.Web.TagHelpers;

/// <summary>
/// The GOV.UK form group around one field: label, hint, error message from ModelState, and the control
/// that a subclass draws, wired with aria-describedby.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [HtmlAttributeName("label")]
    public required string Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    /// <summary>The control's id: the field name with dots made underscores, as the error summary links to it.</summary>
    protected string Id => FieldIds.For(For.Name);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = ViewContext.ModelState.TryGetValue(For.Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;
        var value = ViewContext.ModelState.TryGetValue(For.Name, out var posted) && posted.AttemptedValue is not null
            ? posted.AttemptedValue
            : For.Model?.ToString();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        label.Attributes["for"] = Id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(label);

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("govuk-hint");
            hint.Attributes["id"] = $"{Id}-hint";
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
            describedBy.Add($"{Id}-hint");
        }

        if (error is not null)
        {
            var message = new TagBuilder("p");
            message.AddCssClass("govuk-error-message");
            message.Attributes["id"] = $"{Id}-error";
            message.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ");
            message.InnerHtml.Append(error);
            output.Content.AppendHtml(message);
            describedBy.Add($"{Id}-error");
        }

        var control = BuildControl(value, error is not null);
        control.Attributes["id"] = Id;
        control.Attributes["name"] = For.Name;
        if (describedBy.Count > 0)
        {
            control.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        output.Content.AppendHtml(control);
    }

    protected abstract TagBuilder BuildControl(string? value, bool hasError);
}
