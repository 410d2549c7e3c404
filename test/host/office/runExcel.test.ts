import { AppError } from "../../../src/core/appError";
import { officeErrorMessage, runExcel } from "../../../src/host/office/runExcel";
import { FakeExcel, FakeOfficeError } from "./fakeExcel";

describe("runExcel turns every error into an AppError", () => {
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = new FakeExcel().install();
  });
  afterEach(() => uninstall());

  test("an Office error: message chosen by code (never Office's localized text), code and debugInfo kept", async () => {
    const thrown = new FakeOfficeError(
      "InvalidOperationInCellEditMode",
      "Excel est en mode édition."
    );
    const e = (await runExcel(() => Promise.reject(thrown)).catch((x: unknown) => x)) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("OFFICE");
    expect(e.message).toBe("Finish editing the cell (press Enter or Esc), then try again.");
    expect(e.message).not.toContain("mode édition");
    expect(e.cause).toEqual({
      code: "InvalidOperationInCellEditMode",
      debugInfo: thrown.debugInfo,
      error: thrown,
    });
  });

  test("an AppError passes through unchanged", async () => {
    const mine = new AppError("WRITE_FAILED", "no");
    await expect(runExcel(() => Promise.reject(mine))).rejects.toBe(mine);
  });

  test("anything else becomes a generic OFFICE AppError keeping the original as cause", async () => {
    const bug = new TypeError("x is undefined");
    const e = (await runExcel(() => Promise.reject(bug)).catch((x: unknown) => x)) as AppError;
    expect(e.code).toBe("OFFICE");
    expect(e.message).toMatch(/unexpected problem while talking to Excel/);
    expect(e.cause).toBe(bug);
  });

  test("the scope names the sheet in the message", () => {
    expect(officeErrorMessage("AccessDenied", { sheet: "Deals" })).toBe(
      'Sheet "Deals" is protected: unprotect sheet "Deals" (Review > Unprotect Sheet), then try again.'
    );
    expect(officeErrorMessage("RequestPayloadSizeLimitExceeded")).toMatch(
      /too large for one request/
    );
    expect(officeErrorMessage("InvalidArgument")).toMatch(/invalid argument/);
    expect(officeErrorMessage("ItemNotFound")).toMatch(/no longer in the workbook/);
    expect(officeErrorMessage("GeneralException")).toBe(
      "Excel could not complete the request: save your work, then try again."
    );
    expect(officeErrorMessage("SomethingNew")).toBe(
      "Excel refused the request (SomethingNew): try again, and report it if it persists."
    );
  });
});

test("outside Excel runExcel says so instead of crashing", async () => {
  await expect(runExcel(() => Promise.resolve(1))).rejects.toThrow(
    "Excel is not available here: open Deal Desk from the Excel ribbon."
  );
});
