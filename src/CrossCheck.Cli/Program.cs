using System.Globalization;
using CrossCheck.Cli;

// ICU is loaded (for Unicode normalisation), so the process culture would follow the user's locale: keep it
// invariant, as InvariantGlobalization did, so no locale reaches any output.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
return await CliApp.RunAsync(args, CliContext.FromProcess());
