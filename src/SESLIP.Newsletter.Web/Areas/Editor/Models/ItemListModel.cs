using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record ItemListModel(int UpdateId, string Key, string Heading, ItemSection Section, List<ItemRow> Items, bool Editable);
