/**
 * Outreach on one lead: each call outcome and materials sent, written into that lead's status
 * cells only, in the sheet's language; overdue next steps.
 */
import { logOutreach } from "../../../src/jobs/leads/logOutreach";
import { overdueNextSteps } from "../../../src/jobs/leads/overdueNextSteps";
import { kindBlock, leadRows, smallBook, TODAY } from "./leadsKit";

const HEADER = [
  "Līda ID",
  "Uzņēmums",
  "Statuss",
  "Atbildīgais",
  "Nākamais solis",
  "Nākamā soļa datums",
  "Pēdējais kontakts",
  "Nosūtītie materiāli",
  "Piezīmes",
];

async function book() {
  return smallBook([
    {
      name: "Potenciālie klienti",
      rows: [
        HEADER,
        ["L-00001", "SIA Alfa", "Jauns", "Anna Bērziņa", "Zvanīt", "2026-11-30", null, null, null],
        [
          "L-00002",
          "SIA Beta",
          "Ieinteresēts",
          "Anna Bērziņa",
          null,
          null,
          "2026-11-20",
          "Cenu lapa",
          "Vēlas demo",
        ],
        [
          "L-00003",
          "SIA Gamma",
          "Sazināts",
          "Toms Eglītis",
          "Zvanīt vēlreiz",
          "2026-11-24",
          null,
          null,
          null,
        ],
        [
          "L-00004",
          "SIA Delta",
          "Nav ieinteresēts",
          "Toms Eglītis",
          "Zvanīt",
          "2026-11-01",
          null,
          null,
          null,
        ],
      ],
    },
  ]);
}

describe("logOutreach", () => {
  it.each([
    ["interested", "Ieinteresēts", "Norunāt tikšanos", "2026-12-01", TODAY],
    ["not interested", "Nav ieinteresēts", null, null, TODAY],
    ["no answer", "Jauns", "Zvanīt vēlreiz", "2026-11-30", null],
  ] as const)(
    "a call, %s: status %s, next step %s on %s",
    async (outcome, status, step, date, contact) => {
      const wb = await book();
      const before = await kindBlock(wb, "leads");
      const r = await logOutreach(wb, {
        leadId: " l-00001 ",
        action: "call",
        outcome,
        today: TODAY,
      });
      expect(r).toMatchObject({
        lead: "L-00001",
        row: 2,
        status,
        nextStep: step,
        nextStepDate: date,
      });
      const [lead] = await leadRows(wb);
      expect(lead).toMatchObject({
        status: { Jauns: "New", Ieinteresēts: "Interested", "Nav ieinteresēts": "Not interested" }[
          status
        ],
        nextStep: step,
        nextStepDate: date,
        lastContact: contact,
      });
      expect(lead?.notes).toBe(
        `27.11.2026 zvans: ${{ interested: "ieinteresēts", "not interested": "nav ieinteresēts", "no answer": "neatbild" }[outcome]}`
      );
      const after = await kindBlock(wb, "leads");
      expect(after.values.filter((_row, i) => i !== 1)).toEqual(
        before.values.filter((_row, i) => i !== 1)
      );
    }
  );

  it("a call back on a date sets Contacted and that date; not before today", async () => {
    const wb = await book();
    await expect(
      logOutreach(wb, {
        leadId: "L-00003",
        action: "call",
        outcome: "call back",
        callBackOn: "2026-11-20",
        today: TODAY,
      })
    ).rejects.toThrow("Call back on 2026-11-20: that is before today (2026-11-27).");
    const r = await logOutreach(wb, {
      leadId: "L-00003",
      action: "call",
      outcome: "call back",
      callBackOn: "2026-12-07",
      note: "pēc budžeta",
      today: TODAY,
    });
    expect(r).toMatchObject({
      status: "Sazināts",
      nextStep: "Atzvanīt",
      nextStepDate: "2026-12-07",
    });
    expect((await leadRows(wb))[2]?.notes).toBe(
      "27.11.2026 zvans: atzvanīt 07.12.2026 — pēc budžeta"
    );
  });

  it("materials: appended with their date, the status not moved back, notes appended", async () => {
    const wb = await book();
    const r = await logOutreach(wb, {
      leadId: "L-00002",
      action: "materials",
      materials: "Katalogs 2026",
      today: TODAY,
    });
    expect(r.status).toBe("Ieinteresēts");
    expect(r.updated).toEqual([
      "Pēdējais kontakts",
      "Nosūtītie materiāli",
      "Nākamais solis",
      "Nākamā soļa datums",
      "Piezīmes",
    ]);
    const lead = (await leadRows(wb))[1];
    expect(lead).toMatchObject({
      status: "Interested",
      lastContact: TODAY,
      materialsSent: "Cenu lapa; Katalogs 2026 (27.11.2026)",
      nextStep: "Zvanīt",
      nextStepDate: "2026-12-01",
    });
    // Notes keep their lines: one per piece of outreach.
    await logOutreach(wb, {
      leadId: "L-00002",
      action: "call",
      outcome: "no answer",
      today: TODAY,
    });
    const notes = (await kindBlock(wb, "leads")).values[2]?.[8];
    expect(notes).toBe(
      "Vēlas demo\n27.11.2026 nosūtīti materiāli: Katalogs 2026\n27.11.2026 zvans: neatbild"
    );
  });

  it("reports the status cells the sheet has no column for, and writes the rest", async () => {
    const wb = await smallBook([
      {
        name: "Leads",
        rows: [
          ["Lead ID", "Company", "Status"],
          ["L-00001", "Alfa", "New"],
        ],
      },
    ]);
    const r = await logOutreach(wb, {
      leadId: "L-00001",
      action: "call",
      outcome: "interested",
      today: TODAY,
    });
    expect(r.updated).toEqual(["Status"]);
    expect(r.issues.map((i) => i.column)).toEqual([
      "Last contact",
      "Next step",
      "Next step date",
      "Notes",
    ]);
  });
});

describe("overdueNextSteps", () => {
  it("lists open leads whose next step is past, the longest overdue first", async () => {
    const r = await overdueNextSteps(await book(), { today: TODAY });
    expect(
      r.overdue.map((o) => [o.id, o.status, o.nextStep, o.nextStepDate, o.daysOverdue])
    ).toEqual([["L-00003", "Sazināts", "Zvanīt vēlreiz", "2026-11-24", 3]]);
    expect(r.sheets).toEqual([]);
  });
});
