using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// Runs one generator driver over a compilation, then over an edited copy of it, and keeps both run results so
/// that tests can assert what the second run reused.
/// </summary>
public sealed class IncrementalRun
{
    private IncrementalRun(GeneratorRunResult first, GeneratorRunResult second)
    {
        First = first;
        Second = second;
    }

    public GeneratorRunResult First { get; }

    public GeneratorRunResult Second { get; }

    /// <summary>Every step name declared in <c>TrackingNames</c>.</summary>
    public static IReadOnlyList<string> TrackingNames { get; } = typeof(Ssot.Generators.TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly HashSet<IncrementalStepRunReason> Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    /// <summary>Runs the driver over <paramref name="compilation"/>, then over <paramref name="edit"/> of a clone of it.</summary>
    public static IncrementalRun Of(CSharpCompilation compilation, Func<CSharpCompilation, CSharpCompilation> edit)
    {
        GeneratorDriver driver = GeneratorRunner.CreateDriver(compilation);
        driver = driver.RunGenerators(compilation);
        GeneratorRunResult first = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(first.Exception);

        driver = driver.RunGenerators(edit(compilation.Clone()));
        GeneratorRunResult second = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(second.Exception);
        return new IncrementalRun(first, second);
    }

    /// <summary>
    /// The compilation with one file edited as an editor edits it: that file alone parsed again, every other tree kept.
    /// The edit must change the file.
    /// </summary>
    public static CSharpCompilation Replace(CSharpCompilation compilation, string path, Func<string, string> edit)
    {
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        string text = old.GetText().ToString();
        string edited = edit(text);
        Assert.NotEqual(text, edited);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(edited, (CSharpParseOptions)old.Options, path));
    }

    /// <summary>The generated files of a run by hint name.</summary>
    public static IReadOnlyDictionary<string, string> SourcesOf(GeneratorRunResult run) =>
        run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The outputs of one named step of the second run, with why each was (not) recomputed.</summary>
    public IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> SecondRunOutputs(string stepName) =>
        Second.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps)
            ? steps.SelectMany(s => s.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException("Step '" + stepName + "' did not run. Ran: " + string.Join(", ", Second.TrackedSteps.Keys));

    /// <summary>
    /// Asserts every step named in <c>TrackingNames</c> that ran, but those in <paramref name="except"/>, reused all of
    /// its outputs in the second run.
    /// </summary>
    public IncrementalRun ShouldReuseEveryStep(params string[] except)
    {
        var recomputed = new List<string>();
        foreach (string name in TrackingNames.Except(except))
        {
            if (!Second.TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps))
            {
                continue;
            }

            recomputed.AddRange(steps
                .SelectMany(s => s.Outputs)
                .Where(o => !Reused.Contains(o.Reason))
                .Select(o => name + ": " + o.Reason + " " + Describe(o.Value)));
        }

        Assert.True(recomputed.Count == 0, "Steps recomputed after an edit that should change nothing:\n" + string.Join("\n", recomputed));
        return this;
    }

    /// <summary>Asserts both runs generated the same files with the same text.</summary>
    public IncrementalRun ShouldGenerateTheSameSources()
    {
        IReadOnlyDictionary<string, string> before = SourcesOf(First);
        IReadOnlyDictionary<string, string> after = SourcesOf(Second);
        Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (KeyValuePair<string, string> file in before)
        {
            Assert.True(file.Value == after[file.Key], file.Key + " changed");
        }

        return this;
    }

    /// <summary>Asserts no output of a named step, in either run, holds a symbol, syntax, location or compilation.</summary>
    public IncrementalRun ShouldHoldNoCompilationObjects()
    {
        var problems = new List<string>();
        foreach (GeneratorRunResult run in new[] { First, Second })
        {
            foreach (string name in TrackingNames)
            {
                if (!run.TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps))
                {
                    continue;
                }

                foreach ((object value, int index) in steps.SelectMany(s => s.Outputs).Select((o, i) => (o.Value, i)))
                {
                    problems.AddRange(ForbiddenObjects(value, name + "[" + index + "]"));
                }
            }
        }

        Assert.True(problems.Count == 0, "Step outputs hold compilation objects (they keep compilations alive and defeat caching):\n" + string.Join("\n", problems));
        return this;
    }

    /// <summary>
    /// The paths inside <paramref name="value"/> that hold an <see cref="ISymbol"/>, <see cref="SyntaxNode"/>,
    /// <see cref="Location"/>, <see cref="Compilation"/> (or a semantic model, syntax tree or attribute data, which
    /// root one): tuples, arrays, <c>ImmutableArray</c>, <c>EquatableArray</c> and every field and property of records
    /// are walked.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenObjects(object? value, string path)
    {
        var problems = new List<string>();
        Walk(value, path, new HashSet<object>(ReferenceEqualityComparer.Instance), problems, depth: 0);
        return problems;
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> problems, int depth)
    {
        if (value is null)
        {
            return;
        }

        Type type = value.GetType();
        if (value is ISymbol or SyntaxNode or Location or Compilation or SemanticModel or SyntaxTree or AttributeData)
        {
            problems.Add(path + " is " + type.FullName);
            return;
        }

        if (type.IsPrimitive || type.IsEnum || type.IsPointer || value is string or decimal or DateTime or Type or MemberInfo or Delegate)
        {
            return;
        }

        if ((!type.IsValueType && !visited.Add(value)) || depth > 64)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, path + "[" + i++ + "]", visited, problems, depth + 1);
            }
        }

        for (Type? current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsByRefLike)
                {
                    Walk(field.GetValue(value), path + "." + field.Name, visited, problems, depth + 1);
                }
            }
        }

        // Record properties too (computed ones included), for the generator's own model types.
        if (type.Assembly == typeof(Ssot.Generators.CanonicalGenerator).Assembly)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && !property.PropertyType.IsByRefLike)
                {
                    Walk(property.GetValue(value), path + "." + property.Name, visited, problems, depth + 1);
                }
            }
        }
    }

    private static string Describe(object value)
    {
        string text = value.ToString() ?? value.GetType().Name;
        return text.Length > 160 ? text.Substring(0, 160) + "…" : text;
    }
}
