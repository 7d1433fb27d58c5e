using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Samsyn.Web.Features.Accounts;
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
using Samsyn.Web.Features.Strategy;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure.Auditing;

namespace Samsyn.Web.Infrastructure.Data;

/// <summary>
/// The one database of Samsyn. Provider-specific subclasses
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) carry
/// their own migration sets. Every save raises versions and writes the audit
/// trail and the deviation statistics' tally (<see cref="Features.Deviations.DeviationTallies"/>) in the same transaction.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, IAuditUser auditUser, TimeProvider clock)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect login cookies and tokens, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CollaborationArea> Areas => Set<CollaborationArea>();
    public DbSet<Principal> Principals => Set<Principal>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<MeetingSettings> MeetingSettings => Set<MeetingSettings>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<PersonalCalendarFeed> PersonalCalendarFeeds => Set<PersonalCalendarFeed>();
    public DbSet<StatusFigureDefinition> StatusFigureDefinitions => Set<StatusFigureDefinition>();
    public DbSet<StatusReport> StatusReports => Set<StatusReport>();
    public DbSet<DischargeWaitingMonth> DischargeWaitingMonths => Set<DischargeWaitingMonth>();
    public DbSet<DischargeSettings> DischargeSettings => Set<DischargeSettings>();
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();
    public DbSet<BulletinRecipient> BulletinRecipients => Set<BulletinRecipient>();
    public DbSet<BulletinAttachment> BulletinAttachments => Set<BulletinAttachment>();
    public DbSet<BulletinReminderRound> BulletinReminderRounds => Set<BulletinReminderRound>();
    public DbSet<DeviationProcess> DeviationProcesses => Set<DeviationProcess>();
    public DbSet<DeviationStep> DeviationSteps => Set<DeviationStep>();
    public DbSet<DeviationReport> DeviationReports => Set<DeviationReport>();
    public DbSet<DeviationAggregate> DeviationAggregates => Set<DeviationAggregate>();
    public DbSet<DeviationTally> DeviationTallies => Set<DeviationTally>();
    public DbSet<DeviationAnswerTally> DeviationAnswerTallies => Set<DeviationAnswerTally>();
    public DbSet<DeviationConcernedTally> DeviationConcernedTallies => Set<DeviationConcernedTally>();
    public DbSet<DeviationSettings> DeviationSettings => Set<DeviationSettings>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseOrganisation> CaseOrganisations => Set<CaseOrganisation>();
    public DbSet<Handover> Handovers => Set<Handover>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<GoverningDocument> GoverningDocuments => Set<GoverningDocument>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<DecisionDocument> DecisionDocuments => Set<DecisionDocument>();
    public DbSet<Exemption> Exemptions => Set<Exemption>();
    public DbSet<ExemptionOrganisation> ExemptionOrganisations => Set<ExemptionOrganisation>();
    public DbSet<ExemptionEvent> ExemptionEvents => Set<ExemptionEvent>();
    public DbSet<StrategicPlan> StrategicPlans => Set<StrategicPlan>();
    public DbSet<GoalArea> GoalAreas => Set<GoalArea>();
    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();
    public DbSet<PlanStatement> PlanStatements => Set<PlanStatement>();
    public DbSet<ActivityPlan> ActivityPlans => Set<ActivityPlan>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ActivityFollowUp> ActivityFollowUps => Set<ActivityFollowUp>();
    public DbSet<FollowUpReport> FollowUpReports => Set<FollowUpReport>();

    public TimeProvider Clock => clock;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly,
            t => t.Namespace?.StartsWith("Samsyn.Web", StringComparison.Ordinal) == true);

        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
    }

    /// <summary>
    /// Refuses the save unless the stored record still has <paramref name="expectedVersion"/>;
    /// the database re-checks it, so a race between two editors is caught as well.
    /// </summary>
    public void ExpectVersion(Entity entity, int expectedVersion)
    {
        if (entity.Version != expectedVersion)
            throw new ConcurrencyConflictException(
                $"Stale version {expectedVersion}; the stored version is {entity.Version}.", entity.GetType().Name, entity.Version, expectedVersion);
        Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RaiseVersions();
        var pending = AuditRecorder.Capture(ChangeTracker);
        // Qualified: the name alone is the DbSet of the same name.
        var tallies = Features.Deviations.DeviationTallies.Find(ChangeTracker);
        if (pending.Count == 0 && tallies is null) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            if (tallies is not null) await tallies.ReadBeforeAsync(this, cancellationToken);
            // The ids of new rows are known only after the first save; the tallies and audit rows follow in the same transaction.
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (tallies is not null) await tallies.ApplyAsync(this, cancellationToken);
            if (pending.Count > 0)
            {
                var now = clock.GetUtcNow();
                AuditEntries.AddRange(pending.Select(p => AuditRecorder.ToAuditEntry(p, auditUser, now)));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Saves generated history (the benchmark data generator in <c>bench/</c>) without audit rows: those rows were
    /// never anyone's change, and auditing millions of them would double the load. Never for users' changes. Nor does
    /// it move the deviation tally: the generator rebuilds it once at the end (<see cref="Features.Deviations.DeviationTallies.RebuildAsync"/>).
    /// </summary>
    internal Task<int> SaveGeneratedDataAsync(CancellationToken cancellationToken)
    {
        RaiseVersions();
        return base.SaveChangesAsync(true, cancellationToken);
    }

    private void RaiseVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
            else if (entry.State == EntityState.Added && entry.Entity.Version == 0) entry.Entity.Version = 1;
        }
    }
}
