using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Sla;
using PropertyService.Storage;

namespace PropertyService.DependencyInjection;

/// <summary>Builds the <see cref="ServiceCenter"/> from what the builder recorded, checking everything first and
/// listing every error, so that a misconfiguration fails at start-up and never at the first request.</summary>
internal static class PropertyServiceComposition
{
    internal static ServiceCenter Compose(IServiceProvider services, PropertyServiceConfiguration configuration)
    {
        var errors = new List<string>(configuration.Errors);
        errors.AddRange(configuration.Options.Escalation.Validate());
        var feeRules = Instantiate<IFeeRule>(services, configuration.Services, "Fee rule", errors);
        foreach (var twice in feeRules.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"Fee rule name '{twice.Key}' is used by {twice.Count()} registered rules ({string.Join(", ", twice.Select(r => r.GetType().Name))}); quotes record changes by rule name, so names must differ.");
        }

        var escalationRules = Instantiate<IEscalationRule>(services, configuration.Services, "Escalation rule", errors);
        var notifiers = Resolve<IEscalationNotifier>(services, "Escalation notifier", errors);
        var handlers = Resolve<IDomainEventHandler>(services, "Event handler (IDomainEventHandler)", errors) ?? [];
        if (escalationRules.Count > 0 && notifiers is [])
        {
            errors.Add("UseEscalationNotifier: escalation rules are registered but no notifier is, so escalations would reach nobody; call UseEscalationNotifier<T>() (InMemoryEscalationNotifier, LoggingEscalationNotifier or your own).");
        }

        foreach (var error in configuration.DefaultLadder.Validate())
        {
            errors.Add($"UseEscalationLadder (default): {error}");
        }

        foreach (var (site, ladder) in configuration.SiteLadders)
        {
            errors.AddRange(ladder.Validate().Select(error => $"UseEscalationLadder (site {site}): {error}"));
        }

        var sites = new List<SiteConfiguration>();
        foreach (var site in configuration.Sites)
        {
            var policies = configuration.SitePolicies.GetValueOrDefault(site) ?? configuration.DefaultPolicies;
            var calendars = new Dictionary<string, BusinessCalendar>(configuration.DefaultCalendars, StringComparer.Ordinal);
            foreach (var (name, calendar) in configuration.SiteCalendars.GetValueOrDefault(site) ?? [])
            {
                calendars[name] = calendar;
            }

            var tracker = Tracker(policies, calendars, $"site {site}", errors);
            var fees = Fees(configuration.SiteFees.GetValueOrDefault(site) ?? configuration.DefaultFees, feeRules, $"site {site}", errors);
            if (tracker is not null)
            {
                sites.Add(new SiteConfiguration(site, tracker, configuration.SiteLadders.GetValueOrDefault(site) ?? configuration.DefaultLadder, fees));
            }
        }

        var defaultTracker = Tracker(configuration.DefaultPolicies, configuration.DefaultCalendars, "sites without their own calendars", errors);
        var defaultFees = Fees(configuration.DefaultFees, feeRules, "default", errors);
        if (errors.Count > 0)
        {
            throw new PropertyServiceConfigurationException(errors);
        }

        var directory = new SiteDirectory(sites, site => new SiteConfiguration(site, defaultTracker!, configuration.DefaultLadder, defaultFees));
        return new ServiceCenter(
            directory,
            escalationRules,
            notifiers!,
            handlers,
            new EscalationBoard(configuration.Options.Escalation),
            services.GetService<ILogger<ServiceCenter>>(),
            services.GetService<IMeterFactory>(),
            services.GetService<IEventStore>());
    }

    /// <summary>The implementation type of a registration (type, instance or typed factory), or null for keyed ones.</summary>
    internal static Type? ImplementationOf(ServiceDescriptor descriptor) =>
        descriptor.IsKeyedService ? null
        : descriptor.ImplementationType
          ?? descriptor.ImplementationInstance?.GetType()
          ?? (descriptor.ImplementationFactory?.GetType() is { IsGenericType: true } factory ? factory.GenericTypeArguments[^1] : null);

    /// <summary>Makes each registration of a rule on its own, so that each failure (an option out of range) is its own error.</summary>
    private static List<T> Instantiate<T>(IServiceProvider services, IServiceCollection collection, string what, List<string> errors)
        where T : class
    {
        var made = new List<T>();
        var seen = new HashSet<Type>();
        foreach (var descriptor in collection.Where(d => d.ServiceType == typeof(T) && !d.IsKeyedService).ToList())
        {
            var type = ImplementationOf(descriptor);
            if (type is not null && !seen.Add(type))
            {
                errors.Add($"{what} {type.Name} is registered twice; register each rule once (Add...Rule<T>() does nothing the second time).");
                continue;
            }

            try
            {
                made.Add((T)(descriptor.ImplementationInstance
                    ?? descriptor.ImplementationFactory?.Invoke(services)
                    ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!)));
            }
            catch (Exception ex)
            {
                errors.Add($"{what} {type?.Name ?? "?"}: {ex.Message}");
            }
        }

        return made;
    }

    /// <summary>Every registration of a service, or null (with the error listed) when one cannot be made.</summary>
    private static List<T>? Resolve<T>(IServiceProvider services, string what, List<string> errors)
    {
        try
        {
            return [.. services.GetServices<T>()];
        }
        catch (Exception ex)
        {
            errors.Add($"{what}: {ex.Message}");
            return null;
        }
    }

    private static SlaTracker? Tracker(List<SlaPolicy> policies, Dictionary<string, BusinessCalendar> calendars, string owner, List<string> errors)
    {
        var missing = false;
        foreach (var policy in policies)
        {
            foreach (var target in policy.Targets)
            {
                if (target.Deadline.CalendarName is { } name && !calendars.ContainsKey(name))
                {
                    missing = true;
                    errors.Add($"UseBusinessCalendar: target '{target.Name}' of SLA policy '{policy.Name}' counts working time on calendar '{name}', which {owner} lack(s); call UseBusinessCalendar(\"{name}\", calendar) for every site or UseBusinessCalendar(site, \"{name}\", calendar).");
                }
            }
        }

        return missing ? null : new SlaTracker(policies, calendars);
    }

    private static FeeEvaluator? Fees(FeeScheduleHistory? schedules, List<IFeeRule> rules, string owner, List<string> errors)
    {
        if (schedules is null)
        {
            return null;
        }

        try
        {
            return new FeeEvaluator(schedules, rules);
        }
        catch (ArgumentException ex)
        {
            errors.Add($"UseFeeSchedule ({owner}): {ex.Message}");
            return null;
        }
    }
}
