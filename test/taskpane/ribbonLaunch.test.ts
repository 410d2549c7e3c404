import { quoteFromSelection } from "../../src/taskpane/quote/quoteLaunch";
import { reportRefreshRequested } from "../../src/taskpane/reports/reportLaunch";
import { viewFromSearch } from "../../src/taskpane/views/viewIds";

describe("what the ribbon's quick buttons ask the pane", () => {
  test("New quote: the Quote view, on the deal of the selected row", () => {
    const search = "?view=quote&from=selection";
    expect(viewFromSearch(search)).toBe("quote");
    expect(quoteFromSelection(search)).toBe(true);
    expect(quoteFromSelection("?view=quote")).toBe(false);
    expect(quoteFromSelection("?view=reports&from=selection")).toBe(false);
  });

  test("Refresh report: the Reports view, generating at once", () => {
    const search = "?view=reports&run=refresh";
    expect(viewFromSearch(search)).toBe("reports");
    expect(reportRefreshRequested(search)).toBe(true);
    expect(reportRefreshRequested("?view=reports")).toBe(false);
    expect(reportRefreshRequested("?view=quote&run=refresh")).toBe(false);
  });
});
