import type ExcelJS from "exceljs";
import type { ConditionalFormatPlan } from "../port";
import { rangeA1 } from "./a1";
import { argb } from "./planStyles";

/**
 * Adds a planned conditional format to a sheet. Data bars are written solid (no gradient): the
 * form exceljs writes completely, with Excel 2010's extension part. Cell-value rules get a
 * differential format with the fill and font colour.
 *
 * @example addConditionalFormat(ws, { type: "dataBar", range: { row: 2, column: 5, rows: 9, columns: 1 }, color: "638EC6" })
 */
export function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatPlan): void {
  const ref = rangeA1(cf.range);
  if (cf.type === "dataBar") {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "dataBar",
          // Bars start at zero, so the smallest value still shows a bar of its size.
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: { argb: argb(cf.color) },
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
    return;
  }
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "cellIs",
        operator: cf.operator,
        formulae: cf.values,
        style,
      } as unknown as ExcelJS.ConditionalFormattingRule,
    ],
  });
}
