/**
 * The ribbon's function file (manifest FunctionFile → commands.html).
 *
 * Office loads this page only when an ExecuteFunction button is pressed, and waits for
 * Office.onReady before running the function. The Deal Desk group has no such button yet: its
 * buttons open the task pane on a view, which needs no code here. The quick jobs of SPEC §10 (refresh
 * report, new quote for the selected deal) associate their actions here with Office.actions.associate
 * when their issues add them to the ribbon.
 */
void Office.onReady();
