using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Categorization;

/// <summary>The service answered, but not with a usable classification. Messages carry codes, never the text.</summary>
internal sealed class AzureLanguageException(string message) : Exception(message);

/// <summary>
/// Calls Azure AI Language custom single-label classification: submits a job, polls its Operation-Location until it
/// finishes, and returns the classes of the one document. Retries and per-attempt timeouts come from the resilience
/// pipeline on the <see cref="HttpClient"/>; the overall deadline is the caller's.
/// </summary>
internal sealed class AzureLanguageClient(HttpClient http, IOptionsMonitor<CategorizationOptions> options, AzureLanguageAuth auth, TimeProvider time)
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string JobsPath = "language/analyze-text/jobs";

    public async Task<IReadOnlyList<ClassificationResult>> ClassifyAsync(string text, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.AzureLanguage;
        var endpoint = new Uri(EnsureTrailingSlash(settings.Endpoint!));
        var submitUri = new Uri(endpoint, $"{JobsPath}?api-version={Uri.EscapeDataString(settings.ApiVersion)}");
        var body = new AnalyzeTextJobRequest(
            "HelpdeskBot categorisation",
            new AnalysisInput([new TextDocument("1", text)]),
            [new CustomSingleLabelClassificationTask(
                CustomSingleLabelClassificationTask.KindName,
                "categorize",
                new CustomTaskParameters(settings.ProjectName!, settings.DeploymentName!))]);

        Uri operation;
        using (var submit = new HttpRequestMessage(HttpMethod.Post, submitUri))
        {
            await auth.ApplyAsync(submit, cancellationToken);
            submit.Content = JsonContent.Create(body, AzureLanguageJson.Default.AnalyzeTextJobRequest);
            using var response = await http.SendAsync(submit, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new AzureLanguageException($"Submitting the job answered {(int)response.StatusCode}.");
            }

            operation = response.Headers.TryGetValues("Operation-Location", out var values)
                && Uri.TryCreate(values.FirstOrDefault(), UriKind.Absolute, out var location)
                    ? location
                    : throw new AzureLanguageException("Submitting the job answered 202 without an Operation-Location.");
        }

        // The key or token goes only to the configured resource, whatever URL the answer names.
        if (Uri.Compare(operation, endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new AzureLanguageException("The Operation-Location is not on the configured endpoint.");
        }

        while (true)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, operation);
            await auth.ApplyAsync(poll, cancellationToken);
            using var response = await http.SendAsync(poll, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new AzureLanguageException($"Polling the job answered {(int)response.StatusCode}.");
            }

            var state = await response.Content.ReadFromJsonAsync(AzureLanguageJson.Default.AnalyzeTextJobState, cancellationToken)
                ?? throw new AzureLanguageException("Polling the job answered an empty body.");
            if (state.IsRunning)
            {
                var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(settings.PollIntervalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            return Results(state);
        }
    }

    private static IReadOnlyList<ClassificationResult> Results(AnalyzeTextJobState state)
    {
        if (state.Status != "succeeded")
        {
            var code = state.Errors is { Count: > 0 } errors ? errors[0].Code : "none";
            throw new AzureLanguageException($"The job ended '{state.Status}' (error code {code}).");
        }

        var task = state.Tasks?.Items?.FirstOrDefault()
            ?? throw new AzureLanguageException("The job succeeded without task results.");
        if (task.Results is not { } results)
        {
            throw new AzureLanguageException($"The task ended '{task.Status}' without results.");
        }

        if (results.Errors is { Count: > 0 } documentErrors)
        {
            throw new AzureLanguageException($"The document was not classified (error code {documentErrors[0].Error.Code}).");
        }

        var document = results.Documents.FirstOrDefault()
            ?? throw new AzureLanguageException("The task succeeded without a document.");
        return document.Class.Count > 0 ? document.Class : throw new AzureLanguageException("The document has no class.");
    }

    private static string EnsureTrailingSlash(string endpoint) => endpoint.EndsWith('/') ? endpoint : endpoint + "/";
}
