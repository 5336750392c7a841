using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Ssot.Generators.Benchmarks.Reporting;

/// <summary>
/// The median time, or the allocations, of a benchmark divided by those of another benchmark method with the same
/// parameters and job: the floor (the targets are median ratios to it) or the plain compile. The method is looked for
/// in the same class first, then in any class whose parameters are all among this one's with the same values (the
/// edit scenarios use the compile of S1: the compiler has no incremental mode, an edit costs a full compile).
/// </summary>
public sealed class RatioToColumn : IColumn
{
    private readonly string _method;
    private readonly bool _allocations;

    public RatioToColumn(string method, string title, bool allocations)
    {
        _method = method;
        _allocations = allocations;
        ColumnName = title;
    }

    public string Id => nameof(RatioToColumn) + "." + _method + "." + _allocations;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => (_allocations ? "Allocated bytes" : "Median time") + " divided by that of '" + _method + "' for the same project";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.WorkloadMethod.Name == _method);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? reference = summary.BenchmarksCases.FirstOrDefault(b =>
                b.Descriptor.Type == benchmarkCase.Descriptor.Type
                && b.Descriptor.WorkloadMethod.Name == _method
                && b.Job == benchmarkCase.Job
                && b.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo)
            ?? summary.BenchmarksCases.FirstOrDefault(b =>
                b.Descriptor.WorkloadMethod.Name == _method
                && b.Job.Id == benchmarkCase.Job.Id
                && b.Parameters.Items.All(p => benchmarkCase.Parameters.Items.Any(q => q.Name == p.Name && Equals(q.Value, p.Value))));
        double? value = Measure(summary, benchmarkCase);
        double? baseline = reference is null ? null : Measure(summary, reference);
        return value is { } v && baseline is { } b && b > 0 ? (v / b).ToString(v / b < 0.01 ? "0.0000" : "0.00", CultureInfo.InvariantCulture) : "-";
    }

    public override string ToString() => ColumnName;

    private double? Measure(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null)
        {
            return null;
        }

        return _allocations ? report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) : report.ResultStatistics?.Median;
    }
}
