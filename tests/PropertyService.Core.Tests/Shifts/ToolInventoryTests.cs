using NodaTime;
using static PropertyService.Shifts.HandoverFixture;
using static PropertyService.Shifts.RosterFixture;

namespace PropertyService.Shifts;

public class ToolInventoryTests
{
    private static readonly ToolInventory Inventory = new(Site, [Multimeter, Ladder, Torch]);

    [Fact]
    public void Loans_and_returns_give_new_inventories_and_name_who_answers_CS18()
    {
        var lent = Inventory.Lend(Ladder.Code, Liu, Chen, At(3, 3, 2, 0));

        Assert.Empty(Inventory.Loans);
        Assert.Equal(new ToolLoan(Ladder.Code, Liu, Chen, At(3, 3, 2, 0)), Assert.Single(lent.Loans));
        Assert.Equal(Liu, lent.LoanOf(Ladder.Code)!.Borrower);
        Assert.Null(lent.LoanOf(Torch.Code));
        Assert.Equal(Inventory.Tools, lent.Tools);
        Assert.Same(Ladder, lent.Find(Ladder.Code));
        Assert.Null(lent.Find("XX"));
        Assert.Equal("Tools of SZ-01: 3, 1 lent", lent.ToString());
        Assert.Equal("LD-01 lent to 刘师傅 by 陈师傅 at 2026-03-02T18:00:00Z", lent.Loans[0].ToString());

        var back = lent.Return(Ladder.Code);
        Assert.Empty(back.Loans);
        Assert.Single(lent.Loans);
    }

    [Fact]
    public void Bad_loans_and_lists_are_refused_naming_the_tool_CS18()
    {
        Assert.Equal("There is no tool XX in the inventory of SZ-01. (Parameter 'code')".ToLowerInvariant(), Assert.Throws<ArgumentException>(() => Inventory.Lend("XX", Liu, Chen, At(3, 3, 2, 0))).Message.ToLowerInvariant());
        var lent = Inventory.Lend(Ladder.Code, Liu, Chen, At(3, 3, 2, 0));
        Assert.StartsWith("tool LD-01 is already lent to 刘师傅.", Assert.Throws<ArgumentException>(() => lent.Lend(Ladder.Code, Wang, Chen, At(3, 3, 2, 0))).Message, StringComparison.Ordinal);
        Assert.StartsWith("外站 belongs to site GZ-02, not to SZ-01.", Assert.Throws<ArgumentException>(() => Inventory.Lend(Torch.Code, Stranger, Chen, At(3, 3, 2, 0))).Message, StringComparison.Ordinal);
        Assert.StartsWith("Tool TC-01 is not lent out", Assert.Throws<ArgumentException>(() => Inventory.Return(Torch.Code)).Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new ToolInventory(Site, [Torch, new Tool(Torch.Code, "another torch", Money.Yuan(1m))]));
        Assert.Equal(("tools", "tools[1] has the code TC-01 of an earlier tool; each tool is listed once (CS-18). (Parameter 'tools')"), (twice.ParamName, twice.Message));
        Assert.Equal("tools[1] is null. (Parameter 'tools')", Assert.Throws<ArgumentNullException>(() => new ToolInventory(Site, [Torch, null!])).Message);
        Assert.Equal("loans", Assert.Throws<ArgumentException>(() => new ToolInventory(Site, [Torch], [new ToolLoan("XX", Liu, Chen, At(3, 3, 2, 0))])).ParamName);
        Assert.StartsWith("loans[1]: tool TC-01 is already lent", Assert.Throws<ArgumentException>(() => new ToolInventory(Site, [Torch], [new ToolLoan(Torch.Code, Liu, Chen, At(3, 3, 2, 0)), new ToolLoan(Torch.Code, Wang, Chen, At(3, 3, 2, 0))])).Message, StringComparison.Ordinal);
        Assert.Equal("loans[0] is null. (Parameter 'loans')", Assert.Throws<ArgumentNullException>(() => new ToolInventory(Site, [Torch], [null!])).Message);
        Assert.Equal("site", Assert.Throws<ArgumentException>(() => new ToolInventory(default, [Torch])).ParamName);
    }

    [Fact]
    public void Tools_loans_and_losses_are_equal_by_value_CS10()
    {
        Assert.Equal(new Tool("MM-01", "万用表 multimeter", Money.Yuan(380m)), Multimeter);
        Assert.NotEqual(new Tool("MM-01", "万用表 multimeter", Money.Yuan(381m)), Multimeter);
        Assert.NotEqual(new Tool("MM-01", "multimeter", Money.Yuan(380m)), Multimeter);
        Assert.Equal(Multimeter.GetHashCode(), new Tool("MM-01", "万用表 multimeter", Money.Yuan(380m)).GetHashCode());
        Assert.Equal("MM-01 万用表 multimeter (¥380.00)", Multimeter.ToString());
        Assert.False(Multimeter.Equals((object?)null));

        var loan = new ToolLoan("LD-01", Liu, Chen, At(3, 3, 2, 0));
        Assert.Equal(loan, new ToolLoan("LD-01", Liu, Chen, At(3, 3, 2, 0)));
        Assert.NotEqual(loan, new ToolLoan("LD-01", Liu, Chen, At(3, 3, 2, 1)));
        Assert.NotEqual(loan, new ToolLoan("LD-01", Liu, Wang, At(3, 3, 2, 0)));
        Assert.NotEqual(loan, new ToolLoan("LD-01", Chen, Chen, At(3, 3, 2, 0)));
        Assert.Equal(loan.GetHashCode(), new ToolLoan("LD-01", Liu, Chen, At(3, 3, 2, 0)).GetHashCode());
        Assert.True(loan.Equals((object)new ToolLoan("LD-01", Liu, Chen, At(3, 3, 2, 0))));

        var loss = new ToolLoss(Ladder, Liu, true);
        Assert.Equal(loss, new ToolLoss(Ladder, Liu, true));
        Assert.NotEqual(loss, new ToolLoss(Ladder, Liu, false));
        Assert.NotEqual(loss, new ToolLoss(Ladder, Chen, true));
        Assert.NotEqual(loss, new ToolLoss(Torch, Liu, true));
        Assert.Equal(loss.GetHashCode(), new ToolLoss(Ladder, Liu, true).GetHashCode());
        Assert.False(loss.Equals((object?)null));
    }
}
