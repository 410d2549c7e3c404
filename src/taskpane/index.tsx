import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../host/office/officeWorkbook";
import { onThemeChanged, whenOfficeReady, type OfficeReadyInfo } from "../host/office/officeReady";
import { hasApi, REQUIRED_API } from "../host/office/requirements";
import { App } from "./App";
import { HostMessage } from "./components/HostMessage";
import { fill } from "./i18n/fill";
import { pickLocale } from "./i18n/pickLocale";
import { STRINGS } from "./i18n/strings";
import { viewFromSearch } from "./views/viewIds";

/**
 * The task pane in Excel: the Office theme (followed as it changes) and display language, the
 * Office adapter as the workbook port, and the view the ribbon asked for (`?view=`).
 */
function TaskpaneRoot(props: { info: OfficeReadyInfo }) {
  const { info } = props;
  const locale = pickLocale(info.displayLanguage);
  const t = STRINGS[locale];
  const [dark, setDark] = useState(info.theme?.dark ?? false);
  useEffect(() => onThemeChanged((theme) => setDark(theme?.dark ?? false)), []);
  const inExcel = info.host === "excel";
  const supported = inExcel && hasApi(REQUIRED_API);
  const port = useMemo(() => (supported ? new OfficeWorkbook() : null), [supported]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
      {!inExcel ? (
        <HostMessage title={t.notInExcelTitle} message={t.notInExcel} />
      ) : !port ? (
        <HostMessage title={t.apiTooOldTitle} message={fill(t.apiTooOld, { version: REQUIRED_API })} />
      ) : (
        <App port={port} host={{ kind: "excel", locale }} initialView={viewFromSearch(location.search)} />
      )}
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const info = await whenOfficeReady();
  const locale = pickLocale(info.displayLanguage);
  document.documentElement.lang = locale;
  document.title = STRINGS[locale].appTitle;
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<TaskpaneRoot info={info} />);
}

void start();
