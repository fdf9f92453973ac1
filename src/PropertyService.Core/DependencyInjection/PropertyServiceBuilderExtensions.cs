using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Sla;
using PropertyService.Storage;
using PropertyService.Utility;

namespace PropertyService.DependencyInjection;

/// <summary>
/// Configures what <c>AddPropertyService</c> registered: fee and escalation rules (added, removed, reordered the same way
/// for built-ins and vendors' own), per-site calendars, fee schedules, SLA policies and escalation ladders, the
/// notifiers and the clock.
/// </summary>
/// <remarks>A setting without a site is the default for every site that has no setting of its own. Everything is
/// checked at start-up, with every error listed.</remarks>
public static class PropertyServiceBuilderExtensions
{
    /// <summary>Adds a fee rule after the registered ones (once: adding the same type again does nothing).</summary>
    /// <typeparam name="T">The rule; made by dependency injection.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder AddFeeRule<T>(this IPropertyServiceBuilder builder)
        where T : class, IFeeRule
    {
        Preconditions.CheckNotNull(builder).Services.TryAddEnumerable(ServiceDescriptor.Singleton<IFeeRule, T>());
        return builder;
    }

    /// <summary>Removes a fee rule, built-in or not (nothing happens when it is not registered).</summary>
    /// <typeparam name="T">The rule's type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder RemoveFeeRule<T>(this IPropertyServiceBuilder builder)
        where T : IFeeRule
    {
        Remove<IFeeRule>(Preconditions.CheckNotNull(builder).Services, typeof(T));
        return builder;
    }

    /// <summary>Inserts a fee rule just before another, so that it sees the line before that rule does.</summary>
    /// <typeparam name="TExisting">The rule to insert before; it must be registered.</typeparam>
    /// <typeparam name="T">The rule to insert; made by dependency injection. Moved when already registered.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TExisting"/> is not registered.</exception>
    public static IPropertyServiceBuilder InsertFeeRuleBefore<TExisting, T>(this IPropertyServiceBuilder builder)
        where TExisting : IFeeRule
        where T : class, IFeeRule
    {
        var services = Preconditions.CheckNotNull(builder).Services;
        Remove<IFeeRule>(services, typeof(T));
        var index = IndexOf<IFeeRule>(services, typeof(TExisting));
        if (index < 0)
        {
            throw new InvalidOperationException($"InsertFeeRuleBefore<{typeof(TExisting).Name}, {typeof(T).Name}>: {typeof(TExisting).Name} is not registered, so there is nothing to insert before.");
        }

        services.Insert(index, ServiceDescriptor.Singleton<IFeeRule, T>());
        return builder;
    }

    /// <summary>Adds an escalation rule after the registered ones (once: adding the same type again does nothing).</summary>
    /// <typeparam name="T">The rule; made by dependency injection.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder AddEscalationRule<T>(this IPropertyServiceBuilder builder)
        where T : class, IEscalationRule
    {
        Preconditions.CheckNotNull(builder).Services.TryAddEnumerable(ServiceDescriptor.Singleton<IEscalationRule, T>());
        return builder;
    }

    /// <summary>Removes an escalation rule, built-in or not (nothing happens when it is not registered).</summary>
    /// <typeparam name="T">The rule's type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder RemoveEscalationRule<T>(this IPropertyServiceBuilder builder)
        where T : IEscalationRule
    {
        Remove<IEscalationRule>(Preconditions.CheckNotNull(builder).Services, typeof(T));
        return builder;
    }

    /// <summary>Adds a notifier that escalation notices are delivered to (several may be added; each gets every notice).</summary>
    /// <typeparam name="T">The notifier; made by dependency injection, once.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseEscalationNotifier<T>(this IPropertyServiceBuilder builder)
        where T : class, IEscalationNotifier
    {
        var services = Preconditions.CheckNotNull(builder).Services;
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEscalationNotifier, T>(sp => sp.GetRequiredService<T>()));
        return builder;
    }

    /// <summary>Replaces the clock (the system clock by default), for example with NodaTime.Testing's <c>FakeClock</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseClock(this IPropertyServiceBuilder builder, IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckNotNull(builder).Services.Replace(ServiceDescriptor.Singleton(clock));
        return builder;
    }

    /// <summary>Keeps the event streams in memory (<see cref="InMemoryEventStore"/>): for tests, samples and hosts that
    /// need no durability. Registers <see cref="IEventStore"/>, replacing any store registered before.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseInMemoryStore(this IPropertyServiceBuilder builder)
    {
        Preconditions.CheckNotNull(builder).Services.Replace(ServiceDescriptor.Singleton<IEventStore, InMemoryEventStore>());
        return builder;
    }

    /// <summary>The default fee schedule history, for every site without its own.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="schedules">The schedules, each with the date it took effect.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseFeeSchedule(this IPropertyServiceBuilder builder, FeeScheduleHistory schedules)
    {
        Configuration(builder).DefaultFees = Preconditions.CheckNotNull(schedules);
        return builder;
    }

    /// <summary>A site's fee schedule history.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="site">The site.</param>
    /// <param name="schedules">The schedules, each with the date it took effect.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseFeeSchedule(this IPropertyServiceBuilder builder, SiteId site, FeeScheduleHistory schedules)
    {
        var configuration = Configuration(builder);
        if (Check(configuration, site, nameof(UseFeeSchedule)))
        {
            configuration.SiteFees[site] = Preconditions.CheckNotNull(schedules);
        }

        return builder;
    }

    /// <summary>A business calendar every site without its own calendar of that name uses.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The name SLA targets count working time on (<see cref="SlaDeadline.CalendarName"/>).</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseBusinessCalendar(this IPropertyServiceBuilder builder, string name, BusinessCalendar calendar)
    {
        var configuration = Configuration(builder);
        Preconditions.CheckNotNull(calendar);
        if (CheckName(configuration, name))
        {
            configuration.DefaultCalendars[name] = calendar;
        }

        return builder;
    }

    /// <summary>A site's business calendar of a name (its holidays, make-up working days and hours).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="site">The site.</param>
    /// <param name="name">The name SLA targets count working time on (<see cref="SlaDeadline.CalendarName"/>).</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseBusinessCalendar(this IPropertyServiceBuilder builder, SiteId site, string name, BusinessCalendar calendar)
    {
        var configuration = Configuration(builder);
        Preconditions.CheckNotNull(calendar);
        if (Check(configuration, site, nameof(UseBusinessCalendar)) && CheckName(configuration, name))
        {
            (configuration.SiteCalendars.TryGetValue(site, out var calendars) ? calendars : configuration.SiteCalendars[site] = new(StringComparer.Ordinal))[name] = calendar;
        }

        return builder;
    }

    /// <summary>The default SLA policies (<see cref="SlaDefaults.Policy"/> unless set), in precedence order, for every site without its own.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="policies">The policies; the first that applies to a ticket is used.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseSlaPolicy(this IPropertyServiceBuilder builder, params SlaPolicy[] policies)
    {
        Configuration(builder).DefaultPolicies = Policies(Configuration(builder), policies, "default");
        return builder;
    }

    /// <summary>A site's SLA policies, in precedence order.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="site">The site.</param>
    /// <param name="policies">The policies; the first that applies to a ticket is used.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseSlaPolicy(this IPropertyServiceBuilder builder, SiteId site, params SlaPolicy[] policies)
    {
        var configuration = Configuration(builder);
        if (Check(configuration, site, nameof(UseSlaPolicy)))
        {
            configuration.SitePolicies[site] = Policies(configuration, policies, $"site {site}");
        }

        return builder;
    }

    /// <summary>The default escalation ladder (<see cref="EscalationLadder.Default"/> unless set), for every site without its own.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseEscalationLadder(this IPropertyServiceBuilder builder, EscalationLadder ladder)
    {
        Configuration(builder).DefaultLadder = Preconditions.CheckNotNull(ladder);
        return builder;
    }

    /// <summary>A site's escalation ladder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="site">The site.</param>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The builder.</returns>
    public static IPropertyServiceBuilder UseEscalationLadder(this IPropertyServiceBuilder builder, SiteId site, EscalationLadder ladder)
    {
        var configuration = Configuration(builder);
        Preconditions.CheckNotNull(ladder);
        if (Check(configuration, site, nameof(UseEscalationLadder)))
        {
            configuration.SiteLadders[site] = ladder;
        }

        return builder;
    }

    private static PropertyServiceConfiguration Configuration(IPropertyServiceBuilder builder) =>
        Preconditions.CheckNotNull(builder).Services.FirstOrDefault(d => d.ServiceType == typeof(PropertyServiceConfiguration))?.ImplementationInstance
            as PropertyServiceConfiguration
        ?? throw new InvalidOperationException("Call services.AddPropertyService() before configuring it.");

    private static bool Check(PropertyServiceConfiguration configuration, SiteId site, string setting)
    {
        if (site.IsEmpty)
        {
            configuration.Errors.Add($"{setting}: the site is empty (default(SiteId)); name a site, or use the overload without a site for the default.");
            return false;
        }

        return true;
    }

    private static bool CheckName(PropertyServiceConfiguration configuration, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            configuration.Errors.Add("UseBusinessCalendar: the calendar's name is blank; SLA targets find calendars by name.");
            return false;
        }

        return true;
    }

    private static List<SlaPolicy> Policies(PropertyServiceConfiguration configuration, SlaPolicy[] policies, string owner)
    {
        var list = Preconditions.CheckNotNull(policies).ToList();
        if (list.Count == 0 || list.Any(p => p is null))
        {
            configuration.Errors.Add($"UseSlaPolicy ({owner}): give at least one policy, and no null.");
            return [.. list.Where(p => p is not null)];
        }

        return list;
    }

    private static void Remove<TService>(IServiceCollection services, Type implementation)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && PropertyServiceComposition.ImplementationOf(services[i]) == implementation)
            {
                services.RemoveAt(i);
            }
        }
    }

    private static int IndexOf<TService>(IServiceCollection services, Type implementation)
    {
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i].ServiceType == typeof(TService) && PropertyServiceComposition.ImplementationOf(services[i]) == implementation)
            {
                return i;
            }
        }

        return -1;
    }
}
