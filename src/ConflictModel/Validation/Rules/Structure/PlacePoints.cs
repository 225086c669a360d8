namespace ConflictModel.Validation.Rules;

/// <summary>Visits the point of every place that has one, with the place's path: the document format keeps latitude and longitude on the place.</summary>
internal static class PlacePoints
{
    internal static void Check(ValidationContext context, System.Action<GeoPoint, string, string> check)
    {
        var places = context.Dossier.Places;
        for (int i = 0; i < places.Count; i++)
        {
            if (places[i].Location is { } point)
            {
                check(point, DossierPaths.Item(DossierPaths.Places, i), places[i].Id.Value);
            }
        }
    }
}
