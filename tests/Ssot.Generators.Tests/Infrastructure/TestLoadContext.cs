using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>A collectible load context for compiled test assemblies; shared framework and DI come from the default context.</summary>
public sealed class TestLoadContext : AssemblyLoadContext
{
    private readonly System.Collections.Generic.Dictionary<string, byte[]> _images = new();

    public TestLoadContext()
        : base(isCollectible: true)
    {
    }

    /// <summary>Makes an assembly image loadable by name, the way a probing directory would.</summary>
    public void Provide(string assemblyName, byte[] image) => _images[assemblyName] = image;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } name && _images.TryGetValue(name, out byte[]? image)
            ? LoadFromStream(new MemoryStream(image))
            : null;
}
