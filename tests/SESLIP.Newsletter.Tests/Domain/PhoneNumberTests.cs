using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("07855 492010", "tel:+447855492010")]
    [InlineData("0161 729 1065", "tel:+441617291065")]
    [InlineData("+44 1234 567890", "tel:+441234567890")]
    [InlineData("", null)]
    [InlineData("ask at reception", null)]
    public void Phone_numbers_become_international_tel_links(string phone, string? expected) =>
        Assert.Equal(expected, PhoneNumber.ToTelUri(phone));

    [Theory]
    [InlineData("0044 1234 567890", "tel:+441234567890")] // the international prefix dialled from the UK
    [InlineData("01234 567890", "tel:+441234567890")] // a UK national number
    [InlineData("07803 147072", "tel:+447803147072")]
    [InlineData(" (01234) 567-890 ", "tel:+441234567890")]
    [InlineData("+353 1 234 5678", "tel:+35312345678")]
    [InlineData("00353 1 234 5678", "tel:+35312345678")]
    [InlineData("999", "tel:999")] // a short number is dialled as it is
    [InlineData("12", null)]
    [InlineData(null, null)]
    public void Tel_links_follow_RFC_3966_global_numbers(string? phone, string? expected) =>
        Assert.Equal(expected, PhoneNumber.ToTelUri(phone));
}
