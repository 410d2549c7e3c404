import { isoDateToSerial } from "../../../src/core/parseDate";
import { meetingRowCells, type NewMeetingRow } from "../../../src/sheets/meetings/meetingRowCells";

const row: NewMeetingRow = {
  id: "M-0014",
  date: "2026-07-08",
  start: 840,
  end: 930,
  with: "AS Dzintars",
  contact: null,
  manager: "Jānis Ozols",
  rep: "Anna Bērziņa",
  city: "Rīga",
  kind: "Call",
  status: "Planned",
  dealId: "D-1050",
  travelCost: 1250,
  agenda: '=HYPERLINK("x")',
};

describe("meetingRowCells", () => {
  it("puts each field under its own column, in the sheet's order, as the column shows values", () => {
    const columns = {
      date: { column: 2 },
      start: { column: 3 },
      end: { column: 4 },
      id: { column: 5 },
      with: { column: 6 },
      kind: { column: 8 },
      status: { column: 9 },
      travelCost: { column: 10 },
      agenda: { column: 11 },
    };
    const formats: Record<number, string> = { 2: "dd.mm.yyyy", 3: "hh:mm", 4: "hh:mm" };
    const cells = meetingRowCells(row, columns, 2, (c) => formats[c] ?? "General", false, "lv");
    expect(cells).toEqual([
      isoDateToSerial("2026-07-08"),
      840 / 1440,
      930 / 1440,
      "M-0014",
      "AS Dzintars",
      null, // a column of the user's, left empty
      "Zvans",
      "Plānota",
      12.5,
      '=HYPERLINK("x")', // a string: the adapters write it as text
    ]);
  });

  it("writes ISO dates and HH:MM text where the columns do not show dates or times, and English words", () => {
    const cells = meetingRowCells(
      row,
      {
        id: { column: 1 },
        date: { column: 2 },
        start: { column: 3 },
        duration: { column: 4 },
        kind: { column: 5 },
      },
      1,
      () => "General",
      false,
      "en"
    );
    expect(cells).toEqual(["M-0014", "2026-07-08", "14:00", 90, "Call"]);
  });
});
