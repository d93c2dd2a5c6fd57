using System.Collections;
using System.Globalization;
using System.Resources;
using Cofab.Web.Resources;

namespace Cofab.BrowserTests;

/// <summary>No browser needed: the two resource files must stay in step, or one language shows raw keys.</summary>
public sealed class LocalisationTests
{
    [Fact]
    public void Every_interface_text_exists_in_English_and_in_Chinese()
    {
        var resources = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var chinese = Entries(resources, new CultureInfo("zh-CN"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(chinese.Keys, StringComparer.Ordinal));
        Assert.Empty(chinese.Keys.Except(english.Keys, StringComparer.Ordinal));
        Assert.DoesNotContain(english.Concat(chinese), e => string.IsNullOrWhiteSpace(e.Value));
    }

    private static Dictionary<string, string?> Entries(ResourceManager resources, CultureInfo culture)
    {
        // tryParents: false, so a missing Chinese text is not silently filled in from the English file.
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string, StringComparer.Ordinal);
    }
}
