using Samsyn.Web.Features.Decisions;

namespace Samsyn.UnitTests.Features.Documents;

public sealed class DecisionSearchTermTests
{
    [Theory]
    [InlineData("  VårdRUTIN ", "vårdrutin")]
    [InlineData("ÅÄÖ", "åäö")]
    [InlineData("gemensam  plan", "gemensam  plan")]
    [InlineData("50% rabatt_kod", "50 rabattkod")]
    [InlineData("a\0b", "ab")]
    [InlineData("\"NEAR(a b)\"", "\"near(a b)\"")]
    public void The_search_text_is_trimmed_lowered_and_loses_wildcards(string q, string term) =>
        DecisionSearch.Term(q).ShouldBe(term);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("_%_")]
    [InlineData("\0")]
    public void Nothing_to_search_for_is_no_search(string? q) => DecisionSearch.Term(q).ShouldBeNull();
}
