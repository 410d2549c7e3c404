import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";

describe("a formula whose engine result is a cell error", () => {
  it("is read back, before any recalculation, as that error", async () => {
    const wb = createXlsx();
    await wb.writeSheet({
      name: "Deals",
      kind: "input:deals",
      owner: "user",
      values: [
        ["Deal ID", "Amount"],
        ["D-1", { formula: "NA()", result: { error: "#N/A" } }],
      ],
    });
    const again = await openXlsx(await wb.toBuffer());
    const block = await again.readSheet("Deals");
    expect(block.values[1]?.[1]).toEqual({ error: "#N/A" });
  });
});
