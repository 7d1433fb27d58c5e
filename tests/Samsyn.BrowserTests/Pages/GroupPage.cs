using System.Text.RegularExpressions;

namespace Samsyn.BrowserTests.Pages;

/// <summary>One member row as the table shows it.</summary>
public sealed record MemberRow(string Role, string Member, string Organisation, IReadOnlyList<string> Substitutes);

/// <summary>A group's details with its members and their substitutes, at /grupper/{id}.</summary>
public sealed partial class GroupPage(IPage page, int? id = null) : BasePage(page)
{
    public override string Path => $"/grupper/{id ?? throw new InvalidOperationException("The group's id is not known.")}";

    public ILocator MembersTable => Page.GetByRole(AriaRole.Table, new() { NameRegex = MembersCaption() });
    public ILocator AddMemberLink => Page.GetByRole(AriaRole.Link, new() { Name = "Lägg till ledamot", Exact = true });

    /// <summary>The rows of the members table, read from what the browser renders.</summary>
    public async Task<IReadOnlyList<MemberRow>> MembersAsync()
    {
        await Assertions.Expect(MembersTable).ToBeVisibleAsync();
        var members = new List<MemberRow>();
        foreach (var row in await MembersTable.Locator("tbody tr").AllAsync())
        {
            var cells = row.Locator("td");
            members.Add(new MemberRow(
                Role: (await cells.Nth(0).InnerTextAsync()).Trim(),
                Member: (await cells.Nth(1).GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim(),
                Organisation: (await cells.Nth(2).InnerTextAsync()).Trim(),
                Substitutes: [.. (await cells.Nth(3).GetByRole(AriaRole.Listitem).AllInnerTextsAsync()).Select(s => s.Trim())]));
        }
        return members;
    }

    public async Task<AddMemberPage> AddMemberAsync()
    {
        await AddMemberLink.ClickAsync();
        var form = new AddMemberPage(Page);
        await Assertions.Expect(form.Heading).ToContainTextAsync("Ny ledamot");
        return form;
    }

    [GeneratedRegex("ledamöter i ")]
    private static partial Regex MembersCaption();
}
