using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace Ssot.Generators.Tests.Incremental.Typing;

/// <summary>
/// Writes the files of a <see cref="TypingProject"/>. Each file reads only its own knobs, so an edit rewrites one file
/// and leaves every other syntax tree as it was: a type named in a canonical signature moves, or a closer type or alias
/// appears, while the canonical type's own declaration stays the very same syntax. Many states do not compile (as
/// while typing); the generator's output must still be what a fresh run makes of them.
/// </summary>
internal static class TypingSources
{
    /// <summary>The files by path.</summary>
    public static ImmutableSortedDictionary<string, string> Render(TypingProject p)
    {
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        files["GlobalUsings.cs"] = GlobalUsings(p);
        files["Contracts.cs"] = Contracts(p);
        files["Imports.cs"] = Imports(p);
        files["HubBase.cs"] = HubBase(p);
        files["Hub.cs"] = Hub(p);
        files["Worker.cs"] = Worker(p);
        files["Tools.cs"] = Tools(p);
        files["Store.cs"] = Store(p);
        files["Unrelated.cs"] = Unrelated(p);
        Add(files, "Moved.cs", p.Is(Knob.PayloadHome, "Moved.cs") ? "namespace App.Moved\n{\n" + Payload(p) + "}\n" : null);
        Add(files, "Shadow.cs", p.Is(Knob.ShadowPayload, "Off") ? null : "namespace " + p[Knob.ShadowPayload] + "\n{\n    public sealed class Payload\n    {\n    }\n}\n");
        Add(files, "HubPart.cs", HubPart(p));
        Add(files, "Legacy.cs", Legacy(p));
        Add(files, "Extra.cs", Extra(p));
        Add(files, "HandWritten.cs", HandWritten(p));
        Add(files, "Polyfill.cs", p.Is(Knob.Polyfill, "On") ? Polyfill : null);
        return files.ToImmutable();
    }

    private static void Add(ImmutableSortedDictionary<string, string>.Builder files, string path, string? text)
    {
        if (text is not null)
        {
            files[path] = text;
        }
    }

    private static string GlobalUsings(TypingProject p)
    {
        var text = new StringBuilder("// The project's global usings.\n");
        Line(text, p.Is(Knob.GlobalUsingContracts, "On"), "global using App.Contracts;");
        Line(text, p.Is(Knob.GlobalUsingMoved, "On"), "global using App.Moved;");
        Line(text, p.Is(Knob.GlobalUsingSsot, "On"), "global using Ssot;");
        Line(text, !p.Is(Knob.GlobalPayloadAlias, "Off"), "global using Payload = " + p[Knob.GlobalPayloadAlias] + ";");
        Line(text, p.Is(Knob.GlobalLegacyAlias, "On"), "global using Hub = App.Contracts.Message;");
        Line(text, p.Is(Knob.GlobalUsingOldImports, "On"), "global using Old.Imports;");
        Line(text, p.Is(Knob.GlobalAttributeAlias, "On"), "global using Canon = Ssot.CanonicalAttribute;");
        return text.ToString();
    }

    private static string Contracts(TypingProject p) =>
        "namespace App.Contracts\n{\n"
        + "    public sealed class Message\n    {\n    }\n\n"
        + "    public interface IHandler\n    {\n        void Handle(Payload payload);\n    }\n\n"
        + "    public interface IAuditable\n    {\n        string Audit();\n    }\n"
        + (p.Is(Knob.PayloadHome, "App.Contracts") ? "\n" + Payload(p) : string.Empty)
        + "}\n\nnamespace App.Moved\n{\n"
        + "    public sealed class Marker\n    {\n    }\n"
        + (p.Is(Knob.PayloadHome, "App.Moved") ? "\n" + Payload(p) : string.Empty)
        + "}\n";

    private static string Payload(TypingProject p) => p[Knob.PayloadKind] switch
    {
        "class" => "    public sealed class Payload\n    {\n        public int Size { get; set; }\n    }\n",
        "struct" => "    public struct Payload\n    {\n        public int Size { get; set; }\n    }\n",
        _ => "    public interface Payload\n    {\n        int Size { get; }\n    }\n",
    };

    private static string Imports(TypingProject p) =>
        "namespace Old.Imports\n{\n    public sealed class Marker\n    {\n    }\n"
        + (p.Is(Knob.ImportsHub, "On") ? "\n    public sealed class Hub\n    {\n    }\n" : string.Empty)
        + "}\n";

    private static string HubBase(TypingProject p)
    {
        string interfaces = p[Knob.HubBaseInterfaces] switch
        {
            "IAuditable" => " : global::App.Contracts.IAuditable",
            "IDisposable" => " : global::System.IDisposable",
            "IAuditable,IDisposable" => " : global::App.Contracts.IAuditable, global::System.IDisposable",
            _ => string.Empty,
        };
        var text = new StringBuilder("namespace App.Core\n{\n    public abstract class HubBase").Append(interfaces).Append("\n    {\n");
        text.Append("        public int Version => 1;\n");
        switch (p[Knob.HubBaseMember])
        {
            case "LastPayload":
                text.Append("\n        public virtual Payload? Last => default;\n");
                break;
            case "DescribePayload":
                text.Append("\n        public string Describe(Payload payload) => \"payload\";\n");
                break;
            case "ProtectedField":
                text.Append("\n        protected int Counter;\n");
                break;
        }

        if (p[Knob.HubBaseInterfaces].Contains("IAuditable", StringComparison.Ordinal))
        {
            text.Append("\n        public string Audit() => \"audit\";\n");
        }

        if (p[Knob.HubBaseInterfaces].Contains("IDisposable", StringComparison.Ordinal))
        {
            text.Append("\n        public void Dispose()\n        {\n        }\n");
        }

        return text.Append("    }\n}\n").ToString();
    }

    private static string Hub(TypingProject p)
    {
        var text = new StringBuilder("using System;\n");
        Line(text, p.Is(Knob.HubUsingSsot, "On"), "using Ssot;");
        Line(text, !p.Is(Knob.HubLocalAlias, "Off"), "using Payload = " + p[Knob.HubLocalAlias] + ";");
        bool block = p.Is(Knob.HubNamespace, "Block");
        text.Append(block ? "\nnamespace App.Core\n{\n" : "\nnamespace App.Core;\n\n");
        if (!p.Is(Knob.HubAttribute, "Off"))
        {
            var arguments = new List<string>(LegacyNames(p[Knob.HubLegacyNames]));
            NamedArgument(arguments, !p.Is(Knob.HubShim, "Auto"), "Shim = global::Ssot.ShimKind." + p[Knob.HubShim]);
            NamedArgument(arguments, p.Is(Knob.HubAlias, "False"), "Alias = false");
            NamedArgument(arguments, !p.Is(Knob.HubLifetime, "Default"), "Lifetime = global::Ssot.CanonicalLifetime." + p[Knob.HubLifetime]);
            NamedArgument(arguments, !p.Is(Knob.HubServiceTypes, "None"), "ServiceTypes = new[] { typeof(global::App.Contracts." + p[Knob.HubServiceTypes] + ") }");
            NamedArgument(arguments, p.Is(Knob.HubError, "True"), "Error = true");
            text.Append("    [").Append(p[Knob.HubAttribute]).Append('(').Append(string.Join(", ", arguments)).Append(")]\n");
        }

        string modifier = p[Knob.HubModifier] switch
        {
            "sealed" => "sealed ",
            "abstract" => "abstract ",
            _ => string.Empty,
        };
        string bases = p[Knob.HubBaseList] switch
        {
            "HubBase,IHandler" => " : HubBase, IHandler",
            "IHandler" => " : IHandler",
            "HubBase" => " : HubBase",
            _ => string.Empty,
        };
        string parameter = p[Knob.HubParameter];
        string returns = p.Is(Knob.HubReturn, "Task<Payload>") ? "global::System.Threading.Tasks.Task<Payload>" : p[Knob.HubReturn];
        text.Append("    public ").Append(modifier).Append("partial class Hub").Append(bases).Append("\n    {\n")
            .Append("        public Hub()\n        {\n        }\n\n")
            .Append("        public Hub(Payload seed)\n        {\n        }\n\n")
            .Append("        public event EventHandler<Payload>? Received;\n\n")
            .Append("        public void Handle(Payload payload)\n        {\n")
            .Append("            int total = ").Append(p[Knob.HubBody]).Append(" * 7;\n")
            .Append("            Received?.Invoke(this, payload);\n        }\n\n")
            .Append("#if LEGACY_API\n        public int LegacyCount => 0;\n#endif\n\n")
            .Append("        public ").Append(returns).Append(" Send(").Append(parameter).Append(" value, int retries = ").Append(p[Knob.HubDefault]).Append(')')
            .Append(p.Is(Knob.HubReturn, "void") ? "\n        {\n        }\n" : " => default!;\n");
        if (p.Is(Knob.HubNested, "On"))
        {
            text.Append("\n        public sealed class Payload\n        {\n        }\n");
        }

        text.Append("    }\n");
        return block ? text.Append("}\n").ToString() : text.ToString();
    }

    private static string? HubPart(TypingProject p) => p[Knob.HubPart] switch
    {
        "Extra" => "namespace App.Core\n{\n    partial class Hub\n    {\n        public Payload? Extra(Payload? payload) => payload;\n    }\n}\n",
        "ExtraDisposable" => "namespace App.Core\n{\n    partial class Hub : global::System.IDisposable\n    {\n"
            + "        public Payload? Extra(Payload? payload) => payload;\n\n        void global::System.IDisposable.Dispose()\n        {\n        }\n    }\n}\n",
        "NestedPayload" => "namespace App.Core\n{\n    partial class Hub\n    {\n        public sealed class Payload\n        {\n        }\n    }\n}\n",
        _ => null,
    };

    private static string Worker(TypingProject p)
    {
        var text = new StringBuilder("namespace App.Data\n{\n");
        if (p.Is(Knob.WorkerAttribute, "On"))
        {
            var arguments = new List<string>(LegacyNames(p[Knob.WorkerLegacyNames]));
            NamedArgument(arguments, !p.Is(Knob.WorkerShim, "Auto"), "Shim = global::Ssot.ShimKind." + p[Knob.WorkerShim]);
            text.Append("    [Ssot.Canonical(").Append(string.Join(", ", arguments)).Append(")]\n");
        }

        string parameter = p[Knob.WorkerParameter];
        return text.Append("    public abstract class Worker\n    {\n")
            .Append("        protected Worker(").Append(parameter).Append(" input)\n        {\n")
            .Append("            int seed = ").Append(p[Knob.WorkerBody]).Append(" + 1;\n        }\n\n")
            .Append("        public static int Limit = 3;\n\n")
            .Append("        public virtual void Run(").Append(parameter).Append(" input)\n        {\n        }\n    }\n}\n")
            .ToString();
    }

    private static string Tools(TypingProject p) =>
        "namespace App.Data\n{\n"
        + (p.Is(Knob.ToolsAttribute, "On") ? "    [Ssot.Canonical(\"Old.Data.StringHelpers\")]\n" : string.Empty)
        + "    public static class Tools\n    {\n"
        + "        public const int Max = " + p[Knob.ToolsConstant] + ";\n\n"
        + "        public static string Describe(" + p[Knob.ToolsParameter] + " value) => \"value\";\n    }\n}\n";

    private static string Store(TypingProject p)
    {
        string storeBase = p.Is(Knob.StoreBase, "None") ? string.Empty : " : global::App.Contracts." + p[Knob.StoreBase];
        string member = p[Knob.StoreMember] switch
        {
            "Load" => "Payload Load(int id);",
            "Current" => "Payload Current { get; }",
            _ => "void Save(Payload payload);",
        };
        string constraint = p.Is(Knob.RepositoryConstraint, "None") ? string.Empty : "\n        where T : " + p[Knob.RepositoryConstraint];
        return "namespace App.Data\n{\n"
            + (p.Is(Knob.StoreAttribute, "On") ? "    [Ssot.Canonical(\"Old.Data.IStore\")]\n" : string.Empty)
            + "    public interface IDataStore" + storeBase + "\n    {\n        " + member + "\n    }\n\n"
            + (p.Is(Knob.RepositoryAttribute, "On") ? "    [Ssot.Canonical(\"Old.Data.Repository`1\")]\n" : string.Empty)
            + "    public class Repository<T>" + constraint + "\n    {\n"
            + "        public T? Find(" + p[Knob.RepositoryParameter] + " key) => default;\n    }\n}\n";
    }

    private static string? Legacy(TypingProject p)
    {
        if (p.Is(Knob.LegacyUsing, "Off") && p.Is(Knob.LegacyQualified, "Off") && p.Is(Knob.LegacyDerives, "Off") && p.Is(Knob.LegacySimpleName, "Off"))
        {
            return null;
        }

        var text = new StringBuilder();
        Line(text, p.Is(Knob.LegacyUsing, "Import"), "using Old.Ns;");
        Line(text, p.Is(Knob.LegacyUsing, "Alias"), "using LegacyHub = Old.Ns.Hub;");
        text.Append("\nnamespace App.Legacy\n{\n    public sealed class Client\n    {\n");
        if (p.Is(Knob.LegacyQualified, "On"))
        {
            text.Append("        public int Use()\n        {\n")
                .Append("            Old.Ns.Hub? hub = null;\n")
                .Append("            Old.Data.IStore? store = null;\n")
                .Append("            Lib.Legacy.BlobStore? blob = null;\n")
                .Append("            System.Type type = typeof(Old.Data.StringHelpers);\n")
                .Append("            return hub is null && store is null && blob is null ? type.Name.Length : 0;\n        }\n");
        }

        if (p.Is(Knob.LegacySimpleName, "On"))
        {
            text.Append("\n        public Hub? Simple { get; set; }\n");
        }

        text.Append("    }\n");
        switch (p[Knob.LegacyDerives])
        {
            case "Hub":
                text.Append("\n    public class DerivedHub : Old.Ns.Hub\n    {\n    }\n");
                break;
            case "Worker":
                text.Append("\n    public sealed class DerivedWorker : Old.Data.Worker\n    {\n        public DerivedWorker()\n            : base(default!)\n        {\n        }\n    }\n");
                break;
        }

        return text.Append("}\n").ToString();
    }

    private static string? Extra(TypingProject p) =>
        p.Is(Knob.Extra, "Off")
            ? null
            : "namespace App.Extra\n{\n    [Ssot.Canonical(\"" + p[Knob.Extra] + "\")]\n    public sealed class Gateway\n    {\n        public Payload? Get() => default;\n    }\n}\n";

    private static string? HandWritten(TypingProject p) => p[Knob.HandWritten] switch
    {
        "Old.Ns.Hub" => "namespace Old.Ns\n{\n    public class Hub\n    {\n    }\n}\n",
        "GlobalHub" => "public class Hub\n{\n}\n",
        _ => null,
    };

    private static string Unrelated(TypingProject p) =>
        "namespace App.Other\n{\n    public static class Numbers\n    {\n        public static int Compute()\n        {\n            return "
        + p[Knob.UnrelatedBody] + ";\n        }\n    }\n}\n";

    /// <summary>A hand-written polyfill, as projects for older frameworks carry (the facade uses it when it can see it).</summary>
    private const string Polyfill = """
        namespace System.Diagnostics.CodeAnalysis
        {
            [global::System.AttributeUsage(global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Property | global::System.AttributeTargets.ReturnValue, AllowMultiple = true, Inherited = false)]
            internal sealed class NotNullIfNotNullAttribute : global::System.Attribute
            {
                public NotNullIfNotNullAttribute(string parameterName) => ParameterName = parameterName;

                public string ParameterName { get; }
            }
        }

        """;

    private static IEnumerable<string> LegacyNames(string choice) =>
        choice == "(none)" ? [] : choice.Split(',').Select(n => "\"" + n + "\"");

    private static void NamedArgument(List<string> arguments, bool present, string argument)
    {
        if (present)
        {
            arguments.Add(argument);
        }
    }

    private static void Line(StringBuilder text, bool present, string line)
    {
        if (present)
        {
            text.Append(line).Append('\n');
        }
    }
}
