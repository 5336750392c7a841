using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// The official code-fix harness, set up to run offline: reference assemblies come from the packaged
/// Basic.Reference.Assemblies (no download). The generator is an analyzer reference of every project, so the workspace
/// runs it as the IDE does: the analyzers, the code fixes and the check that the fixed code compiles all see the shims.
/// </summary>
public sealed class CodeFixVerifier<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixVerifier()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(new TestCompilation().References());
        FixedState.AdditionalReferences.AddRange(new TestCompilation().References());

        SolutionTransforms.Add((solution, _) => solution.ProjectIds.Aggregate(solution, WithGenerator));
    }

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    /// <summary>
    /// A further project of the test's solution (for <see cref="SolutionState.AdditionalProjects"/> of the test state or
    /// the fixed state), with the references of the primary one; <paramref name="sources"/> are (path, text) pairs, and
    /// a path another project also has makes a linked file.
    /// </summary>
    public static ProjectState Project(string name, IEnumerable<string> projectReferences, params (string Path, string Text)[] sources)
    {
        var project = new ProjectState(name, LanguageNames.CSharp, "/" + name + "/", "cs");
        project.AdditionalReferences.AddRange(new TestCompilation().References());
        project.AdditionalProjectReferences.AddRange(projectReferences);
        foreach ((string path, string text) in sources)
        {
            project.Sources.Add((path, text));
        }

        return project;
    }

    /// <summary>Every project runs the generator and has the options of the primary one (additional projects start from the defaults).</summary>
    private Solution WithGenerator(Solution solution, ProjectId projectId)
    {
        Project project = solution.GetProject(projectId)!;
        if (!project.AnalyzerReferences.Contains(GeneratorReference.Instance))
        {
            solution = solution.AddAnalyzerReference(projectId, GeneratorReference.Instance);
        }

        return solution
            .WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable))
            .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion));
    }

    protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    // The legacy-reference analyzer runs beside the one under test, as in a build: the suppressor removes the compiler's
    // report of each legacy reference in favour of that analyzer's.
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        typeof(TAnalyzer) == typeof(LegacyReferenceAnalyzer)
            ? [new TAnalyzer(), new LegacyReferenceSuppressor()]
            : [new TAnalyzer(), new LegacyReferenceAnalyzer(), new LegacyReferenceSuppressor()];

    // What a build shows: the compiler's own report of a legacy reference is suppressed in favour of the analyzer's.
    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics) =>
        base.FilterDiagnostics(diagnostics).Where(d => !d.diagnostic.IsSuppressed).ToImmutableArray();

    /// <summary>
    /// Runs the fix over <paramref name="source"/> (markup marks the expected diagnostics) and compares with
    /// <paramref name="fixedSource"/>; <paramref name="librarySources"/> are a referenced library (see <see cref="Create"/>).
    /// </summary>
    public static Task VerifyAsync(string source, string fixedSource, params string[] librarySources) =>
        Create(source, fixedSource, librarySources).RunAsync(CancellationToken.None);

    /// <summary>
    /// A test of the fix over <paramref name="source"/>, to adjust before running. <paramref name="librarySources"/> are
    /// a library project the test project references, the same before and after: the test project is a consumer of
    /// the canonical types, as most migrating code is.
    /// </summary>
    public static CodeFixVerifier<TAnalyzer, TCodeFix> Create(string source, string fixedSource, params string[] librarySources)
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        if (librarySources.Length > 0)
        {
            (string, string)[] files = librarySources.Select((text, i) => ("/Lib/Lib" + i + ".cs", text)).ToArray();
            test.TestState.AdditionalProjects.Add("Lib", Project("Lib", [], files));
            test.TestState.AdditionalProjectReferences.Add("Lib");
            test.FixedState.AdditionalProjects.Add("Lib", Project("Lib", [], files));
            test.FixedState.AdditionalProjectReferences.Add("Lib");
        }

        return test;
    }
}
