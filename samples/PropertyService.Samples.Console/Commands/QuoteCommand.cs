using System.CommandLine;
using NodaTime;
using PropertyService.Fees;
using PropertyService.Samples.Console.Cli;

namespace PropertyService.Samples.Console.Commands;

/// <summary>
/// <c>quote --item CODE[:quantity] ... [--schedule FILE] [--category ...] [--after-hours] ...</c>: prices a repair
/// against a fee schedule file with the library's <see cref="FeeEvaluator"/> and the built-in fee rules, and explains
/// every line (who pays and why), every adjustment and the total per payer; <c>--format json</c> prints the same as JSON.
/// </summary>
/// <remarks>
/// A schedule that cannot be read, an item not in the schedule (the engineering supervisor must assess it, RP-14) or a
/// request the schedule cannot price (the library's rejection, in the language of <c>--lang</c>) ends with the message
/// and exit code 2.
/// </remarks>
public sealed class QuoteCommand : CliCommand
{
    private readonly Option<string?> _schedule = new("--schedule")
    {
        Description = "The fee schedule (JSON) [default: the example fee-schedule.json next to the program]",
        HelpName = "file",
    };

    private readonly Option<QuoteRequestItem[]> _items = new("--item")
    {
        Description = "A fee-schedule item to price, with its quantity (pieces, metres or hours) after a colon; repeat for more items",
        HelpName = "CODE[:quantity]",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = QuoteArguments.ParseItems,
    };

    private readonly Option<string> _category = new("--category")
    {
        Description = "The repair's category: " + string.Join(", ", Enum.GetNames<RepairCategory>()),
        HelpName = "category",
        DefaultValueFactory = _ => nameof(RepairCategory.Unit),
    };

    private readonly Option<LocalDate?> _reportedOn = new("--reported-on")
    {
        Description = "The day the repair was reported; picks the schedule in force [default: today at the site]",
        HelpName = "yyyy-MM-dd",
        CustomParser = QuoteArguments.ParseDate,
    };

    private readonly Option<bool> _afterHours = new("--after-hours")
    {
        Description = "The work starts after hours (17:30): the after-hours surcharge rule is turned on (20% of the resident's share)",
    };

    private readonly Option<bool> _residentMaterials = new("--resident-materials")
    {
        Description = "The resident supplies the materials (业主自备材料): no material charge",
    };

    private readonly Option<bool> _majorWork = new("--major-work")
    {
        Description = "Major work (大中修): common-area major work is paid by the maintenance fund",
    };

    private readonly Option<bool> _utility = new("--utility-installation")
    {
        Description = "The work is on a utility company's own installation (its pipes, cables or meters)",
    };

    private readonly Option<Dictionary<string, decimal>> _materialCosts = new("--material-cost")
    {
        Description = "The cost of materials charged at cost, for an item's whole quantity; repeat for more items",
        HelpName = "CODE=AMOUNT",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = QuoteArguments.ParseItemAmounts,
    };

    private readonly Option<Dictionary<string, decimal>> _unitLabour = new("--unit-labour")
    {
        Description = "The labour price per unit chosen within an item's price range; repeat for more items",
        HelpName = "CODE=AMOUNT",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = QuoteArguments.ParseItemAmounts,
    };

    /// <summary>Creates the command.</summary>
    public QuoteCommand()
        : base("quote", "Price a repair from a fee schedule: every line with who pays and why, adjustments and totals per payer")
    {
        _category.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, Enum.GetNames<RepairCategory>());
        Command.Options.Add(_schedule);
        Command.Options.Add(_items);
        Command.Options.Add(_category);
        Command.Options.Add(_reportedOn);
        Command.Options.Add(_afterHours);
        Command.Options.Add(_residentMaterials);
        Command.Options.Add(_majorWork);
        Command.Options.Add(_utility);
        Command.Options.Add(_materialCosts);
        Command.Options.Add(_unitLabour);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<OutputFormat>? Formats => [OutputFormat.Text, OutputFormat.Json];

    /// <inheritdoc/>
    public override Task<int> ExecuteAsync(CliInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var schedule = LoadSchedule(invocation.GetValue(_schedule) ?? SampleSite.FeeSchedulePath);
        var afterHours = invocation.GetValue(_afterHours);
        var afterHoursOptions = new AfterHoursSurchargeOptions { Enabled = afterHours };
        var reportedOn = invocation.GetValue(_reportedOn) ?? SystemClock.Instance.GetCurrentInstant().InZone(SampleSite.Zone).Date;
        var request = new QuoteRequest(
            SampleSite.Id,
            Enum.Parse<RepairCategory>(invocation.GetValue(_category)!, ignoreCase: true),
            reportedOn,
            Items(invocation, schedule.Currency))
        {
            WorkStartsAt = afterHours ? reportedOn.At(afterHoursOptions.Start) : null,
            ResidentSuppliesMaterials = invocation.GetValue(_residentMaterials),
            IsMajorWork = invocation.GetValue(_majorWork),
            IsUtilityInstallation = invocation.GetValue(_utility),
        };

        var evaluator = new FeeEvaluator(new FeeScheduleHistory(schedule), FeeRules.CreateBuiltIn(afterHours: afterHoursOptions));
        var evaluation = evaluator.Evaluate(request);
        if (evaluation.Rejection is { } rejection)
        {
            throw new CliUsageException(rejection.ToString());
        }

        if (evaluation.RequiresAssessment is { } assessment)
        {
            throw new CliUsageException(assessment.Message);
        }

        var quote = evaluation.Quote!;
        if (invocation.Settings.Format == OutputFormat.Json)
        {
            QuoteReport.WriteJson(invocation.Console.OutWriter, schedule, quote);
        }
        else
        {
            QuoteReport.WriteText(invocation.Console.Out, schedule, quote);
        }

        return Task.FromResult(ExitCodes.Success);
    }

    /// <summary>Loads the schedule; a file that cannot be read or used is the user's to fix, so its message is all they see.</summary>
    private static FeeSchedule LoadSchedule(string path)
    {
        try
        {
            return FeeScheduleJson.LoadFile(path);
        }
        catch (FeeScheduleFormatException e)
        {
            throw new CliUsageException($"The fee schedule {path} cannot be used: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"The fee schedule {path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The requested items, with the material costs and chosen labour prices given for them.</summary>
    private List<QuoteRequestItem> Items(CliInvocation invocation, string currency)
    {
        var items = invocation.GetValue(_items) ?? [];
        var materialCosts = invocation.GetValue(_materialCosts) ?? [];
        var unitLabour = invocation.GetValue(_unitLabour) ?? [];
        var codes = items.Select(i => i.ItemCode).ToHashSet(StringComparer.Ordinal);
        foreach (var (option, code) in materialCosts.Keys.Select(c => ("--material-cost", c)).Concat(unitLabour.Keys.Select(c => ("--unit-labour", c))))
        {
            if (!codes.Contains(code))
            {
                throw new CliUsageException($"{option} names {code}, which is not among the items: add --item {code}.");
            }
        }

        return items.Select(item => item with
        {
            MaterialCost = materialCosts.TryGetValue(item.ItemCode, out var cost) ? new Money(cost, currency) : null,
            ChosenUnitLabour = unitLabour.TryGetValue(item.ItemCode, out var labour) ? new Money(labour, currency) : null,
        }).ToList();
    }
}
