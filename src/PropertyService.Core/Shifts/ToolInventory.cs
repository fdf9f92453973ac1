using NodaTime;
using PropertyService.Utility;

namespace PropertyService.Shifts;

/// <summary>
/// The common tools and instruments a site's service center keeps, and the loans recorded against them: what every
/// handover counts (CS-18) and who answers for a missing tool at its price (CS-10).
/// </summary>
/// <remarks>
/// Immutable: <see cref="Lend"/> and <see cref="Return"/> give a new inventory, so a count always sees one consistent
/// list of tools and loans. Safe to share between threads.
/// </remarks>
public sealed class ToolInventory
{
    private readonly Dictionary<string, Tool> _tools;
    private readonly Dictionary<string, ToolLoan> _loans;

    /// <summary>Creates an inventory.</summary>
    /// <param name="site">The site whose tools these are.</param>
    /// <param name="tools">The tools expected at the service center; codes unique.</param>
    /// <param name="loans">The loans recorded, at most one per tool, each of a listed tool to a person of the site.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tools"/>, one of them or one of the loans is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="site"/> is empty, a code is listed twice, or a loan is of an
    /// unknown tool, of a tool already lent, or to a person of another site.</exception>
    public ToolInventory(SiteId site, IEnumerable<Tool> tools, IEnumerable<ToolLoan>? loans = null)
    {
        if (site.IsEmpty)
        {
            throw new ArgumentException("A tool inventory belongs to a site.", nameof(site));
        }

        Site = site;
        _tools = new Dictionary<string, Tool>(StringComparer.Ordinal);
        var i = 0;
        foreach (var tool in Preconditions.CheckNotNull(tools))
        {
            if (tool is null)
            {
                throw new ArgumentNullException(nameof(tools), $"tools[{i}] is null.");
            }

            if (!_tools.TryAdd(tool.Code, tool))
            {
                throw new ArgumentException($"tools[{i}] has the code {tool.Code} of an earlier tool; each tool is listed once (CS-18).", nameof(tools));
            }

            i++;
        }

        _loans = new Dictionary<string, ToolLoan>(StringComparer.Ordinal);
        i = 0;
        foreach (var loan in loans ?? [])
        {
            if (loan is null)
            {
                throw new ArgumentNullException(nameof(loans), $"loans[{i}] is null.");
            }

            if (CheckLoan(loan.ToolCode, loan.Borrower) is { } why)
            {
                throw new ArgumentException($"loans[{i}]: {why}", nameof(loans));
            }

            _loans.Add(loan.ToolCode, loan);
            i++;
        }

        Tools = [.. _tools.Values];
        Loans = [.. _loans.Values];
    }

    private ToolInventory(ToolInventory from, Dictionary<string, ToolLoan> loans)
    {
        Site = from.Site;
        _tools = from._tools;
        Tools = from.Tools;
        _loans = loans;
        Loans = [.. loans.Values];
    }

    /// <summary>The site whose tools these are.</summary>
    public SiteId Site { get; }

    /// <summary>The tools expected at the service center, in the order listed.</summary>
    public IReadOnlyList<Tool> Tools { get; }

    /// <summary>The loans recorded.</summary>
    public IReadOnlyList<ToolLoan> Loans { get; }

    /// <summary>The tool with <paramref name="code"/>, or null.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The tool, or null when the inventory has none with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Tool? Find(string code) => _tools.GetValueOrDefault(Preconditions.CheckNotNull(code));

    /// <summary>The recorded loan of the tool with <paramref name="code"/>, or null.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The loan, or null when the tool is not lent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ToolLoan? LoanOf(string code) => _loans.GetValueOrDefault(Preconditions.CheckNotNull(code));

    /// <summary>Records that a tool was lent (CS-18): from now on the borrower answers for it.</summary>
    /// <param name="code">The tool's code.</param>
    /// <param name="borrower">Who borrows it; a person of the site.</param>
    /// <param name="lentBy">Who lends it out.</param>
    /// <param name="at">When.</param>
    /// <returns>The inventory with the loan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The tool is unknown or already lent, or the borrower is of another site.</exception>
    public ToolInventory Lend(string code, Actor borrower, Actor lentBy, Instant at)
    {
        var loan = new ToolLoan(code, borrower, lentBy, at);
        if (CheckLoan(code, borrower) is { } why)
        {
            throw new ArgumentException(why, nameof(code));
        }

        return new ToolInventory(this, new Dictionary<string, ToolLoan>(_loans, StringComparer.Ordinal) { [code] = loan });
    }

    /// <summary>Records that a lent tool came back.</summary>
    /// <param name="code">The tool's code.</param>
    /// <returns>The inventory without the loan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The tool is not lent.</exception>
    public ToolInventory Return(string code)
    {
        if (!_loans.ContainsKey(Preconditions.CheckNotNull(code)))
        {
            throw new ArgumentException($"Tool {code} is not lent out, so it cannot be returned.", nameof(code));
        }

        var loans = new Dictionary<string, ToolLoan>(_loans, StringComparer.Ordinal);
        loans.Remove(code);
        return new ToolInventory(this, loans);
    }

    /// <summary>The inventory as text: how many tools, how many lent.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Tools of {Site}: {Tools.Count}, {Loans.Count} lent";

    private string? CheckLoan(string code, Actor borrower) =>
        !_tools.ContainsKey(code) ? $"there is no tool {code} in the inventory of {Site}."
        : _loans.TryGetValue(code, out var loan) ? $"tool {code} is already lent to {loan.Borrower.DisplayName}."
        : borrower.Site != Site ? $"{borrower.DisplayName} belongs to site {borrower.Site}, not to {Site}."
        : null;
}
