using System.Globalization;
using Cofab.Core.Resources;
using Cofab.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cofab.Web.Components.Shared;

/// <summary>A rate as a person reads it: "¥280.00/小时", "¥12.50/件", "8%".</summary>
public static class PriceText
{
    public static string Format(IStringLocalizer<SharedResource> localizer, PricingModel? model, decimal? rate)
    {
        if (model is not { } m || rate is not { } r) return "—";
        var key = m switch
        {
            PricingModel.PerHour => "Price.Format.PerHour",
            PricingModel.PerPiece => "Price.Format.PerPiece",
            _ => "Price.Format.ValueShare",
        };
        return string.Format(CultureInfo.CurrentCulture, localizer[key], r);
    }
}
