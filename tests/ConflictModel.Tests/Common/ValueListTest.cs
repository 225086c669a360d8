// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Linq;

namespace ConflictModel.Tests.Common;

public class ValueListTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void From_AnyLength_KeepsItemsInOrderAndComparesByContent(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => "item-" + i).ToArray();

        var list = ValueList<string>.From(items, "items");
        var copy = ValueList<string>.From(items.ToList(), "items");

        list.Should().Equal(items);
        list.Count.Should().Be(count);
        list.Should().NotBeSameAs(copy);
        list.Equals(copy).Should().BeTrue();
        list.GetHashCode().Should().Be(copy.GetHashCode());
        ((Action)(() => _ = list[count])).Should().Throw<Exception>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Equals_OneItemDiffers_IsFalse(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => "item-" + i).ToArray();
        var other = items.ToArray();
        other[count - 1] = "changed";

        ValueList<string>.From(items, "items").Equals(ValueList<string>.From(other, "items")).Should().BeFalse();
        ValueList<string>.From(items, "items").Equals(ValueList<string>.From(items.Take(count - 1), "items")).Should().BeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void From_NullItem_ThrowsWithItsIndex(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => "item-" + i).ToArray();
        items[count - 1] = null!;

        ((Action)(() => ValueList<string>.From(items, "items"))).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("items").WithMessage($"Element [{count - 1}]*");
    }

    [Fact]
    public void From_EmptySource_GivesTheSharedEmptyList()
    {
        ValueList<string>.From([], "items").Should().BeSameAs(ValueList<string>.Empty);
        ValueList<string>.From(null, "items").Should().BeSameAs(ValueList<string>.Empty);
    }
}
