using Microsoft.Azure.Cosmos.Serialization.HybridRow;
using Microsoft.Azure.Cosmos.Serialization.HybridRow.IO;
using Microsoft.Azure.Cosmos.Serialization.HybridRow.Layouts;
using Microsoft.Azure.Cosmos.Serialization.HybridRow.RecordIO;
using Microsoft.Azure.Cosmos.Serialization.HybridRow.Schemas;

namespace HelpdeskBot.Emulators;

/// <summary>One operation of a transactional batch, as the .NET SDK sends it.</summary>
public sealed record BatchOperation(int OperationType, string? Id, string? PartitionKeyJson, byte[]? ResourceBody, string? IfMatch, string? IfNoneMatch, bool MinimalReturn)
{
    public const int Create = 0, Patch = 1, Read = 2, Delete = 4, Replace = 5, Upsert = 20;
}

/// <summary>One operation's result, as the SDK reads it back.</summary>
public sealed record BatchResult(int StatusCode, string? ETag = null, byte[]? ResourceBody = null);

/// <summary>
/// The transactional batch wire format: a RecordIO stream of HybridRow rows (the Cosmos "BatchApi" schema).
/// The SDK serialises batches this way and the emulator has no idea of it, so the proxy reads the
/// operations and writes the results in it, with the HybridRow library that ships with the SDK.
/// </summary>
public static class BatchWire
{
    // The schema of the batch API's rows, as published with the SDK (HybridRowBatchSchemas.json).
    private const string SchemaJson = """
    {
      "name": "Microsoft.Azure.Cosmos.BatchApi", "version": "v1",
      "schemas": [
        { "name": "BatchOperation", "id": 2145473648, "type": "schema", "properties": [
          { "path": "operationType", "type": { "type": "int32", "storage": "fixed" } },
          { "path": "resourceType", "type": { "type": "int32", "storage": "fixed" } },
          { "path": "partitionKey", "type": { "type": "utf8", "storage": "variable" } },
          { "path": "effectivePartitionKey", "type": { "type": "binary", "storage": "variable" } },
          { "path": "id", "type": { "type": "utf8", "storage": "variable" } },
          { "path": "binaryId", "type": { "type": "binary", "storage": "variable" } },
          { "path": "resourceBody", "type": { "type": "binary", "storage": "variable" } },
          { "path": "indexingDirective", "type": { "type": "utf8", "storage": "sparse" } },
          { "path": "ifMatch", "type": { "type": "utf8", "storage": "sparse" } },
          { "path": "ifNoneMatch", "type": { "type": "utf8", "storage": "sparse" } },
          { "path": "timeToLiveInSeconds", "type": { "type": "int32", "storage": "sparse" } },
          { "path": "minimalReturnPreference", "type": { "type": "bool", "storage": "sparse" } } ] },
        { "name": "BatchResult", "id": 2145473649, "type": "schema", "properties": [
          { "path": "statusCode", "type": { "type": "int32", "storage": "fixed" } },
          { "path": "subStatusCode", "type": { "type": "int32", "storage": "fixed" } },
          { "path": "eTag", "type": { "type": "utf8", "storage": "variable" } },
          { "path": "resourceBody", "type": { "type": "binary", "storage": "variable" } },
          { "path": "retryAfterMilliseconds", "type": { "type": "uint32", "storage": "sparse" } },
          { "path": "requestCharge", "type": { "type": "float64", "storage": "sparse" } } ] }
      ]
    }
    """;

    private static readonly Namespace Schemas = Namespace.Parse(SchemaJson);
    private static readonly LayoutResolverNamespace Resolver = new(Schemas);
    private static readonly Layout ResultLayout = Resolver.Resolve(Schemas.Schemas.Find(s => s.Name == "BatchResult")!.SchemaId);

    public static async Task<IReadOnlyList<BatchOperation>> ReadOperationsAsync(byte[] body)
    {
        var operations = new List<BatchOperation>();
        using var stream = new MemoryStream(body);
        var result = await stream.ReadRecordIOAsync(
            (ReadOnlyMemory<byte> record) =>
            {
                var row = new RowBuffer(record.Length);
                if (!row.ReadFrom(record.Span, HybridRowVersion.V1, Resolver)) return Result.Failure;
                var reader = new RowReader(ref row);
                int type = 0;
                string? id = null, partitionKey = null, ifMatch = null, ifNoneMatch = null;
                byte[]? resource = null;
                var minimal = false;
                while (reader.Read())
                {
                    var r = reader.Path.ToString() switch
                    {
                        "operationType" => reader.ReadInt32(out type),
                        "id" => reader.ReadString(out id),
                        "partitionKey" => reader.ReadString(out partitionKey),
                        "resourceBody" => reader.ReadBinary(out resource),
                        "ifMatch" => reader.ReadString(out ifMatch),
                        "ifNoneMatch" => reader.ReadString(out ifNoneMatch),
                        "minimalReturnPreference" => reader.ReadBool(out minimal),
                        _ => Result.Success,
                    };
                    if (r != Result.Success) return r;
                }
                operations.Add(new BatchOperation(type, id, partitionKey, resource, ifMatch, ifNoneMatch, minimal));
                return Result.Success;
            },
            resizer: new MemorySpanResizer<byte>(Math.Max(body.Length, 1024)));
        if (result != Result.Success) throw new InvalidDataException($"The batch body could not be read ({result}).");
        return operations;
    }

    public static async Task<byte[]> WriteResultsAsync(IReadOnlyList<BatchResult> results)
    {
        using var stream = new MemoryStream();
        var result = await stream.WriteRecordIOAsync(default, (long index, out ReadOnlyMemory<byte> buffer) =>
        {
            if (index >= results.Count)
            {
                buffer = default;
                return Result.Success;
            }
            var item = results[(int)index];
            var resizer = new MemorySpanResizer<byte>(256 + (item.ResourceBody?.Length ?? 0) + (item.ETag?.Length ?? 0));
            var row = new RowBuffer(resizer.Memory.Length, resizer);
            row.InitLayout(HybridRowVersion.V1, ResultLayout, Resolver);
            var r = RowWriter.WriteBuffer(ref row, item, WriteResult);
            buffer = resizer.Memory[..row.Length];
            return r;
        });
        if (result != Result.Success) throw new InvalidOperationException($"The batch results could not be written ({result}).");
        return stream.ToArray();
    }

    private static Result WriteResult(ref RowWriter writer, TypeArgument typeArgument, BatchResult result)
    {
        var r = writer.WriteInt32("statusCode", result.StatusCode);
        if (r == Result.Success && result.ETag is not null) r = writer.WriteString("eTag", result.ETag);
        if (r == Result.Success && result.ResourceBody is not null) r = writer.WriteBinary("resourceBody", result.ResourceBody);
        if (r == Result.Success) r = writer.WriteFloat64("requestCharge", result.StatusCode < 300 ? 1 : 0);
        return r;
    }
}
