using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNewsletterDatabase(builder.Configuration, builder.Environment);
builder.Services.AddNewsletterImport();
builder.Services.AddControllersWithViews();
var app = builder.Build();
app.Run();

public partial class Program;
