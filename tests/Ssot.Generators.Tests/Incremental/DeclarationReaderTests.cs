using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;
using Xunit;

namespace Ssot.Generators.Tests.Incremental;

/// <summary>
/// The declarations the alias and shim rules read from each file's syntax: the usings at its top, as the compiler
/// understands the names, and the namespaces and types it declares.
/// </summary>
public sealed class DeclarationReaderTests
{
    private static FileDeclarations Read(string source, string path = "File.cs") =>
        DeclarationReader.Read(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path), CancellationToken.None);

    [Fact]
    public void Usings_at_the_top_are_read_without_white_space_escapes_and_global_qualifier()
    {
        FileDeclarations file = Read("""
            global using Vendor.Http;
            using System.Text;
            using global::System.IO;
            using @System.@Linq;
            using System . Collections;
            using global :: System.Threading;
            using System./* odd */Buffers;
            using static System.Math;
            using Short = System.Text.StringBuilder;
            namespace Inner { using Inside.Namespace; using Local = Inside.Namespace.Thing; }
            """);

        Assert.Equal(["Vendor.Http", "System.Text", "System.IO", "System.Linq", "System.Collections", "System.Threading", "System./*odd*/Buffers"], file.Usings.TopImports);
        Assert.Equal(["Vendor.Http"], file.Usings.GlobalImports);
        Assert.Equal(["Short"], file.Usings.TopAliases);

        // A using inside a namespace wins over a global alias there: it is read apart.
        Assert.Equal(["Inside.Namespace"], file.Usings.NamespaceImports);
        Assert.Equal([new AliasTarget("Short", "StringBuilder"), new AliasTarget("Local", "Thing")], file.Usings.Aliases);
    }

    [Fact]
    public void Names_in_signatures_another_assembly_sees_are_read_and_the_rest_are_not()
    {
        FileDeclarations file = Read("""
            namespace Lib
            {
                public interface ISink { void Accept(Strategy? strategy); Old.Ns.Selector Current { get; } }
                public abstract class Base<T> : Parent, IThing where T : Constraint
                {
                    protected Base(Argument argument) { }
                    public List<Element[]> Items;
                    protected internal event Handler? Changed;
                    public abstract (Left, Right) Pair(in Input input, params Many[] many);
                    public static Result operator +(Base<T> a, Operand b) => null!;
                    private Hidden Secret() => null!;
                    internal Internal Inside() => null!;
                    private protected Narrow Narrow() => null!;
                    void ISink.Accept(Explicit e) { }
                    public Body Method() { Local local = null!; return local; }
                    public class Nested { public NestedType Value; }
                    private class Closed { public ClosedType Value; }
                }

                internal class NotSeen { public Invisible Value; }
                public partial class Partly { public Seen Value; }
                public delegate Returned Callback(Passed passed);
                public record Point(Coordinate X);
            }
            """);

        Assert.Equal(
            ["Strategy", "Old", "Ns", "Selector", "Parent", "IThing", "Constraint", "Argument", "List", "Element", "Handler", "Left", "Right", "Input", "Many",
             "Result", "Base", "T", "Operand", "Body", "NestedType", "Seen", "Returned", "Passed", "Coordinate"],
            file.SignatureNames);
    }

    [Fact]
    public void Namespaces_and_the_types_declared_in_them_are_read_with_their_metadata_names()
    {
        FileDeclarations file = Read("""
            namespace A.B
            {
                public class Outer<T> { public class Inner { } private delegate void Handler(); }
                namespace C { internal enum Kind { One } }
            }
            public record struct Global;
            public interface @class { }
            """);

        // Types nested in types are not read (the rules never need them).
        Assert.Equal(["A.B", "A.B.C"], file.Namespaces);
        Assert.Equal(["A.B.Outer`1", "A.B.C.Kind", "Global", "class"], file.Types.Select(t => t.MetadataName));
    }

    [Fact]
    public void Top_level_statements_declare_Program_and_member_bodies_are_not_read()
    {
        FileDeclarations file = Read("""
            System.Console.WriteLine(Local());
            static int Local() { return 1; }
            namespace N;
            public class C { void M() { var f = () => 1; } }
            """);

        Assert.Equal(["Program", "N.C"], file.Types.Select(t => t.MetadataName));
    }

    [Fact]
    public void The_generators_own_output_is_not_read()
    {
        // The analyzer's compilation holds the output, the generator's does not: reading neither gives both the same facts.
        Assert.Same(FileDeclarations.Empty, Read("namespace Old { public class Shim { } }", "Ssot.Generators/Ssot.Generators.CanonicalGenerator/Ssot.Shim.Old.Shim.g.cs"));
        Assert.Same(FileDeclarations.Empty, Read("global using Shim = global::New.Thing;", "Ssot.Generators/Ssot.Generators.CanonicalGenerator/Ssot.Aliases.g.cs"));
    }

    [Fact]
    public void Merging_keeps_each_fact_once_and_a_partial_type_once()
    {
        FileDeclarations first = Read("namespace A.B { partial class P { } }\nglobal using X;", "Other.Generator/P.g.cs");
        FileDeclarations second = Read("using X;\nnamespace A.B { partial class P { } class Q { } }");

        SourceDeclarations merged = DeclarationReader.Merge([first, second]);

        Assert.Equal(["X"], merged.ImportedNamespaces);
        Assert.Equal(["A", "A.B"], merged.Namespaces);
        Assert.Equal(["A.B.P", "A.B.Q"], merged.Types.Select(t => t.MetadataName));
        Assert.Equal(merged, DeclarationReader.Merge([first, second]));
    }
}
