using System;
using System.Collections.Generic;

namespace ConflictModel.Serialization;

/// <summary>
/// Lends the reader a list to gather the elements of one array before a model constructor copies
/// them, so that reading many small lists does not make a list object and its growing arrays for
/// each one. One list is kept per element type and thread; a list lent while another of the same
/// type is out is simply new.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal static class ScratchList<T>
{
    /// <summary>A list that grew past this many elements is not kept, so that one long array does not hold memory for good.</summary>
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static List<T>? spare;

    /// <summary>Lends an empty list.</summary>
    internal static List<T> Take()
    {
        var list = spare ?? new List<T>(4);
        spare = null;
        return list;
    }

    /// <summary>Takes back a lent list once its elements have been copied; null is ignored.</summary>
    internal static void Return(List<T>? list)
    {
        if (list is null || list.Capacity > MaxKeptCapacity)
        {
            return;
        }
        list.Clear();
        spare = list;
    }
}
