namespace PropertyService.Fees;

/// <summary>Checks that a collection handed out cannot be changed by casting it back to what it wraps.</summary>
internal static class ReadOnlyAssert
{
    public static void CannotBeChanged<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is T[], $"{list.GetType().Name} is an array that can be cast back and changed.");
        Assert.False(list is List<T>, "The collection is a List<T> that can be cast back and changed.");
        if (list is IList<T> mutable && list.Count > 0)
        {
            Assert.True(mutable.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => mutable[0] = list[0]);
            Assert.Throws<NotSupportedException>(() => mutable.Add(list[0]));
        }
    }

    /// <summary>The read-only view is made once and handed out again, so reading a property does not allocate.</summary>
    public static void MadeOnce<T>(Func<T> read)
        where T : class => Assert.Same(read(), read());
}
