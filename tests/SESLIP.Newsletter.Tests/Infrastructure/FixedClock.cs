namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>A clock that stands still, so "upcoming" means the same thing whenever the tests run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
