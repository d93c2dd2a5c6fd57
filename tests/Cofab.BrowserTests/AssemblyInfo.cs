using Cofab.BrowserTests.Infrastructure;

// One platform and one browser for the whole run: starting either takes seconds; each test still gets its own
// member enterprise and its own browser context (cookies), so tests do not see each other's data or sign-in.
[assembly: AssemblyFixture(typeof(CofabServer))]
[assembly: AssemblyFixture(typeof(ChromiumBrowser))]
