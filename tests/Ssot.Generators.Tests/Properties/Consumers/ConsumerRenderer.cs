using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Ssot.Generators.Tests.Properties.Consumers;

/// <summary>
/// Writes a <see cref="ConsumerCase"/> as C# files, marking each place a legacy diagnostic is expected (see
/// <see cref="RenderedFile"/>). The sites say what to write; this decides how, so that the code is valid C# whatever
/// the product does: a style that cannot bind where it stands is written qualified instead.
/// </summary>
internal static class ConsumerRenderer
{
    public const string ShadowsPath = "/App/Shadows.cs";

    public static IReadOnlyList<RenderedFile> Render(ConsumerCase @case)
    {
        var files = @case.Files.Select((file, f) => RenderedFile.FromMarkup("/App/Consumer" + f.ToString(CultureInfo.InvariantCulture) + ".cs", Render(@case, file, f))).ToList();
        if (@case.ShadowNew || @case.ShadowOld || @case.ShadowCanonical)
        {
            files.Add(RenderedFile.FromMarkup(ShadowsPath, Shadows(@case)));
        }

        return files;
    }

    private static string Shadows(ConsumerCase @case)
    {
        var text = new StringBuilder("namespace App\n{\n");
        if (@case.ShadowNew)
        {
            text.Append("    namespace New\n    {\n        internal static class ShadowOfNew\n        {\n        }\n    }\n\n");
        }

        if (@case.ShadowOld)
        {
            text.Append("    namespace Old\n    {\n        internal static class ShadowOfOld\n        {\n        }\n    }\n\n");
        }

        if (@case.ShadowCanonical)
        {
            text.Append("    internal sealed class UnifiedWidget\n    {\n    }\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Render(ConsumerCase @case, ConsumerFile file, int f)
    {
        var top = new List<string>();
        var members = new List<string>();
        var types = new List<string>();
        for (int i = 0; i < file.Sites.Length; i++)
        {
            RenderSite(new Context(@case, file, f, i), file.Sites[i], top, members, types);
        }

        if (file.ImportOldTop)
        {
            top.Insert(0, RenderedFile.UsingStart + "using Old.Ns;" + RenderedFile.UsingEnd);
        }

        if (file.ImportNew)
        {
            top.Insert(0, "using New.Core;");
        }

        string inside = file.ImportOldInside ? RenderedFile.UsingStart + (@case.ShadowOld ? "using global::Old.Ns;" : "using Old.Ns;") + RenderedFile.UsingEnd + "\n\n" : string.Empty;
        var body = new StringBuilder();
        body.Append("public class C").Append(f).Append("\n{\n");
        foreach (string member in members)
        {
            body.Append(Indent(member, "    ")).Append('\n');
        }

        body.Append("}\n");
        foreach (string type in types)
        {
            body.Append('\n').Append(type).Append('\n');
        }

        var text = new StringBuilder();
        foreach (string line in top)
        {
            text.Append(line).Append('\n');
        }

        if (top.Count > 0)
        {
            text.Append('\n');
        }

        switch (file.Layout)
        {
            case NamespaceLayout.Block:
                text.Append("namespace App\n{\n").Append(Indent(inside + body, "    ")).Append("}\n");
                break;
            case NamespaceLayout.Nested:
                text.Append("namespace App\n{\n").Append(Indent(inside, "    ")).Append("    namespace Inner\n    {\n").Append(Indent(body.ToString(), "        ")).Append("    }\n}\n");
                break;
            case NamespaceLayout.Dotted:
                text.Append("namespace App.Inner\n{\n").Append(Indent(inside + body, "    ")).Append("}\n");
                break;
            default:
                text.Append("namespace App;\n\n").Append(inside).Append(body);
                break;
        }

        return text.ToString();
    }

    private static string Indent(string text, string indent) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : indent + line)) + "\n";

    private sealed record Context(ConsumerCase Case, ConsumerFile File, int FileIndex, int Index)
    {
        public string Suffix => FileIndex.ToString(CultureInfo.InvariantCulture) + "_" + Index.ToString(CultureInfo.InvariantCulture);

        public string I => Index.ToString(CultureInfo.InvariantCulture);
    }

    private static void RenderSite(Context context, Site site, List<string> top, List<string> members, List<string> types)
    {
        string N() => Name(context, site.Shape, site.Style, NameForm.Type);
        string i = context.I;
        string s = context.Suffix;
        switch (site.Kind)
        {
            case SiteKind.Field:
                members.Add("public " + N() + " F" + i + ";");
                break;
            case SiteKind.Property:
                members.Add("public " + N() + " P" + i + " { get; set; }");
                break;
            case SiteKind.ParameterAndReturn:
                members.Add("public " + N() + " M" + i + "(" + N() + " value) => value;");
                break;
            case SiteKind.Local:
                members.Add("public object L" + i + "()\n{\n    " + N() + " local = default(" + N() + ");\n    return local;\n}");
                break;
            case SiteKind.New:
                members.Add("public object N" + i + "() => new " + N() + "();");
                break;
            case SiteKind.Typeof:
                members.Add("public System.Type T" + i + "() => typeof(" + Name(context, site.Shape, site.Style, NameForm.Unbound) + ");");
                break;
            case SiteKind.Nameof:
                members.Add("public string Nf" + i + "() => nameof(" + N() + ");");
                break;
            case SiteKind.ListArgument:
                members.Add("public System.Collections.Generic.List<" + N() + "> Li" + i + "() => new System.Collections.Generic.List<" + N() + ">();");
                break;
            case SiteKind.FuncArgument:
                members.Add("public System.Func<" + N() + ", int> Fu" + i + " = value => 0;");
                break;
            case SiteKind.GenericMethodArgument:
                members.Add("public int Gm" + i + "() => System.Array.Empty<" + N() + ">().Length;");
                break;
            case SiteKind.Array:
                members.Add("public " + N() + "[] Ar" + i + " = new " + N() + "[0];");
                break;
            case SiteKind.Nullable:
                members.Add("public " + N() + "? Nu" + i + ";");
                break;
            case SiteKind.Tuple:
                members.Add("public (" + N() + ", int) Tu" + i + "() => (default(" + N() + "), 0);");
                break;
            case SiteKind.Cast:
                members.Add("public " + N() + " Ca" + i + "(object value) => (" + N() + ")value;");
                break;
            case SiteKind.IsPattern:
                members.Add("public int Is" + i + "(object value) => value is " + N() + " matched ? matched.GetHashCode() : 0;");
                break;
            case SiteKind.As:
                members.Add("public object As" + i + "(object value) => value as " + N() + ";");
                break;
            case SiteKind.BaseList:
                string body = site.Shape switch
                {
                    LegacyShape.Job => "    public override int Run() => 0;\n",
                    LegacyShape.Service => "    public int Id => 0;\n",
                    _ => string.Empty,
                };
                types.Add("public sealed class D" + s + " : " + N() + "\n{\n" + body + "}");
                break;
            case SiteKind.Constraint:
                members.Add("public void Co" + i + "<TC" + i + ">()\n    where TC" + i + " : " + N() + "\n{\n}");
                break;
            case SiteKind.Delegate:
                types.Add("public delegate " + N() + " Dg" + s + "(" + N() + " value);");
                break;
            case SiteKind.AttributeShort:
                types.Add("[" + Name(context, site.Shape, site.Style, NameForm.AttributeShort) + "]\npublic sealed class At" + s + "\n{\n}");
                break;
            case SiteKind.AttributeLong:
                types.Add("[" + N() + "]\npublic sealed class At" + s + "\n{\n}");
                break;
            case SiteKind.StaticMember:
                members.Add(site.Shape == LegacyShape.Helpers
                    ? "public int Sm" + i + "() => " + N() + ".Twice(" + i + ");"
                    : "public object Sm" + i + "() => " + N() + ".Create();");
                break;
            case SiteKind.UsingStatic:
                // One 'using static' of the type per file: a second is CS0105, which no one writes.
                if (!top.Any(line => line.StartsWith("using static ", System.StringComparison.Ordinal)))
                {
                    top.Add("using static " + Name(context, site.Shape, site.Style, NameForm.TopUsing) + ";");
                }

                members.Add("public int Us" + i + "() => Twice(" + i + ");");
                break;
            case SiteKind.UsingAlias:
                top.Add(RenderedFile.UsingStart + "using Legacy" + s + " = " + Unmarked(Name(context, site.Shape, site.Style, NameForm.TopUsing)) + ";" + RenderedFile.UsingEnd);
                // The directive is SSOT0002; each use of the alias is a reference to the legacy type too, as the compiler sees it.
                string alias = RenderedFile.AliasUseStart + "Legacy" + s + RenderedFile.AliasUseEnd;
                members.Add(site.Shape == LegacyShape.Helpers
                    ? "public int Ua" + i + "() => " + alias + ".Twice(" + i + ");"
                    : "public " + alias + " Ua" + i + "(" + alias + " value) => value;");
                break;
            case SiteKind.Cref:
                members.Add("/// <summary>See <see cref=\"" + Name(context, site.Shape, site.Style, NameForm.Cref) + "\"/>.</summary>\npublic int Cr" + i + "() => 0;");
                break;
            default:
                string box = Name(context, LegacyShape.Box, site.Style, NameForm.Open);
                members.Add("public " + box + "<" + Name(context, site.Inner, site.Style, NameForm.Type) + ">" + RenderedFile.ReferenceEnd + " Bo" + i + ";");
                break;
        }
    }

    private enum NameForm
    {
        Type,
        Unbound,
        AttributeShort,
        TopUsing,
        Cref,
        Open,
    }

    private static string Unmarked(string text) => text.Replace(RenderedFile.ReferenceStart.ToString(), string.Empty).Replace(RenderedFile.ReferenceEnd.ToString(), string.Empty);

    /// <summary>
    /// The legacy name of <paramref name="shape"/> in <paramref name="style"/>, marked as a reference. An imported simple
    /// name is written qualified where no using of the file imports it, or where <c>using New.Core;</c> beside it would
    /// make it ambiguous with its canonical type of the same simple name; a qualified one with <c>global::</c> where
    /// the consumer's own namespace <c>App.Old</c> hides the legacy namespace.
    /// </summary>
    private static string Name(Context context, LegacyShape shape, NameStyle style, NameForm form)
    {
        ConsumerFile file = context.File;
        bool topLevel = form == NameForm.TopUsing;
        if (style == NameStyle.Imported
            && (topLevel || !file.ImportOldTop && !file.ImportOldInside
                || !file.ImportOldInside && file.ImportNew && shape is LegacyShape.Box or LegacyShape.Helpers))
        {
            style = NameStyle.Qualified;
        }

        string prefix = style switch
        {
            NameStyle.Imported => string.Empty,
            NameStyle.Qualified when context.Case.ShadowOld && !topLevel => "global::Old.Ns.",
            NameStyle.Qualified => "Old.Ns.",
            _ => "global::Old.Ns.",
        };
        string name = (shape, form) switch
        {
            (LegacyShape.Marker, NameForm.AttributeShort) => "Marker",
            (LegacyShape.Box, NameForm.Unbound) => "Box<>",
            (LegacyShape.Box, NameForm.Cref) => "Box{T}",
            (LegacyShape.Box, NameForm.Open) => "Box",
            (LegacyShape.Box, _) => "Box<int>",
            _ => shape.SimpleName(),
        };

        // An open form is closed by the caller, after its type argument.
        return RenderedFile.ReferenceStart + prefix + name + (form == NameForm.Open ? string.Empty : RenderedFile.ReferenceEnd.ToString());
    }
}
