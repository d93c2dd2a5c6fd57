using Cofab.Core.Taxonomy;
using Xunit;

namespace Cofab.Tests.Taxonomy;

public sealed class CapabilityTaxonomyTests
{
    private static readonly CapabilityTaxonomy Taxonomy = CapabilityTaxonomy.Default;

    [Fact]
    public void Default_tree_is_valid()
    {
        Assert.Empty(Taxonomy.Validate());
    }

    [Fact]
    public void Every_node_has_an_existing_parent_or_is_a_root()
    {
        foreach (var node in Taxonomy.Nodes)
        {
            if (node.ParentCode is null)
            {
                Assert.Contains(node, Taxonomy.Roots);
            }
            else
            {
                Assert.NotNull(Taxonomy.Find(node.ParentCode));
            }
        }
    }

    [Theory]
    [InlineData("machining.milling.3axis", "三轴数控铣削")]
    [InlineData("machining.milling.5axis", "五轴数控铣削")]
    [InlineData("machining.edm.wire", "线切割")]
    [InlineData("sheet-metal.bending", "折弯")]
    [InlineData("injection-moulding", "注塑成型")]
    [InlineData("die-casting.zinc", "锌合金压铸")]
    [InlineData("additive.slm", "选区激光熔化")]
    [InlineData("surface.anodizing", "阳极氧化")]
    [InlineData("heat-treatment.carburizing", "渗碳")]
    [InlineData("textile.dyeing", "染色")]
    [InlineData("electronics.smt", "表面贴装")]
    [InlineData("inspection.cmm", "三坐标测量")]
    [InlineData("logistics", "物流")]
    [InlineData("software", "工业软件")]
    public void Default_tree_has_the_processes_of_the_brief(string code, string nameZh)
    {
        Assert.Equal(nameZh, Taxonomy.Find(code)?.NameZh);
    }

    [Fact]
    public void Five_axis_milling_takes_envelope_tolerance_materials_and_times()
    {
        var node = Taxonomy.Find("machining.milling.5axis")!;
        const CapabilityParameters expected = CapabilityParameters.Envelope | CapabilityParameters.Tolerance
            | CapabilityParameters.Materials | CapabilityParameters.MaxWeight | CapabilityParameters.UnitTime | CapabilityParameters.SetupTime;
        Assert.Equal(expected, node.Parameters & expected);
    }

    [Fact]
    public void Sewing_does_not_take_a_tolerance_or_envelope()
    {
        var node = Taxonomy.Find("textile.sewing")!;
        Assert.False(node.Parameters.HasFlag(CapabilityParameters.Tolerance));
        Assert.False(node.Parameters.HasFlag(CapabilityParameters.Envelope));
    }

    [Theory]
    [InlineData("machining.milling.5axis", "machining.milling", true)]
    [InlineData("machining.milling.5axis", "machining", true)]
    [InlineData("machining.milling", "machining.milling", true)]
    [InlineData("machining.milling5", "machining.milling", false)]
    [InlineData("machining", "machining.milling", false)]
    [InlineData("machining.turning.cnc", "machining.milling", false)]
    [InlineData("", "machining", false)]
    [InlineData("machining", "", false)]
    public void IsSameOrDescendant_compares_whole_segments(string code, string ancestor, bool expected)
    {
        Assert.Equal(expected, CapabilityTaxonomy.IsSameOrDescendant(code, ancestor));
    }

    [Fact]
    public void IsSameOrDescendant_agrees_with_the_parent_links_for_every_pair_of_nodes()
    {
        foreach (var node in Taxonomy.Nodes)
        {
            var ancestors = Taxonomy.Path(node.Code).Select(n => n.Code).ToHashSet();
            foreach (var other in Taxonomy.Nodes)
            {
                Assert.Equal(ancestors.Contains(other.Code), CapabilityTaxonomy.IsSameOrDescendant(node.Code, other.Code));
            }
        }
    }

    [Fact]
    public void Children_are_in_display_order_and_roots_come_from_null()
    {
        Assert.Equal(["machining.milling.3axis", "machining.milling.4axis", "machining.milling.5axis"],
            Taxonomy.Children("machining.milling").Select(n => n.Code));
        Assert.Equal("machining", Taxonomy.Children(null)[0].Code);
        Assert.Empty(Taxonomy.Children("machining.milling.5axis"));
        Assert.Empty(Taxonomy.Children("no.such.code"));
    }

    [Fact]
    public void Path_runs_from_the_root_to_the_node()
    {
        Assert.Equal(["machining", "machining.milling", "machining.milling.5axis"],
            Taxonomy.Path("machining.milling.5axis").Select(n => n.Code));
        Assert.Empty(Taxonomy.Path("nowhere"));
    }

    [Fact]
    public void Descendants_include_grandchildren_but_not_the_node()
    {
        var codes = Taxonomy.Descendants("inspection").Select(n => n.Code).ToList();
        Assert.Contains("inspection.material-testing.tensile", codes);
        Assert.DoesNotContain("inspection", codes);
        Assert.All(codes, c => Assert.True(CapabilityTaxonomy.IsSameOrDescendant(c, "inspection")));
    }

    [Fact]
    public void Validate_reports_duplicates_missing_parents_cycles_and_missing_names()
    {
        var broken = new CapabilityTaxonomy(
        [
            new ProcessNode { Code = "a", NameEn = "A", NameZh = "甲" },
            new ProcessNode { Code = "a", NameEn = "A again", NameZh = "甲" },
            new ProcessNode { Code = "b.c", ParentCode = "b", NameEn = "C", NameZh = "丙" },
            new ProcessNode { Code = "x", ParentCode = "y", NameEn = "X", NameZh = "" },
            new ProcessNode { Code = "y", ParentCode = "x", NameEn = "Y", NameZh = "乙" },
            new ProcessNode { Code = "Bad Code", NameEn = "Bad", NameZh = "坏" },
        ]);

        var problems = broken.Validate();

        Assert.Contains(problems, p => p.Contains("'a' is used by more than one node", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("parent 'b' of 'b.c' does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'x' is its own ancestor", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'x' needs both", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Bad Code' must be lower-case", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateNodes_returns_independent_copies()
    {
        var first = DefaultTaxonomy.CreateNodes();
        first[0].NameEn = "changed";
        Assert.NotEqual("changed", DefaultTaxonomy.CreateNodes()[0].NameEn);
    }
}
