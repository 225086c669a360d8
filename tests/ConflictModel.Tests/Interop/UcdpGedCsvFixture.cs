using System.IO;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

/// <summary>The sample file and helpers shared by the UCDP GED tests.</summary>
internal static class UcdpGedCsvFixture
{
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Interop", "Data", "ucdp-ged-sample.csv");

    public static string SampleText => File.ReadAllText(SamplePath);

    public static UcdpImportResult ImportSample() => UcdpGedCsv.Import(new StringReader(SampleText));

    /// <summary>The GED columns in codebook order, written out here rather than taken from the code under test.</summary>
    public static readonly string[] Columns =
        ("id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name," +
         "side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date," +
         "source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid," +
         "country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob").Split(',');

    /// <summary>A plausible row: a clash in Kunduz province reported by one office relaying the provincial police.</summary>
    public static Dictionary<string, string> GoodRow(string id = "1001") => new(StringComparer.Ordinal)
    {
        ["id"] = id, ["relid"] = "AFG-2019-1-333-" + id, ["year"] = "2019", ["active_year"] = "1", ["code_status"] = "Clear",
        ["type_of_violence"] = "1", ["conflict_dset_id"] = "333", ["conflict_new_id"] = "333", ["conflict_name"] = "Afghanistan: Government",
        ["dyad_dset_id"] = "724", ["dyad_new_id"] = "724", ["dyad_name"] = "Government of Afghanistan - Taleban",
        ["side_a_dset_id"] = "130", ["side_a_new_id"] = "130", ["side_a"] = "Government of Afghanistan",
        ["side_b_dset_id"] = "303", ["side_b_new_id"] = "303", ["side_b"] = "Taleban", ["number_of_sources"] = "1",
        ["source_article"] = "Pajhwok Afghan News,2019-08-31,Clashes in Kunduz", ["source_office"] = "Pajhwok Afghan News",
        ["source_date"] = "2019-08-31", ["source_headline"] = "Clashes in Kunduz", ["source_original"] = "Kunduz police",
        ["where_prec"] = "1", ["where_coordinates"] = "Kunduz city", ["where_description"] = "Kunduz city",
        ["adm_1"] = "Kunduz province", ["adm_2"] = "Kunduz district", ["latitude"] = "36.728", ["longitude"] = "68.868",
        ["geom_wkt"] = "POINT (68.868 36.728)", ["priogrid_gid"] = "182218", ["country"] = "Afghanistan", ["country_id"] = "700",
        ["region"] = "Asia", ["event_clarity"] = "1", ["date_prec"] = "1", ["date_start"] = "2019-08-31", ["date_end"] = "2019-08-31",
        ["deaths_a"] = "3", ["deaths_b"] = "7", ["deaths_civilians"] = "0", ["deaths_unknown"] = "0",
        ["best"] = "10", ["high"] = "14", ["low"] = "8", ["gwnoa"] = "700", ["gwnob"] = "",
    };

    public static string Header(IEnumerable<string>? columns = null) => string.Join(",", columns ?? Columns);

    /// <summary>One CSV line of <paramref name="row"/> in the order of <paramref name="columns"/>, quoting where CSV needs it.</summary>
    public static string Line(Dictionary<string, string> row, IEnumerable<string>? columns = null) =>
        string.Join(",", (columns ?? Columns).Select(c => Quote(row.GetValueOrDefault(c, string.Empty))));

    /// <summary>A header and the given rows.</summary>
    public static string Csv(params Dictionary<string, string>[] rows) =>
        Header() + "\n" + string.Concat(rows.Select(r => Line(r) + "\n"));

    public static Dictionary<string, string> With(this Dictionary<string, string> row, string column, string value)
    {
        row[column] = value;
        return row;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
