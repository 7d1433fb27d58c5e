using Samsyn.Web.Features.Meetings;

namespace Samsyn.UnitTests.Features.Meetings;

public sealed class ChairRotationTests
{
    private const int Hospital = 1, PrimaryCare = 2, Municipality = 3;

    private static readonly ChairRotation Yearly = new(new DateOnly(2024, 1, 1), 12, [Hospital, PrimaryCare, Municipality]);

    private static readonly ChairRotation HalfYearly = new(new DateOnly(2024, 1, 1), 6, [Hospital, PrimaryCare, Municipality]);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2024, 1, 1, Hospital)]
    [InlineData(2024, 12, 31, Hospital)]
    [InlineData(2025, 1, 1, PrimaryCare)]
    [InlineData(2025, 12, 31, PrimaryCare)]
    [InlineData(2026, 1, 1, Municipality)]
    [InlineData(2026, 12, 31, Municipality)]
    [InlineData(2027, 1, 1, Hospital)]
    [InlineData(2027, 3, 23, Hospital)]
    [InlineData(2028, 1, 1, PrimaryCare)]
    [InlineData(2029, 12, 31, Municipality)]
    [InlineData(2030, 1, 1, Hospital)]
    public void Yearly_rotation_changes_on_the_first_of_January_and_wraps_around(int year, int month, int day, int chair) =>
        Yearly.ChairOn(D(year, month, day)).ShouldBe(chair);

    [Theory]
    [InlineData(2024, 6, 30, Hospital)]
    [InlineData(2024, 7, 1, PrimaryCare)]
    [InlineData(2024, 12, 31, PrimaryCare)]
    [InlineData(2025, 1, 1, Municipality)]
    [InlineData(2025, 6, 30, Municipality)]
    [InlineData(2025, 7, 1, Hospital)]
    [InlineData(2026, 1, 1, PrimaryCare)]
    public void Half_yearly_rotation_changes_on_the_first_of_January_and_July(int year, int month, int day, int chair) =>
        HalfYearly.ChairOn(D(year, month, day)).ShouldBe(chair);

    [Fact]
    public void Rotation_starting_mid_month_changes_on_that_day_of_the_month()
    {
        var rotation = new ChairRotation(D(2024, 3, 15), 12, [Hospital, PrimaryCare]);
        rotation.ChairOn(D(2024, 3, 15)).ShouldBe(Hospital);
        rotation.ChairOn(D(2025, 3, 14)).ShouldBe(Hospital);
        rotation.ChairOn(D(2025, 3, 15)).ShouldBe(PrimaryCare);
        rotation.ChairOn(D(2026, 3, 14)).ShouldBe(PrimaryCare);
        rotation.ChairOn(D(2026, 3, 15)).ShouldBe(Hospital);
    }

    [Fact]
    public void Before_the_start_there_is_no_chair()
    {
        Yearly.ChairOn(D(2023, 12, 31)).ShouldBeNull();
        HalfYearly.ChairOn(D(2000, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void Empty_rotation_has_no_chair()
    {
        new ChairRotation(D(2024, 1, 1), 12, []).ChairOn(D(2026, 5, 5)).ShouldBeNull();
    }

    [Fact]
    public void Rotation_without_a_period_has_no_chair()
    {
        new ChairRotation(D(2024, 1, 1), 0, [Hospital]).ChairOn(D(2026, 5, 5)).ShouldBeNull();
    }

    [Fact]
    public void Single_organisation_chairs_every_period()
    {
        var rotation = new ChairRotation(D(2024, 1, 1), 6, [PrimaryCare]);
        rotation.ChairOn(D(2024, 1, 1)).ShouldBe(PrimaryCare);
        rotation.ChairOn(D(2031, 8, 9)).ShouldBe(PrimaryCare);
    }

    [Theory]
    [InlineData(2024, 12, 31, 2024, 1, 1)]
    [InlineData(2025, 1, 1, 2025, 1, 1)]
    [InlineData(2026, 7, 14, 2026, 1, 1)]
    public void Period_start_of_a_yearly_rotation(int year, int month, int day, int startYear, int startMonth, int startDay) =>
        Yearly.PeriodStart(D(year, month, day)).ShouldBe(D(startYear, startMonth, startDay));

    [Theory]
    [InlineData(2024, 6, 30, 2024, 1, 1)]
    [InlineData(2024, 7, 1, 2024, 7, 1)]
    [InlineData(2025, 12, 31, 2025, 7, 1)]
    public void Period_start_of_a_half_yearly_rotation(int year, int month, int day, int startYear, int startMonth, int startDay) =>
        HalfYearly.PeriodStart(D(year, month, day)).ShouldBe(D(startYear, startMonth, startDay));
}
