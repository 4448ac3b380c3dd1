namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>The "Leases" section: how long a lease on background work lasts and how often its holder renews it.
/// Another instance takes the work over at most <see cref="Duration"/> after the holder dies
/// (docs/adr/0029-leases-for-background-work.md).</summary>
public sealed class LeaseOptions
{
    public const string Section = "Leases";

    /// <summary>How long a lease lasts without renewal.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the holder renews, and how often an instance without the lease asks for it again.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Refuses settings under which a holder could lose its lease between two renewals.</summary>
    public void Check()
    {
        if (RenewEvery <= TimeSpan.Zero || RenewEvery * 2 > Duration)
        {
            throw new InvalidOperationException(
                $"Leases:RenewEvery ({RenewEvery}) must be more than zero and at most half of Leases:Duration ({Duration}), " +
                "e.g. 00:00:20 with 00:01:00.");
        }
    }
}
