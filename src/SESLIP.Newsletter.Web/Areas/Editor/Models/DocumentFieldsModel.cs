namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The document rows of one publication on a form, under a legend of the form's choosing.</summary>
public sealed record DocumentFieldsModel(IReadOnlyList<DocumentField> Documents, string Legend, string LegendSize, string Hint);
