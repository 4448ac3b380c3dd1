namespace SESLIP.Newsletter.Web.Data.Configurations;

/// <summary>Column lengths, shared with the editor's validation attributes so a form can never
/// accept text the database would refuse.</summary>
public static class Limits
{
    public const int Slug = 100;
    public const int Name = 200;
    public const int Email = 256;
    public const int Phone = 40;
    public const int Title = 300;
    public const int Line = 1000;
    public const int Url = 2000;
    public const int LongText = 20000;
}
