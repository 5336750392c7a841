using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Ssot.Generators.Model;

namespace Ssot.Generators.Reading;

/// <summary>The arguments of one <c>[Canonical]</c> application, read from its <see cref="AttributeData"/>, with where each was written.</summary>
internal sealed class CanonicalAttributeData
{
    private readonly AttributeData _attribute;

    private CanonicalAttributeData(AttributeData attribute)
    {
        _attribute = attribute;
    }

    public IReadOnlyList<string?> LegacyNames { get; private set; } = [];

    /// <summary>The requested shim; a value that is no <c>ShimKind</c> member is kept as it is, to be reported.</summary>
    public RequestedShim Shim { get; private set; }

    public bool Alias { get; private set; } = true;

    public string? Message { get; private set; }

    public string DiagnosticId { get; private set; } = Diagnostics.DiagnosticIds.LegacyReference;

    public string? UrlFormat { get; private set; }

    public bool Error { get; private set; }

    public RequestedLifetime Lifetime { get; private set; }

    public bool LifetimeIsExplicit { get; private set; }

    /// <summary>The <c>ServiceTypes</c> entries; a <see langword="null"/> entry is a <c>null</c> or error-typed argument.</summary>
    public IReadOnlyList<ITypeSymbol?>? ServiceTypes { get; private set; }

    public string? RegistrationMethod { get; private set; }

    public static CanonicalAttributeData Read(AttributeData attribute)
    {
        var data = new CanonicalAttributeData(attribute);
        ImmutableArray<TypedConstant> args = attribute.ConstructorArguments;
        if (args.Length == 1 && args[0].Kind == TypedConstantKind.Array)
        {
            data.LegacyNames = args[0].IsNull ? [] : args[0].Values.Select(v => v.Value as string).ToArray();
        }
        else
        {
            // The one-name constructor (no array, for CLS-compliant assemblies), or a half-typed attribute that binds to no
            // constructor: each argument is a name.
            data.LegacyNames = args.Select(v => v.Kind == TypedConstantKind.Primitive ? v.Value as string : null).ToArray();
        }

        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            TypedConstant value = named.Value;
            switch (named.Key)
            {
                case "Shim" when value.Value is int shim:
                    data.Shim = (RequestedShim)shim;
                    break;
                case "Alias" when value.Value is bool alias:
                    data.Alias = alias;
                    break;
                case "Message":
                    data.Message = value.Value as string;
                    break;
                case "DiagnosticId" when value.Value is string id:
                    data.DiagnosticId = id;
                    break;
                case "UrlFormat":
                    data.UrlFormat = value.Value as string;
                    break;
                case "Error" when value.Value is bool error:
                    data.Error = error;
                    break;
                case "Lifetime" when value.Value is int lifetime:
                    data.Lifetime = (RequestedLifetime)lifetime;
                    data.LifetimeIsExplicit = true;
                    break;
                case "ServiceTypes" when value.Kind == TypedConstantKind.Array:
                    data.ServiceTypes = value.IsNull ? null : value.Values.Select(v => v.Value as ITypeSymbol).ToArray();
                    break;
                case "RegistrationMethod":
                    data.RegistrationMethod = value.Value as string;
                    break;
            }
        }

        return data;
    }

    /// <summary>Where the attribute is written, for diagnostics about it as a whole.</summary>
    public Location AttributeLocation =>
        _attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;

    /// <summary>Where the legacy name at <paramref name="index"/> is written.</summary>
    public Location LegacyNameLocation(int index)
    {
        if (_attribute.ApplicationSyntaxReference?.GetSyntax() is not AttributeSyntax { ArgumentList: { } list })
        {
            return AttributeLocation;
        }

        List<AttributeArgumentSyntax> positional = list.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
        if (positional.Count == 1 && positional[0].Expression is ArrayCreationExpressionSyntax { Initializer: { } initializer }
            && index < initializer.Expressions.Count)
        {
            return initializer.Expressions[index].GetLocation();
        }

        if (positional.Count == 1 && positional[0].Expression is ImplicitArrayCreationExpressionSyntax { Initializer: { } implicitInitializer }
            && index < implicitInitializer.Expressions.Count)
        {
            return implicitInitializer.Expressions[index].GetLocation();
        }

        if (positional.Count == 1 && positional[0].Expression is CollectionExpressionSyntax collection && index < collection.Elements.Count)
        {
            return collection.Elements[index].GetLocation();
        }

        return index < positional.Count ? positional[index].GetLocation() : AttributeLocation;
    }

    /// <summary>Where the named argument <paramref name="name"/> is written, or the attribute when it is not.</summary>
    public Location NamedArgumentLocation(string name)
    {
        if (_attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
        {
            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.GetLocation();
                }
            }
        }

        return AttributeLocation;
    }

    /// <summary>Where the <c>ServiceTypes</c> entry at <paramref name="index"/> is written.</summary>
    public Location ServiceTypeLocation(int index)
    {
        Location whole = NamedArgumentLocation("ServiceTypes");
        if (_attribute.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
        {
            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText != "ServiceTypes")
                {
                    continue;
                }

                switch (argument.Expression)
                {
                    case ArrayCreationExpressionSyntax { Initializer: { } init } when index < init.Expressions.Count:
                        return init.Expressions[index].GetLocation();
                    case ImplicitArrayCreationExpressionSyntax { Initializer: { } init } when index < init.Expressions.Count:
                        return init.Expressions[index].GetLocation();
                    case CollectionExpressionSyntax collection when index < collection.Elements.Count:
                        return collection.Elements[index].GetLocation();
                }
            }
        }

        return whole;
    }
}
