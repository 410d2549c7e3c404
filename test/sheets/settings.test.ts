import fc from "fast-check";
import {
  defaultSettings,
  readSettings,
  SETTING_DEFS,
  SETTING_LIST,
  settingsSheetPlan,
  settingUpdates,
  validateSettingText,
  type Settings,
} from "../../src/sheets/settings";
import { blockFromPlan, sheetBlock } from "./settingsSupport";

describe("defaults", () => {
  it("has every setting SPEC §2 names, each with an English and a Latvian label and explanation", () => {
    const keys = SETTING_LIST.map((d) => d.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "Company name",
        "Company registration no",
        "Company VAT no",
        "Company address",
        "Bank IBAN",
        "Bank BIC",
        "Currency",
        "Locale",
        "VAT rates",
        "Standard VAT rate",
        "VAT rounding",
        "Quote number format",
        "Quote validity days",
        "Payment terms",
        "Margin floor",
        "Default discount limit",
        "Approval levels",
        "Stage probabilities",
        "Scoring: industry",
        "Scoring: employees",
        "Scoring: country",
        "Scoring: contact",
        "Scoring: source",
        "Grade bands",
        "Date order",
        "Fiscal year start month",
        "Travel buffer minutes",
        "Working days",
        "Territories",
        "Round-robin position",
      ])
    );
    const labels = SETTING_LIST.flatMap((d) => [d.key.toLowerCase(), d.lv.toLowerCase()]);
    expect(new Set(labels).size).toBe(labels.length);
    for (const def of SETTING_LIST) {
      expect(def.lv).not.toBe("");
      expect(def.explanation.en.length).toBeGreaterThan(10);
      expect(def.explanation.lv.length).toBeGreaterThan(10);
    }
  });

  it("are the values SPEC §2–§4 give", () => {
    const s = defaultSettings();
    expect(s.currency).toBe("EUR");
    expect(s.locale).toBeNull();
    expect(s.vatRates).toContainEqual({ name: "standard", rate: 0.21, validFrom: "2012-07-01" });
    expect(s.vatRates).toContainEqual({ name: "reduced", rate: 0.12, validFrom: "2011-01-01" });
    expect(s.standardVatRate).toBe("standard");
    expect(s.vatRounding).toBe("per-rate");
    expect(s.quoteNumberFormat).toBe("Q-{YYYY}-{####}");
    expect(s.quoteValidityDays).toBe(30);
    expect(s.paymentTerms).toBeNull();
    expect(s.marginFloor).toBe(0.15);
    expect(s.defaultDiscountLimit).toBe(0.1);
    expect(s.approvalLevels).toEqual([
      { role: "Manager", upTo: 1_000_000 },
      { role: "Director", upTo: null },
    ]);
    expect(s.stageProbabilities).toEqual({
      Prospecting: 0.1,
      Qualification: 0.2,
      Proposal: 0.5,
      Negotiation: 0.75,
      Won: 1,
      Lost: 0,
    });
    expect(s.gradeBands).toEqual({ A: 70, B: 50, C: 30 });
    expect(s.dateOrder).toBe("DMY");
    expect(s.fiscalYearStartMonth).toBe(1);
    expect(s.travelBufferMinutes).toBe(90);
    expect(s.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(s.roundRobinPosition).toBe("");
    expect(s.mappings).toEqual({});
  });

  it("each default, written in either language, reads back as the default", () => {
    for (const def of SETTING_LIST) {
      for (const locale of ["en", "lv"] as const) {
        const text = def.defaultText(locale);
        if (text === "") continue;
        expect({ key: def.key, read: def.parse(text) }).toEqual({
          key: def.key,
          read: { ok: true, value: def.defaultValue() },
        });
      }
    }
  });

  it("gives a fresh object each time", () => {
    const a = defaultSettings();
    a.vatRates.push({ name: "x", rate: 0.3, validFrom: "2030-01-01" });
    a.stageProbabilities.Won = 0.5;
    expect(defaultSettings().vatRates).toHaveLength(4);
    expect(defaultSettings().stageProbabilities.Won).toBe(1);
  });
});

describe("readSettings", () => {
  it("gives the defaults and no issues when the workbook has no Settings sheet", () => {
    const { settings, entries, issues } = readSettings(null);
    expect(settings).toEqual(defaultSettings());
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(SETTING_LIST.length);
    expect(entries.every((e) => e.row === null && e.isDefault && e.problem === null)).toBe(true);
    expect(entries.find((e) => e.key === "VAT rounding")).toMatchObject({
      label: "VAT rounding",
      text: "per-rate",
    });
  });

  it("reads English labels below title rows; missing settings take their defaults", () => {
    const block = sheetBlock([
      ["Deal Desk — settings"],
      ["Edit column B"],
      [],
      ["Setting", "Value", "Explanation"],
      ["VAT rounding", "per-line", "how VAT is rounded"],
      ["Company name", "  SIA  Koks ", null],
      ["margin FLOOR", "20 %", null],
      ["Quote validity days", 45, null],
      [],
      ["Approval levels", "Manager up to 5 000 €; Director above", null],
      ["Map: Deals.Amount", "Līguma summa", null],
    ]);
    const { settings, entries, issues } = readSettings(block);
    expect(issues).toEqual([]);
    expect(settings.vatRounding).toBe("per-line");
    expect(settings.companyName).toBe("SIA Koks");
    expect(settings.marginFloor).toBe(0.2);
    expect(settings.quoteValidityDays).toBe(45);
    expect(settings.approvalLevels).toEqual([
      { role: "Manager", upTo: 500_000 },
      { role: "Director", upTo: null },
    ]);
    expect(settings.mappings).toEqual({ deals: { amount: "Līguma summa" } });
    expect(settings.dateOrder).toBe("DMY");
    const rounding = entries.find((e) => e.key === "VAT rounding");
    expect(rounding).toMatchObject({
      row: 5,
      column: 2,
      text: "per-line",
      isDefault: false,
      problem: null,
    });
    expect(entries.find((e) => e.key === "Date order")).toMatchObject({
      row: null,
      isDefault: true,
      text: "DMY",
      label: "Date order",
    });
    expect(entries.find((e) => e.key === "Map: Deals.Amount")).toMatchObject({
      row: 11,
      text: "Līguma summa",
      isDefault: false,
    });
  });

  it("reads a Latvian sheet: Latvian headers and labels, numbers typed as numbers", () => {
    const block = sheetBlock(
      [
        ["Iestatījumi"],
        ["Iestatījums", "Vērtība", "Paskaidrojums"],
        ["PVN noapaļošana", "per-line"],
        ["Minimālā marža", 0.2],
        ["Datumu secība", "MDY"],
        ["Finanšu gada pirmais mēnesis", "jūlijs"],
        ["Darba dienas", "P-Pk, S"],
        ["PVN likmes", "pamata 21 % no 01.07.2012; samazinātā 12 % no 01.01.2011"],
        ["PVN pamatlikme", "pamata"],
        ["Kolonna: Darījumi.Summa", "Līguma summa"],
        ["Valoda", "latviešu"],
      ],
      { name: "Iestatījumi", formats: { "4:2": "0%" } }
    );
    const { settings, entries, issues } = readSettings(block);
    expect(issues).toEqual([]);
    expect(settings.vatRounding).toBe("per-line");
    expect(settings.marginFloor).toBe(0.2);
    expect(settings.dateOrder).toBe("MDY");
    expect(settings.fiscalYearStartMonth).toBe(7);
    expect(settings.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(settings.vatRates).toEqual([
      { name: "pamata", rate: 0.21, validFrom: "2012-07-01" },
      { name: "samazinātā", rate: 0.12, validFrom: "2011-01-01" },
    ]);
    expect(settings.standardVatRate).toBe("pamata");
    expect(settings.mappings.deals?.amount).toBe("Līguma summa");
    expect(settings.locale).toBe("lv");
    // Missing settings are listed with Latvian labels and explanations, defaults in Latvian form.
    const missing = entries.find((e) => e.key === "Approval levels");
    expect(missing).toMatchObject({
      label: "Apstiprināšanas līmeņi",
      text: "Vadītājs līdz 10 000,00 €; Direktors virs",
      row: null,
    });
    expect(missing?.explanation).toMatch(/apstiprina/);
  });

  it("reports invalid values by name with the allowed values, and uses the defaults", () => {
    const block = sheetBlock([
      ["Setting", "Value"],
      ["VAT rounding", "per-item"],
      ["Date order", "YMD"],
      ["Locale", "de"],
      ["Quote validity days", "thirty"],
      ["Bank IBAN", "LV80 BANK 0000 4351 9500 2"],
      ["Margin floor", { error: "#N/A" }],
      ["Stage probabilities", "Proposal=50%; Demo=30%"],
      ["Currency", "JPY"],
    ]);
    const { settings, entries, issues } = readSettings(block);
    const byRow = Object.fromEntries(issues.map((i) => [i.row, i]));
    expect(byRow[2]).toEqual({
      sheet: "Settings",
      row: 2,
      column: "Value",
      value: "per-item",
      problem: 'VAT rounding: "per-item" is not allowed — use per-rate or per-line',
    });
    expect(byRow[3]?.problem).toBe('Date order: "YMD" is not allowed — use DMY or MDY');
    expect(byRow[4]?.problem).toBe('Locale: "de" is not allowed — use lv, en or auto');
    expect(byRow[5]?.problem).toBe(
      'Quote validity days: "thirty" is not a whole number from 1 to 365'
    );
    expect(byRow[6]?.problem).toMatch(/^Bank IBAN: .*not a valid IBAN/);
    expect(byRow[7]).toMatchObject({
      value: "#N/A",
      problem: expect.stringMatching(/^Margin floor: the cell shows the error #N\/A/),
    });
    expect(byRow[8]?.problem).toMatch(
      /^Stage probabilities: item 2 "Demo=30%": "Demo" is not a stage — use Prospecting, Qualification, Proposal, Negotiation, Won, Lost/
    );
    expect(byRow[9]?.problem).toMatch(
      /^Currency: "JPY" is not allowed — use the ISO code of a currency with cents/
    );
    expect(issues).toHaveLength(8);
    const defaults = defaultSettings();
    expect(settings).toEqual(defaults);
    const rounding = entries.find((e) => e.key === "VAT rounding");
    expect(rounding).toMatchObject({ text: "per-item", isDefault: true, row: 2 });
    expect(rounding?.problem).toMatch(/per-rate or per-line/);
  });

  it("reports unknown and repeated settings, suggesting the closest name", () => {
    const block = sheetBlock([
      ["Setting", "Value"],
      ["VAT roundng", "per-line"],
      ["Favourite colour", "blue"],
      ["Date order", "MDY"],
      ["date ORDER", "DMY"],
      [null, "orphan"],
      ["Map: Deals.Colour", "Krāsa"],
    ]);
    const { settings, issues } = readSettings(block);
    expect(issues.map((i) => [i.row, i.column, i.problem])).toEqual([
      [2, "Setting", 'unknown setting "VAT roundng" (ignored) — did you mean "VAT rounding"?'],
      [3, "Setting", expect.stringMatching(/^unknown setting "Favourite colour" \(ignored\)/)],
      [5, "Setting", "Date order is given again: row 4 is used"],
      [6, "Setting", "a value without a setting name in Setting"],
      [
        7,
        "Setting",
        expect.stringMatching(
          /^column mapping "Map: Deals.Colour": Deals has no field "Colour" — use Deal ID, /
        ),
      ],
    ]);
    expect(settings.dateOrder).toBe("MDY");
    expect(settings.vatRounding).toBe("per-rate");
  });

  it("refuses a standard VAT rate that is not among the VAT rates", () => {
    const block = sheetBlock([
      ["Setting", "Value"],
      ["VAT rates", "standard 21% from 2012-07-01; reduced 12% from 2011-01-01"],
      ["Standard VAT rate", "normal"],
    ]);
    const { settings, issues } = readSettings(block);
    expect(issues).toEqual([
      {
        sheet: "Settings",
        row: 3,
        column: "Value",
        value: "normal",
        problem: 'Standard VAT rate: "normal" is not one of the VAT rates — use standard, reduced',
      },
    ]);
    expect(settings.standardVatRate).toBe("standard");
  });

  it("refuses a header mapped to two fields of one sheet", () => {
    const block = sheetBlock([
      ["Setting", "Value"],
      ["Map: Deals.Amount", "Summa EUR"],
      ["Map: Deals.Revenue", "summa eur"],
      ["Map: Leads.Company", "Summa EUR"],
    ]);
    const { settings, issues } = readSettings(block);
    expect(issues.map((i) => [i.row, i.problem])).toEqual([
      [
        3,
        'Map: Deals.Revenue: the header "summa eur" is already mapped by Map: Deals.Amount — map each header once',
      ],
    ]);
    expect(settings.mappings).toEqual({
      deals: { amount: "Summa EUR" },
      leads: { company: "Summa EUR" },
    });
  });

  it("reads a sheet without a header row from its first two columns", () => {
    const block = sheetBlock([
      ["VAT rounding", "per-line"],
      ["Travel buffer minutes", "120"],
    ]);
    const { settings, issues, entries } = readSettings(block);
    expect(issues).toEqual([]);
    expect(settings.vatRounding).toBe("per-line");
    expect(settings.travelBufferMinutes).toBe(120);
    expect(entries.find((e) => e.key === "VAT rounding")).toMatchObject({ row: 1, column: 2 });
  });

  it("finds the table where the sheet places it (not in column A)", () => {
    const block = sheetBlock(
      [
        ["Notes", null, null],
        [null, "Parameter", "Vērtība"],
        [null, "Quote number format", "PIED-{YY}-{###}"],
      ],
      { firstRow: 3, firstColumn: 2 }
    );
    const { settings, entries, issues } = readSettings(block);
    expect(issues).toEqual([]);
    expect(settings.quoteNumberFormat).toBe("PIED-{YY}-{###}");
    expect(entries.find((e) => e.key === "Quote number format")).toMatchObject({
      row: 5,
      column: 4,
    });
  });
});

describe("settingsSheetPlan", () => {
  it("lays out the Settings sheet for init: header, every setting, explanation, table, frozen", () => {
    const plan = settingsSheetPlan("lv");
    expect(plan.name).toBe("Iestatījumi");
    expect(plan.kind).toBe("input:settings");
    expect(plan.values[0]).toEqual(["Iestatījums", "Vērtība", "Paskaidrojums"]);
    expect(plan.values).toHaveLength(SETTING_LIST.length + 1);
    expect(plan.values).toContainEqual([
      "PVN likmes",
      "standard 21 % no 01.07.2012; reduced 12 % no 01.01.2011; second reduced 5 % no 01.01.2018; zero 0 % no 01.05.2004",
      SETTING_DEFS.vatRates.explanation.lv,
    ]);
    expect(plan.values).toContainEqual([
      "Apmaksas noteikumi",
      "Apmaksa 14 dienu laikā pēc rēķina saņemšanas.",
      expect.any(String),
    ]);
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.tables).toEqual([
      {
        name: "Settings",
        range: { row: 1, column: 1, rows: SETTING_LIST.length + 1, columns: 3 },
        style: "TableStyleMedium2",
      },
    ]);
    expect(plan.formats).toContainEqual({
      range: { row: 1, column: 1, rows: 1, columns: 3 },
      font: { bold: true },
    });
    expect(plan.formats).toContainEqual(
      expect.objectContaining({
        range: { row: 2, column: 2, rows: SETTING_LIST.length, columns: 1 },
        numberFormat: "@",
      })
    );
    expect(plan.columnWidths).toHaveLength(3);
    const en = settingsSheetPlan("en");
    expect(en.name).toBe("Settings");
    expect(en.values[0]).toEqual(["Setting", "Value", "Explanation"]);
    expect(en.values).toContainEqual([
      "Margin floor",
      "15%",
      SETTING_DEFS.marginFloor.explanation.en,
    ]);
  });

  it.each(["en", "lv"] as const)("reads back as the defaults, without issues (%s)", (locale) => {
    const { settings, issues, entries } = readSettings(blockFromPlan(settingsSheetPlan(locale)));
    expect(issues).toEqual([]);
    expect(settings).toEqual(defaultSettings());
    expect(entries.every((e) => e.row !== null)).toBe(true);
    expect(entries[0]?.layout?.locale).toBe(locale);
  });

  const custom = (): Settings => ({
    ...defaultSettings(),
    companyName: "SIA “Koks & Partneri”",
    companyRegNo: "40003245752",
    companyVatNo: "LV40003245752",
    companyAddress: "Brīvības iela 1\nRīga, LV-1010",
    bankIban: "LV80BANK0000435195001",
    bankBic: "HABALV22",
    currency: "USD",
    locale: "lv",
    vatRates: [
      { name: "pamata", rate: 0.22, validFrom: "2011-01-01" },
      { name: "pamata", rate: 0.21, validFrom: "2012-07-01" },
      { name: "reduced", rate: 0.125, validFrom: "2011-01-01" },
    ],
    standardVatRate: "pamata",
    vatRounding: "per-line",
    quoteNumberFormat: "PIED-{YY}-{#####}",
    quoteValidityDays: 14,
    paymentTerms: "Priekšapmaksa 100 %.\nPiegāde 10 darba dienās.",
    marginFloor: 0.185,
    defaultDiscountLimit: 0.075,
    approvalLevels: [
      { role: "Manager", upTo: 2_500_050 },
      { role: "Director", upTo: null },
    ],
    stageProbabilities: {
      Prospecting: 0.05,
      Qualification: 0.25,
      Proposal: 0.4,
      Negotiation: 0.8,
      Won: 1,
      Lost: 0,
    },
    scoringIndustry: {
      match: "contains",
      rules: [{ names: ["Wood", "Koks"], keys: [["wood"], ["koks"]], points: 40 }],
      otherwise: null,
    },
    scoringEmployees: {
      bands: [
        { min: 100, max: null, points: 30 },
        { min: 0, max: 99, points: 5 },
      ],
      otherwise: 1,
    },
    scoringCountry: {
      match: "equals",
      rules: [{ names: ["LV"], keys: [["lv"]], points: 25 }],
      otherwise: 0,
    },
    scoringContact: { email: 10, phone: 0, contact: 5, title: 0, website: 3 },
    scoringSource: {
      match: "contains",
      rules: [{ names: ["Riga Food"], keys: [["riga", "food"]], points: 15 }],
      otherwise: 2,
    },
    gradeBands: { A: 80, B: 60, C: 20 },
    dateOrder: "MDY",
    fiscalYearStartMonth: 7,
    travelBufferMinutes: 45,
    workingDays: [1, 3, 5, 6],
    territories: [
      { region: "Baltics", places: ["LV", "EE", "LT"] },
      { region: "Rīga", places: ["Rīga", "Jūrmala"] },
    ],
    roundRobinPosition: "Anna Bērziņa",
    mappings: {
      deals: { amount: "Līguma summa", expectedClose: "Plānots" },
      leads: { company: "Izstādes dalībnieks" },
    },
  });

  it.each(["en", "lv"] as const)(
    "round-trips settings that differ from every default (%s)",
    (locale) => {
      const wanted = custom();
      for (const def of SETTING_LIST)
        expect({ key: def.key, same: wanted[def.field] }).not.toEqual({
          key: def.key,
          same: defaultSettings()[def.field],
        });
      const { settings, issues } = readSettings(blockFromPlan(settingsSheetPlan(locale, wanted)));
      expect(issues).toEqual([]);
      expect(settings).toEqual(wanted);
    }
  );

  it("round-trips percentages, amounts and days (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.constantFrom("en" as const, "lv" as const),
        (basisPoints, cents, days, locale) => {
          const wanted: Settings = {
            ...defaultSettings(),
            marginFloor: basisPoints / 10_000,
            approvalLevels: [
              { role: "Manager", upTo: cents },
              { role: "Director", upTo: null },
            ],
            workingDays: [...days].sort((a, b) => a - b),
          };
          const { settings, issues } = readSettings(
            blockFromPlan(settingsSheetPlan(locale, wanted))
          );
          expect(issues).toEqual([]);
          expect(settings).toEqual(wanted);
        }
      )
    );
  });

  it("keeps the text of entries as written when rebuilt from what was read", () => {
    const read = readSettings(
      sheetBlock([
        ["Setting", "Value"],
        ["Margin floor", "18 %"],
        ["Map: Deals.Amount", "Līguma summa"],
      ])
    );
    const plan = settingsSheetPlan("en", read.entries);
    expect(plan.values).toContainEqual(["Margin floor", "18 %", expect.any(String)]);
    expect(plan.values).toContainEqual(["Map: Deals.Amount", "Līguma summa", expect.any(String)]);
    expect(readSettings(blockFromPlan(plan)).settings).toEqual(read.settings);
  });
});

describe("validateSettingText", () => {
  it("checks a value as the editor receives it", () => {
    expect(validateSettingText("VAT rounding", "per-item")).toBe(
      'VAT rounding: "per-item" is not allowed — use per-rate or per-line'
    );
    expect(validateSettingText("PVN noapaļošana", "per-line")).toBeNull();
    expect(validateSettingText("VAT rounding", "")).toBeNull();
    expect(validateSettingText("Colour", "red")).toMatch(/^unknown setting "Colour"/);
    expect(validateSettingText("Map: Deals.Amount", "Līguma summa")).toBeNull();
    expect(validateSettingText("Map: Deals.Nothing", "x")).toMatch(/Deals has no field "Nothing"/);
    expect(validateSettingText("Standard VAT rate", "normal", defaultSettings())).toBe(
      'Standard VAT rate: "normal" is not one of the VAT rates — use standard, reduced, second reduced, zero'
    );
    expect(validateSettingText("Standard VAT rate", "normal")).toBeNull();
  });
});

describe("settingUpdates", () => {
  const english = () =>
    readSettings(
      sheetBlock([
        ["Settings of SIA Koks"],
        ["Setting", "Value", "Explanation"],
        ["VAT rounding", "per-rate", "…"],
        ["Margin floor", "15%", "…"],
        ["Map: Deals.Amount", "Summa", "…"],
      ])
    ).entries;

  it("writes the Value cells of settings the sheet has and appends the ones it lacks", () => {
    const result = settingUpdates(english(), {
      "VAT rounding": "per-line",
      "Margin floor": "",
      "Date order": "MDY",
      "Map: Deals.Amount": "Līguma summa",
      "Map: Leads.Company": "Dalībnieks",
    });
    expect(result.problems).toEqual([]);
    expect(result.updates).toEqual([
      { row: 3, column: 2, value: "per-line" },
      { row: 4, column: 2, value: null },
      { row: 5, column: 2, value: "Līguma summa" },
    ]);
    expect(result.appends).toEqual([
      ["Date order", "MDY", SETTING_DEFS.dateOrder.explanation.en],
      ["Map: Leads.Company", "Dalībnieks", expect.stringMatching(/read as Company/)],
    ]);
  });

  it("writes nothing when any change is invalid, and lists every problem", () => {
    const result = settingUpdates(english(), {
      "VAT rounding": "per-line",
      "Date order": "YMD",
      "Quote number format": "Q/{YYYY}/{###}",
      Colour: "red",
    });
    expect(result.updates).toEqual([]);
    expect(result.appends).toEqual([]);
    expect(result.problems).toEqual([
      { key: "Date order", problem: 'Date order: "YMD" is not allowed — use DMY or MDY' },
      {
        key: "Quote number format",
        problem: expect.stringMatching(/^Quote number format: .*"\/" cannot be in a sheet name/),
      },
      { key: "Colour", problem: expect.stringMatching(/^unknown setting "Colour"/) },
    ]);
  });

  it("checks the standard VAT rate against the VAT rates as they will be", () => {
    expect(settingUpdates(english(), { "Standard VAT rate": "normal" }).problems).toEqual([
      {
        key: "Standard VAT rate",
        problem: expect.stringMatching(/"normal" is not one of the VAT rates/),
      },
    ]);
    expect(
      settingUpdates(english(), { "VAT rates": "normal 21% from 2012-07-01" }).problems
    ).toEqual([
      {
        key: "VAT rates",
        problem: expect.stringMatching(/"standard" is not one of the VAT rates — use normal/),
      },
    ]);
    const both = settingUpdates(english(), {
      "VAT rates": "normal 21% from 2012-07-01",
      "Standard VAT rate": "Normal",
    });
    expect(both.problems).toEqual([]);
    expect(both.appends).toHaveLength(2);
  });

  it("refuses a mapping whose header another field of the sheet already has", () => {
    expect(settingUpdates(english(), { "Map: Deals.Revenue": "summa" }).problems).toEqual([
      {
        key: "Map: Deals.Revenue",
        problem: expect.stringMatching(/already mapped by Map: Deals.Amount/),
      },
    ]);
    expect(
      settingUpdates(english(), {
        "Map: Deals.Revenue": "summa",
        "Map: Deals.Amount": "Līguma summa",
      }).problems
    ).toEqual([]);
  });

  it("appends rows in the sheet's language and layout", () => {
    const entries = readSettings(
      sheetBlock(
        [
          [null, "Iestatījums", "Vērtība"],
          [null, "PVN noapaļošana", "per-rate"],
        ],
        { name: "Iestatījumi" }
      )
    ).entries;
    const result = settingUpdates(entries, {
      "Date order": "MDY",
      "Map: Deals.Amount": "Līguma summa",
    });
    expect(result.updates).toEqual([]);
    expect(result.appends).toEqual([
      [null, "Datumu secība", "MDY"],
      [null, "Kolonna: Darījumi.Summa", "Līguma summa"],
    ]);
  });

  it("saves what readSettings then reads (Latvian keys accepted)", () => {
    const entries = english();
    const { updates, appends } = settingUpdates(entries, {
      "PVN noapaļošana": "per-line",
      "Darba dienas": "P-C",
    });
    const rows: (string | null)[][] = [
      ["Settings of SIA Koks"],
      ["Setting", "Value", "Explanation"],
      ["VAT rounding", "per-rate", "…"],
      ["Margin floor", "15%", "…"],
      ["Map: Deals.Amount", "Summa", "…"],
    ];
    for (const u of updates)
      (rows[u.row - 1] as (string | null)[])[u.column - 1] = u.value as string | null;
    for (const a of appends) rows.push(a as (string | null)[]);
    const { settings, issues } = readSettings(sheetBlock(rows));
    expect(issues).toEqual([]);
    expect(settings.vatRounding).toBe("per-line");
    expect(settings.workingDays).toEqual([1, 2, 3, 4]);
  });
});

describe("readSettings with a doubled column", () => {
  it("reads the first Value column and reports the second", () => {
    const { settings, issues } = readSettings(
      sheetBlock([
        ["Setting", "Value", "Value"],
        ["VAT rounding", "per-line", "per-rate"],
      ])
    );
    expect(settings.vatRounding).toBe("per-line");
    expect(issues).toEqual([
      expect.objectContaining({
        row: 1,
        column: "Value",
        problem: expect.stringMatching(/a second Value column: column B/),
      }),
    ]);
  });
});
