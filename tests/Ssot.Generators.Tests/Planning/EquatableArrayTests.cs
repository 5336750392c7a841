using System;
using System.Linq;
using Ssot.Generators.Helpers;
using Xunit;

namespace Ssot.Generators.Tests.Planning;

/// <summary>The pipeline caches by value: two arrays with the same items must be equal, and hash alike.</summary>
public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_are_equal_and_hash_alike()
    {
        var left = new EquatableArray<string>(["a", "b"]);
        var right = new[] { "a", "b" }.ToEquatableArray();

        Assert.True(left.Equals(right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [InlineData(new[] { "a" }, new[] { "b" })]
    [InlineData(new[] { "a" }, new[] { "a", "b" })]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })]
    [InlineData(new string[0], new[] { "" })]
    public void Arrays_that_differ_in_an_item_its_order_or_their_length_are_not_equal(string[] left, string[] right)
    {
        Assert.False(new EquatableArray<string>(left).Equals(new EquatableArray<string>(right)));
        Assert.True(new EquatableArray<string>(left) != new EquatableArray<string>(right));
    }

    [Fact]
    public void The_default_value_is_an_empty_array()
    {
        EquatableArray<string> none = default;

        Assert.True(none.IsEmpty);
        Assert.True(none.Count == 0);
        Assert.Empty(none);
        Assert.Equal(EquatableArray<string>.Empty, none);
        Assert.Equal(EquatableArray<string>.Empty.GetHashCode(), none.GetHashCode());
        Assert.False(none.Equals("not an array"));
    }

    [Fact]
    public void Items_are_read_in_order_and_null_items_hash()
    {
        var array = new EquatableArray<string>(["x", null!, "z"]);

        Assert.Equal(3, array.Count);
        Assert.Equal("z", array[2]);
        Assert.Equal(["x", null!, "z"], array.ToArray());
        Assert.Equal(array.GetHashCode(), new EquatableArray<string>(["x", null!, "z"]).GetHashCode());
        Assert.Throws<IndexOutOfRangeException>(() => array[3]);
    }

    [Fact]
    public void Foreach_reads_the_items_in_order_as_the_interface_does_and_a_default_array_as_empty()
    {
        var array = new EquatableArray<string>(["x", "y", "z"]);
        var read = new System.Collections.Generic.List<string>();
        foreach (string item in array)
        {
            read.Add(item);
        }

        Assert.Equal(["x", "y", "z"], read);
        Assert.Equal(read, ((System.Collections.Generic.IEnumerable<string>)array).ToList());
        Assert.Equal(read, ((System.Collections.IEnumerable)array).Cast<string>().ToList());

        int count = 0;
        foreach (string item in default(EquatableArray<string>))
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Empty((System.Collections.Generic.IEnumerable<string>)default(EquatableArray<string>));
    }

    [Fact]
    public void Records_that_hold_arrays_compare_by_content()
    {
        Assert.Equal(new Holder(new EquatableArray<int>([1, 2])), new Holder(new[] { 1, 2 }.ToEquatableArray()));
        Assert.NotEqual(new Holder(new EquatableArray<int>([1, 2])), new Holder(new EquatableArray<int>([1])));
    }

    private sealed record Holder(EquatableArray<int> Items);
}
