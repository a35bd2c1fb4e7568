using HelpdeskBot.Categorization;

// Operator commands run without the web server; logs go to stderr so stdout stays machine-readable.
if (args is [("categorize" or "train") and var command, .. var rest])
{
    var tool = Host.CreateApplicationBuilder(rest);
    tool.Logging.ClearProviders();
    tool.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    tool.AddHelpdeskCategorization();
    using var host = tool.Build();
    return command == "train"
        ? await TrainCommand.RunAsync(host.Services, Console.Out)
        : await CategorizeCommand.RunAsync(host.Services, Console.In, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHelpdeskCategorization();
var app = builder.Build();
app.Run();
return 0;

public partial class Program;
