namespace SESLIP.Newsletter.Web.Domain;

/// <summary>A row that belongs to one update (an item, an edition line, a correction): whether a change to it
/// reaches readers depends on that update's status.</summary>
public interface IPartOfUpdate
{
    int UpdateId { get; }
}
