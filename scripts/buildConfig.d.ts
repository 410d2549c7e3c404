/** A page webpack builds: entry module, HTML template, the file names it is written to in dist/. */
export interface Page {
  name: "taskpane" | "commands" | "workbench";
  entry: string;
  template: string;
  filenames: string[];
  /** Whether the page loads office.js (the pages Excel opens) or not (the workbench). */
  loadsOfficeJs: boolean;
}
/** The pages webpack builds; the ribbon's URLs must name one of their files. */
export declare const PAGES: readonly Page[];
/** Office's API from Microsoft's CDN: the one external script. */
export declare const OFFICE_JS_URL: string;
/** The task pane's initial JavaScript stays under this many KB gzipped. */
export declare const TASKPANE_GZIP_BUDGET_KB: number;
/** The port in the manifest's URLs. */
export declare const DEV_SERVER_PORT: number;
/** The dev server's port: DEALDESK_PORT when set, else DEV_SERVER_PORT. */
export declare function devServerPort(env?: Record<string, string | undefined>): number;
