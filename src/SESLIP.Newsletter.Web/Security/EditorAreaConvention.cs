using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SESLIP.Newsletter.Web.Security;

/// <summary>Deny by default: every controller in the Editor area requires the Editor policy even
/// if someone forgets to derive it from <c>EditorController</c>.</summary>
internal sealed class EditorAreaConvention : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? "";
        var inArea = ns.StartsWith("SESLIP.Newsletter.Web.Areas.Editor", StringComparison.Ordinal)
            || controller.RouteValues.TryGetValue("area", out var area) && string.Equals(area, "Editor", StringComparison.OrdinalIgnoreCase);
        if (!inArea)
        {
            return;
        }

        controller.RouteValues["area"] = "Editor";
        foreach (var selector in controller.Actions.SelectMany(a => a.Selectors))
        {
            selector.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Editor));
        }
    }
}
