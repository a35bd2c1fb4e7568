using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpdeskBot.Categorization;

// The request and response shapes of Azure AI Language "analyze-text jobs" for custom single-label classification,
// as documented (api-version 2023-04-01): POST {endpoint}/language/analyze-text/jobs answers 202 with an
// Operation-Location header; GET on that URL answers the job state, with the results once "succeeded".

internal sealed record AnalyzeTextJobRequest(
    string DisplayName,
    AnalysisInput AnalysisInput,
    IReadOnlyList<CustomSingleLabelClassificationTask> Tasks);

internal sealed record AnalysisInput(IReadOnlyList<TextDocument> Documents);

/// <summary><paramref name="Language"/> is left out when unknown: the service then assumes the project's language.</summary>
internal sealed record TextDocument(
    string Id,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language = null);

internal sealed record CustomSingleLabelClassificationTask(string Kind, string TaskName, CustomTaskParameters Parameters)
{
    public const string KindName = "CustomSingleLabelClassification";
}

internal sealed record CustomTaskParameters(string ProjectName, string DeploymentName);

internal sealed record AnalyzeTextJobState(
    string? JobId,
    string Status,
    AnalyzeTextJobTasks? Tasks,
    IReadOnlyList<AzureLanguageError>? Errors)
{
    public bool IsRunning => Status is "notStarted" or "running" or "cancelling";
}

internal sealed record AnalyzeTextJobTasks(int Completed, int Failed, int InProgress, int Total, IReadOnlyList<AnalyzeTextTaskResult>? Items);

internal sealed record AnalyzeTextTaskResult(string Kind, string? TaskName, string Status, CustomLabelClassificationResult? Results);

internal sealed record CustomLabelClassificationResult(
    IReadOnlyList<ClassifiedDocument> Documents,
    IReadOnlyList<DocumentError>? Errors,
    string? ProjectName,
    string? DeploymentName);

internal sealed record ClassifiedDocument(
    string Id,
    [property: JsonPropertyName("class")] IReadOnlyList<ClassificationResult> Class,
    IReadOnlyList<DocumentWarning>? Warnings);

internal sealed record ClassificationResult(string Category, double ConfidenceScore);

internal sealed record DocumentWarning(string Code, string Message);

internal sealed record DocumentError(string Id, AzureLanguageError Error);

internal sealed record AzureLanguageError(string Code, string Message);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AnalyzeTextJobRequest))]
[JsonSerializable(typeof(AnalyzeTextJobState))]
internal sealed partial class AzureLanguageJson : JsonSerializerContext;
