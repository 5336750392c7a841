using System;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Benchmarks.Workload;

/// <summary>
/// A sequence of distinct compilations, each one edit away from the one before, the way an editor produces them,
/// starting from the project freshly parsed (so no chain shares a syntax tree with another benchmark's).
/// <see cref="Prepare"/> runs outside the measured region (in <c>[IterationSetup]</c>); the benchmark consumes
/// <see cref="Next"/> and calls <see cref="Advance"/>, so every measured run sees a compilation nobody has bound.
/// </summary>
public sealed class EditChain
{
    private readonly Func<Workload, int, FileShape> _edit;
    private readonly Workload _workload;
    private int _step;

    private EditChain(Workload workload, Func<Workload, int, FileShape> edit)
    {
        _workload = workload;
        _edit = edit;
        Current = workload.FreshlyParsed();
        Next = Current;
    }

    /// <summary>The compilation the driver saw last.</summary>
    public CSharpCompilation Current { get; private set; }

    /// <summary>The compilation to measure: <see cref="Current"/> with one more edit.</summary>
    public CSharpCompilation Next { get; private set; }

    /// <summary>S2: one method body changes, in a file without any attribute (files numbered 5 mod 10, in turn).</summary>
    public static EditChain UnrelatedEdits(Workload workload) => new(workload, static (w, step) =>
    {
        int candidates = Math.Max(1, w.Files / 10);
        int index = 5 + 10 * (step % candidates);
        return w.BaseShape(index) with { EditValue = 7 + step };
    });

    /// <summary>S3: the first canonical type (file 0) gets a new public method in place of the one the previous step added.</summary>
    public static EditChain MemberEdits(Workload workload) => new(workload, static (w, step) => w.BaseShape(0) with { AddedMember = step });

    /// <summary>S4: file 5, never marked at the start, gains the attributes in odd steps and loses them in even ones.</summary>
    public static EditChain AttributeToggles(Workload workload) => new(workload, static (w, step) => w.BaseShape(5) with { Marked = step % 2 == 1 });

    public void Prepare() => Next = _workload.WithFile(Current, _edit(_workload, _step + 1));

    public void Advance()
    {
        Current = Next;
        _step++;
    }
}
