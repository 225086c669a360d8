using System;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM7004: a place's point outside the widened bounding box of its country.</summary>
/// <remarks>
/// <para>The country is the place itself when it is of kind country, or else the nearest place of
/// kind country up its chain of parents, followed at most <see cref="MaxDepth"/> steps (cycles
/// and dangling parents stop the walk; other rules report them). Its ISO 3166 code, or the
/// country part of an ISO 3166-2 code, selects the box in <see cref="CountryBoundingBoxes"/>.</para>
/// <para>Points that are not well formed (out of range or NaN), and the point 0,0 (CM7005), are
/// skipped. A box that crosses the antimeridian is handled; a box that merely touches ±180 is
/// not widened across it.</para>
/// </remarks>
internal sealed class PointFarFromCountryRule : DossierRule
{
    /// <summary>How far, in degrees, a point may lie outside its country's box.</summary>
    internal const double Margin = 0.5;

    private const int MaxDepth = 64;

    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PointFarFromCountry;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        for (int i = 0; i < dossier.Places.Count; i++)
        {
            var place = dossier.Places[i];
            if (place.Location is not { IsWellFormed: true } point
                || (point.Latitude == 0 && point.Longitude == 0)
                || CountryOf(dossier, place) is not { } country
                || AlphaTwo(country.Codes.Iso3166) is not { } code
                || !CountryBoundingBoxes.TryGet(code, out var box)
                || Contains(box, point.Latitude, point.Longitude))
            {
                continue;
            }
            string hint = Contains(box, point.Longitude, point.Latitude)
                ? " Latitude and longitude look swapped: the point read the other way round lies inside the country."
                : Contains(box, -point.Latitude, point.Longitude) || Contains(box, point.Latitude, -point.Longitude)
                    ? " A sign looks wrong: the point with one sign changed lies inside the country."
                    : string.Empty;
            string from = ReferenceEquals(country, place) ? "itself a country" : string.Format(CultureInfo.InvariantCulture, "in country \"{0}\"", country.Id);
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Places, i),
                string.Format(CultureInfo.InvariantCulture,
                    "The point {0} of place \"{1}\" ({2}), {3}, lies more than {4} degree outside {5} ({6}), whose extent is latitude {7} to {8} "
                    + "and longitude {9} to {10}.{11} Check the coordinates (latitude first, north and east positive) and the place's parent.",
                    point, place.Id, place.Names.Primary.Text, from, Margin, box.Name, code,
                    box.MinLatitude, box.MaxLatitude, box.MinLongitude, box.MaxLongitude, hint),
                ReferenceEquals(country, place) ? [place.Id.Value] : [place.Id.Value, country.Id.Value], point.ToString());
        }
    }

    /// <summary>Returns the place itself if it is a country, or its nearest ancestor that is one, or null.</summary>
    private static Place? CountryOf(Dossier dossier, Place place)
    {
        var current = place;
        for (int depth = 0; depth <= MaxDepth; depth++)
        {
            if (current.Kind == PlaceKind.Country)
            {
                return current;
            }
            if (current.Parent is not { } parent || dossier.Find(parent) is not { } next)
            {
                return null;
            }
            current = next;
        }
        return null;
    }

    /// <summary>Returns "SY" for "SY", "sy" or "SY-DY", or null for a code that names no country.</summary>
    private static string? AlphaTwo(string? code)
    {
        if (code is null)
        {
            return null;
        }
        var trimmed = code.AsSpan().Trim();
        if (trimmed.Length < 2 || !char.IsAsciiLetter(trimmed[0]) || !char.IsAsciiLetter(trimmed[1])
            || (trimmed.Length > 2 && trimmed[2] != '-'))
        {
            return null;
        }
        return trimmed[..2].ToString().ToUpperInvariant();
    }

    private static bool Contains(CountryBoundingBoxes.Box box, double latitude, double longitude)
    {
        if (latitude < box.MinLatitude - Margin || latitude > box.MaxLatitude + Margin)
        {
            return false;
        }
        double west = box.MinLongitude - Margin;
        double east = box.MaxLongitude + Margin;
        return box.MinLongitude <= box.MaxLongitude
            ? longitude >= west && longitude <= east
            : longitude >= west || longitude <= east;
    }
}
