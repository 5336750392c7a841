using Ssot.Generators.Tests.Differential;
using Xunit;

namespace Ssot.Generators.Tests.Behaviour;

/// <summary>
/// What an interface shim (<c>interface IOld : INew { }</c>) keeps and what it cannot: source that says the old name
/// compiles, and a binary compiled against the old interface still finds the type; but it called the members on the
/// old interface, where they are declared no more, so those calls fail. The README says so.
/// </summary>
public sealed class InterfaceShimBinaryTests
{
    private const string V1 = """
        namespace Acme.Storage
        {
            public interface ISink { int Accept(int value); }

            public static class Sinks
            {
                public static ISink Make() => new Doubling();

                private sealed class Doubling : ISink { public int Accept(int value) => value * 2; }
            }
        }
        """;

    private const string V2 = """
        namespace Acme.Storage
        {
            [Ssot.Canonical("Acme.Storage.ISink")]
            public interface IDataSink { int Accept(int value); }

            public static class Sinks
            {
                public static ISink Make() => new Doubling();

                private sealed class Doubling : ISink { public int Accept(int value) => value * 2; }
            }
        }
        """;

    [Fact]
    public void An_old_binary_finds_the_interface_but_not_the_members_it_called_on_it()
    {
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run()
                    {
                        Acme.Storage.ISink sink = Acme.Storage.Sinks.Make();
                        string type = sink is Acme.Storage.ISink ? "is a sink" : "no sink";
                        return type;
                    }

                    public static string Call() => Acme.Storage.Sinks.Make().Accept(4).ToString();
                }
            }
            """;

        (string before, string after) = DefectRepro.OldBinary(V1, consumer, V2);
        Assert.Equal("is a sink", before);
        Assert.Equal(before, after);

        (string beforeCall, string afterCall) = DefectRepro.OldBinary(V1, consumer.Replace("public static string Run()", "public static string Unused()").Replace("Call()", "Run()"), V2);
        Assert.Equal("8", beforeCall);
        Assert.Contains("MissingMethodException", afterCall, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Source_that_calls_the_members_through_the_old_name_still_compiles_and_runs()
    {
        const string consumer = """
            namespace App
            {
                public static class Program
                {
                    public static string Run() => Acme.Storage.Sinks.Make().Accept(4).ToString();
                }
            }
            """;

        Assert.DoesNotContain(DefectRepro.Recompiled(V2, consumer).BuildDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
