using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HelpdeskBot.Benchmarks;

/// <summary>A column computed from the bytes a benchmark scans per operation and its mean time.</summary>
internal sealed class ThroughputColumn(string name, Func<double, double, double> compute) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{name}";
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => name == "MB/s" ? "UTF-8 megabytes scanned per second" : "microseconds per kilobyte scanned";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var bytes = SecretScannerBenchmarks.BytesPerOperation(benchmarkCase.Descriptor.WorkloadMethod.Name);
        return mean is > 0 && !double.IsNaN(bytes)
            ? compute(bytes, mean.Value).ToString("N2", CultureInfo.InvariantCulture)
            : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
