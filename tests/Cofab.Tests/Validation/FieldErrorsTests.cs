using Cofab.Core.Validation;
using Xunit;

namespace Cofab.Tests.Validation;

public sealed class FieldErrorsTests
{
    [Fact]
    public void Messages_for_the_same_field_are_kept_together_in_order()
    {
        var errors = new FieldErrors();
        errors.Add("name", "Name is required.");
        errors.Add("name", "Second message.");
        errors.Add("assetNumber", "Asset number is required.");

        var result = errors.ToDictionary();

        Assert.True(errors.Any);
        Assert.False(errors.IsEmpty);
        Assert.Equal(["Name is required.", "Second message."], result["name"]);
        Assert.Single(result["assetNumber"]);
    }

    [Fact]
    public void AddRange_prefixes_nested_paths()
    {
        var errors = new FieldErrors();
        errors.AddRange(new Dictionary<string, string[]> { ["capabilities[0].toleranceMm"] = ["Too small."] }, "resources[3].");

        Assert.Equal(["resources[3].capabilities[0].toleranceMm"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_new_collection_is_empty()
    {
        var errors = new FieldErrors();
        Assert.True(errors.IsEmpty);
        Assert.Empty(errors.ToDictionary());
    }
}
