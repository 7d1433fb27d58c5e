using Samsyn.Web.Features.Notifications;

namespace Samsyn.UnitTests.Features.Notifications;

public sealed class NotificationKindsTests
{
    [Fact]
    public void All_lists_every_kind_exactly_once()
    {
        // Fails when a kind is added to NotificationKind without a label for the preference page.
        NotificationKinds.All.Select(k => k.Kind).Order().ShouldBe(Enum.GetValues<NotificationKind>().Order());
    }

    [Fact]
    public void Every_kind_has_an_area_a_label_and_a_description()
    {
        foreach (var info in NotificationKinds.All)
        {
            info.Area.ShouldNotBeNullOrWhiteSpace(info.Kind.ToString());
            info.Label.ShouldNotBeNullOrWhiteSpace(info.Kind.ToString());
            info.Description.ShouldNotBeNullOrWhiteSpace(info.Kind.ToString());
        }
    }

    [Fact]
    public void No_two_kinds_share_a_label()
    {
        NotificationKinds.All.Select(k => k.Label).ShouldBeUnique();
    }

    [Fact]
    public void Kinds_of_an_area_are_listed_together()
    {
        var areas = NotificationKinds.All.Select(k => k.Area).ToList();
        var runs = areas.Where((area, i) => i == 0 || areas[i - 1] != area).ToList();

        runs.ShouldBeUnique();
    }

    [Fact]
    public void Info_finds_each_kind()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
            NotificationKinds.Info(kind).Kind.ShouldBe(kind);
    }

    [Fact]
    public void Every_channel_has_its_own_label()
    {
        var labels = Enum.GetValues<DeliveryChannel>().Select(NotificationKinds.Label).ToList();

        labels.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l));
        labels.ShouldBeUnique();
    }

    [Fact]
    public void Immediately_is_labelled_as_email_at_once()
    {
        NotificationKinds.Label(DeliveryChannel.Immediately).ShouldBe("E-post direkt");
    }
}
