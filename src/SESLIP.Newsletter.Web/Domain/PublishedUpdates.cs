using System.Linq.Expressions;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Which updates readers may see: drafts and scheduled updates are not public, whatever their
/// number. Written once, as an expression, so database queries and objects in memory agree.</summary>
public static class PublishedUpdates
{
    /// <summary>The rule itself, for a query compiled once (<c>EF.CompileAsyncQuery</c>), which cannot call
    /// <see cref="Published"/> inside its expression.</summary>
    public static Expression<Func<Update, bool>> IsPublic { get; } = u => u.Status == UpdateStatus.Published;

    private static readonly Func<Update, bool> IsPublicCompiled = IsPublic.Compile();

    public static IQueryable<Update> Published(this IQueryable<Update> updates) => updates.Where(IsPublic);

    /// <summary>Items of published updates only, e.g. for the mentions on directory pages.</summary>
    public static IQueryable<UpdateItem> InPublishedUpdates(this IQueryable<UpdateItem> items) =>
        items.Where(Through<UpdateItem>(i => i.Update!));

    public static bool IsPublished(this Update update) => IsPublicCompiled(update);

    /// <summary>The same rule for a status read into a row or view model rather than an <see cref="Update"/>.</summary>
    public static bool IsPublished(this UpdateStatus status) => status == UpdateStatus.Published;

    // The rule applied to an update reached through a navigation, so EF translates it as a join.
    private static Expression<Func<T, bool>> Through<T>(Expression<Func<T, Update>> navigation) =>
        Expression.Lambda<Func<T, bool>>(
            new ReplaceParameter(IsPublic.Parameters[0], navigation.Body).Visit(IsPublic.Body),
            navigation.Parameters);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
