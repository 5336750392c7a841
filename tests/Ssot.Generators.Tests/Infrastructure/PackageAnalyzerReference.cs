using System;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>
/// The package's analyzer assembly as a workspace project references it: the generator and every analyzer and
/// suppressor, so that a workspace compilation has the shims and its diagnostics are the build's. It is a file
/// reference, as <c>dotnet format</c> has, so the workspace can take its checksum (symbol searches do); the assembly is
/// the one the tests loaded, so its types are the tests' own.
/// </summary>
public static class PackageAnalyzerReference
{
    private static readonly Assembly Package = typeof(CanonicalGenerator).Assembly;

    public static AnalyzerReference Create() => new AnalyzerFileReference(Package.Location, new Loader());

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            string.Equals(fullPath, Package.Location, StringComparison.OrdinalIgnoreCase) ? Package : Assembly.LoadFrom(fullPath);
    }
}
