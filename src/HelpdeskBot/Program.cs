using HelpdeskBot;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.CommandLine;
using HelpdeskBot.Handoff;
using HelpdeskBot.Health;
using HelpdeskBot.WarmUp;
using HelpdeskBot.WebChat;

if (HelpdeskCommands.IsCommand(args)) return await HelpdeskCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddHelpdesk();
builder.AddHelpdeskWarmUp();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.MapWebChat();
app.MapHelpdeskHealth();
app.MapDirectLine();
app.MapBotFramework();
app.MapAgentApi();
await app.RunAsync();
return 0;

public partial class Program;
