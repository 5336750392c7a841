using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Ssot.Generators.Reading.Caching;
using Ssot.Generators.Tests.Incremental.Typing;
using Ssot.Generators.Tests.Infrastructure;
using Xunit;

namespace Ssot.Generators.Tests.Incremental;

/// <summary>
/// The per-type model cache keeps a canonical type's model while the files it was read from are unedited. These are the
/// dependencies the typing fuzz's project does not reach: files the canonical type's own file never names (a base class
/// two levels up, an interface inherited through another), and a constant folded into a default value through another
/// constant. After each edit the kept driver must generate what a fresh driver generates for a fresh copy.
/// </summary>
public sealed class ModelCacheTests
{
    [Fact]
    public void An_edit_in_a_file_the_type_does_not_depend_on_reuses_its_model_and_an_edit_of_its_base_does_not()
    {
        CSharpCompilation compilation = new TestCompilation().Create(
            "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic sealed class Hub : HubBase\n{\n    public int Send(int size) => size;\n}\n",
            "namespace App;\n\npublic class HubBase\n{\n    public int Limit => 1;\n}\n",
            "namespace App.Other;\n\npublic static class Helper\n{\n    public static int Compute() => 1;\n}\n");
        GeneratorRunner.CreateDriver(compilation).RunGenerators(compilation);
        SyntaxNode hub = compilation.SyntaxTrees[0].GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single();

        Assert.True(CanonicalModelCache.WouldReuse(hub, IncrementalRun.Replace(compilation, "Source2.cs", t => t.Replace("=> 1;", "=> 2;", StringComparison.Ordinal))));
        Assert.True(CanonicalModelCache.WouldReuse(hub, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App.More;\n\npublic class Added { }\n", new TestCompilation().ParseOptions))));
        Assert.False(CanonicalModelCache.WouldReuse(hub, IncrementalRun.Replace(compilation, "Source1.cs", t => t.Replace("=> 1;", "=> 2;", StringComparison.Ordinal))));
        Assert.False(CanonicalModelCache.WouldReuse(hub, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App.More;\n\npublic class HubBase { }\n", new TestCompilation().ParseOptions))));
        Assert.False(CanonicalModelCache.WouldReuse(hub, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("global using App.More;\n", new TestCompilation().ParseOptions))));
        Assert.False(CanonicalModelCache.WouldReuse(hub, compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable))));
    }

    [Fact]
    public void A_member_added_to_a_base_class_two_levels_up_is_forwarded()
    {
        (string kept, string fresh) = KeptAndFresh(
            [
                ("Hub.cs", "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic sealed class Hub : Mid\n{\n}\n"),
                ("Mid.cs", "namespace App;\n\npublic class Mid : Root\n{\n}\n"),
                ("Root.cs", "namespace App;\n\npublic class Root\n{\n    public int First => 1;\n}\n"),
            ],
            "Root.cs",
            text => text.Replace("public int First => 1;", "public int First => 1;\n\n    public int Second => 2;", StringComparison.Ordinal));

        Assert.Contains("Second", fresh, StringComparison.Ordinal);
        Assert.Equal(fresh, kept);
    }

    [Fact]
    public void An_interface_gained_through_another_interface_reaches_the_facade()
    {
        (string kept, string fresh) = KeptAndFresh(
            [
                ("Hub.cs", "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\", ServiceTypes = new[] { typeof(IHandler) })]\npublic sealed class Hub : IHandler\n{\n    public void Handle() { }\n\n    public void Audit() { }\n}\n"),
                ("Handler.cs", "namespace App;\n\npublic interface IHandler : IMid\n{\n    void Handle();\n}\n"),
                ("Mid.cs", "namespace App;\n\npublic interface IMid\n{\n}\n"),
                ("Auditable.cs", "namespace App;\n\npublic interface IAuditable\n{\n    void Audit();\n}\n"),
            ],
            "Mid.cs",
            text => text.Replace("public interface IMid", "public interface IMid : IAuditable", StringComparison.Ordinal));

        Assert.Equal(fresh, kept);
    }

    [Fact]
    public void A_constant_changed_two_files_away_changes_the_forwarded_default_value()
    {
        (string kept, string fresh) = KeptAndFresh(
            [
                ("Hub.cs", "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic sealed class Hub\n{\n    public int Send(int size = Limits.Max) => size;\n}\n"),
                ("Limits.cs", "namespace App;\n\npublic static class Limits\n{\n    public const int Max = Sizes.Unit * 2;\n}\n"),
                ("Sizes.cs", "namespace Other;\n\npublic static class Sizes\n{\n    public const int Unit = 4;\n}\n"),
                ("Usings.cs", "global using Other;\n"),
            ],
            "Sizes.cs",
            text => text.Replace("Unit = 4", "Unit = 5", StringComparison.Ordinal));

        Assert.Contains("= 10", fresh, StringComparison.Ordinal);
        Assert.Equal(fresh, kept);
    }

    [Fact]
    public void A_namespace_declared_closer_than_the_one_a_signature_binds_to_changes_the_model()
    {
        // 'Models.Item' binds to the global namespace Models until App.Models exists, which has no Item: the signature
        // no longer binds, though no file declaring Item changed.
        (string kept, string fresh) = KeptAndFresh(
            [
                ("Hub.cs", "namespace App.Core;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic sealed class Hub\n{\n    public void Use(Models.Item item) { }\n}\n"),
                ("Item.cs", "namespace Models;\n\npublic class Item\n{\n}\n"),
                ("Other.cs", "namespace Elsewhere;\n\npublic class Unrelated\n{\n}\n"),
            ],
            "Other.cs",
            text => text.Replace("namespace Elsewhere;", "namespace App.Models;", StringComparison.Ordinal));

        Assert.DoesNotContain("global::Models.Item", fresh, StringComparison.Ordinal);
        Assert.Equal(fresh, kept);
    }

    [Fact]
    public void A_legacy_name_another_type_stops_claiming_no_longer_resolves_in_a_signature()
    {
        // Hub's signature names Widget, renamed in place: only the claim in another file says what it stands for.
        (string kept, string fresh) = KeptAndFresh(
            [
                ("Hub.cs", "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic sealed class Hub\n{\n    public void Use(Widget widget) { }\n}\n"),
                ("Widget.cs", "namespace App;\n\n[Ssot.Canonical(\"App.Widget\")]\npublic sealed class NewWidget\n{\n}\n"),
            ],
            "Widget.cs",
            text => text.Replace("\"App.Widget\"", "\"App.Gadget\"", StringComparison.Ordinal));

        Assert.Equal(fresh, kept);
    }

    [Fact]
    public void Adding_the_attribute_to_another_type_keeps_the_models_that_do_not_name_its_legacy_name()
    {
        CSharpCompilation compilation = new TestCompilation().Create(
            "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic sealed class Hub\n{\n    public int Send(int size) => size;\n}\n",
            "namespace App;\n\npublic sealed class Store\n{\n}\n");
        GeneratorRunner.CreateDriver(compilation).RunGenerators(compilation);
        SyntaxNode hub = compilation.SyntaxTrees[0].GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single();

        Assert.True(CanonicalModelCache.WouldReuse(hub, IncrementalRun.Replace(compilation, "Source1.cs", t => t.Replace("public sealed class Store", "[Ssot.Canonical(\"Old.Store\")]\npublic sealed class Store", StringComparison.Ordinal))));
        Assert.False(CanonicalModelCache.WouldReuse(hub, IncrementalRun.Replace(compilation, "Source1.cs", t => t.Replace("public sealed class Store", "[Ssot.Canonical(\"Old.Send\")]\npublic sealed class Store", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_class_deriving_from_the_type_through_a_global_alias_declared_elsewhere_makes_its_shim_a_subclass()
    {
        (string kept, string fresh) = KeptAndFresh(
            [
                ("Hub.cs", "namespace App;\n\n[Ssot.Canonical(\"Old.Hub\")]\npublic class Hub\n{\n    public int Send(int size) => size;\n}\n"),
                ("Usings.cs", "global using Base = App.Hub;\n"),
                ("Derived.cs", "namespace Other;\n\npublic class Derived\n{\n}\n"),
            ],
            "Derived.cs",
            text => text.Replace("public class Derived", "public class Derived : Base", StringComparison.Ordinal));

        Assert.Equal(fresh, kept);
    }

    /// <summary>
    /// Runs one driver over the files, then over the files with one edited (only that file parsed again, as an editor
    /// does), and a fresh driver over a fresh copy of the edited project; returns both outputs after the edit.
    /// </summary>
    private static (string Kept, string Fresh) KeptAndFresh((string Path, string Text)[] files, string edited, Func<string, string> edit)
    {
        var options = new TestCompilation();
        CSharpParseOptions parse = options.ParseOptions;
        CSharpCompilation first = options.Create().AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path)));
        CSharpCompilation second = IncrementalRun.Replace(first, edited, edit);

        GeneratorDriver driver = GeneratorRunner.CreateDriver(first).RunGenerators(first);
        string kept = Text(driver.RunGenerators(second).GetRunResult());
        string fresh = Text(GeneratorRunner.CreateDriver(second).RunGenerators(TypingCompilations.FreshCopy(second)).GetRunResult());
        return (kept, fresh);
    }

    private static string Text(GeneratorDriverRunResult result) =>
        string.Join("\n", result.GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(t => "// " + t.FilePath + "\n" + t.GetText()));
}
