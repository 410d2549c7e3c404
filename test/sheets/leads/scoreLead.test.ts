import { scoreLead, type ScorableLead } from "../../../src/sheets/leads/scoreLead";
import { defaultSettings } from "../../../src/sheets/settings";
import { parseGradeBands, parseTextScoring } from "../../../src/sheets/settings/leadScoring";

function lead(fields: Partial<ScorableLead>): ScorableLead {
  return {
    industry: null,
    employees: null,
    country: null,
    source: null,
    email: null,
    phone: null,
    contact: null,
    title: null,
    website: null,
    ...fields,
  };
}

// Defaults: industry Manufacturing|Ražošana 30, Food|Pārtika 25, Logistics 20, Construction 15, * 5;
// employees 250+ 20, 50-249 15, 10-49 8, 1-9 3; country LV 20, EE|LT 15, Nordics/DE/PL 10, * 5;
// contact Email 8, Phone 6, Contact 4, Title 2; source Referral 10, Trade show 8, Website 6, * 4.
const settings = defaultSettings();

describe("scoreLead", () => {
  it("adds the points of each family and explains them", () => {
    const s = scoreLead(
      lead({
        industry: "Food processing",
        employees: 120,
        country: "LV",
        email: "a@koks.lv",
        phone: "+371 29123456",
      }),
      settings,
      "en"
    );
    expect(s.explanation).toBe(
      "Industry Food +25; 50–249 employees +15; LV +20; e-mail, phone +14"
    );
    expect(s.score).toBe(74);
    expect(s.grade).toBe("A");
  });

  it("names the synonym that matched, in Latvian too", () => {
    const s = scoreLead(
      lead({
        industry: "Pārtikas ražošana",
        employees: 8,
        country: "EE",
        contact: "Jānis Ozols",
        title: "Direktors",
        source: "Izstāde Riga Food",
      }),
      settings,
      "lv"
    );
    // "Pārtikas ražošana" holds both Ražošana (30, first rule) and Pārtika: the first rule wins.
    expect(s.explanation).toBe(
      "Nozare Ražošana +30; 1–9 darbinieki +3; EE +15; kontaktpersona, amats +6; Izstāde +8"
    );
    expect(s.score).toBe(62);
    expect(s.grade).toBe("B");
  });

  it("gives the * points to other values and leaves out what scores nothing", () => {
    const s = scoreLead(
      lead({ industry: "Tekstils", country: "FR", source: "Riga Food 2027" }),
      settings,
      "en"
    );
    expect(s.explanation).toBe("Industry other +5; FR +5; other source +4");
    expect(s.score).toBe(14);
    expect(s.grade).toBe("D");
  });

  it("grades by the bands: A ≥ 70, B ≥ 50, C ≥ 30, else D", () => {
    const grade = (score: number) => {
      const bands = parseGradeBands("A=70; B=50; C=30");
      if (!bands.ok) throw new Error(bands.problem);
      const custom = { ...settings, gradeBands: bands.value };
      // Score exactly `score` by the country rule alone.
      const country = parseTextScoring(`LV=${score}`, "equals");
      if (!country.ok) throw new Error(country.problem);
      return scoreLead(lead({ country: "LV" }), { ...custom, scoringCountry: country.value }, "en")
        .grade;
    };
    expect([grade(70), grade(69), grade(50), grade(49), grade(30), grade(29), grade(0)]).toEqual([
      "A",
      "B",
      "B",
      "C",
      "C",
      "D",
      "D",
    ]);
  });

  it("caps the score to 0–100", () => {
    const high = parseTextScoring("LV=100", "equals");
    const low = parseTextScoring("*=-50", "contains");
    if (!high.ok || !low.ok) throw new Error("bad rule");
    expect(
      scoreLead(
        lead({ country: "LV", industry: "Food", email: "a@b.lv" }),
        { ...settings, scoringCountry: high.value },
        "en"
      ).score
    ).toBe(100);
    const negative = scoreLead(
      lead({ industry: "Tekstils" }),
      { ...settings, scoringIndustry: low.value },
      "en"
    );
    expect(negative.score).toBe(0);
    expect(negative.explanation).toBe("Industry other −50");
  });
});
