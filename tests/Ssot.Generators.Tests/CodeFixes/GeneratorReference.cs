using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ssot.Generators.Tests.CodeFixes;

/// <summary>
/// The package's analyzer assembly as an analyzer reference of a test project, so that the workspace runs its generator
/// the way the IDE and <c>dotnet format</c> do: the documents a code fix sees then compile against the shims, as they
/// do for users. A file reference (the workspace must be able to fingerprint it) whose loader hands back the assembly
/// the tests already run.
/// </summary>
internal static class GeneratorReference
{
    public static readonly AnalyzerReference Instance = new AnalyzerFileReference(typeof(CanonicalGenerator).Assembly.Location, new LoadedAssemblyLoader());

    private sealed class LoadedAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            fullPath == typeof(CanonicalGenerator).Assembly.Location ? typeof(CanonicalGenerator).Assembly : Assembly.LoadFrom(fullPath);
    }
}
