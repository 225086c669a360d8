using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// The numerals in the words of every figure of a dossier, each read in its figure's style: found
/// and read once per validation for the rules that check them (CM7001, CM7002).
/// </summary>
internal sealed class FigureReadings
{
    // Sites are kept by position in the list of all sites, not copied: a site is a large value.
    private readonly List<FigureSite> all;
    private readonly List<(int Site, string Text, int Start, int Count)> sites = [];
    private readonly List<(string Numeral, NumeralParseResult Result)> numerals = [];

    internal FigureReadings(List<FigureSite> all)
    {
        this.all = all;
        // An event's figure and the figures its claims assert often have the same words: each text
        // is read once per style, and its sites share the numerals read. The default comparer of
        // strings hashes fast and turns randomized by itself when hostile texts collide.
        var french = new Dictionary<string, (int Start, int Count)>();
        var english = new Dictionary<string, (int Start, int Count)>();
        for (int s = 0; s < all.Count; s++)
        {
            var site = all[s];
            if (site.Figure.Text is not { } text)
            {
                continue;
            }
            var style = site.Style;
            var read = style == NumeralStyle.English ? english : french;
            if (!read.TryGetValue(text, out var range))
            {
                int start = numerals.Count;
                foreach (string numeral in NumeralScanner.Scan(text))
                {
                    numerals.Add((numeral, NumeralParser.Parse(numeral, style)));
                }
                read.Add(text, range = (start, numerals.Count - start));
            }
            sites.Add((s, text, range.Start, range.Count));
        }
    }

    /// <summary>Gets the number of figures with words, in the order of <see cref="FigureSite.All"/>.</summary>
    internal int Count => sites.Count;

    /// <summary>Returns a figure with words, its words, and where its numerals stand among <see cref="Numeral"/>.</summary>
    internal (FigureSite Site, string Text, int Start, int Count) this[int index]
    {
        get
        {
            var (site, text, start, count) = sites[index];
            return (all[site], text, start, count);
        }
    }

    /// <summary>Returns a numeral and how it reads.</summary>
    internal (string Numeral, NumeralParseResult Result) Numeral(int index) => numerals[index];
}
