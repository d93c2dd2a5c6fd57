using Cofab.Web.Hosting;

var demo = args.Contains("--demo", StringComparer.Ordinal);
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
builder.AddCofabServices();

var app = builder.Build();
await app.InitializeDatabaseAsync(loadDemoData: demo || app.Configuration.GetValue<bool>("Demo:Load"));
app.UseCofabPipeline();
app.MapCofabEndpoints();
await app.RunAsync();

/// <summary>Entry point, visible to the test hosts.</summary>
public partial class Program;
