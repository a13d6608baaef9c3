using CrossCheck.Catalog;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace CrossCheck.Web.Tests.Browser;

/// <summary>The real server on a loopback port, driven by the system's headless Chromium (Debian
/// packages chromium + chromium-driver; never a downloaded browser). Screenshots go to
/// artifacts/screenshots/ under the repository.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string DriverDirectory = "/usr/bin";

    private readonly WebApplication _app;

    private BrowserSession(WebApplication app, ChromeDriver driver, Uri baseAddress, IStoryCatalog catalog)
    {
        _app = app;
        Driver = driver;
        BaseAddress = baseAddress;
        Catalog = catalog;
    }

    public ChromeDriver Driver { get; }

    public Uri BaseAddress { get; }

    public IStoryCatalog Catalog { get; }

    public static async Task<BrowserSession> StartAsync(int width = 1280, int height = 1000)
    {
        Assert.True(File.Exists(ChromiumPath), "browser tests need Debian's chromium (scripts/setup-test-deps installs it)");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var catalog = new InMemoryStoryCatalog(time);
        var app = CrossCheckWebApp.Create(new WebOptions { Urls = "http://127.0.0.1:0" }, catalog, time);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", $"--window-size={width},{height}");
        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, "chromedriver");
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        // Pages render server-side; a generous implicit wait absorbs a slow, shared CI machine.
        driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(15);
        return new BrowserSession(app, driver, new Uri(address), catalog);
    }

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(BaseAddress, path));

    public void Screenshot(string name)
    {
        var directory = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(directory, name + ".png"));
    }

    public async ValueTask DisposeAsync()
    {
        Driver.Quit();
        Driver.Dispose();
        await _app.DisposeAsync();
    }
}
