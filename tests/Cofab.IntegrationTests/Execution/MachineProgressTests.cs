using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.MachineData;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Machines;
using Microsoft.Extensions.DependencyInjection;
using static Cofab.IntegrationTests.Execution.ExecutionApi;

namespace Cofab.IntegrationTests.Execution;

public abstract class MachineProgressTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_connected_machines_rising_part_count_reports_progress_on_the_operation_it_is_planned_for()
    {
        var order = await AcceptedAsync(app);
        var work = order.First;
        using var provider = await ProviderAsync(app, work);
        await OkAsync(await PostAsync(provider, Id(work), "start"));
        var operations = work.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operation")).ToList();
        var index = 0;
        var op = operations[index];
        var start = op.GetProperty("start").GetDateTimeOffset();
        var middle = start + (op.GetProperty("end").GetDateTimeOffset() - start) / 2;

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var key = $"vmc-{Guid.NewGuid():N}"[..24];
            var connection = new MachineConnection
            {
                Id = Guid.NewGuid(), EnterpriseId = Provider(work), ResourceId = op.GetProperty("resourceId").GetGuid(), Source = MachineSourceKind.Mqtt,
                MqttKey = key, Enabled = true, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.MachineConnections.Add(connection);
            await db.SaveChangesAsync(Ct);
            var store = scope.ServiceProvider.GetRequiredService<MachineDataStore>();
            await store.RecordAsync(connection, new MachineObservation(key, start.AddMinutes(1), "AVAILABLE", "ACTIVE", 1200, 8000), Ct);
            await store.RecordAsync(connection, new MachineObservation(key, middle, "AVAILABLE", "ACTIVE", 1204, 8000), Ct);
            // Weeks after the planned window the machine is making something else.
            await store.RecordAsync(connection, new MachineObservation(key, middle.AddDays(60), "AVAILABLE", "ACTIVE", 1210, 8000), Ct);
        }

        var after = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{Id(work)}", Api.Json, Ct);
        Assert.Equal(4, after.GetProperty("operations")[index].GetProperty("quantityDone").GetInt32());
        var history = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{Id(work)}/progress", Api.Json, Ct);
        var report = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal("machine", report.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("reportedBy").ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MachineProgressTestsOnSqlite(SqliteApp app) : MachineProgressTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MachineProgressTestsOnPostgres(PostgresApp app) : MachineProgressTests(app);
