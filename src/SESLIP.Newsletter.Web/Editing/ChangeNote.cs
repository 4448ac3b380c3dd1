namespace SESLIP.Newsletter.Web.Editing;

/// <summary>What an editorial change means to a person: the audit entry that
/// <see cref="EditorialChanges"/> writes in the same transaction as the change.</summary>
/// <param name="EntityId">Read after the change is saved, so a record the change creates is named by its new key.</param>
public sealed record ChangeNote(string Action, string EntityType, Func<object?> EntityId, string Summary)
{
    public static ChangeNote Of(string action, string entityType, object? entityId, string summary) =>
        new(action, entityType, () => entityId, summary);
}
