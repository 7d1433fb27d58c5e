using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Samsyn.Web.Features.Accounts.ApiTokens;

namespace Samsyn.UnitTests.Features.Accounts;

public sealed partial class ApiTokenScopeTests
{
    private const string Sha256Hex = "42588e0f8d1b9d146a7d22013fc1a69c2eee6e14daae23f79704ce048092322f";

    [GeneratedRegex("^samsyn_pat_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();

    [Fact]
    public void New_tokens_carry_the_prefix_and_256_random_bits_and_differ()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => ApiToken.NewSecret()).ToList();
        tokens.ShouldAllBe(t => TokenShape().IsMatch(t));
        tokens.Distinct().Count().ShouldBe(100);
    }

    [Fact]
    public void Hash_is_sha256_hex_and_hint_is_the_prefix_and_four_characters()
    {
        // printf %s samsyn_pat_abc | sha256sum
        ApiToken.Hash("samsyn_pat_abc").ShouldBe(Sha256Hex);
        ApiToken.Hash("samsyn_pat_abc").ShouldNotBe(ApiToken.Hash("samsyn_pat_abd"));
        ApiToken.HintOf("samsyn_pat_AbCdEfGh").ShouldBe("samsyn_pat_AbCd");
    }

    [Theory]
    [InlineData("/api/v1/groups", "groups")]
    [InlineData("/api/v1/Groups/3/members", "groups")]
    [InlineData("/api/v1/api-tokens/4/revoke", "api-tokens")]
    [InlineData("/api/v1", null)]
    [InlineData("/personer/3", null)]
    public void Group_is_the_first_segment_after_the_version(string path, string? group) =>
        ApiTokenScope.GroupOf(new PathString(path)).ShouldBe(group);

    [Fact]
    public void Read_only_token_reads_everywhere_in_scope_and_writes_nowhere()
    {
        var scope = new ApiTokenScope(ApiTokenAccess.ReadOnly, []);
        scope.Allows("GET", "groups").ShouldBeTrue();
        scope.Allows("HEAD", "meetings").ShouldBeTrue();
        scope.Allows("POST", "groups").ShouldBeFalse();
        scope.Allows("PUT", "groups").ShouldBeFalse();
        scope.Allows("DELETE", "people").ShouldBeFalse();
    }

    [Fact]
    public void Limited_token_reaches_only_its_parts_and_who_am_i()
    {
        var scope = new ApiTokenScope(ApiTokenAccess.ReadWrite, ["status-reports"]);
        scope.Allows("POST", "status-reports").ShouldBeTrue();
        scope.Allows("GET", "groups").ShouldBeFalse();
        scope.Allows("GET", "auth").ShouldBeTrue();
        scope.Allows("POST", "auth").ShouldBeFalse();
    }

    [Fact]
    public void No_token_ever_manages_tokens_or_leaves_the_api()
    {
        var scope = new ApiTokenScope(ApiTokenAccess.ReadWrite, []);
        scope.Allows("GET", "api-tokens").ShouldBeFalse();
        scope.Allows("POST", "api-tokens").ShouldBeFalse();
        scope.Allows("GET", null).ShouldBeFalse();
    }
}
