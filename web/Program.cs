using SchoolExperience.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddSchoolExperienceWeb();

var app = builder.Build();
app.UseSchoolExperienceWeb();
app.Run();
