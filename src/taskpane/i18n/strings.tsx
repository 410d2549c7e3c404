import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "../../sheets/sheetKinds";
import { en, type Strings } from "./en";
import { lv } from "./lv";

/** The labels of each language the task pane speaks. */
export const STRINGS: Record<Locale, Strings> = { en, lv };

interface LocaleContextValue {
  locale: Locale;
  t: Strings;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: "en", t: en });

/** Provides the labels of `locale` to every component below. */
export function LocaleProvider(props: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleContext.Provider value={{ locale: props.locale, t: STRINGS[props.locale] }}>
      {props.children}
    </LocaleContext.Provider>
  );
}

/** The current language and its labels. */
export function useStrings(): LocaleContextValue {
  return useContext(LocaleContext);
}
