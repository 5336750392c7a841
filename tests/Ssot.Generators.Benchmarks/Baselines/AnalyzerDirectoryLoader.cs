using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Ssot.Generators.Benchmarks.Baselines;

/// <summary>
/// Loads analyzer assemblies the way the compiler does: one load context per analyzer directory, with the compiler's
/// own assemblies (Roslyn, the framework) shared from the host, and everything else from that directory.
/// </summary>
public sealed class AnalyzerDirectoryLoader : IAnalyzerAssemblyLoader
{
    public static readonly AnalyzerDirectoryLoader Instance = new();

    private readonly ConcurrentDictionary<string, DirectoryContext> _contexts = new();

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath)
    {
        string directory = Path.GetDirectoryName(fullPath)!;
        return _contexts.GetOrAdd(directory, static d => new DirectoryContext(d)).LoadFromAssemblyPath(fullPath);
    }

    private sealed class DirectoryContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public DirectoryContext(string directory)
            : base("Analyzers: " + directory)
        {
            _directory = directory;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The host's copy wins for what the compiler itself carries, as in csc and the IDE.
            foreach (Assembly loaded in Default.Assemblies)
            {
                if (AssemblyName.ReferenceMatchesDefinition(assemblyName, loaded.GetName()))
                {
                    return null;
                }
            }

            string candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
