using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Ssot.Generators.Reading;

/// <summary>
/// A member of a type as a PublicApiAnalyzers entry writes it, reduced to what a compiled caller binds to: its name,
/// static-ness, generic arity, parameter types and ref kinds, accessor and type. Parameter names, default values,
/// modifiers such as <c>virtual</c> and type parameter names do not count; nullable annotations count in
/// <see cref="Key"/> and not in <see cref="LooseKey"/>, since an annotation changed since the release breaks no binary.
/// </summary>
/// <param name="Name">The member's name: <c>.ctor</c> for a constructor, <c>this</c> for an indexer, <c>operator +</c>.</param>
/// <param name="Kind">What the entry is.</param>
/// <param name="Key">What the member binds by, with nullable annotations.</param>
/// <param name="LooseKey">The same without nullable annotations.</param>
internal sealed record PublicApiMember(string Name, PublicApiMemberKind Kind, string Key, string LooseKey)
{
    private static readonly HashSet<string> Accessors = new(StringComparer.Ordinal) { "get", "set", "init", "add", "remove" };

    private static readonly string[] ParameterModifiersDropped = ["this ", "params ", "scoped "];

    /// <summary>
    /// Reads what follows a type's name and dot in an entry (<c>Send(string! text) </c>, <c>Count.get</c>, <c>Max = 5</c>,
    /// <c>Inner</c>); <paramref name="type"/> is what follows the arrow (<see langword="null"/> for a nested type entry).
    /// Returns <see langword="null"/> for text it cannot read.
    /// </summary>
    /// <param name="typeName">The containing type's simple name: a member of that name is a constructor.</param>
    /// <param name="typeParameters">The containing type's type parameters as the entry names them.</param>
    public static PublicApiMember? Of(string member, string? type, bool isStatic, string typeName, IReadOnlyList<string> typeParameters)
    {
        member = member.Trim();
        int at;
        string name;
        if (IsOperator(member))
        {
            at = member.IndexOf('(');
            if (at < 0)
            {
                return null;
            }

            name = member.Substring(0, at).Trim();
        }
        else
        {
            at = 0;
            while (at < member.Length && ApiText.IsIdentifierPart(member[at]))
            {
                at++;
            }

            name = member.Substring(0, at);
        }

        if (name.Length == 0)
        {
            return null;
        }

        var positional = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < typeParameters.Count; i++)
        {
            positional[typeParameters[i]] = "!" + i.ToString(CultureInfo.InvariantCulture);
        }

        List<string> methodTypeParameters = [];
        if (at < member.Length && member[at] == '<')
        {
            int close = ApiText.Closing(member, at);
            if (close < 0)
            {
                return null;
            }

            methodTypeParameters = ApiText.SplitTopLevel(member.Substring(at + 1, close - at - 1));
            for (int i = 0; i < methodTypeParameters.Count; i++)
            {
                positional[methodTypeParameters[i]] = "!!" + i.ToString(CultureInfo.InvariantCulture);
            }

            at = close + 1;
        }

        char open = '\0';
        List<string>? parameters = null;
        if (at < member.Length && member[at] is '(' or '[')
        {
            open = member[at];
            int close = ApiText.Closing(member, at);
            if (close < 0)
            {
                return null;
            }

            parameters = ApiText.SplitTopLevel(member.Substring(at + 1, close - at - 1)).Select(ParameterType).ToList();
            at = close + 1;
        }

        string rest = member.Substring(at).Trim();
        string? accessor = null;
        if (rest.StartsWith(".", StringComparison.Ordinal))
        {
            if (!Accessors.Contains(rest.Substring(1)))
            {
                // 'Inner.Method() -> void': a member of a nested type.
                return new PublicApiMember(name, PublicApiMemberKind.NestedTypeMember, name, name);
            }

            accessor = rest.Substring(1);
        }
        else if (rest.Length > 0 && !rest.StartsWith("=", StringComparison.Ordinal))
        {
            return null;
        }

        if (type is null)
        {
            return parameters is null && accessor is null && methodTypeParameters.Count == 0
                ? new PublicApiMember(name, PublicApiMemberKind.NestedType, name, name)
                : null;
        }

        if (open == '(' && string.Equals(name, typeName, StringComparison.Ordinal))
        {
            name = ".ctor";
        }

        PublicApiMemberKind kind = parameters is null && accessor is null ? PublicApiMemberKind.FieldOrEvent : PublicApiMemberKind.Method;
        return new PublicApiMember(
            name,
            kind,
            KeyOf(isStatic, name, methodTypeParameters.Count, open, parameters, accessor, type, positional, keepNullable: true),
            KeyOf(isStatic, name, methodTypeParameters.Count, open, parameters, accessor, type, positional, keepNullable: false));
    }

    private static bool IsOperator(string member) =>
        member.StartsWith("operator ", StringComparison.Ordinal)
        || member.StartsWith("implicit operator ", StringComparison.Ordinal)
        || member.StartsWith("explicit operator ", StringComparison.Ordinal);

    /// <summary>A parameter without its name, default value and the modifiers a caller does not bind by (<c>ref</c>, <c>out</c>, <c>in</c> stay).</summary>
    private static string ParameterType(string parameter)
    {
        string text = parameter.Trim();
        int equals = ApiText.FirstAtTopLevel(text, " = ");
        if (equals >= 0)
        {
            text = text.Substring(0, equals);
        }

        bool dropped = true;
        while (dropped)
        {
            dropped = false;
            foreach (string modifier in ParameterModifiersDropped)
            {
                if (text.StartsWith(modifier, StringComparison.Ordinal))
                {
                    text = text.Substring(modifier.Length).TrimStart();
                    dropped = true;
                }
            }
        }

        int space = ApiText.LastSpaceAtTopLevel(text);
        return space > 0 ? text.Substring(0, space) : text;
    }

    private static string KeyOf(
        bool isStatic,
        string name,
        int arity,
        char open,
        List<string>? parameters,
        string? accessor,
        string type,
        Dictionary<string, string> positional,
        bool keepNullable)
    {
        var key = new StringBuilder();
        if (isStatic)
        {
            key.Append("static ");
        }

        key.Append(name.StartsWith("implicit ", StringComparison.Ordinal) || name.StartsWith("explicit ", StringComparison.Ordinal)
            ? ApiText.NormalizeType(name, positional, keepNullable)
            : name);
        if (arity > 0)
        {
            key.Append('`').Append(arity.ToString(CultureInfo.InvariantCulture));
        }

        if (parameters is not null)
        {
            key.Append(open)
                .Append(string.Join(",", parameters.Select(p => ApiText.NormalizeType(p, positional, keepNullable))))
                .Append(open == '(' ? ')' : ']');
        }

        if (accessor is not null)
        {
            key.Append('.').Append(accessor);
        }

        return key.Append(" -> ").Append(ApiText.NormalizeType(type, positional, keepNullable)).ToString();
    }
}

/// <summary>What a member entry of a PublicApiAnalyzers file is.</summary>
internal enum PublicApiMemberKind
{
    /// <summary>A method, constructor, operator or accessor: it has a parameter list or an accessor.</summary>
    Method,

    /// <summary>A field, constant or event: a name and a type.</summary>
    FieldOrEvent,

    /// <summary>A type nested in the type.</summary>
    NestedType,

    /// <summary>A member of a type nested in the type (it has entries of its own).</summary>
    NestedTypeMember,
}
