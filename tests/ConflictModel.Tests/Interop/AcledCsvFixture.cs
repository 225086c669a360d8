using System.IO;
using ConflictModel.Interop;
using Sylvan.Data.Csv;

namespace ConflictModel.Tests.Interop;

/// <summary>The sample file and helpers shared by the ACLED tests.</summary>
internal static class AcledCsvFixture
{
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Interop", "Data", "acled-sample.csv");

    public static string SampleText => File.ReadAllText(SamplePath);

    public static AcledImportResult ImportSample() => AcledCsv.Import(new StringReader(SampleText));

    public static string Export(Dossier dossier)
    {
        using var writer = new StringWriter();
        AcledCsv.Export(dossier, writer);
        return writer.ToString();
    }

    /// <summary>Reads CSV text with Sylvan into one dictionary of column values per row.</summary>
    public static List<Dictionary<string, string>> Rows(string csv)
    {
        using var reader = CsvDataReader.Create(new StringReader(csv));
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.GetString(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    public const string GoodRow =
        "SYR1,2017-11-09,2017,1,Political violence,Battles,Armed clash,Military Forces of Syria (2000-),,1,Islamic State (Syria),,2,12,,760,Middle East,Syria,Deir ez Zor,Al Mayadin,Albu Kamal,Albu Kamal,34.452,40.9186,1,Reuters,International,Clashes near Albu Kamal.,5,,1512345678";

    /// <summary>A header and rows, with <paramref name="column"/> of the good row set to <paramref name="value"/>.</summary>
    public static string WithCell(string column, string value)
    {
        var names = Header.Split(',');
        var cells = GoodRow.Split(',');
        cells[Array.IndexOf(names, column)] = value;
        return Header + "\n" + string.Join(",", cells) + "\n";
    }
}
