using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNewsletterDatabase(builder.Configuration, builder.Environment);
builder.Services.AddControllersWithViews();
builder.Services.AddDirectoryPages();
var app = builder.Build();
app.MapControllers();
app.Run();

public partial class Program;
