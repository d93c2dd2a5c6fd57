using Cofab.BrowserTests.Infrastructure;
using Cofab.Core.MachineData;
using Cofab.Core.Resources;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Machines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

public sealed class MachineBoardTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Provider_sees_its_connected_machine_busy_with_its_part_count_on_the_status_board()
    {
        var member = await server.Members.CreateApprovedProviderAsync("钱工", Ct);
        var now = DateTimeOffset.UtcNow;
        var resource = new Resource
        {
            Id = Guid.NewGuid(), EnterpriseId = member.EnterpriseId, Name = "车削中心 QTN-300", AssetNumber = "QTN-300",
            CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        await using (var scope = server.Services.CreateAsyncScope())
        {
            // A machine's reports come from the machine, not from a page: arrange the connection in the database.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Resources.Add(resource);
            db.Entry(resource).Property("SearchText").CurrentValue = "车削中心 qtn-300";
            db.MachineConnections.Add(new MachineConnection
            {
                Id = Guid.NewGuid(), EnterpriseId = member.EnterpriseId, ResourceId = resource.Id, Source = MachineSourceKind.Mqtt,
                MqttKey = "qtn-300", Enabled = true, CreatedAt = now,
            });
            await db.SaveChangesAsync(Ct);
        }

        await server.Services.GetRequiredService<MachineStatusBoard>().AcceptAsync(
            new MachineReport(member.EnterpriseId, new MachineObservation("qtn-300", now, "AVAILABLE", "ACTIVE", 42, 1450)), Ct);
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await page.GotoAsync("/machines");
        await page.WaitForInteractiveAsync();

        var row = page.Locator("tr", new PageLocatorOptions { Has = page.ByTestId("machine-row") });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("[data-state='busy']")).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("车削中心 QTN-300");
        await Assertions.Expect(row).ToContainTextAsync("42");
        await Assertions.Expect(page.ByTestId("nav-machines")).ToBeVisibleAsync();
    }
}
