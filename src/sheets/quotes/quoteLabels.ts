/**
 * The words of the quote sheets (SPEC §4), in English and Latvian: the customer sheet's
 * blocks, table headers and totals, and the internal view's.
 */
import type { Locale } from "../sheetKinds";

/** Labels of the customer sheet. */
export interface CustomerQuoteLabels {
  title: string;
  number: string;
  date: string;
  validUntil: string;
  seller: string;
  customer: string;
  regNo: string;
  vatNo: string;
  iban: string;
  bic: string;
  columns: {
    no: string;
    sku: string;
    description: string;
    qty: string;
    unit: string;
    unitPrice: string;
    discount: string;
    net: string;
    vatRate: string;
    vat: string;
  };
  subtotal: string;
  quoteDiscount: string;
  vatBreakdown: string;
  breakdown: {
    rate: string;
    base: string;
    discount: string;
    net: string;
    vat: string;
    gross: string;
  };
  netTotal: string;
  vatTotal: string;
  grossTotal: string;
  amountInWords: string;
  optional: string;
  optionalNote: string;
  paymentTerms: string;
  validity: string;
  sellerSignature: string;
  customerSignature: string;
  signatureHint: string;
}

/** Labels of the internal view. */
export interface InternalQuoteLabels {
  title: string;
  notForCustomer: string;
  deal: string;
  customer: string;
  owner: string;
  status: string;
  date: string;
  validUntil: string;
  quoteDiscount: string;
  lines: string;
  columns: {
    no: string;
    sku: string;
    description: string;
    department: string;
    qty: string;
    unitPrice: string;
    listPrice: string;
    discount: string;
    net: string;
    netAfterDiscount: string;
    unitCost: string;
    cost: string;
    margin: string;
    marginPercent: string;
    optional: string;
  };
  total: string;
  yes: string;
  no: string;
  approval: string;
  approvalNeeded: string;
  approvalLevel: string;
  reasons: string;
  noReasons: string;
  approvedBy: string;
  approvedAt: string;
  notApproved: string;
  carriedOver: string;
  departments: string;
  departmentColumns: { department: string; lines: string; status: string; by: string; at: string };
  noDepartments: string;
  changes: string;
  changeColumns: {
    change: string;
    sku: string;
    description: string;
    field: string;
    before: string;
    after: string;
  };
  added: string;
  removed: string;
  changed: string;
  unchanged: string;
  fields: { qty: string; unitPrice: string; discount: string; vatRate: string; optional: string };
  totalsBeforeAfter: string;
  net: string;
  vat: string;
  gross: string;
}

const CUSTOMER: Readonly<Record<Locale, CustomerQuoteLabels>> = {
  en: {
    title: "QUOTE",
    number: "Quote no.",
    date: "Date",
    validUntil: "Valid until",
    seller: "Seller",
    customer: "Customer",
    regNo: "Reg. no.",
    vatNo: "VAT no.",
    iban: "IBAN",
    bic: "BIC",
    columns: {
      no: "No.",
      sku: "Code",
      description: "Description",
      qty: "Qty",
      unit: "Unit",
      unitPrice: "Unit price",
      discount: "Discount",
      net: "Net",
      vatRate: "VAT %",
      vat: "VAT",
    },
    subtotal: "Subtotal",
    quoteDiscount: "Quote discount",
    vatBreakdown: "VAT by rate",
    breakdown: {
      rate: "VAT rate",
      base: "Lines",
      discount: "Discount",
      net: "Net",
      vat: "VAT",
      gross: "Gross",
    },
    netTotal: "Total without VAT",
    vatTotal: "VAT",
    grossTotal: "Total with VAT",
    amountInWords: "Amount in words",
    optional: "Optional / Izvēles",
    optionalNote: "Optional items: offered, not included in the totals",
    paymentTerms: "Payment terms",
    validity: "This quote is valid until",
    sellerSignature: "For the seller",
    customerSignature: "For the customer",
    signatureHint: "(signature, name, date)",
  },
  lv: {
    title: "PIEDĀVĀJUMS",
    number: "Piedāvājuma nr.",
    date: "Datums",
    validUntil: "Derīgs līdz",
    seller: "Pārdevējs",
    customer: "Pircējs",
    regNo: "Reģ. nr.",
    vatNo: "PVN nr.",
    iban: "IBAN",
    bic: "BIC",
    columns: {
      no: "Nr.",
      sku: "Kods",
      description: "Nosaukums",
      qty: "Daudz.",
      unit: "Mērv.",
      unitPrice: "Cena",
      discount: "Atlaide",
      net: "Summa",
      vatRate: "PVN %",
      vat: "PVN",
    },
    subtotal: "Starpsumma",
    quoteDiscount: "Piedāvājuma atlaide",
    vatBreakdown: "PVN pa likmēm",
    breakdown: {
      rate: "PVN likme",
      base: "Rindas",
      discount: "Atlaide",
      net: "Bez PVN",
      vat: "PVN",
      gross: "Ar PVN",
    },
    netTotal: "Kopā bez PVN",
    vatTotal: "PVN",
    grossTotal: "Kopā ar PVN",
    amountInWords: "Summa vārdiem",
    optional: "Izvēles / Optional",
    optionalNote: "Izvēles pozīcijas: piedāvātas, kopsummā nav iekļautas",
    paymentTerms: "Apmaksas noteikumi",
    validity: "Piedāvājums ir derīgs līdz",
    sellerSignature: "Pārdevēja vārdā",
    customerSignature: "Pircēja vārdā",
    signatureHint: "(paraksts, vārds, uzvārds, datums)",
  },
};

const INTERNAL: Readonly<Record<Locale, InternalQuoteLabels>> = {
  en: {
    title: "internal view",
    notForCustomer: "Internal: do not send to the customer",
    deal: "Deal",
    customer: "Customer",
    owner: "Owner",
    status: "Status",
    date: "Date",
    validUntil: "Valid until",
    quoteDiscount: "Quote discount",
    lines: "Lines",
    columns: {
      no: "No.",
      sku: "SKU",
      description: "Description",
      department: "Department",
      qty: "Qty",
      unitPrice: "Unit price",
      listPrice: "List price",
      discount: "Discount",
      net: "Net",
      netAfterDiscount: "Net after quote discount",
      unitCost: "Unit cost",
      cost: "Cost",
      margin: "Margin",
      marginPercent: "Margin %",
      optional: "Optional",
    },
    total: "Total",
    yes: "yes",
    no: "no",
    approval: "Approval",
    approvalNeeded: "Approval needed",
    approvalLevel: "Approver level",
    reasons: "Reasons",
    noReasons: "Within every limit",
    approvedBy: "Approved by",
    approvedAt: "Approved at",
    notApproved: "not approved yet",
    carriedOver: "kept from {id}: the revision stays within what was approved",
    departments: "Departments",
    departmentColumns: {
      department: "Department",
      lines: "Lines",
      status: "Status",
      by: "Who",
      at: "When",
    },
    noDepartments: "No line belongs to a department.",
    changes: "What changed since {id}",
    changeColumns: {
      change: "Change",
      sku: "SKU",
      description: "Description",
      field: "Field",
      before: "Before",
      after: "After",
    },
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    unchanged: "No line changed.",
    fields: {
      qty: "Qty",
      unitPrice: "Unit price",
      discount: "Discount",
      vatRate: "VAT rate",
      optional: "Optional",
    },
    totalsBeforeAfter: "Totals",
    net: "Net",
    vat: "VAT",
    gross: "Gross",
  },
  lv: {
    title: "iekšējais skats",
    notForCustomer: "Iekšējai lietošanai: klientam nesūtīt",
    deal: "Darījums",
    customer: "Klients",
    owner: "Atbildīgais",
    status: "Statuss",
    date: "Datums",
    validUntil: "Derīgs līdz",
    quoteDiscount: "Piedāvājuma atlaide",
    lines: "Rindas",
    columns: {
      no: "Nr.",
      sku: "Kods",
      description: "Nosaukums",
      department: "Nodaļa",
      qty: "Daudz.",
      unitPrice: "Cena",
      listPrice: "Cenrāža cena",
      discount: "Atlaide",
      net: "Summa",
      netAfterDiscount: "Summa pēc atlaides",
      unitCost: "Vien. pašizmaksa",
      cost: "Izmaksas",
      margin: "Marža",
      marginPercent: "Marža %",
      optional: "Izvēles",
    },
    total: "Kopā",
    yes: "jā",
    no: "nē",
    approval: "Apstiprināšana",
    approvalNeeded: "Vajag apstiprinājumu",
    approvalLevel: "Apstiprinātāja līmenis",
    reasons: "Iemesli",
    noReasons: "Visi limiti ievēroti",
    approvedBy: "Apstiprināja",
    approvedAt: "Apstiprināts",
    notApproved: "vēl nav apstiprināts",
    carriedOver: "saglabāts no {id}: versija nepārsniedz apstiprināto",
    departments: "Nodaļas",
    departmentColumns: {
      department: "Nodaļa",
      lines: "Rindas",
      status: "Statuss",
      by: "Kas",
      at: "Kad",
    },
    noDepartments: "Neviena rinda nepieder nodaļai.",
    changes: "Izmaiņas kopš {id}",
    changeColumns: {
      change: "Izmaiņa",
      sku: "Kods",
      description: "Nosaukums",
      field: "Lauks",
      before: "Bija",
      after: "Tagad",
    },
    added: "Pievienota",
    removed: "Noņemta",
    changed: "Mainīta",
    unchanged: "Neviena rinda nav mainīta.",
    fields: {
      qty: "Daudzums",
      unitPrice: "Cena",
      discount: "Atlaide",
      vatRate: "PVN likme",
      optional: "Izvēles",
    },
    totalsBeforeAfter: "Summas",
    net: "Bez PVN",
    vat: "PVN",
    gross: "Ar PVN",
  },
};

/**
 * The customer sheet's labels in a locale.
 *
 * @example customerQuoteLabels("lv").amountInWords === "Summa vārdiem"
 */
export function customerQuoteLabels(locale: Locale): CustomerQuoteLabels {
  return CUSTOMER[locale];
}

/**
 * The internal view's labels in a locale.
 *
 * @example internalQuoteLabels("en").columns.margin === "Margin"
 */
export function internalQuoteLabels(locale: Locale): InternalQuoteLabels {
  return INTERNAL[locale];
}

/**
 * The name of a quote's internal sheet: the quote id and `internal` (lv `iekšējais`).
 *
 * @example internalSheetName("Q-2026-0007-R2", "en") === "Q-2026-0007-R2 internal"
 */
export function internalSheetName(quoteId: string, locale: Locale): string {
  return `${quoteId} ${locale === "lv" ? "iekšējais" : "internal"}`;
}
