using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using HelpdeskBot.Categorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace HelpdeskBot.Tests.Categorization;

/// <summary>
/// Contract tests against a fake Azure AI Language on 127.0.0.1, answering with the request and response shapes of
/// the documented analyze-text jobs API for custom single-label classification (api-version 2023-04-01).
/// </summary>
public sealed class AzureLanguageCategorizerTests : IDisposable
{
    private const string JobsPath = "/language/analyze-text/jobs";
    private const string JobPath = JobsPath + "/7d5c7d5a-1f44-4c5e-9a39-6a0b0f3c2b1e";
    private const string Text = "tolong, akun saya dibobol orang dan ada transaksi yang bukan saya";

    private readonly WireMockServer azure;
    private readonly string endpoint;
    private readonly TempFolder folder = new();

    public AzureLanguageCategorizerTests() => (azure, endpoint) = StartFake();

    public void Dispose()
    {
        azure.Stop();
        azure.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task Submits_a_job_polls_its_operation_location_and_answers_with_the_class()
    {
        AcceptJob();
        AnswerJob(Running(), Succeeded(("security", 0.93)));
        using var host = await HostAsync();

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(new CategoryPrediction("security", 0.93, prediction.Top, CategoryPrediction.AzureLanguageSource), prediction);
        Assert.Equal([new CategoryScore("security", 0.93)], prediction.Top);

        var submit = Assert.Single(azure.LogEntries, e => e.RequestMessage.Method == "POST");
        Assert.Equal("test-key", submit.RequestMessage.Headers!["Ocp-Apim-Subscription-Key"].Single());
        Assert.Equal("2023-04-01", submit.RequestMessage.Query!["api-version"].Single());
        using var body = JsonDocument.Parse(submit.RequestMessage.Body!);
        var document = body.RootElement.GetProperty("analysisInput").GetProperty("documents")[0];
        Assert.Equal(Text, document.GetProperty("text").GetString());
        Assert.Equal("1", document.GetProperty("id").GetString());
        var task = body.RootElement.GetProperty("tasks")[0];
        Assert.Equal("CustomSingleLabelClassification", task.GetProperty("kind").GetString());
        Assert.Equal("helpdesk", task.GetProperty("parameters").GetProperty("projectName").GetString());
        Assert.Equal("prod", task.GetProperty("parameters").GetProperty("deploymentName").GetString());

        var polls = azure.LogEntries.Where(e => e.RequestMessage.Method == "GET").ToList();
        Assert.Equal(2, polls.Count);
        Assert.All(polls, p => Assert.Equal("test-key", p.RequestMessage.Headers!["Ocp-Apim-Subscription-Key"].Single()));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.StartsWith("http://127.0.0.1:", submit.RequestMessage.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_the_threshold_the_rest_of_the_top_three_comes_from_the_local_model()
    {
        AcceptJob();
        AnswerJob(Succeeded(("security", 0.41)));
        using var host = await HostAsync();

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal("security", prediction.Category);
        Assert.Equal(0.41, prediction.Confidence);
        Assert.Equal(CategoryPrediction.AzureLanguageSource, prediction.Source);
        Assert.Equal(3, prediction.Top.Count);
        Assert.Equal(new CategoryScore("security", 0.41), prediction.Top[0]);
        Assert.Equal(3, prediction.Top.Select(t => t.Category).Distinct().Count());
    }

    [Fact]
    public async Task A_server_error_falls_back_to_the_local_model_after_retrying()
    {
        azure.Given(Request.Create().WithPath(JobsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { error = new { code = "InternalServerError", message = "Internal error." } }));
        using var host = await HostAsync();

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Equal("security", prediction.Category);
        Assert.Equal(3, azure.LogEntries.Count(e => e.RequestMessage.Method == "POST"));
        AssertOneWarningWithoutTheText(host);
    }

    [Fact]
    public async Task A_slow_service_times_out_and_falls_back_to_the_local_model()
    {
        azure.Given(Request.Create().WithPath(JobsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithDelay(TimeSpan.FromSeconds(4))
                .WithHeader("Operation-Location", endpoint + JobPath + "?api-version=2023-04-01"));
        using var host = await HostAsync(new() { ["Helpdesk:Categorization:AzureLanguage:TimeoutSeconds"] = "1" });

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Equal("security", prediction.Category);
        AssertOneWarningWithoutTheText(host);
    }

    [Fact]
    public async Task A_job_that_keeps_running_past_the_deadline_falls_back()
    {
        AcceptJob();
        azure.Given(Request.Create().WithPath(JobPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(Running()));
        using var host = await HostAsync(new() { ["Helpdesk:Categorization:AzureLanguage:TimeoutSeconds"] = "1" });

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Contains(azure.LogEntries, e => e.RequestMessage.Method == "GET");
        AssertOneWarningWithoutTheText(host);
    }

    [Fact]
    public async Task A_failed_job_falls_back()
    {
        AcceptJob();
        AnswerJob(new
        {
            jobId = "7d5c7d5a-1f44-4c5e-9a39-6a0b0f3c2b1e",
            status = "failed",
            errors = new[] { new { code = "InvalidRequest", message = "Deployment 'prod' not found." } },
            tasks = new { completed = 0, failed = 1, inProgress = 0, total = 1, items = Array.Empty<object>() },
        });
        using var host = await HostAsync();

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Contains("InvalidRequest", AssertOneWarningWithoutTheText(host), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_category_outside_the_catalog_falls_back()
    {
        AcceptJob();
        AnswerJob(Succeeded(("Hardware", 0.99)));
        using var host = await HostAsync();

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Contains("Hardware", AssertOneWarningWithoutTheText(host), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_is_not_sent_to_an_operation_location_on_another_host()
    {
        var (elsewhere, elsewhereEndpoint) = StartFake();
        using var _ = elsewhere;
        azure.Given(Request.Create().WithPath(JobsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("Operation-Location", elsewhereEndpoint + JobPath));
        using var host = await HostAsync();

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Empty(elsewhere.LogEntries);
        elsewhere.Stop();
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_fallback()
    {
        AcceptJob();
        azure.Given(Request.Create().WithPath(JobPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(Running()));
        using var host = await HostAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text, cancel.Token));
    }

    [Fact]
    public async Task Without_a_key_it_signs_in_with_an_entra_id_token_instead()
    {
        azure.Given(Request.Create().WithPath(JobsPath).WithParam("api-version", "2023-04-01")
                .WithHeader("Authorization", "Bearer token-from-the-managed-identity").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202)
                .WithHeader("Operation-Location", endpoint + JobPath + "?api-version=2023-04-01"));
        azure.Given(Request.Create().WithPath(JobPath).WithHeader("Authorization", "Bearer token-from-the-managed-identity").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(Succeeded(("security", 0.97))));
        var settings = CategorizationRegistrationTests.AzureSettings(endpoint);
        settings["Helpdesk:Categorization:AzureLanguage:Key"] = "";
        settings["Helpdesk:Categorization:AzureLanguage:TimeoutSeconds"] = "30";
        using var host = await SmallTrainingFile.HostAsync(folder, settings, services: s =>
            s.Replace(Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton<Azure.Core.TokenCredential>(new FixedToken())));

        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(Text);

        Assert.Equal(("security", "azureLanguage"), (prediction.Category, prediction.Source));
        Assert.DoesNotContain(azure.LogEntries, e => e.RequestMessage.Headers?.ContainsKey("Ocp-Apim-Subscription-Key") == true);
    }

    private sealed class FixedToken : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            requestContext.Scopes.SequenceEqual(["https://cognitiveservices.azure.com/.default"])
                ? new("token-from-the-managed-identity", DateTimeOffset.UtcNow.AddHours(1))
                : throw new InvalidOperationException("Wrong scope.");

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    private async Task<CategorizationHost> HostAsync(Dictionary<string, string?>? extra = null)
    {
        var settings = CategorizationRegistrationTests.AzureSettings(endpoint);
        settings["Helpdesk:Categorization:AzureLanguage:PollIntervalMilliseconds"] = "20";
        // A busy CI machine must not turn a success into a fallback: only the timeout tests set a short deadline.
        settings["Helpdesk:Categorization:AzureLanguage:TimeoutSeconds"] = "30";
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return await SmallTrainingFile.HostAsync(folder, settings);
    }

    private void AcceptJob() =>
        azure.Given(Request.Create().WithPath(JobsPath).WithParam("api-version", "2023-04-01")
                .WithHeader("Ocp-Apim-Subscription-Key", "test-key").UsingPost()
                .WithBody(new JsonPartialMatcher("""{ "tasks": [ { "kind": "CustomSingleLabelClassification" } ] }""")))
            .RespondWith(Response.Create().WithStatusCode(202)
                .WithHeader("Operation-Location", endpoint + JobPath + "?api-version=2023-04-01"));

    /// <summary>Answers the job's GETs with <paramref name="states"/> in turn, then the last one for ever.</summary>
    private void AnswerJob(params object[] states)
    {
        if (states.Length == 1)
        {
            // WireMock never starts a scenario whose only mapping changes no state.
            azure.Given(Request.Create().WithPath(JobPath).WithParam("api-version", "2023-04-01").UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(states[0]));
            return;
        }

        for (var i = 0; i < states.Length; i++)
        {
            var request = azure.Given(Request.Create().WithPath(JobPath).WithParam("api-version", "2023-04-01").UsingGet())
                .InScenario("job");
            if (i > 0)
            {
                request = request.WhenStateIs($"poll-{i}");
            }

            if (i < states.Length - 1)
            {
                request = request.WillSetStateTo($"poll-{i + 1}");
            }

            request.RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(states[i]));
        }
    }

    private static object Running() => new
    {
        jobId = "7d5c7d5a-1f44-4c5e-9a39-6a0b0f3c2b1e",
        createdDateTime = "2026-11-29T10:00:00Z",
        lastUpdatedDateTime = "2026-11-29T10:00:00Z",
        expirationDateTime = "2026-11-30T10:00:00Z",
        status = "running",
        errors = Array.Empty<object>(),
        tasks = new { completed = 0, failed = 0, inProgress = 1, total = 1 },
    };

    private static object Succeeded(params (string Category, double Score)[] classes) => new
    {
        jobId = "7d5c7d5a-1f44-4c5e-9a39-6a0b0f3c2b1e",
        createdDateTime = "2026-11-29T10:00:00Z",
        lastUpdatedDateTime = "2026-11-29T10:00:01Z",
        expirationDateTime = "2026-11-30T10:00:00Z",
        status = "succeeded",
        errors = Array.Empty<object>(),
        displayName = "HelpdeskBot categorisation",
        tasks = new
        {
            completed = 1,
            failed = 0,
            inProgress = 0,
            total = 1,
            items = new[]
            {
                new
                {
                    kind = "CustomSingleLabelClassificationLROResults",
                    taskName = "categorize",
                    lastUpdateDateTime = "2026-11-29T10:00:01Z",
                    status = "succeeded",
                    results = new
                    {
                        documents = new[]
                        {
                            new
                            {
                                id = "1",
                                @class = classes.Select(c => new { category = c.Category, confidenceScore = c.Score }).ToArray(),
                                warnings = Array.Empty<object>(),
                            },
                        },
                        errors = Array.Empty<object>(),
                        projectName = "helpdesk",
                        deploymentName = "prod",
                    },
                },
            },
        },
    };

    private static string AssertOneWarningWithoutTheText(CategorizationHost host)
    {
        // Ours only: the resilience pipeline logs its handled failures as warnings too (without the text).
        var warning = Assert.Single(host.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.StartsWith("HelpdeskBot.", StringComparison.Ordinal));
        Assert.StartsWith("Azure AI Language", warning.Message, StringComparison.Ordinal);
        foreach (var entry in host.Logs.Entries)
        {
            Assert.DoesNotContain("dibobol", entry.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("dibobol", entry.Exception?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        }

        return warning.Message;
    }

    /// <summary>A fake on 127.0.0.1 (its <c>Url</c> property says "localhost", so the endpoint is spelled here).</summary>
    private static (WireMockServer Server, string Endpoint) StartFake()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{port}";
        return (WireMockServer.Start(new WireMockServerSettings { Urls = [url] }), url);
    }
}
