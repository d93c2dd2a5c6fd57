using Cofab.Core.Tracking;
using Cofab.Platform.Features.Tracking;
using Microsoft.AspNetCore.DataProtection;

namespace Cofab.Tests.Tracking;

public sealed class RescheduleTicketTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 30, TimeSpan.Zero);

    [Fact]
    public void A_sealed_ticket_opens_to_the_same_moves_and_an_altered_or_foreign_one_does_not_open()
    {
        var tickets = new RescheduleTickets(new EphemeralDataProtectionProvider());
        var ticket = new RescheduleTicket(Guid.NewGuid(), Now, RescheduleFingerprint.Of(["work a 1"]),
            [new OperationMove(Guid.NewGuid(), Guid.NewGuid(), 20, Now.AddMinutes(1), Now.AddMinutes(61))]);

        var token = tickets.Seal(ticket);
        var opened = tickets.Open(token);

        Assert.NotNull(opened);
        Assert.Equal((ticket.OrderId, ticket.ComputedAt, ticket.Fingerprint), (opened.OrderId, opened.ComputedAt, opened.Fingerprint));
        Assert.Equal(ticket.Moves, opened.Moves);
        Assert.DoesNotContain(ticket.Moves[0].WorkOrderId.ToString(), token, StringComparison.OrdinalIgnoreCase);
        Assert.Null(tickets.Open(token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA")));
        Assert.Null(tickets.Open("not a token"));
        Assert.Null(new RescheduleTickets(new EphemeralDataProtectionProvider()).Open(token));
    }

    [Fact]
    public void The_fingerprint_ignores_reading_order_and_changes_with_any_version()
    {
        var a = RescheduleFingerprint.Of(["work a 1", "booking b 1"]);

        Assert.Equal(a, RescheduleFingerprint.Of(["booking b 1", "work a 1"]));
        Assert.NotEqual(a, RescheduleFingerprint.Of(["work a 1", "booking b 2"]));
        Assert.NotEqual(a, RescheduleFingerprint.Of(["work a 1"]));
    }
}
