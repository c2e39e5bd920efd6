using System.Text;
using ServiceStandard.Loading;

namespace ServiceStandard.Tests.Loading;

public sealed class StringPoolTests
{
    [Fact]
    public void Equal_texts_share_one_instance_whether_given_as_utf8_or_as_a_string()
    {
        var pool = new StringPool();

        var first = pool.Get("workingDays"u8);
        var again = pool.Get("workingDays"u8);
        var asString = pool.Get(new string("workingDays".AsSpan()));
        var chinese = pool.Get(Encoding.UTF8.GetBytes("工作日"));

        Assert.Equal("workingDays", first);
        Assert.Same(first, again);
        Assert.Same(first, asString);
        Assert.Equal("工作日", chinese);
        Assert.Same(chinese, pool.Get("工作日"));
        Assert.NotSame(first, pool.Get("workingday"u8));
    }

    [Fact]
    public void Pooled_texts_survive_the_table_growing_and_past_the_bound_texts_are_still_read_right()
    {
        var pool = new StringPool();
        var texts = Enumerable.Range(0, StringPool.MaxEntries + 500).Select(i => $"key{i}").ToArray();
        var first = texts.Select(t => pool.Get(Encoding.UTF8.GetBytes(t))).ToArray();

        var second = texts.Select(t => pool.Get(Encoding.UTF8.GetBytes(t))).ToArray();

        Assert.Equal(texts, second);
        Assert.All(Enumerable.Range(0, StringPool.MaxEntries), i => Assert.Same(first[i], second[i]));
        Assert.All(Enumerable.Range(StringPool.MaxEntries, 500), i => Assert.NotSame(first[i], second[i])); // not pooled: unique values gain nothing
    }

    [Fact]
    public void Texts_longer_than_the_pooled_length_are_read_but_not_pooled()
    {
        var pool = new StringPool();
        var longText = new string('字', StringPool.MaxLength);

        var first = pool.Get(Encoding.UTF8.GetBytes(longText));

        Assert.Equal(longText, first);
        Assert.NotSame(first, pool.Get(Encoding.UTF8.GetBytes(longText)));
    }
}
