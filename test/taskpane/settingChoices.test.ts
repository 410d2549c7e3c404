import { SETTING_DEFS, type SettingField } from "../../src/sheets/settings";
import { SETTING_CHOICES, settingChoices } from "../../src/taskpane/settingChoices";

describe("setting choices offered in a Dropdown", () => {
  test("every offered word is read back by the setting's own parser", () => {
    for (const [field, words] of Object.entries(SETTING_CHOICES)) {
      const def = SETTING_DEFS[field as SettingField];
      for (const word of words ?? [])
        expect([def.key, word, def.parse(word).ok]).toEqual([def.key, word, true]);
    }
  });

  test("the default text of each such setting is one of the offered words", () => {
    for (const field of Object.keys(SETTING_CHOICES) as SettingField[]) {
      const def = SETTING_DEFS[field];
      expect(SETTING_CHOICES[field]).toContain(def.defaultText("en"));
    }
  });

  test("found by English or Latvian label; free-text settings have none", () => {
    expect(settingChoices("VAT rounding")).toEqual(["per-rate", "per-line"]);
    expect(settingChoices("PVN noapaļošana")).toEqual(["per-rate", "per-line"]);
    expect(settingChoices("Company name")).toBeNull();
    expect(settingChoices("Map: Deals.Amount")).toBeNull();
  });
});
