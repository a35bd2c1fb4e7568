using HelpdeskBot;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.CommandLine;
using HelpdeskBot.Handoff;
using HelpdeskBot.Health;
using HelpdeskBot.Hosting;
using HelpdeskBot.Instances;
using HelpdeskBot.Tickets;
using HelpdeskBot.WarmUp;
using Scalar.AspNetCore;

if (HelpdeskCommands.IsCommand(args)) return await HelpdeskCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.ForThisProcess(args) })
    .UseHelpdeskDefaultUrl();
builder.AddHelpdesk();
builder.AddHelpdeskWarmUp();
builder.AddHelpdeskInstances();
builder.AddHelpdeskKeyRing();
builder.Services.AddProblemDetails();

var app = builder.Build();
// The whole pipeline is here; the Map* calls below only add endpoints, each API answering errors in its own format.
app.UseExceptionHandler();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseWebSockets();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHelpdeskHealth();
app.MapDirectLine();
app.MapBotFramework();
app.MapAgentApi().MapTicketApi();
app.MapInstanceHub();
app.MapOpenApi();
if (app.Environment.IsDevelopment()) app.MapScalarApiReference();
await app.RunAsync();
return 0;

public partial class Program;
