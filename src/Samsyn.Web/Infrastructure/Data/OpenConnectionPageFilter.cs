using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Samsyn.Web.Infrastructure.Data;

/// <summary>
/// Opens the request's database connection once, before a page's handler runs, so that the handler, its view
/// components and the layout share it. EF Core otherwise opens and closes the connection around every query; on
/// SQLite each opening takes a pooled connection and registers EF's SQL functions on it anew, and the meeting page
/// asks some twenty queries. EF closes the connection when the request's context is disposed, since it did not open it.
/// Only a saving: when the database cannot be reached the page runs as without it (the error page must still show).
/// </summary>
public sealed class OpenConnectionPageFilter(AppDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        try
        {
            await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        }
        catch (System.Data.Common.DbException)
        {
            // The page's own queries meet the same failure and report it as they always have.
        }
        await next();
    }
}
