using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SchoolExperience.Web.Pages.Errors;

/// <summary>
/// The page shown for an error status. The status code and exception handlers re-execute the original
/// request here, a POST as often as a GET, so both verbs render it and the form's token is not checked again.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code == 404 ? "Page not found" : "Sorry, there is a problem with the service";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        // Keep the original status: a re-executed 404 must still answer 404.
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            HttpContext.Response.StatusCode = code;
        }
    }
}
