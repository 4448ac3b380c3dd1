using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Every string bound from a form, query or route passes through <see cref="TextInput.Clean"/>, so no
/// action has to remember to: the one place where typed text enters the site (docs/adr/0022).</summary>
public sealed class CleanTextBinding : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.ModelType != typeof(string) || context.BindingInfo.BindingSource?.IsFromRequest is false)
        {
            return null;
        }

        var loggerFactory = context.Services.GetRequiredService<ILoggerFactory>();
        return new Binder(new SimpleTypeModelBinder(typeof(string), loggerFactory));
    }

    /// <summary>Registered first, ahead of the framework's own string binder.</summary>
    public static void Register(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ModelBinderProviders.Insert(0, new CleanTextBinding());
    }

    private sealed class Binder(SimpleTypeModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && !TextInput.IsClean(text))
            {
                bindingContext.Result = ModelBindingResult.Success(TextInput.Clean(text));
            }
        }
    }
}
