using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Writes a case as C# source files: the support types, one file per canonical type (two for a split one), the legacy references.</summary>
internal static class CaseRenderer
{
    public const string SupportNamespace = "CaseSupport";

    /// <summary>The class in the legacy-references file: a name no random case uses.</summary>
    public const string UsageClass = "ΣLegacyUsage";

    public const string UsageFile = "LegacyUsage.cs";

    /// <summary>The zero-based line of the first <c>typeof</c> in the legacy-references file; one reference a line.</summary>
    public const int UsageFirstLine = 4;

    /// <summary>Types the random members use: enums for defaults, interfaces to implement, base types, a delegate.</summary>
    public const string Support = """
        namespace CaseSupport
        {
            public enum Color { Red = 0, Green = 1, Blue = 4, @class = 8 }

            public enum Small : sbyte { Neg = -1, Zero = 0 }

            public enum Big : ulong { Max = 18446744073709551615 }

            [global::System.Flags]
            public enum Bits : byte { None = 0, A = 1, B = 2 }

            public struct Point { public int X; public int Y; }

            public delegate void Handler(object sender, ref int x);

            public interface ISupport
            {
                int Value { get; }
                void Run(int x);
                event global::System.EventHandler? Changed;
                string? this[int i] { get; }
                TItem Echo<TItem>(TItem item) where TItem : class;
            }

            public interface ISupport<T>
            {
                T Get();
                void Put(T item);
            }

            public interface IZero<TSelf> where TSelf : IZero<TSelf>
            {
                static abstract TSelf Zero { get; }
            }

            public class BaseThing
            {
                public virtual int Size => 0;
                public int BaseField;
                public static int BaseStatic() => 0;
            }

            public abstract record BaseRecord
            {
                public int Id { get; init; }
            }
        }

        """;

    /// <summary>The source files of the case, by file name: the support types and the canonical types (not the legacy references).</summary>
    public static List<(string Path, string Text)> Render(CanonicalCase @case)
    {
        var files = new List<(string, string)> { ("CaseSupport.cs", Support) };
        for (int i = 0; i < @case.Types.Length; i++)
        {
            CanonicalTypeSpec type = @case.Types[i];
            string index = i.ToString(CultureInfo.InvariantCulture);
            files.Add(("Type" + index + ".cs", RenderType(type, firstPart: true)));
            if (type.IsSplit)
            {
                files.Add(("Type" + index + ".Part2.cs", RenderType(type, firstPart: false)));
            }
        }

        return files;
    }

    /// <summary>One reference to each legacy type that gets a shim: each must be reported exactly once.</summary>
    public static string RenderUsage(IEnumerable<LegacyNameSpec> shims)
    {
        var text = new StringBuilder();
        text.Append("internal static class ").Append(UsageClass).Append('\n').Append("{\n");
        text.Append("    internal static readonly global::System.Type[] Types =\n    {\n");
        foreach (LegacyNameSpec legacy in shims)
        {
            text.Append("        typeof(").Append(legacy.TypeOfText).Append("),\n");
        }

        text.Append("    };\n}\n");
        return text.ToString();
    }

    private static string RenderType(CanonicalTypeSpec type, bool firstPart)
    {
        // The case's own "never assigned" and lower-case type name warnings are the case's business, not the product's.
        var text = new StringBuilder("#pragma warning disable CS0649, CS8981\n");
        int indent = 0;
        void Line(string line)
        {
            foreach (string part in line.Split('\n'))
            {
                text.Append(' ', indent * 4).Append(part).Append('\n');
            }
        }

        if (!type.Namespace.IsEmpty)
        {
            Line("namespace " + string.Join(".", type.Namespace.Select(n => n.Source)));
            Line("{");
            indent++;
        }

        foreach (ContainerSpec container in type.Containers)
        {
            Line(container.Declaration);
            Line("{");
            indent++;
        }

        string self = type.Self;
        if (firstPart)
        {
            Line(Attribute(type));
        }

        string header = Header(type);
        if (firstPart && type.Primary is { } primary)
        {
            header += primary.Render(type.Name.Source, self).Split('‖')[0];
        }

        if (firstPart && !type.BaseList.IsEmpty)
        {
            header += " : " + string.Join(", ", type.BaseList.Select(b => b.Replace(TypeChoice.Self, self, System.StringComparison.Ordinal)));
        }

        header += string.Concat(type.TypeParameters.Where(t => t.Constraints.Length > 0)
            .Select(t => " where " + t.Name.Source + " : " + t.Constraints.Replace(TypeParameterGens.Me, t.Name.Source, System.StringComparison.Ordinal)));
        Line(header);
        Line("{");
        indent++;
        if (firstPart && type.Primary?.Render(type.Name.Source, self).Split('‖') is { Length: 2 } parts)
        {
            Line(parts[1]);
        }

        foreach (MemberSpec member in type.Members.Where(m => m.SecondPart != firstPart && m.Template.Length > 0))
        {
            Line(member.Render(type.Name.Source, self));
        }

        indent--;
        Line("}");
        foreach (ContainerSpec _ in type.Containers)
        {
            indent--;
            Line("}");
        }

        if (!type.Namespace.IsEmpty)
        {
            indent--;
            Line("}");
        }

        return text.ToString();
    }

    private static string Header(CanonicalTypeSpec type)
    {
        string partial = type.IsPartial ? "partial " : string.Empty;
        string keyword = type.Kind switch
        {
            CaseKind.Class => partial + "class",
            CaseKind.SealedClass => "sealed " + partial + "class",
            CaseKind.AbstractClass => "abstract " + partial + "class",
            CaseKind.StaticClass => "static " + partial + "class",
            CaseKind.Struct => type.Modifier + partial + "struct",
            CaseKind.Record => type.Modifier + partial + "record",
            CaseKind.RecordStruct => type.Modifier + partial + "record struct",
            _ => partial + "interface",
        };
        string typeParameters = type.TypeParameters.IsEmpty
            ? string.Empty
            : "<" + string.Join(", ", type.TypeParameters.Select(t => t.Variance + t.Name.Source)) + ">";
        return type.Access + " " + keyword + " " + type.Name.Source + typeParameters;
    }

    private static string Attribute(CanonicalTypeSpec type)
    {
        AttributeSpec a = type.Attribute;
        var arguments = type.LegacyNames.Select(l => SymbolDisplay.FormatLiteral(l.MetadataName, quote: true)).ToList();
        if (a.Shim is { } shim)
        {
            arguments.Add("Shim = global::Ssot.ShimKind." + shim);
        }

        if (a.Lifetime is { } lifetime)
        {
            arguments.Add("Lifetime = global::Ssot.CanonicalLifetime." + lifetime);
        }

        if (a.Alias is { } alias)
        {
            arguments.Add("Alias = " + (alias ? "true" : "false"));
        }

        if (a.DiagnosticId is { } id)
        {
            arguments.Add("DiagnosticId = " + SymbolDisplay.FormatLiteral(id, quote: true));
        }

        if (a.Error)
        {
            arguments.Add("Error = true");
        }

        if (a.Message is { } message)
        {
            arguments.Add("Message = " + SymbolDisplay.FormatLiteral(message, quote: true));
        }

        if (a.UrlFormat is { } url)
        {
            arguments.Add("UrlFormat = " + SymbolDisplay.FormatLiteral(url, quote: true));
        }

        if (!a.ServiceTypes.IsEmpty)
        {
            arguments.Add("ServiceTypes = new global::System.Type[] { "
                + string.Join(", ", a.ServiceTypes.Select(s => "typeof(" + s.Replace(TypeChoice.Self, type.FullyQualified, System.StringComparison.Ordinal) + ")"))
                + " }");
        }

        return "[global::Ssot.Canonical" + (type.LongAttributeName ? "Attribute" : string.Empty) + "(" + string.Join(", ", arguments) + ")]";
    }
}
