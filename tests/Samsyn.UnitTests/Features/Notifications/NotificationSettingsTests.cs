using Samsyn.Web.Features.Notifications;

namespace Samsyn.UnitTests.Features.Notifications;

public sealed class NotificationSettingsTests
{
    public static TheoryData<NotificationKind> Kinds => [.. Enum.GetValues<NotificationKind>()];

    public static TheoryData<NotificationKind, DeliveryChannel> KindsAndChannels
    {
        get
        {
            var data = new TheoryData<NotificationKind, DeliveryChannel>();
            foreach (var kind in Enum.GetValues<NotificationKind>())
                foreach (var channel in Enum.GetValues<DeliveryChannel>())
                    data.Add(kind, channel);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ChannelFor_a_kind_never_chosen_is_immediately(NotificationKind kind)
    {
        new NotificationSettings().ChannelFor(kind).ShouldBe(DeliveryChannel.Immediately);
    }

    [Theory]
    [MemberData(nameof(KindsAndChannels))]
    public void ChannelFor_gives_the_chosen_channel(NotificationKind kind, DeliveryChannel channel)
    {
        var settings = new NotificationSettings();

        settings.Choose([(kind, channel)]);

        settings.ChannelFor(kind).ShouldBe(channel);
    }

    [Fact]
    public void Choose_leaves_kinds_not_given_as_they_were()
    {
        var settings = new NotificationSettings();
        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.DailyDigest), (NotificationKind.MeetingCancelled, DeliveryChannel.InAppOnly)]);

        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.InAppOnly)]);

        settings.ChannelFor(NotificationKind.AgendaPublished).ShouldBe(DeliveryChannel.InAppOnly);
        settings.ChannelFor(NotificationKind.MeetingCancelled).ShouldBe(DeliveryChannel.InAppOnly);
        settings.ChannelFor(NotificationKind.MeetingTomorrow).ShouldBe(DeliveryChannel.Immediately);
    }

    [Fact]
    public void Choose_does_not_store_the_default()
    {
        var settings = new NotificationSettings();

        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.Immediately), (NotificationKind.MinutesApproved, DeliveryChannel.DailyDigest)]);

        settings.Channels.ShouldBe(new Dictionary<NotificationKind, DeliveryChannel> { [NotificationKind.MinutesApproved] = DeliveryChannel.DailyDigest });
    }

    [Fact]
    public void Choosing_immediately_again_removes_the_stored_choice()
    {
        var settings = new NotificationSettings();
        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.DailyDigest)]);

        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.Immediately)]);

        settings.Channels.ShouldBeEmpty();
        settings.ChannelFor(NotificationKind.AgendaPublished).ShouldBe(DeliveryChannel.Immediately);
    }

    [Fact]
    public void Choose_with_the_same_kind_twice_keeps_the_last()
    {
        var settings = new NotificationSettings();

        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.DailyDigest), (NotificationKind.AgendaPublished, DeliveryChannel.InAppOnly)]);

        settings.ChannelFor(NotificationKind.AgendaPublished).ShouldBe(DeliveryChannel.InAppOnly);
    }

    [Fact]
    public void Choose_with_nothing_changes_nothing()
    {
        var settings = new NotificationSettings();
        settings.Choose([(NotificationKind.ActionItemDue, DeliveryChannel.DailyDigest)]);

        settings.Choose([]);

        settings.Channels.ShouldBe(new Dictionary<NotificationKind, DeliveryChannel> { [NotificationKind.ActionItemDue] = DeliveryChannel.DailyDigest });
    }

    [Fact]
    public void Choose_does_not_change_a_dictionary_read_before_it()
    {
        // The stored column is compared with a snapshot; a choice must not reach into an earlier copy.
        var settings = new NotificationSettings();
        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.DailyDigest)]);
        var before = settings.Channels;

        settings.Choose([(NotificationKind.AgendaPublished, DeliveryChannel.Immediately), (NotificationKind.MeetingCancelled, DeliveryChannel.InAppOnly)]);

        before.ShouldBe(new Dictionary<NotificationKind, DeliveryChannel> { [NotificationKind.AgendaPublished] = DeliveryChannel.DailyDigest });
    }

    [Fact]
    public void Write_lists_the_choices_by_name_in_kind_order()
    {
        var text = NotificationSettings.Write(new Dictionary<NotificationKind, DeliveryChannel>
        {
            [NotificationKind.MeetingCancelled] = DeliveryChannel.InAppOnly,
            [NotificationKind.AgendaPublished] = DeliveryChannel.DailyDigest,
        });

        text.ShouldBe("AgendaPublished=DailyDigest;MeetingCancelled=InAppOnly");
    }

    [Fact]
    public void Write_of_no_choices_is_empty()
    {
        NotificationSettings.Write([]).ShouldBe("");
    }

    [Fact]
    public void Write_is_the_same_whatever_order_the_choices_were_made_in()
    {
        var a = new NotificationSettings();
        a.Choose([(NotificationKind.DocumentRevisionDue, DeliveryChannel.InAppOnly), (NotificationKind.SubstituteRequested, DeliveryChannel.DailyDigest)]);
        var b = new NotificationSettings();
        b.Choose([(NotificationKind.SubstituteRequested, DeliveryChannel.DailyDigest), (NotificationKind.DocumentRevisionDue, DeliveryChannel.InAppOnly)]);

        NotificationSettings.Write(a.Channels).ShouldBe(NotificationSettings.Write(b.Channels));
    }

    [Fact]
    public void Read_gives_back_what_Write_wrote_for_every_kind_and_channel()
    {
        var channels = new Dictionary<NotificationKind, DeliveryChannel>();
        var all = Enum.GetValues<DeliveryChannel>();
        var kinds = Enum.GetValues<NotificationKind>();
        for (var i = 0; i < kinds.Length; i++) channels[kinds[i]] = all[i % all.Length];

        var read = NotificationSettings.Read(NotificationSettings.Write(channels));

        read.ShouldBe(channels, ignoreOrder: true);
    }

    [Fact]
    public void Read_of_an_empty_column_is_no_choices()
    {
        NotificationSettings.Read("").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("WeeklyNewsletter=DailyDigest;AgendaPublished=InAppOnly")] // a kind from a newer version
    [InlineData("AgendaPublished=InAppOnly;MeetingCancelled=WeeklyDigest")] // a channel from a newer version
    [InlineData("AgendaPublished=InAppOnly;garbage")]
    [InlineData(";;AgendaPublished=InAppOnly;;")]
    [InlineData("AgendaPublished=InAppOnly;=;MeetingCancelled=;=DailyDigest")]
    [InlineData("AgendaPublished=InAppOnly;MeetingCancelled=DailyDigest=InAppOnly")]
    [InlineData("AgendaPublished=InAppOnly;agendapublished=dailydigest")] // names are case-sensitive, as Write writes them
    [InlineData("AgendaPublished=InAppOnly;MeetingCancelled:DailyDigest")]
    public void Read_skips_what_it_does_not_understand_and_keeps_the_rest(string text)
    {
        var read = NotificationSettings.Read(text);

        read.ShouldBe(new Dictionary<NotificationKind, DeliveryChannel> { [NotificationKind.AgendaPublished] = DeliveryChannel.InAppOnly });
    }

    [Theory]
    [InlineData("not a setting at all")]
    [InlineData("=")]
    [InlineData(";")]
    [InlineData("==;;==")]
    [InlineData("Möten=Daglig sammanfattning")]
    [InlineData("99=DailyDigest")] // numbers are not names, though Enum.TryParse takes them
    [InlineData("-1=InAppOnly")]
    [InlineData("AgendaPublished=7")]
    [InlineData("AgendaPublished=1")]
    [InlineData("AgendaPublished,MeetingCancelled=DailyDigest")] // a comma list would combine into another kind
    public void Read_of_garbage_is_no_choices(string text)
    {
        NotificationSettings.Read(text).ShouldBeEmpty();
    }
}
