using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ConflictModel;

/// <summary>Argument checks shared by the model's constructors.</summary>
internal static class Checks
{
    /// <summary>Rejects the default value of an id type, which has no text.</summary>
    internal static T Id<T>(T id, [CallerArgumentExpression(nameof(id))] string? paramName = null)
        where T : struct, IEntityId
    {
        if (id.IsDefault)
        {
            // A parameter named with a keyword (@event) keeps its '@' in the caller's expression.
            throw new ArgumentException($"The default {typeof(T).Name} is not an id; create one from its text.", paramName?.TrimStart('@'));
        }
        return id;
    }

    /// <summary>Rejects the default value of an id type inside a nullable reference.</summary>
    internal static T? OptionalId<T>(T? id, [CallerArgumentExpression(nameof(id))] string? paramName = null)
        where T : struct, IEntityId
        => id is { } value ? Id(value, paramName) : null;

    /// <summary>Rejects the default value of a vocabulary term, which has no text.</summary>
    internal static T Term<T>(T term, [CallerArgumentExpression(nameof(term))] string? paramName = null)
        where T : struct, IVocabularyTerm
    {
        if (term.Value is null)
        {
            throw new ArgumentException($"The default {typeof(T).Name} is not a term; use a well-known value or create one from its text.", paramName);
        }
        return term;
    }

    /// <summary>Accepts null, rejects blank text.</summary>
    internal static string? OptionalText(string? text, [CallerArgumentExpression(nameof(text))] string? paramName = null)
        => text is null ? null : Preconditions.CheckNotBlank(text, paramName);

    /// <summary>Copies a list of ids, rejecting default ids.</summary>
    internal static IReadOnlyList<T> Ids<T>(IEnumerable<T>? ids, [CallerArgumentExpression(nameof(ids))] string? paramName = null)
        where T : struct, IEntityId
    {
        var list = ValueList<T>.From(ids, paramName ?? "ids");
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].IsDefault)
            {
                throw new ArgumentException($"Element [{i}] is the default {typeof(T).Name}, which is not an id.", paramName);
            }
        }
        return list;
    }
}
