using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;
using Serilog;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Features.Accounts.ApiTokens;
using Samsyn.Web.Features.Accounts.Sso;
using Samsyn.Web.Features.Audit;
using Samsyn.Web.Features.Bulletins;
using Samsyn.Web.Features.Deviations;
using Samsyn.Web.Features.Cases;
using Samsyn.Web.Features.Decisions;
using Samsyn.Web.Features.Documents;
using Samsyn.Web.Features.Exemptions;
using Samsyn.Web.Features.Meetings;
using Samsyn.Web.Features.Notifications;
using Samsyn.Web.Features.Situation;
using Samsyn.Web.Features.Situation.Discharge;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Features.Structure.Areas;
using Samsyn.Web.Features.Structure.Groups;
using Samsyn.Web.Features.Structure.Organisations;
using Samsyn.Web.Features.Structure.People;
using Samsyn.Web.Features.Structure.Principals;
using Samsyn.Web.Infrastructure;
using Samsyn.Web.Infrastructure.Data;
using Samsyn.Web.Infrastructure.Api;
using Samsyn.Web.Infrastructure.Security;

namespace Samsyn.Web;

/// <summary>Services, middleware and routes of Samsyn, so that Program.cs reads at a glance.</summary>
public static class WebSetup
{
    public static IServiceCollection AddSamsynWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SamsynOptions>().BindConfiguration(SamsynOptions.Section);
        services.AddSingleton(TimeProvider.System);
        // Keys in the database: a login made on one instance is valid on every other, and survives restarts.
        services.AddDataProtection().SetApplicationName("Samsyn").PersistKeysToDbContext<AppDbContext>();
        services.AddSamsynIdentity();
        services.AddSamsynSingleSignOn(configuration);
        services.AddLoginRateLimiting(configuration);
        // Behind nginx on the same machine: the client's address and scheme come from the proxy (loopback is trusted by default).
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddScoped<StructureRights>();
        services.AddScoped<Features.Meetings.MeetingRights>();
        services.AddSingleton<Infrastructure.Pdf.PrintAccess>();
        services.AddSingleton<Features.Meetings.GroupCalendarFeed>();
        services.AddOptions<Infrastructure.Pdf.PdfOptions>().BindConfiguration(Infrastructure.Pdf.PdfOptions.Section);
        services.AddSingleton<Infrastructure.Pdf.ChromiumPdf>();
        services.AddScoped<UnreadNotifications>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddSingleton<EmailDeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailDeliveryWorker>());
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .Validate(o => o.DigestHour is >= 0 and <= 23 && o.ReminderHour is >= 0 and <= 23, "Notifications:DigestHour and ReminderHour are hours, 0–23.")
            .ValidateOnStart();
        services.AddSingleton<ReminderService>();
        services.AddHostedService<ReminderWorker>();
        services.AddScoped<IReminderSource, Features.Meetings.MeetingReminders>();
        services.AddScoped<ICalendarSource, Features.Meetings.MeetingCalendarSource>();
        services.AddScoped<BulletinRights>();
        services.AddScoped<IReminderSource, BulletinReminders>();
        services.AddScoped<IReminderSource, DeviationReminders>();
        services.AddScoped<ICalendarSource, DeviationCalendarSource>();
        services.AddScoped<DeviationAccess>();
        services.AddScoped<Features.Strategy.StrategyRights>();
        services.AddSingleton<Features.Strategy.StrategyPrintAccess>();
        services.AddScoped<IReminderSource, Features.Strategy.StrategyReminders>();
        services.AddOptions<DeviationOptions>().BindConfiguration(DeviationOptions.Section)
            .Validate(o => o.IsValid, "Deviations:AnswerDays and PatternWindowDays are 1–365 days, PatternCount 2–100.")
            .ValidateOnStart();
        services.AddScoped<CaseRights>();
        services.AddScoped<CaseOperations>();
        services.AddScoped<HandoverOperations>();
        services.AddScoped<IReminderSource, CaseReminders>();
        services.AddScoped<ICalendarSource, CaseCalendarSource>();
        services.AddScoped<Features.Documents.DocumentRights>();
        services.AddScoped<IReminderSource, Features.Documents.DocumentReminders>();
        services.AddScoped<IReminderSource, Features.Exemptions.ExemptionReminders>();
        services.AddScoped<ICalendarSource, Features.Documents.DocumentCalendarSource>();
        services.AddScoped<ICalendarSource, Features.Exemptions.ExemptionCalendarSource>();
        services.AddScoped<Features.DemoData.DemoDataSeeder>();
        services.AddOptions<Features.Situation.SituationOptions>().BindConfiguration(Features.Situation.SituationOptions.Section)
            .Validate(o => o.StaleAfterHours > 0 && o.BoardRefreshSeconds >= 2, "Situation:StaleAfterHours must be positive and BoardRefreshSeconds at least 2.")
            .ValidateOnStart();
        services.AddOptions<DischargeOptions>().BindConfiguration(DischargeOptions.Section)
            .Validate(o => o.DischargeThresholdDays is >= DischargeSettingsApi.MinThreshold and <= DischargeWaitingMonth.MaxDays,
                "Situation:DischargeThresholdDays is a number of days, 0.1–365.")
            .ValidateOnStart();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Samsyn API";
            document.Info.Description = "Samma funktioner som webbgränssnittet. Logga in med POST /api/v1/auth/login och skicka rubriken Authorization: Bearer {accessToken}, eller använd en API-nyckel från administratören: Authorization: Bearer samsyn_pat_…. Fel svaras som problem details (RFC 9457) med fältnamn och skäl.";
            return Task.CompletedTask;
        }));

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AddPageApplicationModelConvention("/Accounts/Login", model =>
                model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(LoginRateLimiting.Policy)));
            o.Conventions.AllowAnonymousToPage("/Accounts/Login");
            o.Conventions.AllowAnonymousToPage("/Home/Status");
            o.Conventions.AllowAnonymousToPage("/Home/Error");
            o.Conventions.AllowAnonymousToPage("/Accounts/AccessDenied");
        });
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<Infrastructure.Data.OpenConnectionPageFilter>());
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        // Razor would otherwise write å, ä and ö as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        _ = environment;
        return services;
    }

    public static WebApplication UseSamsynPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Pages get the Swedish error page; the API gets problem details from the handler.
            ExceptionHandlingPath = "/fel",
            StatusCodeSelector = e => ProblemDetailsExceptionHandler.Describe(e, new DefaultHttpContext()).Status,
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages(context => ApiProblemStatusPages.WriteAsync(context.HttpContext)));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));

        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture("sv-SE")
            .AddSupportedCultures("sv-SE")
            .AddSupportedUICultures("sv-SE"));
        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseApiTokenScope();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapSamsynEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api-dokumentation", o => o
                .WithTitle("Samsyn API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();

        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapAuthApi();
        api.MapApiTokenApi();
        api.MapPersonSignInApi();
        api.MapAreaApi();
        api.MapPrincipalApi();
        api.MapOrganisationApi();
        api.MapGroupApi();
        api.MapPersonApi();
        api.MapMeetingApi().MapAgendaApi().MapAttendanceApi().MapMinutesApi();
        api.MapMeetingPlanApi();
        api.MapMeetingSettingsApi();
        api.MapMeetingCalendarApi();
        api.MapSituationApi();
        api.MapNotificationApi();
        api.MapNotificationPreferencesApi();
        api.MapPersonalCalendarApi();
        api.MapDischargeApi();
        api.MapDischargeSettingsApi();
        api.MapBulletinApi();
        api.MapDeviationProcessApi();
        api.MapDeviationStatisticsApi();
        api.MapDeviationImportApi();
        api.MapDeviationSettingsApi();
        api.MapDeviationApi();
        api.MapCaseApi();
        api.MapDocumentApi();
        api.MapDecisionApi();
        api.MapExemptionApi();
        Features.Strategy.StrategicPlanApi.MapStrategicPlanApi(api);
        Features.Strategy.ActivityPlanApi.MapActivityPlanApi(api);
        api.MapAuditApi();

        app.MapRazorPages();
        return app;
    }
}
