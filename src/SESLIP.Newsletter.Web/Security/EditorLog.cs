namespace SESLIP.Newsletter.Web.Security;

/// <summary>The editor area's log events. They name the account and the client address, never a
/// password, a token or a cookie.</summary>
internal static partial class EditorLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Sign-in succeeded for {UserName} from {ClientAddress}")]
    public static partial void SignedIn(ILogger logger, string userName, string? clientAddress);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Sign-in failed for {UserName} from {ClientAddress}: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string userName, string? clientAddress, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Account {UserName} locked out after repeated failed sign-ins from {ClientAddress}")]
    public static partial void LockedOut(ILogger logger, string userName, string? clientAddress);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "{UserName} signed out")]
    public static partial void SignedOut(ILogger logger, string userName);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "{UserName} changed their password")]
    public static partial void PasswordChanged(ILogger logger, string userName);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Role of {UserName} changed to {Role} by {ChangedBy}")]
    public static partial void RoleChanged(ILogger logger, string userName, string role, string changedBy);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Account {UserName} {Change} by {ChangedBy}")]
    public static partial void AccountChanged(ILogger logger, string userName, string change, string changedBy);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "{Update} published by {By}")]
    public static partial void Published(ILogger logger, string update, string by);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Scheduled update {UpdateId}: {Outcome}")]
    public static partial void ScheduledOutcome(ILogger logger, int updateId, Publishing.PublishOutcome outcome);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Scheduled publishing failed; trying again in {Delay}")]
    public static partial void SchedulerFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "{Actor} saved {EntityType} {EntityId} over a newer version after seeing the conflict")]
    public static partial void ConflictResolved(ILogger logger, string actor, string entityType, string entityId);
}
