using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NodaTime;
using PropertyService.Escalation;
using PropertyService.Fees;
using PropertyService.Pipeline;
using PropertyService.Utility;

namespace PropertyService.DependencyInjection;

/// <summary>The library's composition root: <see cref="AddPropertyService"/>.</summary>
public static class PropertyServiceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library: the <see cref="ServiceCenter"/> (event pipeline, SLA tracking, escalation), the built-in
    /// fee rules and escalation rules, the system clock as <see cref="IClock"/> (replace with
    /// <see cref="PropertyServiceBuilderExtensions.UseClock"/>), and a start-up check that lists every misconfiguration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; may be null.</param>
    /// <returns>The builder, for the configuration methods of <see cref="PropertyServiceBuilderExtensions"/>.</returns>
    /// <remarks>
    /// <para>Safe to call twice: the second call finds the first registration, applies <paramref name="configure"/> to the
    /// same options, and registers nothing again (a built-in rule removed in between stays removed).</para>
    /// <para>Misconfiguration surfaces at start-up as a <see cref="PropertyServiceConfigurationException"/> listing every
    /// error: when a generic host starts (a hosted service checks it), or when the <see cref="ServiceCenter"/> is first
    /// resolved; call <see cref="PropertyServiceProviderExtensions.ValidatePropertyService"/> to check it yourself.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IPropertyServiceBuilder AddPropertyService(this IServiceCollection services, Action<PropertyServiceOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services);
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(PropertyServiceConfiguration))?.ImplementationInstance;
        var configuration = existing as PropertyServiceConfiguration ?? new PropertyServiceConfiguration(services);
        configure?.Invoke(configuration.Options);
        var builder = new PropertyServiceBuilder(services);
        if (existing is not null)
        {
            return builder;
        }

        services.AddSingleton(configuration);
#pragma warning disable RS0030 // The composition root is the one place that offers the system clock; everything else takes an IClock.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        var options = configuration.Options;

        // The built-ins are registered the way vendors register theirs (AddFeeRule / AddEscalationRule).
        services.Add(ServiceDescriptor.Singleton<IFeeRule, UtilityOwnedRule>(_ => new UtilityOwnedRule()));
        services.Add(ServiceDescriptor.Singleton<IFeeRule, WarrantyRule>(_ => new WarrantyRule(options.Warranty)));
        services.Add(ServiceDescriptor.Singleton<IFeeRule, CommonAreaRule>(_ => new CommonAreaRule()));
        services.Add(ServiceDescriptor.Singleton<IFeeRule, ResidentSuppliedMaterialsRule>(_ => new ResidentSuppliedMaterialsRule()));
        services.Add(ServiceDescriptor.Singleton<IFeeRule, AfterHoursSurchargeRule>(_ => new AfterHoursSurchargeRule(options.AfterHoursSurcharge)));
        services.Add(ServiceDescriptor.Singleton<IFeeRule, MinimumCallOutChargeRule>(_ => new MinimumCallOutChargeRule(options.MinimumCallOutCharge)));
        foreach (var rule in EscalationRules.BuiltIn)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IEscalationRule), rule));
        }

        services.TryAddSingleton(sp => PropertyServiceComposition.Compose(sp, configuration));
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceCenter>().Escalations);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PropertyServiceStartupCheck>());
        return builder;
    }

    private sealed class PropertyServiceBuilder(IServiceCollection services) : IPropertyServiceBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
