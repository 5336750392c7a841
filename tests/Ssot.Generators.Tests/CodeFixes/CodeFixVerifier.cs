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
/// Basic.Reference.Assemblies (no download), and the generator runs so the legacy shims exist.
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

        // The shims and aliases are generated code: the fixed state has them too, they are not what is compared.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

    }

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(CanonicalGenerator)];

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

    /// <summary>Runs the fix over <paramref name="source"/> (markup marks the expected diagnostics) and compares with <paramref name="fixedSource"/>.</summary>
    public static Task VerifyAsync(string source, string fixedSource, params string[] additionalSources)
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        foreach (string additional in additionalSources)
        {
            test.TestState.Sources.Add(additional);
            test.FixedState.Sources.Add(additional);
        }

        return test.RunAsync(CancellationToken.None);
    }
}
