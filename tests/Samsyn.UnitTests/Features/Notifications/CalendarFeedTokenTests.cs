using System.Text.RegularExpressions;
using Samsyn.Web.Features.Notifications;

namespace Samsyn.UnitTests.Features.Notifications;

public sealed partial class CalendarFeedTokenTests
{
    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex UrlSafe43();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex LowerHex64();

    private const string Valid = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL012-_";

    [Fact]
    public void New_is_43_url_safe_characters()
    {
        for (var i = 0; i < 200; i++)
        {
            var token = CalendarFeedToken.New();

            token.Length.ShouldBe(43);
            UrlSafe43().IsMatch(token).ShouldBeTrue(token);
            Uri.EscapeDataString(token).ShouldBe(token);
            CalendarFeedToken.IsWellFormed(token).ShouldBeTrue(token);
        }
    }

    [Fact]
    public void New_carries_32_random_bytes()
    {
        var token = CalendarFeedToken.New();
        var base64 = token.Replace('-', '+').Replace('_', '/') + "=";

        Convert.FromBase64String(base64).Length.ShouldBe(32);
    }

    [Fact]
    public void New_differs_every_time()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => CalendarFeedToken.New()).ToList();

        tokens.ShouldBeUnique();
    }

    [Fact]
    public void Hash_is_the_lowercase_hex_sha256()
    {
        CalendarFeedToken.Hash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void Hash_is_64_lowercase_hex_characters_and_the_same_for_the_same_token()
    {
        var token = CalendarFeedToken.New();

        var hash = CalendarFeedToken.Hash(token);

        LowerHex64().IsMatch(hash).ShouldBeTrue(hash);
        CalendarFeedToken.Hash(token).ShouldBe(hash);
    }

    [Fact]
    public void Hash_differs_for_tokens_that_differ_in_one_character()
    {
        CalendarFeedToken.Hash(Valid).ShouldNotBe(CalendarFeedToken.Hash(Valid[..^1] + "A"));
    }

    [Fact]
    public void Hash_is_not_the_token()
    {
        var token = CalendarFeedToken.New();

        CalendarFeedToken.Hash(token).ShouldNotContain(token);
    }

    [Fact]
    public void IsWellFormed_accepts_43_letters_digits_dashes_and_underscores()
    {
        Valid.Length.ShouldBe(43);
        CalendarFeedToken.IsWellFormed(Valid).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL012-")] // 42
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL012-_x")] // 44
    [InlineData("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL012-_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL012-_")] // two tokens
    public void IsWellFormed_refuses_the_wrong_length(string? token)
    {
        CalendarFeedToken.IsWellFormed(token).ShouldBeFalse();
    }

    [Theory]
    [InlineData('/')]
    [InlineData('+')]
    [InlineData('=')]
    [InlineData(' ')]
    [InlineData('.')]
    [InlineData('%')]
    [InlineData('\n')]
    [InlineData('\0')]
    [InlineData('å')]
    [InlineData('٣')] // an Arabic-Indic digit: a digit, but not ASCII
    public void IsWellFormed_refuses_a_character_a_token_never_has(char character)
    {
        foreach (var at in new[] { 0, 20, 42 })
        {
            var token = Valid[..at] + character + Valid[(at + 1)..];

            token.Length.ShouldBe(43);
            CalendarFeedToken.IsWellFormed(token).ShouldBeFalse($"{character} at {at}");
        }
    }

    [Fact]
    public void IsWellFormed_refuses_a_standard_base64_token_with_padding()
    {
        var standard = Convert.ToBase64String(new byte[32]);

        standard.Length.ShouldBe(44);
        CalendarFeedToken.IsWellFormed(standard).ShouldBeFalse();
    }

    [Fact]
    public void Renew_stores_the_hash_of_the_token_it_returns_and_when()
    {
        var feed = new PersonalCalendarFeed { PersonId = 7 };
        var now = new DateTimeOffset(2027, 3, 28, 5, 0, 0, TimeSpan.Zero);

        var token = feed.Renew(now);

        CalendarFeedToken.IsWellFormed(token).ShouldBeTrue();
        feed.TokenHash.ShouldBe(CalendarFeedToken.Hash(token));
        feed.TokenHash.ShouldNotBe(token);
        feed.CreatedAt.ShouldBe(now);
    }

    [Fact]
    public void Renew_again_replaces_the_token_and_the_time()
    {
        var feed = new PersonalCalendarFeed { PersonId = 7 };
        var first = feed.Renew(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var firstHash = feed.TokenHash;
        var later = new DateTimeOffset(2027, 2, 1, 10, 30, 0, TimeSpan.Zero);

        var second = feed.Renew(later);

        second.ShouldNotBe(first);
        feed.TokenHash.ShouldNotBe(firstHash);
        feed.TokenHash.ShouldBe(CalendarFeedToken.Hash(second));
        feed.CreatedAt.ShouldBe(later);
    }
}
