using System.Text;
using Samsyn.Web.Features.Deviations;

namespace Samsyn.UnitTests.Features.Deviations;

public sealed class DeviationCsvTests
{
    private static (List<DeviationCsvRow> Rows, Dictionary<string, string[]> Errors) Parse(string text) => DeviationCsv.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Rows_are_read_with_an_empty_step_and_any_separator()
    {
        var (rows, errors) = Parse("Månad;Process;Steg;Rapporterande;Berörd;Antal\n2026-03;discharge;;Ale;Sjukhuset;4\n\n");
        errors.ShouldBeEmpty();
        rows.ShouldBe([new DeviationCsvRow(2, new DateOnly(2026, 3, 1), "discharge", null, "Ale", "Sjukhuset", 4)]);

        Parse("månad,process,rapporterande,berörd,antal\n2026-03,sip,Ale,VC,2\n").Rows.ShouldHaveSingleItem().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("månad;process;steg;rapporterande;berörd;antal\n2026-13;discharge;;Ale;Sjukhuset;4\n", "rows[2].månad")]
    [InlineData("månad;process;steg;rapporterande;berörd;antal\n2026-03;discharge;;Ale;Sjukhuset;-1\n", "rows[2].antal")]
    [InlineData("månad;process;steg;rapporterande;berörd;antal\n2026-03;discharge;;Ale;811218-9876;1\n", "rows[2]")]
    [InlineData("personnummer;antal\n811218-9876;1\n", "header")]
    [InlineData("månad;process;steg;rapporterande;berörd;antal\n", "file")]
    public void Faults_are_named_by_line_and_column(string text, string key) =>
        Parse(text).Errors.Keys.ShouldContain(key);

    [Fact]
    public void A_phone_number_or_reference_in_a_name_is_not_an_identity_number() =>
        Parse("månad;process;steg;rapporterande;berörd;antal\n2026-03;discharge;;Ale 0303-123 45;Sjukhuset AV-2026-0417;1\n").Errors.ShouldBeEmpty();
}
