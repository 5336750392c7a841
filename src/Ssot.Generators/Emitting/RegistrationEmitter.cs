using System.Collections.Generic;
using System.Linq;
using Ssot.Generators.Model;

namespace Ssot.Generators.Emitting;

/// <summary>
/// Writes the DI extension class: one method per canonical type that maps the type, its service types and its
/// legacy facades to one instance, and one method that registers them all.
/// </summary>
internal static class RegistrationEmitter
{
    public const string HintName = "Ssot.Registrations.g.cs";

    private const string Di = "global::Microsoft.Extensions.DependencyInjection.";
    private const string Services = Di + "IServiceCollection";

    public static string ClassName(string assemblyIdentifier) => assemblyIdentifier + "CanonicalRegistrations";

    public static string AggregateMethodName(string assemblyIdentifier) => "Add" + assemblyIdentifier + "CanonicalTypes";

    public static string Emit(IReadOnlyList<RegistrationEntry> entries, CompilationFacts facts)
    {
        var writer = new SourceWriter();
        GeneratedFile.WriteHeader(writer, facts, origin: null);
        string[] obsoleteIds = entries.SelectMany(e => e.ObsoleteIds).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
        writer.WriteLine("#pragma warning disable CS0612, CS0618" + string.Concat(obsoleteIds.Select(id => ", " + id)));
        GeneratedFile.OpenNamespace(writer, "Microsoft.Extensions.DependencyInjection");

        bool anyPublic = entries.Any(e => e.IsPublic);
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Registers the canonical types of this assembly so that each canonical type, its service types and its");
        writer.WriteLine("/// legacy names resolve to one instance per lifetime scope.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock((anyPublic ? "public" : "internal") + " static class " + ClassName(facts.AssemblyIdentifier));

        bool first = true;
        foreach (RegistrationEntry entry in entries)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteMethod(writer, entry);
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Registers every canonical type of this assembly.</summary>");
        writer.OpenBlock((anyPublic ? "public" : "internal") + " static " + Services + " " + AggregateMethodName(facts.AssemblyIdentifier) + "(this " + Services + " services)");
        foreach (RegistrationEntry entry in entries)
        {
            writer.WriteLine(entry.MethodName + "(services);");
        }

        writer.WriteLine("return services;");
        writer.CloseBlock();
        writer.CloseBlock();
        GeneratedFile.CloseNamespace(writer, "Microsoft.Extensions.DependencyInjection");
        return writer.ToString();
    }

    private static void WriteMethod(SourceWriter writer, RegistrationEntry entry)
    {
        string lifetime = Di + "ServiceLifetime." + entry.Lifetime;
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Registers <see cref=\"" + entry.CanonicalType.Replace('<', '{').Replace('>', '}') + "\"/> as " + entry.Lifetime.ToLowerInvariant()
            + (entry.ServiceTypes.IsEmpty && entry.LegacyFacades.IsEmpty ? "." : ", with its service types and legacy names resolving to the same instance."));
        writer.WriteLine("/// Calling it again adds nothing.");
        writer.WriteLine("/// </summary>");
        writer.OpenBlock((entry.IsPublic ? "public" : "internal") + " static " + Services + " " + entry.MethodName + "(this " + Services + " services)");
        writer.OpenBlock("if (services is null)");
        writer.WriteLine("throw new global::System.ArgumentNullException(nameof(services));");
        writer.CloseBlock();
        writer.WriteLine();
        WriteTryAdd(writer, entry.CanonicalType, "typeof(" + entry.CanonicalType + ")", lifetime);
        foreach (string service in entry.ServiceTypes)
        {
            WriteTryAdd(writer, service, Resolve(entry.CanonicalType, cast: null), lifetime);
        }

        foreach (string legacy in entry.LegacyFacades)
        {
            WriteTryAdd(writer, legacy, Resolve(entry.CanonicalType, cast: legacy), lifetime);
        }

        writer.WriteLine("return services;");
        writer.CloseBlock();
    }

    private static void WriteTryAdd(SourceWriter writer, string serviceType, string implementation, string lifetime)
    {
        writer.WriteLine(Di + "Extensions.ServiceCollectionDescriptorExtensions.TryAdd(");
        writer.WriteLine("    services,");
        writer.WriteLine("    " + Di + "ServiceDescriptor.Describe(");
        writer.WriteLine("        typeof(" + serviceType + "),");
        writer.WriteLine("        " + implementation + ",");
        writer.WriteLine("        " + lifetime + "));");
    }

    // The factory resolves the canonical registration, so every name shares its one instance per scope.
    private static string Resolve(string canonicalType, string? cast) =>
        "provider => " + (cast is null ? "(object)" : "(" + cast + ")")
        + Di + "ServiceProviderServiceExtensions.GetRequiredService<" + canonicalType + ">(provider)";
}
