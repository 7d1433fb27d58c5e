using Samsyn.Web.Features.Bulletins;
using Samsyn.Web.Features.Structure;
using Samsyn.Web.Infrastructure;

namespace Samsyn.UnitTests.Features.Bulletins;

public sealed class BulletinTests
{
    private static readonly DateTimeOffset Monday = new(2027, 3, 22, 9, 0, 0, TimeSpan.FromHours(1));

    private static Bulletin Sent(params int[] organisations)
    {
        var bulletin = new Bulletin { Title = "Info", Body = "<p>Text</p>", ValidUntil = new DateOnly(2027, 4, 30), SentAt = Monday };
        foreach (var id in organisations) bulletin.Recipients.Add(new BulletinRecipient { OrganisationId = id });
        return bulletin;
    }

    [Fact]
    public void Acknowledging_records_who_and_when_for_that_organisation_only()
    {
        var bulletin = Sent(1, 2);

        var recipient = bulletin.Acknowledge(2, personId: 12, "Eva Låtsasson", Monday.AddHours(1));

        recipient.OrganisationId.ShouldBe(2);
        recipient.AcknowledgedAt.ShouldBe(Monday.AddHours(1));
        recipient.AcknowledgedByPersonId.ShouldBe(12);
        recipient.AcknowledgedByName.ShouldBe("Eva Låtsasson");
        bulletin.Recipients.Single(r => r.OrganisationId == 1).IsAcknowledged.ShouldBeFalse();
    }

    [Fact]
    public void A_second_acknowledgement_keeps_the_first()
    {
        var bulletin = Sent(1);
        bulletin.Acknowledge(1, 12, "Eva Låtsasson", Monday.AddHours(1));

        var again = bulletin.Acknowledge(1, 13, "Per Modellsson", Monday.AddHours(2));

        again.AcknowledgedByName.ShouldBe("Eva Låtsasson");
        again.AcknowledgedAt.ShouldBe(Monday.AddHours(1));
    }

    [Fact]
    public void An_organisation_that_is_not_a_recipient_cannot_acknowledge()
    {
        Should.Throw<InvalidStateChangeException>(() => Sent(1).Acknowledge(9, 12, "Någon", Monday));
    }

    [Fact]
    public void Bulletin_is_current_through_its_last_day()
    {
        var bulletin = Sent(1);

        bulletin.IsCurrentOn(new DateOnly(2027, 4, 30)).ShouldBeTrue();
        bulletin.IsCurrentOn(new DateOnly(2027, 5, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Correcting_replaces_text_links_and_validity_but_not_recipients()
    {
        var bulletin = Sent(1, 2);
        bulletin.SetLinks([("Gammal", "https://a.example/")]);

        bulletin.Correct("Ny rubrik", "<p>Ny</p>", new DateOnly(2027, 5, 31), [("Rutin", "https://b.example/"), ("Karta", "https://c.example/")], Monday.AddDays(1));

        bulletin.Title.ShouldBe("Ny rubrik");
        bulletin.CorrectedAt.ShouldBe(Monday.AddDays(1));
        bulletin.Links.OrderBy(l => l.Order).Select(l => l.Title).ShouldBe(["Rutin", "Karta"]);
        bulletin.Recipients.Select(r => r.OrganisationId).ShouldBe([1, 2]);
    }

    [Fact]
    public void More_than_ten_links_are_refused()
    {
        var links = Enumerable.Range(1, 11).Select(i => ($"Länk {i}", $"https://l{i}.example/")).ToList();

        Should.Throw<InvalidStateChangeException>(() => Sent(1).SetLinks(links));
    }

    [Theory]
    [InlineData("2027-03-22T10:00:00+01:00", "2027-03-24T08:00:00+01:00")] // Monday → Wednesday morning
    [InlineData("2027-03-19T15:00:00+01:00", "2027-03-23T08:00:00+01:00")] // Friday → Tuesday
    [InlineData("2027-03-25T15:00:00+01:00", "2027-03-31T08:00:00+02:00")] // Maundy Thursday → past Good Friday and Easter Monday, in summer time
    [InlineData("2027-12-22T09:00:00+01:00", "2027-12-27T08:00:00+01:00")] // Wednesday before Christmas: the 23rd, then Monday the 27th
    [InlineData("2027-03-22T23:30:00+00:00", "2027-03-25T08:00:00+01:00")] // late evening UTC is already Tuesday in Sweden
    public void Reminder_falls_due_two_working_days_after_sending(string sent, string due)
    {
        var at = BulletinReminders.DueAt(DateTimeOffset.Parse(sent, System.Globalization.CultureInfo.InvariantCulture), 8);

        at.ShouldBe(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
        SwedishTime.ToLocal(at).Hour.ShouldBe(8);
    }

    [Fact]
    public void Reminder_key_names_the_bulletin_and_the_organisation() =>
        BulletinReminders.Key(12, 4).ShouldBe("bulletin-unacknowledged:12:4");
}
