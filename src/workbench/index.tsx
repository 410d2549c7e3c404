import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { viewFromSearch } from "../taskpane/views/viewIds";
import { pageOptions } from "./pageOptions";
import { usePrefersDark } from "./usePrefersDark";
import { Workbench } from "./Workbench";

const options = pageOptions(location.search, navigator.language);
const initialView = viewFromSearch(location.search);
document.documentElement.lang = options.locale;

/** The page root: the theme from `?theme=` or the system's colour scheme. */
function WorkbenchRoot() {
  const systemDark = usePrefersDark();
  const dark = options.theme === "system" ? systemDark : options.theme === "dark";
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  }, [dark]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
      <Workbench locale={options.locale} initialView={initialView} />
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<WorkbenchRoot />);
