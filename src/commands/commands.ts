/**
 * The ribbon's function file (manifest FunctionFile → commands.html).
 *
 * Office loads this page only when an ExecuteFunction button is pressed, and waits for
 * Office.onReady before running the function. The Deal Desk group has no such button: every
 * button opens the task pane on a view, which needs no code here. The quick jobs of SPEC §10 run
 * in the pane so their progress, Cancel and result are seen: "New quote" opens
 * `taskpane.html?view=quote&from=selection` (the Quote view takes the selected Deals row), "Refresh
 * report" opens `taskpane.html?view=reports&run=refresh` (the Reports view generates the last
 * closed quarter's report for every manager at once).
 */
void Office.onReady();
