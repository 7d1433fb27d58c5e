using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Samsyn.Bench.Generation;
using Samsyn.Web.Features.Accounts;
using Samsyn.Web.Features.Decisions;
using Samsyn.Web.Features.Deviations;
using Samsyn.IntegrationTests.Features.Deviations;

namespace Samsyn.IntegrationTests.Bench;

/// <summary>Two small generated databases on real SQLite files with the same seed, and one with another seed.</summary>
public sealed class GeneratedDatabases : IAsyncLifetime
{
    public static readonly DateOnly End = new(2026, 11, 30);
    private readonly string folder = Directory.CreateTempSubdirectory("samsyn-bench-").FullName;

    public BenchSize Size { get; } = BenchSize.Small;
    public string First => Path.Combine(folder, "first.db");
    public string Second => Path.Combine(folder, "second.db");
    public string OtherSeed => Path.Combine(folder, "other.db");

    public async Task InitializeAsync()
    {
        await BenchGenerator.GenerateAsync(BenchDatabase.Sqlite, Connection(First), Size, 7, End, TextWriter.Null);
        await BenchGenerator.GenerateAsync(BenchDatabase.Sqlite, Connection(Second), Size, 7, End, TextWriter.Null);
        await BenchGenerator.GenerateAsync(BenchDatabase.Sqlite, Connection(OtherSeed), Size, 8, End, TextWriter.Null);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    public static string Connection(string file) => $"Data Source={file}";
}

public sealed class BenchGeneratorTests(GeneratedDatabases databases) : IClassFixture<GeneratedDatabases>
{
    private readonly BenchSize size = databases.Size;

    [Fact]
    public async Task Counts_match_the_requested_size()
    {
        await using var db = Open(databases.First);
        var meetings = size.Groups * size.MeetingsPerGroupAndYear * size.Years;
        (await db.Areas.CountAsync()).ShouldBe(size.Areas);
        (await db.Organisations.CountAsync()).ShouldBe(size.Organisations);
        (await db.People.CountAsync()).ShouldBe(size.People);
        (await db.Groups.CountAsync()).ShouldBe(size.Groups);
        (await db.Meetings.CountAsync()).ShouldBe(meetings);
        (await db.AgendaItems.CountAsync()).ShouldBe(meetings * size.AgendaItemsPerMeeting);
        (await db.Decisions.CountAsync()).ShouldBe(size.Decisions);
        (await db.DeviationReports.CountAsync()).ShouldBe(size.ScaledDeviationReports);
        (await db.StatusReports.CountAsync()).ShouldBe(size.ScaledStatusReports);
        (await db.GoverningDocuments.CountAsync()).ShouldBe(size.Documents);
        (await db.Exemptions.CountAsync()).ShouldBe(size.Exemptions);
        (await db.Activities.CountAsync()).ShouldBe(size.Activities);
        (await db.Users.CountAsync()).ShouldBe(size.People);
    }

    [Fact]
    public async Task Every_meeting_has_attendance_for_each_seat_of_its_group()
    {
        await using var db = Open(databases.First);
        var seats = await db.Memberships.Where(m => m.OrganisationId != null).GroupBy(m => m.GroupId)
            .Select(g => new { GroupId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.GroupId, g => g.Count);
        var attendance = await db.Meetings.Select(m => new { m.GroupId, Count = db.Attendances.Count(a => a.MeetingId == m.Id) }).ToListAsync();
        attendance.ShouldAllBe(m => m.Count == seats[m.GroupId]);
    }

    [Fact]
    public async Task Every_foreign_key_points_to_an_existing_row()
    {
        await using var connection = new SqliteConnection(GeneratedDatabases.Connection(databases.First));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check;";
        await using var reader = await command.ExecuteReaderAsync();
        var violations = new List<string>();
        while (await reader.ReadAsync()) violations.Add($"{reader.GetString(0)} row {reader.GetValue(1)} → {reader.GetString(2)}");
        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_deviation_whose_answer_was_due_a_month_before_the_end_is_answered_with_measures()
    {
        await using var db = Open(databases.First);
        var lastDue = GeneratedDatabases.End.AddDays(-DeviationData.AnsweredAfterDays);
        (await db.DeviationReports.CountAsync(d => d.AnswerDueOn < lastDue)).ShouldBeGreaterThan(0);
        (await db.DeviationReports.CountAsync(d => d.AnswerDueOn < lastDue && (d.AnsweredAt == null || d.Measures == null || d.Analysis == null))).ShouldBe(0);
        (await db.DeviationReports.CountAsync(d => (d.Status == DeviationStatus.Answered || d.Status == DeviationStatus.Closed) && d.AnsweredAt == null)).ShouldBe(0);
        (await db.DeviationReports.CountAsync(d => d.Concerned.Count != 1 || d.Concerned.Any(c => c.OrganisationId == d.ReportingOrganisationId))).ShouldBe(0);
        (await db.DeviationReports.CountAsync(d => d.Status == DeviationStatus.Received || d.Status == DeviationStatus.Acknowledged)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_deviation_tally_equals_the_reports_and_gives_the_statistics_they_give()
    {
        await using var db = Open(databases.First);
        await db.TallyShouldMatchReportsAsync();
        (await db.DeviationTallies.SumAsync(t => t.Count)).ShouldBe(size.ScaledDeviationReports);
        (await db.DeviationConcernedTallies.SumAsync(t => t.Count)).ShouldBe(await db.Set<DeviationConcerned>().CountAsync());
        var (query, _) = DeviationStatisticsQuery.Of(GeneratedDatabases.End.AddMonths(-13).AddDays(4), GeneratedDatabases.End.AddDays(-9), null, null, null,
            Samsyn.Web.Infrastructure.SwedishTime.DateOf(db.Clock.GetUtcNow()));
        var all = await DeviationCounts.AllAsync(db, query!, default);
        foreach (var by in Enum.GetValues<DeviationGrouping>())
        {
            var reference = await DeviationCounts.CountsFromReportsAsync(db, query!, by, default);
            reference.ShouldNotBeEmpty(by.ToString());
            (await DeviationCounts.CountsAsync(db, query!, by, default)).ShouldBe(reference, by.ToString());
            all.Groups[by].ShouldBe(reference, $"all groupings: {by}");
        }
        var answers = await DeviationCounts.AnswerTimesFromReportsAsync(db, query!, default);
        (await DeviationCounts.AnswerTimesAsync(db, query!, default)).ShouldBe(answers);
        all.Answers.ShouldBe(answers, "all groupings");
    }

    [Fact]
    public async Task The_administrator_logs_in_with_the_bench_password()
    {
        await using var db = Open(databases.First);
        var normalized = BenchAccounts.AdminEmail.ToUpperInvariant();
        var admin = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
        new PasswordHasher<AppUser>().VerifyHashedPassword(admin, admin.PasswordHash!, BenchGenerator.Password).ShouldBe(PasswordVerificationResult.Success);
        var roles = await db.UserRoles.Where(r => r.UserId == admin.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        roles.ShouldBe([Roles.Administrator]);
    }

    [Fact]
    public async Task Every_generated_decision_is_in_the_text_search_index()
    {
        await using var db = Open(databases.First);
        // With rank 1 the check compares the index with the decisions it indexes, and fails on any difference.
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "DecisionText"("DecisionText", rank) VALUES ('integrity-check', 1)""");
        var texts = await db.Decisions.Select(d => d.Text).ToListAsync();
        foreach (var q in new[] { "rutin", "Överenskommelsen", "SOMMARPERIODEN" })
        {
            var expected = texts.Count(t => t.Contains(q, StringComparison.OrdinalIgnoreCase));
            expected.ShouldBeGreaterThan(0, q);
            (await DecisionRegister.Matching(db.Decisions, null, null, null, q, null, null, db).CountAsync()).ShouldBe(expected, q);
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var first = await FingerprintAsync(databases.First);
        (await FingerprintAsync(databases.Second)).ShouldBe(first);
        (await FingerprintAsync(databases.OtherSeed)).ShouldNotBe(first);
    }

    private static Samsyn.Web.Infrastructure.Data.AppDbContext Open(string file) =>
        BenchGenerator.CreateContext(BenchDatabase.Sqlite, GeneratedDatabases.Connection(file));

    /// <summary>
    /// Every table's rows, sorted, hashed per table. Left out: the password hash, salted anew on each run (the test
    /// above shows that it verifies), and the audit trail, which holds only the app's own reference data stamped with the time of the run.
    /// </summary>
    private static async Task<Dictionary<string, string>> FingerprintAsync(string file)
    {
        await using var connection = new SqliteConnection(GeneratedDatabases.Connection(file));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'AuditEntries' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var fingerprint = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) != "PasswordHash").Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            fingerprint[table] = $"{rows.Count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))))}";
        }
        return fingerprint;
    }
}
