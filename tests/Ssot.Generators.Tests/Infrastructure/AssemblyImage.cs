using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Ssot.Generators.Tests.Infrastructure;

/// <summary>Emits a compilation to the bytes of an assembly, for tests that reference or load images by name.</summary>
public static class AssemblyImage
{
    /// <summary>Emits the compilation, failing the test with the errors if it does not emit.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(
            emitted.Success,
            "'" + compilation.AssemblyName + "' does not emit:\n"
            + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(GeneratorResult.Describe)));
        return stream.ToArray();
    }
}
