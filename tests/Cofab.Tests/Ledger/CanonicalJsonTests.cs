using System.Text;
using Cofab.Core.Ledger;

namespace Cofab.Tests.Ledger;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Sorts_members_by_name_and_drops_whitespace_at_every_depth()
    {
        var canonical = CanonicalJson.Canonicalize("""{ "b": 1, "a": { "z": [ 1, 2 ], "y": null }, "A": true }""");
        Assert.Equal("""{"A":true,"a":{"y":null,"z":[1,2]},"b":1}""", canonical);
    }

    [Fact]
    public void Writes_non_ascii_text_as_utf8_and_escapes_only_quotes_backslashes_and_controls()
    {
        var canonical = CanonicalJson.Canonicalize("{\"name\":\"\\u5b81\\u6ce2 \\\"A\\\" \\\\ \\n\\u0001 <&>\"}");
        Assert.Equal("{\"name\":\"宁波 \\\"A\\\" \\\\ \\n\\u0001 <&>\"}", canonical);
    }

    [Fact]
    public void Equal_values_written_differently_get_the_same_bytes()
    {
        Assert.Equal(CanonicalJson.Canonicalize("""{"x":1.50,"y":100}"""), CanonicalJson.Canonicalize("""{"y":1e2, "x":1.5}"""));
    }

    [Fact]
    public void Refuses_duplicate_member_names()
    {
        Assert.Throws<FormatException>(() => CanonicalJson.Canonicalize("""{"a":1,"a":2}"""));
    }

    [Fact]
    public void Leaf_data_binds_index_time_parties_payload_and_type()
    {
        var party = Guid.Parse("0190f2c4-0000-7000-8000-000000000001");
        var at = new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567);
        var data = Encoding.UTF8.GetString(LedgerRecord.LeafData(3, "member.approved", at, [party, party], """{"enterpriseId":"x"}"""));
        Assert.Equal("""{"at":"2026-11-29T12:00:00.123456Z","index":3,"parties":["0190f2c4-0000-7000-8000-000000000001"],"payload":{"enterpriseId":"x"},"type":"member.approved"}""", data);
        Assert.NotEqual(LedgerRecord.LeafHash(3, "member.approved", at, [party], "{}"), LedgerRecord.LeafHash(4, "member.approved", at, [party], "{}"));
    }

    [Fact]
    public void Tree_head_message_is_context_zero_size_time_root()
    {
        var root = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var message = LedgerRecord.TreeHeadMessage(0x0102, 0x0A0B, root);
        Assert.Equal(74, message.Length);
        Assert.Equal(LedgerRecord.TreeHeadContext, Encoding.ASCII.GetString(message, 0, LedgerRecord.TreeHeadContext.Length));
        var at = LedgerRecord.TreeHeadContext.Length;
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0x0A, 0x0B], message[at..(at + 17)]);
        Assert.Equal(root, message[^32..]);
    }
}
