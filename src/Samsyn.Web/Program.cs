using Samsyn.Web;
using Samsyn.Web.Features.DemoData;
using Samsyn.Web.Infrastructure.Data;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

builder.Services
    .AddDatabase(builder.Configuration, builder.Environment)
    .AddSamsynWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.PrepareDatabaseAsync();
await app.SeedDemoDataAsync();

app.UseSamsynPipeline();
app.MapSamsynEndpoints();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
