using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Ssot.Generators.Tests.Properties;

/// <summary>Builds a <see cref="MemberSpec"/>: hands out placeholders for names, member names first, each name unique within the member.</summary>
internal sealed class TemplateBuilder
{
    private readonly List<Name> _scoped = [];
    private readonly List<Name> _locals = [];

    /// <summary>A name of the type's scope (a member name); returns its placeholder.</summary>
    public string Scoped(Name name)
    {
        _scoped.Add(Unique(name, _scoped));
        return "⟦s" + (_scoped.Count - 1).ToString(CultureInfo.InvariantCulture) + "⟧";
    }

    /// <summary>A name local to the member (a parameter, a method type parameter); returns its index for <see cref="Local"/>.</summary>
    public int AddLocal(Name name)
    {
        // Locals come first-come first-named: type parameters are added before the parameters whose types name them.
        _locals.Add(Unique(name, _locals));
        return _locals.Count - 1;
    }

    public static string Local(int index) => "⟦l" + index.ToString(CultureInfo.InvariantCulture) + "⟧";

    public static string LocalValue(int index) => "⟦vl" + index.ToString(CultureInfo.InvariantCulture) + "⟧";

    public MemberSpec Build(string text, string? key = null)
    {
        for (int i = 0; i < _scoped.Count; i++)
        {
            text = text.Replace("⟦s" + i.ToString(CultureInfo.InvariantCulture) + "⟧", MemberSpec.Placeholder(i), System.StringComparison.Ordinal);
        }

        for (int i = 0; i < _locals.Count; i++)
        {
            string index = i.ToString(CultureInfo.InvariantCulture);
            text = text
                .Replace("⟦l" + index + "⟧", MemberSpec.Placeholder(_scoped.Count + i), System.StringComparison.Ordinal)
                .Replace("⟦vl" + index + "⟧", MemberSpec.ValuePlaceholder(_scoped.Count + i), System.StringComparison.Ordinal);
        }

        return new MemberSpec(text, _scoped.Concat(_locals).ToImmutableArray(), _scoped.Count, key);
    }

    private static Name Unique(Name name, List<Name> names)
    {
        Name candidate = name;
        for (int i = 2; names.Any(n => n.Value == candidate.Value); i++)
        {
            candidate = name.WithSuffix(i);
        }

        return candidate;
    }
}
