using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Infrastructure.Data;

namespace Samsyn.Bench.Generation;

/// <summary>
/// Inserts generated rows through the application's own <see cref="AppDbContext"/> in batches: change detection off,
/// one transaction per batch, the change tracker cleared after each, so memory stays flat however much is loaded.
/// </summary>
public sealed class BulkWriter(AppDbContext db, int batchSize = 2_000)
{
    private readonly Dictionary<(Type, int), object> stubs = [];
    private int pending;

    public long Rows { get; private set; }

    /// <param name="rows">About how many rows the entity brings with its children, so that batches stay of a size.</param>
    public async Task AddAsync(object entity, CancellationToken ct, int rows = 1)
    {
        db.Add(entity);
        pending += rows;
        if (pending >= batchSize) await FlushAsync(ct);
    }

    /// <summary>
    /// A stand-in for a row saved in an earlier batch, tracked as unchanged, so that an entity that needs the object
    /// (a version approved by a decision, an exemption of a document) refers to it without inserting it again.
    /// </summary>
    public T Existing<T>(int id, Action<T>? fill = null) where T : Entity, new()
    {
        if (stubs.TryGetValue((typeof(T), id), out var known)) return (T)known;
        var stub = new T { Id = id };
        fill?.Invoke(stub);
        db.Attach(stub);
        stubs[(typeof(T), id)] = stub;
        return stub;
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending == 0 && stubs.Count == 0) return;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            Rows += db.ChangeTracker.Entries().Count(e => e.State == EntityState.Added);
            await db.SaveGeneratedDataAsync(ct);
            await transaction.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        stubs.Clear();
        pending = 0;
    }

    /// <summary>Runs one phase of the load, flushes it and reports its rows and time.</summary>
    public async Task PhaseAsync(string name, Func<Task> load, TextWriter log, CancellationToken ct)
    {
        var before = Rows;
        var clock = Stopwatch.StartNew();
        await load();
        await FlushAsync(ct);
        log.WriteLine($"  {name,-28} {Rows - before,10:N0} rows  {clock.Elapsed.TotalSeconds,6:F1} s");
    }
}
