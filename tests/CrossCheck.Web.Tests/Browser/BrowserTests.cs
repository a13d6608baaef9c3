using OpenQA.Selenium;

namespace CrossCheck.Web.Tests.Browser;

[Collection("browser")]
public sealed class BrowserTests
{
    private const string FirstReport = """
        Flood waters rose through Lentmoor on Tuesday, and about 1,200 residents were evacuated, the council said.

        "The dam held, and the worst is behind us," Mayor Mara Velt said on Wednesday.
        """;

    private const string SecondReport = """
        About 1,200 residents left their homes in Lentmoor on Tuesday as flood waters rose, the council said.

        Mayor Mara Velt said the worst was over. "The worst is over," Velt told reporters.
        """;

    [Fact]
    public async Task A_person_adds_reports_and_reads_the_dossier()
    {
        await using var session = await BrowserSession.StartAsync();

        AddReport(session, "Floods force 1,200 from Lentmoor homes", "Harbor Wire", "2031-04-02", FirstReport);
        Assert.Contains("Added 1 report", session.Driver.FindElement(By.CssSelector(".notice")).Text, StringComparison.Ordinal);
        AddReport(session, "Lentmoor evacuates as waters rise", "Valley Daily", "2031-04-02", SecondReport);
        // Wait for the second add's answer: navigating away while its form is still posting races the add.
        Assert.Contains("Added 1 report", session.Driver.FindElement(By.CssSelector(".notice")).Text, StringComparison.Ordinal);

        session.Open("/");
        var storyLink = session.Driver.FindElement(By.CssSelector(".card h2 a"));
        Assert.Contains("Lentmoor", storyLink.Text, StringComparison.Ordinal);
        storyLink.Click();

        var claims = session.Driver.FindElements(By.CssSelector("table.claims tbody tr"));
        Assert.NotEmpty(claims);
        Assert.Contains("Harbor Wire", session.Driver.FindElement(By.CssSelector("section.story")).Text, StringComparison.Ordinal);
        Assert.Contains("Valley Daily", session.Driver.FindElement(By.CssSelector("section.story")).Text, StringComparison.Ordinal);
        session.Screenshot("story-page");

        session.Driver.FindElement(By.PartialLinkText("Harbor Wire:")).Click();
        Assert.NotEmpty(session.Driver.FindElements(By.CssSelector("article.article-text mark.claim")));
        session.Screenshot("article-page");
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen_and_start_with_a_skip_link()
    {
        await using var session = await BrowserSession.StartAsync(390, 844);
        AddReport(session, "Floods force 1,200 from Lentmoor homes", "Harbor Wire", "2031-04-02", FirstReport);

        session.Open("/");
        session.Driver.FindElement(By.TagName("body")).SendKeys(Keys.Tab);
        var focused = session.Driver.SwitchTo().ActiveElement();
        var overflow = (long)session.Driver.ExecuteScript("return document.documentElement.scrollWidth - window.innerWidth;")!;
        session.Screenshot("stories-phone");

        Assert.Equal("Skip to content", focused.Text);
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the phone screen");
    }

    private static void AddReport(BrowserSession session, string title, string outlet, string published, string text)
    {
        session.Open("/add");
        session.Driver.FindElement(By.Id("Title")).SendKeys(title);
        session.Driver.FindElement(By.Id("Outlet")).SendKeys(outlet);
        session.Driver.FindElement(By.Id("Published")).SendKeys(published);
        session.Driver.FindElement(By.Id("Text")).SendKeys(text);
        session.Driver.FindElement(By.CssSelector("form button[type=submit]")).Click();
    }
}
