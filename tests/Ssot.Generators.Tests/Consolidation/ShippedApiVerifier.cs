using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Ssot.Generators.Analysis;
using Ssot.Generators.Tests.CodeFixes;
using Ssot.Generators.Tests.Infrastructure;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// The official analyzer harness for SSOT1021, offline: reference assemblies from Basic.Reference.Assemblies, and the
/// generator as an analyzer reference of the project, so the analyzer sees the shims as it does in a build. API files
/// are additional files, whose markup marks the expected diagnostics.
/// </summary>
internal sealed class ShippedApiVerifier : CSharpAnalyzerTest<ShippedApiAnalyzer, DefaultVerifier>
{
    public ShippedApiVerifier(string source, params (string Path, string Text)[] apiFiles)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(new TestCompilation().References());
        TestCode = source;
        foreach ((string path, string text) in apiFiles)
        {
            TestState.AdditionalFiles.Add((path, text));
        }

        SolutionTransforms.Add((solution, _) => solution.ProjectIds.Aggregate(solution, (s, id) => s.GetProject(id)!.AnalyzerReferences.Contains(GeneratorReference.Instance)
            ? s
            : s.AddAnalyzerReference(id, GeneratorReference.Instance)));
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
