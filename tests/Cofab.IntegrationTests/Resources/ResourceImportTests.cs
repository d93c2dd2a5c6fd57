using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cofab.IntegrationTests.Support;
using MiniExcelLibs;

namespace Cofab.IntegrationTests.Resources;

public abstract class ResourceImportTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One sheet row with English headers: a 5-axis mill unless told otherwise.</summary>
    private static Dictionary<string, object?> Row(string asset, string name = "五轴加工中心", string process = "machining.milling.5axis",
        string tolerance = "±0.01 mm", string? priceModel = "perHour", decimal rate = 260, string visibility = "private") => new()
    {
        ["AssetNumber"] = asset,
        ["Name"] = name,
        ["Kind"] = "machine",
        ["Manufacturer"] = "DMG MORI",
        ["Model"] = "DMU 50",
        ["Process"] = process,
        ["Envelope"] = "650×520×475 mm",
        ["Tolerance"] = tolerance,
        ["Materials"] = "aluminium 6061, steel 45#",
        ["MaxWeight"] = "300 kg",
        ["BatchMin"] = 1,
        ["BatchMax"] = 500,
        ["UnitTime"] = "12.5 min",
        ["SetupTime"] = "1.5 h",
        ["PriceModel"] = priceModel,
        ["Rate"] = rate,
        ["SetupCharge"] = priceModel is null ? null : 300,
        ["Visibility"] = visibility,
        ["Description"] = null,
    };

    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, string fileName = "equipment.xlsx", bool dryRun = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/resources/import?dryRun={(dryRun ? "true" : "false")}", form, Ct);
    }

    private static async Task<JsonElement> ImportOkAsync(HttpClient client, byte[] content, string fileName = "equipment.xlsx")
    {
        var response = await ImportAsync(client, content, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    private static async Task<JsonElement> MineAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/resources?scope=mine&pageSize=200", Api.Json, Ct);

    private static async Task<JsonElement> ResourceByAssetAsync(HttpClient client, string asset)
    {
        var mine = await client.GetFromJsonAsync<JsonElement>($"/api/v1/resources?scope=mine&search={Uri.EscapeDataString(asset)}", Api.Json, Ct);
        var id = Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{id}", Api.Json, Ct);
    }

    private static async Task<byte[]> ExportAsync(HttpClient client, string format)
    {
        var response = await client.GetAsync($"/api/v1/resources/export?format={format}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    [Fact]
    public async Task The_template_downloads_with_a_guide_and_imports_as_two_resources()
    {
        var provider = await Api.MemberAsync(app);
        var response = await provider.Client.GetAsync("/api/v1/resources/import-template", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var template = await response.Content.ReadAsByteArrayAsync(Ct);
        using (var stream = new MemoryStream(template))
            Assert.Contains("说明 Guide", MiniExcel.GetSheetNames(stream));

        var report = await ImportOkAsync(provider.Client, template, "cofab-resources-template.xlsx");

        Assert.Equal(2, report.GetProperty("created").GetInt32());
        var mill = await ResourceByAssetAsync(provider.Client, "NB-CNC-001");
        Assert.Equal("machining.milling.5axis", mill.GetProperty("capabilities")[0].GetProperty("processCode").GetString());
        Assert.Equal(90m, mill.GetProperty("capabilities")[0].GetProperty("setupTimeMin").GetDecimal());
        Assert.Equal(2, (await MineAsync(provider.Client)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task One_bad_row_among_valid_ones_imports_nothing_and_names_the_row_and_column()
    {
        var provider = await Api.MemberAsync(app);
        var file = Workbook(Row("NB-001"), Row("NB-002"), Row("NB-003", tolerance: "2 inch"), Row("NB-004", rate: -5));

        var problem = await Api.ProblemAsync(await ImportAsync(provider.Client, file), HttpStatusCode.BadRequest);

        var tolerance = Assert.Single(Api.FieldErrors(problem, "rows[4].Tolerance"));
        Assert.Contains("inch", tolerance, StringComparison.Ordinal);
        Assert.NotEmpty(Api.FieldErrors(problem, "rows[5].Rate"));
        Assert.Contains("Row 4, column 精度/Tolerance", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await MineAsync(provider.Client)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unknown_headers_an_empty_file_and_other_formats_are_reported()
    {
        var provider = await Api.MemberAsync(app);
        var row = Row("NB-001");
        row["Colour"] = "black";
        var unknown = await Api.ProblemAsync(await ImportAsync(provider.Client, Workbook(row)), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(unknown, "rows[1].Colour"));

        var empty = await Api.ProblemAsync(await ImportAsync(provider.Client, []), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(empty, "file"));

        var pdf = await Api.ProblemAsync(await ImportAsync(provider.Client, [1, 2, 3], "equipment.pdf"), HttpStatusCode.BadRequest);
        Assert.Contains(".xlsx", Assert.Single(Api.FieldErrors(pdf, "file")), StringComparison.Ordinal);

        var tooLarge = await Api.ProblemAsync(await ImportAsync(provider.Client, new byte[11 * 1024 * 1024]), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("10 MB", tooLarge.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_with_a_known_asset_number_update_it_in_place_and_keep_its_idle_windows()
    {
        var provider = await Api.MemberAsync(app);
        var created = await provider.Client.PostAsJsonAsync("/api/v1/resources", ResourceTests.Machine("Old name", assetNumber: "NB-100"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var before = await created.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);

        var drilling = Row("NB-100", name: "New name", process: "machining.drilling", tolerance: "0.05", priceModel: "perPiece", rate: 4.5m);
        var report = await ImportOkAsync(provider.Client, Workbook(Row("NB-100", name: "New name", tolerance: "5 µm"), drilling, Row("NB-101")));

        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        var after = await ResourceByAssetAsync(provider.Client, "NB-100");
        Assert.Equal(before.GetProperty("id").GetGuid(), after.GetProperty("id").GetGuid());
        Assert.NotEqual(before.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
        Assert.Equal("New name", after.GetProperty("name").GetString());
        Assert.Equal(0.005m, after.GetProperty("capabilities")[0].GetProperty("toleranceMm").GetDecimal());
        Assert.Equal("machining.drilling", after.GetProperty("capabilities")[1].GetProperty("processCode").GetString());
        var prices = after.GetProperty("prices").EnumerateArray().ToList();
        Assert.Contains(prices, p => p.GetProperty("processCode").ValueKind == JsonValueKind.Null && p.GetProperty("rate").GetDecimal() == 260m);
        Assert.Contains(prices, p => p.GetProperty("processCode").GetString() == "machining.drilling" && p.GetProperty("model").GetString() == "perPiece");
        Assert.Equal(1, after.GetProperty("idleWindows").GetArrayLength());
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task An_export_reimports_without_errors_and_changes_nothing(string format)
    {
        var provider = await Api.MemberAsync(app);
        var twoPrices = ResourceTests.Machine("Turn-mill centre 车铣复合", assetNumber: "NB-200");
        twoPrices["capabilities"]!.AsArray().Add(new JsonObject { ["processCode"] = "machining.drilling", ["materials"] = new JsonArray("brass H62") });
        twoPrices["prices"]!.AsArray().Add(new JsonObject { ["model"] = "valueShare", ["rate"] = 12.5 });
        twoPrices["prices"]!.AsArray().Add(new JsonObject { ["model"] = "perPiece", ["rate"] = 3.25, ["processCode"] = "machining.drilling" });
        foreach (var body in (JsonObject[])[twoPrices, ResourceTests.Machine("Swiss lathe", visibility: "private", assetNumber: "NB-201")])
            Assert.Equal(HttpStatusCode.Created, (await provider.Client.PostAsJsonAsync("/api/v1/resources", body, Ct)).StatusCode);
        var before = await ResourceByAssetAsync(provider.Client, "NB-200");

        var report = await ImportOkAsync(provider.Client, await ExportAsync(provider.Client, format), $"export.{format}");

        Assert.Equal(2, report.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, report.GetProperty("created").GetInt32() + report.GetProperty("updated").GetInt32());
        var after = await ResourceByAssetAsync(provider.Client, "NB-200");
        Assert.Equal(before.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
        Assert.Equal(3, after.GetProperty("prices").GetArrayLength());
    }

    [Fact]
    public async Task A_csv_with_chinese_headers_and_values_imports()
    {
        var provider = await Api.MemberAsync(app);
        const string csv = """
            资产编号,名称,类型,工序,加工范围,精度,材料,最大重量,最小批量,最大批量,单件工时,准备工时,计价方式,单价,准备费,发布
            TZ-07,数控车床 CK6150,设备,数控车削,Ø500×1000,3丝,"45#钢、不锈钢 304",0.2 t,10,5000,90 s,2 小时,计件,¥8.5,150,不公开
            """;

        var report = await ImportOkAsync(provider.Client, new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "设备清单.csv");

        Assert.Equal(1, report.GetProperty("created").GetInt32());
        var lathe = await ResourceByAssetAsync(provider.Client, "TZ-07");
        var capability = lathe.GetProperty("capabilities")[0];
        Assert.Equal("machining.turning.cnc", capability.GetProperty("processCode").GetString());
        Assert.Equal(0.03m, capability.GetProperty("toleranceMm").GetDecimal());
        Assert.Equal(200m, capability.GetProperty("maxWeightKg").GetDecimal());
        Assert.Equal(1.5m, capability.GetProperty("unitTimeMin").GetDecimal());
        Assert.Equal(120m, capability.GetProperty("setupTimeMin").GetDecimal());
        Assert.Equal(2, capability.GetProperty("materials").GetArrayLength());
        Assert.Equal("perPiece", lathe.GetProperty("prices")[0].GetProperty("model").GetString());
        Assert.Equal("private", lathe.GetProperty("visibility").GetString());
    }

    [Fact]
    public async Task A_gbk_csv_from_chinese_excel_imports()
    {
        var provider = await Api.MemberAsync(app);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = "资产编号,名称,工序\r\nSX-01,激光切割机,激光切割\r\n";

        await ImportOkAsync(provider.Client, Encoding.GetEncoding("GB18030").GetBytes(csv), "清单.csv");

        Assert.Equal("激光切割机", (await ResourceByAssetAsync(provider.Client, "SX-01")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_dry_run_reports_but_saves_nothing()
    {
        var provider = await Api.MemberAsync(app);
        var response = await ImportAsync(provider.Client, Workbook(Row("NB-300"), Row("NB-301")), dryRun: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(2, report.GetProperty("created").GetInt32());
        Assert.Equal(0, (await MineAsync(provider.Client)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_pending_member_cannot_publish_by_import()
    {
        var pending = await Api.MemberAsync(app, approve: false);
        await Api.ProblemAsync(await ImportAsync(pending.Client, Workbook(Row("NB-400", visibility: "published"))), HttpStatusCode.Forbidden);
        await ImportOkAsync(pending.Client, Workbook(Row("NB-400", visibility: "private")));
    }

    [Fact]
    public async Task Unauthenticated_calls_are_refused()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await ImportAsync(anonymous, Workbook(Row("NB-500")))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/resources/export", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/resources/import-template", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_member_cannot_export_another_members_resources_but_the_operator_can()
    {
        var owner = await Api.MemberAsync(app);
        var rival = await Api.MemberAsync(app);
        await ImportOkAsync(owner.Client, Workbook(Row("SECRET-1", name: "Secret prototype cell")));

        await Api.ProblemAsync(await rival.Client.GetAsync($"/api/v1/resources/export?enterpriseId={owner.EnterpriseId}", Ct), HttpStatusCode.Forbidden);
        var rivalsOwn = await ExportAsync(rival.Client, "csv");
        Assert.DoesNotContain("SECRET-1", Encoding.UTF8.GetString(rivalsOwn), StringComparison.Ordinal);

        using var operatorClient = await Api.OperatorAsync(app);
        var response = await operatorClient.GetAsync($"/api/v1/resources/export?format=csv&enterpriseId={owner.EnterpriseId}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("SECRET-1", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_spreadsheet_endpoints()
    {
        using var client = app.CreateClient();
        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).GetProperty("paths");
        foreach (var path in (string[])["/api/v1/resources/import", "/api/v1/resources/export", "/api/v1/resources/import-template"])
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ResourceImportTestsOnSqlite(SqliteApp app) : ResourceImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ResourceImportTestsOnPostgres(PostgresApp app) : ResourceImportTests(app);
