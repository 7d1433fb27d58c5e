using Samsyn.Web;
using Samsyn.Web.Features.DemoData;
using Samsyn.Web.Infrastructure.Data;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) =>
{
    logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
    // Structured JSON lines for log collectors in operation; readable lines on a developer's console.
    if (context.Configuration.GetValue<bool>("Logging:Json"))
        logger.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
    else
        logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
});

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
