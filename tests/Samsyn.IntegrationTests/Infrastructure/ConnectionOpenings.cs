using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the database connections the app opens for a request that carries the header <see cref="Header"/>, by its
/// value, so a test can see how often one request opens a connection while other tests run beside it.
/// </summary>
public sealed class ConnectionOpenings(IHttpContextAccessor http) : DbConnectionInterceptor
{
    public const string Header = "X-Test-Connection-Probe";

    private readonly ConcurrentDictionary<string, int> opened = new(StringComparer.Ordinal);

    /// <summary>How many times the requests marked <paramref name="probe"/> opened a connection.</summary>
    public int Of(string probe) => opened.GetValueOrDefault(probe);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Count();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Count();
        return Task.CompletedTask;
    }

    private void Count()
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } probe) opened.AddOrUpdate(probe, 1, (_, n) => n + 1);
    }
}
