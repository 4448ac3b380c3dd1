using System.ComponentModel;
using SESLIP.Newsletter.Web.Areas.Editor.Models;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Models;

public sealed class EditionLineKindTests
{
    [Theory]
    [InlineData(EditionLineKind.Meetings, "meetings", "meeting")]
    [InlineData(EditionLineKind.Publications, "publications", "publication")]
    [InlineData(EditionLineKind.Contacts, "contacts", "contact")]
    public void Each_kind_has_the_address_segment_it_always_had_and_binds_back_from_it(EditionLineKind kind, string segment, string singular)
    {
        Assert.Equal(segment, kind.Segment());
        Assert.Equal(singular, kind.Singular());
        Assert.Equal(kind, TypeDescriptor.GetConverter(typeof(EditionLineKind)).ConvertFromInvariantString(segment));
        Assert.Contains(segment, EditionLineKinds.Route, StringComparison.Ordinal);
    }
}
