using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Model;
using Ssot.Generators.Parsing;
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
            namespace Inner { using Ignored.Namespace; }
            """);

        Assert.Equal(["Vendor.Http", "System.Text", "System.IO", "System.Linq", "System.Collections", "System.Threading", "System./*odd*/Buffers"], file.UsingNamespaces);
        Assert.Equal(["Short"], file.UsingAliases);
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
        Assert.All(file.Types, t => Assert.True(t.IsHandWritten));
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
    public void The_generators_own_output_is_not_hand_written_and_its_alias_file_is_not_read()
    {
        Assert.All(Read("namespace Old { public class Shim { } }", "Ssot.Generators/Ssot.Generators.CanonicalGenerator/Ssot.Shim.Old.Shim.g.cs").Types, t => Assert.False(t.IsHandWritten));
        Assert.Same(FileDeclarations.Empty, Read("global using Shim = global::New.Thing;", "Ssot.Generators/Ssot.Generators.CanonicalGenerator/Ssot.Aliases.g.cs"));
    }

    [Fact]
    public void Merging_keeps_each_fact_once_and_a_partial_type_written_by_hand_anywhere_is_hand_written()
    {
        FileDeclarations generated = Read("namespace A.B { partial class P { } }\nglobal using X;", "Ssot.Generators/Ssot.Generators.CanonicalGenerator/P.g.cs");
        FileDeclarations written = Read("using X;\nnamespace A.B { partial class P { } class Q { } }");

        SourceDeclarations merged = DeclarationReader.Merge([generated, written]);

        Assert.Equal(["X"], merged.ImportedNamespaces);
        Assert.Equal(["A", "A.B"], merged.Namespaces);
        Assert.Equal(["A.B.P", "A.B.Q"], merged.Types.Select(t => t.MetadataName));
        Assert.All(merged.Types, t => Assert.True(t.IsHandWritten));
        Assert.Equal(merged, DeclarationReader.Merge([generated, written]));
    }
}
