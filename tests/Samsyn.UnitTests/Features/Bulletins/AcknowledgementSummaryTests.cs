using Samsyn.Web.Features.Bulletins;

namespace Samsyn.UnitTests.Features.Bulletins;

public sealed class AcknowledgementSummaryTests
{
    [Fact]
    public void Counts_acknowledged_among_recipients()
    {
        var summary = AcknowledgementSummary.Of([true, true, false, true, true, true, true, false, true]);

        summary.Recipients.ShouldBe(9);
        summary.Acknowledged.ShouldBe(7);
        summary.Pending.ShouldBe(2);
        summary.Complete.ShouldBeFalse();
        summary.Text.ShouldBe("7 av 9 har bekräftat");
    }

    [Fact]
    public void All_acknowledged_says_so()
    {
        var summary = new AcknowledgementSummary(6, 6);

        summary.Complete.ShouldBeTrue();
        summary.Text.ShouldBe("Alla 6 har bekräftat");
        summary.Percent.ShouldBe(100);
    }

    [Fact]
    public void None_acknowledged_reads_zero_of_all()
    {
        new AcknowledgementSummary(3, 0).Text.ShouldBe("0 av 3 har bekräftat");
    }

    [Fact]
    public void Percent_is_rounded_down_so_almost_all_is_not_all()
    {
        new AcknowledgementSummary(1000, 999).Percent.ShouldBe(99);
        new AcknowledgementSummary(3, 1).Percent.ShouldBe(33);
    }

    [Fact]
    public void No_recipients_is_not_complete()
    {
        var summary = AcknowledgementSummary.Of([]);

        summary.Complete.ShouldBeFalse();
        summary.Percent.ShouldBe(0);
        summary.Text.ShouldBe("Inga mottagare");
    }

    [Fact]
    public void A_single_recipient_reads_naturally()
    {
        new AcknowledgementSummary(1, 1).Text.ShouldBe("Mottagaren har bekräftat");
    }
}
