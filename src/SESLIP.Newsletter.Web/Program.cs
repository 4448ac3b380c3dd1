using SESLIP.Newsletter.Web.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNewsletterDatabase(builder.Configuration, builder.Environment);
builder.Services.AddControllersWithViews();
var app = builder.Build();
app.Run();

public partial class Program;
