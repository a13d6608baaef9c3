using CrossCheck;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CrossCheck in a host's service collection.</summary>
public static class CrossCheckServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CrossCheckEngine"/> (a singleton), <see cref="CrossCheckOptions"/> (configured by
    /// <paramref name="configure"/> and any other <c>Configure&lt;CrossCheckOptions&gt;</c> call, validated when the
    /// host starts and again when the engine is built) and <see cref="TimeProvider"/> (the system clock, unless one
    /// is registered already). The engine logs through the host's <see cref="ILoggerFactory"/> when there is one.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Changes to the default settings, or null for the defaults.</param>
    /// <returns>The options builder, to bind configuration or add validation.</returns>
    public static OptionsBuilder<CrossCheckOptions> AddCrossCheck(this IServiceCollection services, Action<CrossCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CrossCheckOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrossCheckOptions>, CrossCheckOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new CrossCheckEngine(
            provider.GetRequiredService<IOptions<CrossCheckOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<CrossCheckEngine>>()));
        return options;
    }
}
