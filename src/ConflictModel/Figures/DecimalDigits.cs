using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// Builds a <see cref="decimal"/> from digit strings. Multiplying by a power of ten moves the
/// decimal point in the digits instead of multiplying the value, so "1,5 million" is exactly
/// 1500000 (not 1500000.0) and no operation can overflow.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>Significant digits that every <see cref="decimal"/> holds exactly, whatever its scale.</summary>
    internal const int MaxDigits = 28;

    /// <summary>Returns false when the value needs more than <see cref="MaxDigits"/> digits.</summary>
    internal static bool TryCompose(string integerDigits, string fractionDigits, int powerOfTen, out decimal value)
    {
        int moved = Math.Min(powerOfTen, fractionDigits.Length);
        string integer = (integerDigits + fractionDigits[..moved]).TrimStart('0');
        string fraction = fractionDigits[moved..].TrimEnd('0');
        int zeros = powerOfTen - moved;
        if (integer.Length == 0)
        {
            // Zeros after a zero integer part are no digits at all.
            zeros = 0;
        }
        if (integer.Length + zeros + fraction.Length > MaxDigits)
        {
            value = default;
            return false;
        }
        string digits = string.Concat(integer.Length == 0 ? "0" : integer, new string('0', zeros), fraction.Length == 0 ? "" : "." + fraction);
        value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return true;
    }
}
