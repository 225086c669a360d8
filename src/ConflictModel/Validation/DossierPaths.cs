using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation;

/// <summary>
/// The JSON paths of a dossier's parts, in the names of the document format: <c>$.events[3]</c>,
/// <c>$.events[3].participants[0].actor</c>.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class DossierPaths
{
    /// <summary>The name of the actors' array.</summary>
    public const string Actors = "actors";

    /// <summary>The name of the alliances' array.</summary>
    public const string Alliances = "alliances";

    /// <summary>The name of the relations' array.</summary>
    public const string Relations = "relations";

    /// <summary>The name of the places' array.</summary>
    public const string Places = "places";

    /// <summary>The name of the sources' array.</summary>
    public const string Sources = "sources";

    /// <summary>The name of the reports' array.</summary>
    public const string Reports = "reports";

    /// <summary>The name of the claims' array.</summary>
    public const string Claims = "claims";

    /// <summary>The name of the events' array.</summary>
    public const string Events = "events";

    /// <summary>Returns the path of an item of a top-level array.</summary>
    /// <param name="collection">The array's name, such as <see cref="Events"/>.</param>
    /// <param name="index">The item's index.</param>
    /// <returns>Such as <c>$.events[3]</c>.</returns>
    public static string Item(string collection, int index) => string.Create(CultureInfo.InvariantCulture, $"$.{collection}[{index}]");

    /// <summary>Returns the path of a property under a path.</summary>
    /// <param name="path">The parent path.</param>
    /// <param name="property">The property's name in the document format.</param>
    /// <returns>Such as <c>$.events[3].place</c>.</returns>
    public static string Property(string path, string property) => path + "." + property;

    /// <summary>Returns the path of an item of an array under a path.</summary>
    /// <param name="path">The parent path.</param>
    /// <param name="property">The array's name in the document format.</param>
    /// <param name="index">The item's index.</param>
    /// <returns>Such as <c>$.events[3].participants[0]</c>.</returns>
    public static string Element(string path, string property, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}.{property}[{index}]");

    /// <summary>Returns the name and items of the top-level array that holds entities of type <typeparamref name="TEntity"/>.</summary>
    internal static (string Name, IReadOnlyList<TEntity> Items) CollectionOf<TEntity>(Dossier dossier)
        where TEntity : class
    {
        object items = typeof(TEntity) switch
        {
            var t when t == typeof(Actor) => dossier.Actors,
            var t when t == typeof(Alliance) => dossier.Alliances,
            var t when t == typeof(ActorRelation) => dossier.Relations,
            var t when t == typeof(Place) => dossier.Places,
            var t when t == typeof(Source) => dossier.Sources,
            var t when t == typeof(Report) => dossier.Reports,
            var t when t == typeof(Claim) => dossier.Claims,
            var t when t == typeof(ConflictEvent) => dossier.Events,
            _ => throw new ArgumentException($"{typeof(TEntity).Name} is not an entity of a dossier; use Actor, Alliance, ActorRelation, Place, Source, Report, Claim or ConflictEvent."),
        };
        return (NameOf(typeof(TEntity)), (IReadOnlyList<TEntity>)items);
    }

    /// <summary>Tells whether <paramref name="type"/> is a top-level entity type.</summary>
    internal static bool IsEntityType(Type type) => NameOrNull(type) is not null;

    internal static string NameOf(Type type) => NameOrNull(type) ?? throw new ArgumentException($"{type.Name} is not an entity of a dossier.");

    internal static string IdOf(object entity) => entity switch
    {
        Actor a => a.Id.Value,
        Alliance a => a.Id.Value,
        ActorRelation r => r.Id.Value,
        Place p => p.Id.Value,
        Source s => s.Id.Value,
        Report r => r.Id.Value,
        Claim c => c.Id.Value,
        ConflictEvent e => e.Id.Value,
        _ => throw new ArgumentException($"{entity.GetType().Name} is not an entity of a dossier.", nameof(entity)),
    };

    private static string? NameOrNull(Type type) => type switch
    {
        _ when type == typeof(Actor) => Actors,
        _ when type == typeof(Alliance) => Alliances,
        _ when type == typeof(ActorRelation) => Relations,
        _ when type == typeof(Place) => Places,
        _ when type == typeof(Source) => Sources,
        _ when type == typeof(Report) => Reports,
        _ when type == typeof(Claim) => Claims,
        _ when type == typeof(ConflictEvent) => Events,
        _ => null,
    };
}
