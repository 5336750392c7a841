using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Ssot.Generators.Model;
using Ssot.Generators.Reading;
using Xunit;

namespace Ssot.Generators.Tests.Consolidation;

/// <summary>
/// The lines of PublicApiAnalyzers' files as SSOT1021 reads them: which lines are entries, and what a caller binds by
/// (names, default values, modifiers and type parameter names do not count; static-ness, types and ref kinds do).
/// </summary>
public sealed class PublicApiLineTests
{
    [Fact]
    public void Blank_lines_comments_and_the_nullable_header_are_not_entries()
    {
        List<PublicApiLine> lines = PublicApiFileReader.Entries("/p/PublicAPI.Shipped.txt", SourceText.From("#nullable enable\r\n\r\n// note\r\n  Old.Ns.Widget  \r\n~Old.Ns.Widget.Send(string text) -> void\r\n")).ToList();

        Assert.Equal(["Old.Ns.Widget", "~Old.Ns.Widget.Send(string text) -> void"], lines.Select(l => l.Text));
        Assert.Equal(3, lines[0].LineSpan.Start.Line);
        Assert.Equal(2, lines[0].LineSpan.Start.Character);
        Assert.Equal("Old.Ns.Widget".Length, lines[0].Span.Length);
    }

    [Theory]
    [InlineData("Old.Ns.Widget.Send(string! text) -> void", "Send(string) -> void")]
    [InlineData("~Old.Ns.Widget.Send(string text) -> void", "Send(string) -> void")]
    [InlineData("virtual Old.Ns.Widget.Send(string? text = null, int count = 4) -> void", "Send(string,int) -> void")]
    [InlineData("Old.Ns.Widget.Send(string! text = \"a, b) -> c\", params object![]! args) -> void", "Send(string,object[]) -> void")]
    [InlineData("static Old.Ns.Widget.Make() -> Old.Ns.Widget!", "static Make() -> Old.Ns.Widget")]
    [InlineData("const Old.Ns.Widget.Max = 5 -> int", "static Max -> int")]
    [InlineData("static readonly Old.Ns.Widget.Empty -> Old.Ns.Widget!", "static Empty -> Old.Ns.Widget")]
    [InlineData("Old.Ns.Widget.Widget(int size) -> void", ".ctor(int) -> void")]
    [InlineData("Old.Ns.Widget.Count.get -> int", "Count.get -> int")]
    [InlineData("Old.Ns.Widget.Name.init -> void", "Name.init -> void")]
    [InlineData("Old.Ns.Widget.this[int index, string! key].get -> string?", "this[int,string].get -> string")]
    [InlineData("Old.Ns.Widget.Changed -> System.EventHandler?", "Changed -> System.EventHandler")]
    [InlineData("Old.Ns.Widget.Changed.add -> void", "Changed.add -> void")]
    [InlineData("Old.Ns.Widget.TryGet(int key, out string? value) -> bool", "TryGet(int,out string) -> bool")]
    [InlineData("Old.Ns.Widget.Swap(ref int a, in int b, scoped ref int c, ref readonly int d) -> void", "Swap(ref int,in int,ref int,ref readonly int) -> void")]
    [InlineData("Old.Ns.Widget.Echo<TValue>(TValue value) -> TValue", "Echo`1(!!0) -> !!0")]
    [InlineData("Old.Ns.Widget.Map(System.Collections.Generic.Dictionary<string!, int?>! map, (int Id, string? Label) pair) -> void", "Map(System.Collections.Generic.Dictionary<string,int>,(int Id,string Label)) -> void")]
    [InlineData("static Old.Ns.Widget.operator +(Old.Ns.Widget! a, Old.Ns.Widget! b) -> Old.Ns.Widget!", "static operator +(Old.Ns.Widget,Old.Ns.Widget) -> Old.Ns.Widget")]
    [InlineData("static Old.Ns.Widget.operator <(Old.Ns.Widget! a, Old.Ns.Widget! b) -> bool", "static operator <(Old.Ns.Widget,Old.Ns.Widget) -> bool")]
    [InlineData("static Old.Ns.Widget.implicit operator string!(Old.Ns.Widget! w) -> string!", "static implicit operator string(Old.Ns.Widget) -> string")]
    [InlineData("Old.Ns.Widget.Send(string! text) -> void (forwarded, contained in Old.Core)", "Send(string) -> void")]
    public void A_member_entry_reduces_to_what_a_caller_binds_by(string line, string looseKey)
    {
        PublicApiEntry entry = PublicApiEntry.Parse(line)!;
        Assert.True(entry.IsOf("Old.Ns.Widget", out string member, out IReadOnlyList<string> typeParameters));
        PublicApiMember read = PublicApiMember.Of(member, entry.Type, entry.IsStatic, "Widget", typeParameters)!;

        Assert.Equal(looseKey, read.LooseKey);
    }

    [Fact]
    public void Nullable_annotations_count_in_the_key_and_not_in_the_loose_key()
    {
        PublicApiMember Read(string line)
        {
            PublicApiEntry entry = PublicApiEntry.Parse(line)!;
            entry.IsOf("Old.Ns.Widget", out string member, out IReadOnlyList<string> typeParameters);
            return PublicApiMember.Of(member, entry.Type, entry.IsStatic, "Widget", typeParameters)!;
        }

        PublicApiMember annotated = Read("Old.Ns.Widget.Find(int? id, string? name) -> string?");
        PublicApiMember plain = Read("Old.Ns.Widget.Find(int? id, string! name) -> string!");

        Assert.NotEqual(annotated.Key, plain.Key);
        Assert.Equal(annotated.LooseKey, plain.LooseKey);
        Assert.Equal("Find(int?,string?) -> string?", annotated.Key);
    }

    [Theory]
    [InlineData("Old.Ns.Repo<T>.Get(int id) -> T", "Old.Ns.Repo", "Get(int) -> !0")]
    [InlineData("Old.Ns.Repo<TKey, TValue>.Put<TOther>(TKey key, TOther other) -> TValue", "Old.Ns.Repo", "Put`1(!0,!!0) -> !1")]
    [InlineData("Old.Ns.Outer.Inner.Run() -> void", "Old.Ns.Outer.Inner", "Run() -> void")]
    public void Type_parameters_count_by_position(string line, string typeName, string looseKey)
    {
        PublicApiEntry entry = PublicApiEntry.Parse(line)!;
        Assert.True(entry.IsOf(typeName, out string member, out IReadOnlyList<string> typeParameters));

        Assert.Equal(looseKey, PublicApiMember.Of(member, entry.Type, entry.IsStatic, typeName.Split('.').Last(), typeParameters)!.LooseKey);
    }

    [Theory]
    [InlineData("Old.Ns.Widget", "")]
    [InlineData("Old.Ns.Widget<T>", "")]
    [InlineData("Old.Ns.WidgetFactory.Make() -> void", null)]
    [InlineData("Old.Ns.Widgets", null)]
    [InlineData("Other.Old.Ns.Widget.Send() -> void", null)]
    [InlineData("Old.Ns.Widget.Inner", "Inner")]
    public void An_entry_belongs_to_a_type_only_at_a_name_boundary(string line, string? member)
    {
        bool of = PublicApiEntry.Parse(line)!.IsOf("Old.Ns.Widget", out string read, out _);

        Assert.Equal(member is not null, of);
        Assert.Equal(member ?? string.Empty, of ? read : string.Empty);
    }

    [Theory]
    [InlineData("Old.Ns.Widget.Inner", nameof(PublicApiMemberKind.NestedType))]
    [InlineData("Old.Ns.Widget.Inner.Run() -> void", nameof(PublicApiMemberKind.NestedTypeMember))]
    [InlineData("Old.Ns.Widget.Inner.Inner() -> void", nameof(PublicApiMemberKind.NestedTypeMember))]
    [InlineData("Old.Ns.Widget.Count.get -> int", nameof(PublicApiMemberKind.Method))]
    [InlineData("Old.Ns.Widget.Max = 5 -> int", nameof(PublicApiMemberKind.FieldOrEvent))]
    public void Nested_types_are_told_from_members(string line, string kind)
    {
        PublicApiEntry entry = PublicApiEntry.Parse(line)!;
        entry.IsOf("Old.Ns.Widget", out string member, out IReadOnlyList<string> typeParameters);

        Assert.Equal(kind, PublicApiMember.Of(member, entry.Type, entry.IsStatic, "Widget", typeParameters)!.Kind.ToString());
    }
}
