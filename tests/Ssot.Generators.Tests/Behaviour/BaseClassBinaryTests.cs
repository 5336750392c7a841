using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// A binary compiled against v1, where <c>Lib.Handler</c> is a hand-written <c>HandlerBase</c>, passes it as its base,
/// casts it and stores it in a list of the base. Against v2, where the class is renamed with
/// <c>[Canonical("Lib.Handler")]</c>, the subclass shim that <c>Auto</c> chooses is still a <c>HandlerBase</c> and the
/// binary runs unchanged; a facade (what SSOT1016 warns about) is not one, and the cast fails.
/// </summary>
public sealed class BaseClassBinaryTests
{
    private const string Library = "Handlers";

    /// <summary>What both versions of the library hold: the base class and the code that takes it.</summary>
    private const string Common = """
        [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]
        namespace Lib
        {
            public abstract class HandlerBase
            {
                public abstract string Handle(string input);

                public virtual string Kind => "base";
            }

            public static class Pipeline
            {
                public static string Run(HandlerBase handler, string input) => handler.Handle(input) + "/" + handler.Kind;
            }
        }

        """;

    /// <summary>The class, as v1 declares it and v2 renames it in place (the name, its constructors, the attribute).</summary>
    private const string Handler = """
        namespace Lib
        {
            ATTRIBUTE
            public class NAME : HandlerBase
            {
                public NAME() { }

                public NAME(int depth) { Depth = depth; }

                public int Depth { get; } = 1;

                public override string Handle(string input) => "json:" + input + ":" + Depth;

                public override string Kind => "json";
            }
        }
        """;

    private static readonly string V1 = Common + Handler.Replace("ATTRIBUTE", string.Empty, StringComparison.Ordinal).Replace("NAME", "Handler", StringComparison.Ordinal);

    private const string Consumer = """
        using System.Collections.Generic;

        public static class Probe
        {
            public static string AsBase()
            {
                object boxed = new Lib.Handler(2);
                var handler = (Lib.HandlerBase)boxed;
                var all = new List<Lib.HandlerBase> { new Lib.Handler(), handler };
                return Lib.Pipeline.Run(handler, "x") + "|" + (boxed is Lib.HandlerBase) + "|" + all.Count + "|" + ((Lib.Handler)all[0]).Depth + "|" + all[1].Kind;
            }
        }
        """;

    [Fact]
    public void An_old_binary_that_passes_the_old_class_as_its_base_runs_unchanged_against_the_subclass_shim()
    {
        string againstV1 = Run(AssemblyImage.Emit(new TestCompilation { AssemblyName = Library, WithDependencyInjection = false }.Create(V1)));
        string againstV2 = Run(Renamed(shim: string.Empty));

        Assert.Equal("json:x:2/json|True|2|1|json", againstV1);
        Assert.Equal(againstV1, againstV2);
    }

    [Fact]
    public void Against_a_facade_asked_for_the_same_binary_fails_as_SSOT1016_says()
    {
        Assert.Throws<InvalidCastException>(() => Run(Renamed(shim: ", Shim = Ssot.ShimKind.Facade")));
    }

    private static byte[] Renamed(string shim)
    {
        string v2Source = Common + Handler.Replace("ATTRIBUTE", "[Ssot.Canonical(\"Lib.Handler\"" + shim + ")]", StringComparison.Ordinal).Replace("NAME", "JsonHandler", StringComparison.Ordinal);
        GeneratorResult v2 = GeneratorRunner.Run(v2Source, new TestCompilation { AssemblyName = Library, WithDependencyInjection = false }).ShouldCompile();
        Assert.Equal(shim.Length == 0 ? [] : ["SSOT1016"], v2.AnalyzerDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id));
        return AssemblyImage.Emit(v2.Output);
    }

    /// <summary>Compiles the consumer against v1 and runs it with the library resolving to the given image.</summary>
    private static string Run(byte[] library)
    {
        byte[] v1 = AssemblyImage.Emit(new TestCompilation { AssemblyName = Library, WithDependencyInjection = false }.Create(V1));
        byte[] consumer = AssemblyImage.Emit(new TestCompilation
        {
            AssemblyName = "Consumer",
            WithDependencyInjection = false,
            ExtraReferences = [MetadataReference.CreateFromImage(v1)],
        }.Create(Consumer));

        var context = new TestLoadContext();
        context.Provide(Library, library);
        Assembly loaded = context.LoadFromStream(new MemoryStream(consumer));
        return ProbeAssembly.From(loaded).Call<string>("AsBase");
    }
}
