using System;

namespace ConflictModel;

/// <summary>A range of characters (UTF-16 code units) in a report's text: where a quote stands.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Initializes a span.</summary>
    /// <param name="start">The index of the first character.</param>
    /// <param name="length">The number of characters.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        Start = Preconditions.CheckArgumentRange(start, 0, int.MaxValue);
        Length = Preconditions.CheckArgumentRange(length, 0, int.MaxValue - start);
    }

    /// <summary>Gets the index of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Returns the span of the first occurrence of <paramref name="quote"/> in <paramref name="text"/>.</summary>
    /// <param name="text">The text to search, such as a report's full text.</param>
    /// <param name="quote">The words to find, compared ordinally.</param>
    /// <returns>The span, or null when the words do not occur.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TextSpan? Find(string text, string quote)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(quote);
        int index = text.IndexOf(quote, StringComparison.Ordinal);
        return index < 0 ? null : new TextSpan(index, quote.Length);
    }

    /// <summary>Tells whether the span lies within a text of <paramref name="textLength"/> characters.</summary>
    /// <param name="textLength">The length of the text.</param>
    /// <returns>True when the span ends at or before the end of the text.</returns>
    public bool FitsIn(int textLength) => End <= textLength;

    /// <summary>Returns the span as start and length.</summary>
    /// <returns>Such as <c>[1234+57]</c>.</returns>
    public override string ToString() => $"[{Start}+{Length}]";
}
