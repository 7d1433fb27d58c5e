namespace Samsyn.IntegrationTests.Infrastructure;

/// <summary>
/// The app's clock: the real time plus an offset a test may set, so that reminders and digests for a
/// meeting planned years ahead can be raised at the moment they fall due. The offset is zero unless a
/// test travels; tests of a collection run one at a time, so a test may travel inside a <c>using</c>.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        private set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the server's "now" to <paramref name="moment"/> until the returned scope is disposed.</summary>
    public IDisposable TravelTo(DateTimeOffset moment)
    {
        Offset = moment - base.GetUtcNow();
        return new Return(this);
    }

    private sealed class Return(TestClock clock) : IDisposable
    {
        public void Dispose() => clock.Offset = TimeSpan.Zero;
    }
}
