using System.Globalization;
using Cofab.Core.Taxonomy;
using Cofab.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cofab.Web.Components.Shared;

/// <summary>Localised names of enum values and taxonomy processes.</summary>
public static class LocalizerExtensions
{
    /// <summary>An enum value's name from the resource key <c>Enum.{Type}.{Value}</c>, e.g. Enum.ResourceKind.Machine → 设备.</summary>
    public static string Enum<TEnum>(this IStringLocalizer<SharedResource> localizer, TEnum value)
        where TEnum : struct, System.Enum =>
        localizer[$"Enum.{typeof(TEnum).Name}.{value}"];

    /// <summary>
    /// A use case's message in the UI language. The platform words its messages in English; the fixed ones that users
    /// meet most (required fields, conflicts, pending approval) have a translation under <c>Validation.{message}</c>,
    /// and the rest (which quote the offending value) are shown as the platform wrote them.
    /// </summary>
    public static string Message(this IStringLocalizer<SharedResource> localizer, string message)
    {
        var translated = localizer[$"Validation.{message}"];
        return translated.ResourceNotFound ? message : translated.Value;
    }

    /// <summary>Whether the UI currently speaks Chinese (the taxonomy carries both names; other texts come from resources).</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string NameOf(ProcessNode node) => IsChinese ? node.NameZh : node.NameEn;

    /// <summary>The process name in the UI language; the raw code when the taxonomy no longer has it.</summary>
    public static string ProcessName(this CapabilityTaxonomy? taxonomy, string? code) =>
        taxonomy?.Find(code) is { } node ? NameOf(node) : code ?? "";
}
