import { findSettingDef, type SettingField } from "../sheets/settings";

/**
 * Settings whose value is one of a few words, offered in a Dropdown instead of a text box; each
 * word is what the setting's own parser reads back (a test checks it).
 */
export const SETTING_CHOICES: Partial<Record<SettingField, readonly string[]>> = {
  vatRounding: ["per-rate", "per-line"],
  locale: ["auto", "lv", "en"],
  dateOrder: ["DMY", "MDY"],
};

/**
 * The fixed values of the setting a key (English or Latvian label) names, or null for a setting
 * typed freely.
 *
 * @example settingChoices("VAT rounding") // ["per-rate", "per-line"]
 * @example settingChoices("Company name") // null
 */
export function settingChoices(key: string): readonly string[] | null {
  const def = findSettingDef(key);
  return (def && SETTING_CHOICES[def.field]) ?? null;
}
