using System.Text;
using Samsyn.Web.Features.Situation.Discharge;

namespace Samsyn.UnitTests.Features.Situation;

/// <summary>Reading and checking the import file of monthly figures (kommun;månad;medeldagar;antal).</summary>
public sealed class DischargeCsvTests
{
    private const string Header = "kommun;månad;medeldagar;antal";

    private static DischargeCsvResult Parse(string text) => DischargeCsv.Parse(Encoding.UTF8.GetBytes(text));

    private static DischargeCsvResult Lines(params string[] lines) => Parse(string.Join("\n", lines));

    private static string Error(DischargeCsvResult result, string key)
    {
        result.Errors.ShouldContainKey(key, $"errors were: {string.Join(" | ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        return string.Join(" ", result.Errors[key]);
    }

    [Fact]
    public void Semicolon_file_with_decimal_comma_gives_rows_with_their_line_numbers()
    {
        var result = Lines(Header, "Ale kommun – vård och omsorg;2026-10;2,4;35", "Tjörns kommun – vård och omsorg;2026-11;3,15;");

        result.IsValid.ShouldBeTrue();
        result.Rows.ShouldBe([
            new DischargeCsvRow(2, "Ale kommun – vård och omsorg", new DateOnly(2026, 10, 1), 2.4m, 35),
            new DischargeCsvRow(3, "Tjörns kommun – vård och omsorg", new DateOnly(2026, 11, 1), 3.15m, null),
        ]);
    }

    [Fact]
    public void Comma_separated_file_with_decimal_point_is_read()
    {
        var result = Lines("kommun,månad,medeldagar,antal", "12,2026-10,2.5,40", "13,2026-10,1.0,");

        result.IsValid.ShouldBeTrue();
        result.Rows.Select(r => (r.Municipality, r.AverageDays, r.DischargedPatients)).ShouldBe([("12", 2.5m, (int?)40), ("13", 1.0m, (int?)null)]);
    }

    [Fact]
    public void Semicolon_file_accepts_a_decimal_point_too_and_spaces_in_counts()
    {
        var result = Lines(Header, "Ale;2026-10;2.5;1 234", "Ale;2026-11; 3,0 ;1\u00A0001");

        result.IsValid.ShouldBeTrue();
        result.Rows.Select(r => (r.AverageDays, r.DischargedPatients)).ShouldBe([(2.5m, (int?)1234), (3.0m, (int?)1001)]);
    }

    [Fact]
    public void Tab_separated_file_is_read()
    {
        var result = Lines("kommun\tmånad\tmedeldagar\tantal", "Ale\t2026-10\t2,5\t40");

        result.Rows.ShouldHaveSingleItem().AverageDays.ShouldBe(2.5m);
    }

    [Fact]
    public void Comma_separated_file_with_a_decimal_comma_is_refused_with_a_hint()
    {
        var result = Lines("kommun,månad,medeldagar,antal", "Ale,2026-10,2,5,40");

        result.IsValid.ShouldBeFalse();
        Error(result, "rows[2]").ShouldContain("5 kolumner men rubrikraden har 4");
        Error(result, "rows[2]").ShouldContain("punkt");
    }

    [Fact]
    public void Quoted_fields_may_hold_the_delimiter_and_doubled_quotes()
    {
        var result = Lines("kommun,månad,medeldagar,antal", "\"Ale \"\"norra\"\", kommun\",2026-10,\"2,5\",40");

        var row = result.Rows.ShouldHaveSingleItem();
        row.Municipality.ShouldBe("Ale \"norra\", kommun");
        row.AverageDays.ShouldBe(2.5m);
    }

    [Fact]
    public void Quote_left_open_is_refused_on_its_line()
    {
        var result = Lines(Header, "\"Ale;2026-10;2,5;40");

        Error(result, "rows[2]").ShouldContain("citattecken");
    }

    [Fact]
    public void Header_is_required()
    {
        var result = Lines("Ale;2026-10;2,5;40", "Tjörn;2026-10;2,0;12");

        result.IsValid.ShouldBeFalse();
        result.Rows.ShouldBeEmpty();
        Error(result, "header").ShouldContain("Första raden ska vara rubrikraden kommun;månad;medeldagar;antal");
    }

    [Fact]
    public void Header_is_read_without_regard_to_case_order_or_the_Swedish_letters_and_antal_may_be_left_out()
    {
        var result = Lines("Medeldagar;KOMMUN;Manad", "2,5;Ale;2026-10");

        var row = result.Rows.ShouldHaveSingleItem();
        (row.Municipality, row.Month, row.AverageDays, row.DischargedPatients).ShouldBe(("Ale", new DateOnly(2026, 10, 1), 2.5m, (int?)null));
    }

    [Fact]
    public void Unknown_column_is_refused()
    {
        var result = Lines(Header + ";kommentar", "Ale;2026-10;2,5;40;lugn månad");

        Error(result, "header").ShouldContain("Okänd kolumn ”kommentar”");
        result.Rows.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("personnummer")]
    [InlineData("Pnr")]
    [InlineData("Samordningsnummer")]
    public void Column_for_personal_identity_numbers_is_refused(string column)
    {
        var result = Lines(Header + ";" + column, "Ale;2026-10;2,5;40;");

        Error(result, "header").ShouldContain("aldrig uppgifter om enskilda patienter");
    }

    [Theory]
    [InlineData("811218-9876;2026-10;2,5;40", "rows[2].kommun")]
    [InlineData("Ale;19811218-9876;2,5;40", "rows[2].månad")]
    [InlineData("Ale;2026-10;2,5;8112189876", "rows[2].antal")]
    public void Value_that_looks_like_a_personal_identity_number_is_refused_in_any_column(string row, string key)
    {
        var result = Lines(Header, row);

        Error(result, key).ShouldContain("personnummer");
        result.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void Extra_value_that_looks_like_a_personal_identity_number_is_refused_before_the_column_count()
    {
        var result = Lines(Header, "Ale;2026-10;2,5;40;811218-9876");

        Error(result, "rows[2].5").ShouldContain("personnummer");
    }

    [Theory]
    [InlineData("2026-13", "Månaden 13 finns inte")]
    [InlineData("2026-00", "Månaden 0 finns inte")]
    [InlineData("okt 2026", "är ingen månad")]
    [InlineData("10/2026", "är ingen månad")]
    [InlineData("1999-12", "Året ska vara mellan 2000 och 2099")]
    [InlineData("2026-10-15", "inte ett datum")]
    [InlineData("", "Ange månaden")]
    public void Month_that_is_not_a_month_is_refused_with_the_reason(string month, string reason)
    {
        var result = Lines(Header, $"Ale;{month};2,5;40");

        Error(result, "rows[2].månad").ShouldContain(reason, Case.Insensitive);
        Error(result, "rows[2].månad").ShouldStartWith("Rad 2, kolumn månad:");
    }

    [Fact]
    public void Month_as_a_spreadsheet_saves_it_on_the_first_day_is_accepted()
    {
        Lines(Header, "Ale;2026-10-01;2,5;40").Rows.ShouldHaveSingleItem().Month.ShouldBe(new DateOnly(2026, 10, 1));
        Lines(Header, "Ale;2026-3;2,5;40").Rows.ShouldHaveSingleItem().Month.ShouldBe(new DateOnly(2026, 3, 1));
    }

    [Theory]
    [InlineData("-1", "negativa")]
    [InlineData("365,1", "mellan 0 och 365")]
    [InlineData("två", "inget tal")]
    [InlineData("2,5,1", "inget tal")]
    [InlineData("1e2", "inget tal")]
    [InlineData("", "Ange medeldagarna")]
    public void Average_days_that_are_not_a_number_from_0_to_365_are_refused(string days, string reason)
    {
        var result = Lines(Header, $"Ale;2026-10;\"{days}\";40");

        Error(result, "rows[2].medeldagar").ShouldContain(reason, Case.Insensitive);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("365")]
    [InlineData("0,05")]
    public void Average_days_from_0_to_365_are_accepted(string days) =>
        Lines(Header, $"Ale;2026-10;{days};40").IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("-3", "negativt")]
    [InlineData("2,5", "heltal")]
    [InlineData("många", "heltal")]
    [InlineData("100001", "högst")]
    public void Patient_count_that_is_not_a_whole_number_of_at_least_0_is_refused(string count, string reason)
    {
        var result = Lines(Header, $"Ale;2026-10;2;\"{count}\"");

        Error(result, "rows[2].antal").ShouldContain(reason);
    }

    [Fact]
    public void Zero_patients_with_waiting_days_is_refused_but_zero_with_zero_is_not()
    {
        Error(Lines(Header, "Ale;2026-10;2,5;0"), "rows[2].antal").ShouldContain("Antalet är 0");
        Lines(Header, "Ale;2026-10;0;0").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Every_row_is_checked_and_nothing_is_returned_when_one_is_wrong()
    {
        var result = Lines(Header, "Ale;2026-10;2,5;40", "Ale;2026-13;2,5;40", "Tjörn;2026-11;x;", "Kungälv;2026-12;1,5;30");

        result.IsValid.ShouldBeFalse();
        result.Errors.Keys.ShouldBe(["rows[3].månad", "rows[4].medeldagar"], ignoreOrder: true);
        result.Rows.Count.ShouldBe(2, "the good rows are read, but the caller imports nothing while there are errors");
    }

    [Fact]
    public void Missing_municipality_is_refused()
    {
        Error(Lines(Header, ";2026-10;2,5;40"), "rows[2].kommun").ShouldContain("ange kommunen");
    }

    [Fact]
    public void Blank_lines_and_lines_of_only_delimiters_are_skipped_and_lines_keep_their_numbers()
    {
        var result = Parse($"{Header}\r\n\r\n;;;\r\nAle;2026-13;2,5;40\r\n");

        result.Errors.Keys.ShouldBe(["rows[4].månad"]);
    }

    [Fact]
    public void Wrong_number_of_columns_is_refused_on_its_line()
    {
        Error(Lines(Header, "Ale;2026-10;2,5"), "rows[2]").ShouldContain("3 kolumner men rubrikraden har 4");
    }

    [Fact]
    public void Windows_1252_file_from_an_older_spreadsheet_is_read_with_its_Swedish_letters_and_dash()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes($"{Header}\r\nKungälvs kommun – vård och omsorg;2026-10;2,5;40\r\n");

        var result = DischargeCsv.Parse(bytes);

        result.Rows.ShouldHaveSingleItem().Municipality.ShouldBe("Kungälvs kommun – vård och omsorg");
    }

    [Fact]
    public void UTF8_with_byte_order_mark_and_UTF16_are_read()
    {
        var text = $"{Header}\nTjörn;2026-10;2,5;40";
        DischargeCsv.Parse([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]).Rows.ShouldHaveSingleItem().Municipality.ShouldBe("Tjörn");
        DischargeCsv.Parse([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]).Rows.ShouldHaveSingleItem().Municipality.ShouldBe("Tjörn");
    }

    [Fact]
    public void Binary_file_is_refused_as_not_a_text_file()
    {
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0xFE];

        Error(DischargeCsv.Parse(zip), "file").ShouldContain("inte vara en textfil");
    }

    [Fact]
    public void Empty_file_and_file_with_only_a_header_are_refused()
    {
        Error(DischargeCsv.Parse([]), "file").ShouldContain("tom");
        Error(Parse("\n\n"), "file").ShouldContain("tom");
        Error(Lines(Header, ""), "file").ShouldContain("bara en rubrikrad");
    }

    [Fact]
    public void File_over_one_megabyte_is_refused()
    {
        var big = new byte[DischargeCsv.MaxBytes + 1];
        Array.Fill(big, (byte)'a');

        Error(DischargeCsv.Parse(big), "file").ShouldContain("högst 1 MB");
    }

    [Fact]
    public void File_with_very_many_errors_reports_the_first_hundred_and_says_there_are_more()
    {
        var result = Lines([Header, .. Enumerable.Range(0, 500).Select(_ => "Ale;2026-13;2,5;40")]);

        result.Errors.Count.ShouldBe(DischargeCsv.MaxReportedErrors + 1);
        Error(result, "file").ShouldContain("fler fel");
    }
}
