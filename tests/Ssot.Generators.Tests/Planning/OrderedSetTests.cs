using System.Linq;
using Ssot.Generators.Helpers;
using Xunit;

namespace Ssot.Generators.Tests.Planning;

public sealed class OrderedSetTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void Keeps_each_string_once_in_the_order_first_added(int distinct)
    {
        // Every name twice, the second time interleaved with later ones: below and above the size where the set starts hashing.
        string[] names = Enumerable.Range(0, distinct).Select(i => "Name" + i).ToArray();
        var set = new OrderedSet();
        foreach (string name in names.Concat(names.Reverse()).Concat(names))
        {
            set.Add(new string(name.ToCharArray()));
        }

        Assert.Equal(names, set.ToEquatableArray().ToArray());
        Assert.Equal(distinct, set.Count);
        Assert.All(names, name => Assert.True(set.Contains(name)));
        Assert.False(set.Contains("Name" + distinct));
        Assert.False(set.Contains("name0"));
    }

    [Fact]
    public void Cleared_set_forgets_what_it_held_and_is_reused()
    {
        var set = new OrderedSet();
        set.AddRange(Enumerable.Range(0, 20).Select(i => "A" + i));
        set.Clear();

        Assert.Equal(0, set.Count);
        Assert.False(set.Contains("A1"));
        Assert.True(set.ToEquatableArray().IsEmpty);

        set.AddRange(["B", "A1", "B"]);
        Assert.Equal(["B", "A1"], set.ToEquatableArray().ToArray());
    }
}
