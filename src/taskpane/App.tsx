import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import {
  CalendarLtrRegular,
  DataBarVerticalRegular,
  DocumentBulletListRegular,
  HistoryRegular,
  HomeRegular,
  PeopleAddRegular,
  SettingsRegular,
} from "@fluentui/react-icons";
import { lazy, Suspense, useState, type ReactElement } from "react";
import type { WorkbookPort } from "../host/port";
import type { Locale } from "../sheets/sheetKinds";
import { LocaleProvider, STRINGS } from "./i18n/strings";
import type { StringKey } from "./i18n/en";
import { quoteFromSelection } from "./quote/quoteLaunch";
import { reportRefreshRequested } from "./reports/reportLaunch";
import { HomeView } from "./views/HomeView";
import { SettingsView } from "./views/SettingsView";
import { VIEW_IDS, type ViewId } from "./views/viewIds";

/** Where the pane runs and in which language. */
export interface HostInfo {
  /** Excel (office.js) or the browser workbench (xlsx adapter). */
  kind: "excel" | "workbench";
  locale: Locale;
}

export interface AppProps {
  /** The workbook every view works on. */
  port: WorkbookPort;
  host: HostInfo;
  /** The view shown first (from the URL's `?view=`); Home by default. */
  initialView?: ViewId;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  nav: {
    flexShrink: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
  },
  // Several views: the tabs wrap onto a second row in a narrow pane instead of being cut off.
  tabs: { flexWrap: "wrap" },
  panel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
  },
});

// The views beyond Home and Settings load when first opened, so the pane's initial JavaScript
// stays lean (webpack splits each into its own chunk; issue #3, requirement 7).
const QuoteView = lazy(() => import("./views/QuoteView").then((m) => ({ default: m.QuoteView })));
const ReportsView = lazy(() => import("./views/ReportsView").then((m) => ({ default: m.ReportsView })));
const RetroView = lazy(() => import("./views/RetroView").then((m) => ({ default: m.RetroView })));
const LeadsView = lazy(() => import("./views/LeadsView").then((m) => ({ default: m.LeadsView })));
const MeetingsView = lazy(() => import("./views/MeetingsView").then((m) => ({ default: m.MeetingsView })));

const VIEW_META: Record<ViewId, { label: StringKey; icon: ReactElement }> = {
  home: { label: "viewHome", icon: <HomeRegular /> },
  leads: { label: "viewLeads", icon: <PeopleAddRegular /> },
  quote: { label: "viewQuote", icon: <DocumentBulletListRegular /> },
  reports: { label: "viewReports", icon: <DataBarVerticalRegular /> },
  meetings: { label: "viewMeetings", icon: <CalendarLtrRegular /> },
  retro: { label: "viewRetro", icon: <HistoryRegular /> },
  settings: { label: "viewSettings", icon: <SettingsRegular /> },
};

/**
 * The task pane: navigation between the views and the view shown. Hosts give it the workbook port
 * (Office or xlsx) and wrap it in a FluentProvider with their theme. A view mounts when first
 * opened and then stays mounted while hidden, so a check's result is still there after a visit to
 * Settings.
 */
export function App(props: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(props.initialView ?? "home");
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(() => new Set([props.initialView ?? "home"]));
  const open = (id: ViewId): void => {
    setView(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  };
  const t = STRINGS[props.host.locale];
  // What the ribbon asked for beyond the view (`&from=selection`, `&run=refresh`), read once.
  const [launch] = useState(() => (typeof location === "undefined" ? "" : location.search));
  return (
    <LocaleProvider locale={props.host.locale}>
      <div className={styles.root} lang={props.host.locale} data-testid="taskpane">
        <nav className={styles.nav} aria-label={t.navLabel}>
          <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => open(data.value as ViewId)}>
            {VIEW_IDS.map((id) => (
              <Tab key={id} id={`dd-tab-${id}`} value={id} icon={VIEW_META[id].icon} aria-controls={`dd-view-${id}`}>
                {t[VIEW_META[id].label]}
              </Tab>
            ))}
          </TabList>
        </nav>
        {VIEW_IDS.map((id) => (
          <div
            key={id}
            id={`dd-view-${id}`}
            role="tabpanel"
            aria-labelledby={`dd-tab-${id}`}
            className={styles.panel}
            hidden={view !== id}
          >
            {opened.has(id) && (
              <Suspense fallback={<Spinner size="small" label={t.loadingView} />}>
              {id === "home" && <HomeView port={props.port} />}
              {id === "quote" && (
                <QuoteView
                  port={props.port}
                  active={view === "quote"}
                  inExcel={props.host.kind === "excel"}
                  fromSelection={props.initialView === "quote" && quoteFromSelection(launch)}
                />
              )}
              {id === "reports" && (
                <ReportsView
                  port={props.port}
                  active={view === "reports"}
                  refresh={props.initialView === "reports" && reportRefreshRequested(launch)}
                />
              )}
              {id === "leads" && (
                <LeadsView port={props.port} active={view === "leads"} inExcel={props.host.kind === "excel"} />
              )}
              {id === "meetings" && <MeetingsView port={props.port} active={view === "meetings"} />}
              {id === "retro" && <RetroView port={props.port} active={view === "retro"} />}
              {id === "settings" && <SettingsView port={props.port} active={view === "settings"} />}
              </Suspense>
            )}
          </div>
        ))}
      </div>
    </LocaleProvider>
  );
}
