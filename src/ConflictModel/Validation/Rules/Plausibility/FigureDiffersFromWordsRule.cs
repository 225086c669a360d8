using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM7002: every numeral in the words of a figure reads cleanly, yet none of them is a number the
/// figure's value states.
/// </summary>
/// <remarks>
/// The stated numbers are those of <see cref="FigureSite.StatedNumbers"/>: "plus de 330.000" fits
/// an at-least count of 330000, "entre 30 et 40" a range of 30 to 40, and the words of a range
/// need only name one of its ends. Figures whose words hold no numeral, or a malformed one
/// (CM7001), are skipped.
/// </remarks>
internal sealed class FigureDiffersFromWordsRule : DossierRule
{
    private static readonly decimal[] Factors = [10m, 100m, 1000m];

    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.FigureDiffersFromWords;

    public override void Check(ValidationContext context)
    {
        var read = new List<decimal>();
        System.Span<decimal> numbers = stackalloc decimal[3];
        var figures = context.FigureReadings;
        for (int s = 0; s < figures.Count; s++)
        {
            var (site, text, start, count) = figures[s];
            if (!TryReadAll(figures, start, count, read) || read.Count == 0)
            {
                continue;
            }
            if (AnyStated(read, numbers[..FigureSite.CopyStatedNumbers(site.Figure.Value, numbers)]))
            {
                continue;
            }
            var stated = FigureSite.StatedNumbers(site.Figure.Value);
            context.Report(Descriptor, DossierPaths.Property(site.Path, "value"),
                string.Format(CultureInfo.InvariantCulture,
                    "The figure's value, {0}, states {1}, but its words \"{2}\" give {3}{4}. "
                    + "Correct the value to the number in the words, or, if the words are a misprint, check the number against another report.",
                    site.Figure.Value, Join(stated), text, Join(read), FactorHint(read, stated)),
                [site.OwnerId], site.Figure.Value.ToString());
        }
    }

    /// <summary>Gives the values of a figure's numerals, as <see cref="NumeralParser.TryParse"/> reads them, or false when one does not read.</summary>
    private static bool TryReadAll(FigureReadings readings, int start, int count, List<decimal> values)
    {
        values.Clear();
        for (int n = start; n < start + count; n++)
        {
            var result = readings.Numeral(n).Result;
            if (!result.IsParsed)
            {
                return false;
            }
            values.Add(result.Value.GetValueOrDefault());
        }
        return true;
    }

    private static bool AnyStated(List<decimal> read, System.ReadOnlySpan<decimal> stated)
    {
        foreach (decimal value in read)
        {
            foreach (decimal number in stated)
            {
                if (number == value)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Points out a value off by a power of ten, the usual slip of a dropped or added zero.</summary>
    private static string FactorHint(List<decimal> read, IReadOnlyList<decimal> stated)
    {
        foreach (decimal words in read)
        {
            foreach (decimal value in stated)
            {
                foreach (decimal factor in Factors)
                {
                    if (value != 0 && (IsTimes(words, value, factor) || IsTimes(value, words, factor)))
                    {
                        return string.Format(CultureInfo.InvariantCulture,
                            "; {0} and {1} differ by a factor of {2}, as when a digit is dropped or added", words, value, factor);
                    }
                }
            }
        }
        return string.Empty;
    }

    /// <summary>Tells whether <paramref name="large"/> is <paramref name="small"/> times <paramref name="factor"/>, without overflow.</summary>
    private static bool IsTimes(decimal large, decimal small, decimal factor) =>
        System.Math.Abs(small) <= decimal.MaxValue / factor && small * factor == large;

    private static string Join(IEnumerable<decimal> numbers) =>
        string.Join(" and ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
