using System.Collections.Frozen;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// The ISO 3166-1 alpha-2 country codes, to tell a well-formed code that names a country from one
/// that names none. Kosovo's user-assigned <c>XK</c>, which ACLED and UCDP use, is included.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class CountryCodes
{
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
        "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

    private static readonly FrozenSet<string> Codes = Assigned.Split(' ').ToFrozenSet(System.StringComparer.Ordinal);

    /// <summary>Gets the number of codes known: the 249 assigned codes and <c>XK</c>.</summary>
    public static int Count => Codes.Count;

    /// <summary>Tells whether a code is two upper-case ASCII letters, as ISO 3166-1 alpha-2 codes are.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns>True when the code is well-formed.</returns>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    /// <summary>Tells whether a code names a country.</summary>
    /// <param name="code">The candidate code, in upper case.</param>
    /// <returns>True when the code is assigned (or is <c>XK</c>).</returns>
    public static bool IsAssigned(string? code) => code is not null && Codes.Contains(code);

    /// <summary>Tells whether a code is well-formed for an ISO 3166-2 subdivision: a country code, a hyphen, and 1 to 3 letters or digits (<c>SY-DY</c>).</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns>True when the code is well-formed.</returns>
    public static bool IsWellFormedSubdivision(string? code)
    {
        if (code is null || code.Length is < 4 or > 6 || code[2] != '-' || !IsWellFormed(code[..2]))
        {
            return false;
        }
        for (int i = 3; i < code.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(code[i]) && !char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }
        return true;
    }
}
