namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Which of the two moments a London clock reading means on the night the clocks go back, when
/// 01:00 to 01:59 happens twice: first in British Summer Time, then an hour later in GMT.</summary>
public enum RepeatedTime
{
    First,
    Second,
}
