using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ConflictModel;

/// <summary>
/// The checks that every public entry point makes on its arguments. Messages name the parameter
/// and say what is allowed, in invariant culture.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/> when it is not null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return argument;
    }

    /// <summary>Returns <paramref name="argument"/> when it has at least one character that is not white space.</summary>
    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must contain at least one character that is not white space.", paramName);
        }
        return argument;
    }

    /// <summary>Returns <paramref name="value"/> when it lies in [<paramref name="minInclusive"/>-<paramref name="maxInclusive"/>].</summary>
    internal static int CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "Value should be in range [{0}-{1}]", minInclusive, maxInclusive));
        }
        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a named member of its enum.</summary>
    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "Value is not a defined {0}; allowed: {1}",
                    typeof(TEnum).Name, string.Join(", ", Enum.GetNames<TEnum>())));
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
