namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class DashboardModel
{
    public List<UpdateRow> InProgress { get; init; } = [];
    public List<UpdateRow> Published { get; init; } = [];
}
