import type { Cents } from "../../core/model";

/** A product of the sample price list. */
export interface SampleProduct {
  sku: string;
  name: string;
  department: string;
  unit: string;
  listPrice: Cents;
  unitCost: Cents;
  /** VAT rate as a fraction (0.21 standard, 0.12 reduced). */
  vatRate: number;
  /** Max discount as a fraction. */
  maxDiscount: number;
  active: boolean;
}

/** The sample's departments, in price-list order. */
export const SAMPLE_DEPARTMENTS = [
  "Iekārtas",
  "Programmatūra",
  "Serviss",
  "Apmācības",
  "Loģistika",
] as const;

// Servers and storage carry a slightly larger discount limit than the rest of the hardware.
const SERVER_SKUS = new Set(["HW-1010", "HW-1011", "HW-1012"]);

type Row = readonly [
  sku: string,
  name: string,
  unit: string,
  price: number,
  cost: number,
  vat?: number,
  active?: boolean,
];

const BY_DEPARTMENT: Readonly<
  Record<(typeof SAMPLE_DEPARTMENTS)[number], { maxDiscount: number; rows: readonly Row[] }>
> = {
  Iekārtas: {
    maxDiscount: 0.1,
    rows: [
      ["HW-1001", 'Portatīvais dators 14" (biroja)', "gab.", 899, 705],
      ["HW-1002", 'Portatīvais dators 15" (jaudīgs)', "gab.", 1349, 1060],
      ["HW-1003", "Darbstacija (galddators)", "gab.", 1190, 930],
      ["HW-1004", 'Monitors 24"', "gab.", 169, 118],
      ["HW-1005", 'Monitors 27" 4K', "gab.", 359, 262],
      ["HW-1006", "Dokstacija USB-C", "gab.", 189, 128],
      ["HW-1007", "Tīkla komutators 24 porti", "gab.", 649, 470],
      ["HW-1008", "Wi-Fi piekļuves punkts", "gab.", 229, 158],
      ["HW-1009", "Ugunsmūris (firewall)", "gab.", 1890, 1390],
      ["HW-1010", "Serveris 1U", "gab.", 4290, 3350],
      ["HW-1011", "Serveris 2U", "gab.", 7850, 6120],
      ["HW-1012", "Datu glabātuve NAS, 8 diski", "gab.", 2480, 1860],
      ["HW-1013", "UPS 1500 VA", "gab.", 529, 372],
      ["HW-1014", "Lāzerprinteris A4", "gab.", 389, 281],
      ["HW-1015", "Daudzfunkciju iekārta A3", "gab.", 2150, 1580],
      ["HW-1016", "Svītrkodu skeneris", "gab.", 149, 98],
      ["HW-1017", "Kases termināls (POS)", "gab.", 1190, 880],
      ["HW-1018", 'Planšetdators 11"', "gab.", 549, 430],
      ["HW-1019", "Videokonferenču komplekts", "gab.", 2690, 1990],
      ["HW-1020", 'Portatīvais dators 13" (2023. g. modelis)', "gab.", 749, 640, 0.21, false],
      ["HW-1021", "Pirmās palīdzības aptieciņa birojam", "gab.", 39, 24, 0.12],
    ],
  },
  Programmatūra: {
    maxDiscount: 0.2,
    rows: [
      ["SW-2001", "Grāmatvedības programma", "licence", 690, 310],
      ["SW-2002", "ERP lietotāja licence", "licence", 1150, 520],
      ["SW-2003", "CRM abonements (lietotājs)", "mēn.", 39, 17.5],
      ["SW-2004", "Microsoft 365 Business Standard (lietotājs, gads)", "licence", 151.2, 126],
      ["SW-2005", "Antivīruss (ierīce, gads)", "licence", 34, 19],
      ["SW-2006", "Rezerves kopēšana (serveris, gads)", "licence", 420, 230],
      ["SW-2007", "Noliktavas modulis", "licence", 2400, 900],
      ["SW-2008", "Datubāzes servera licence", "licence", 3200, 2450],
      ["SW-2009", "Dokumentu vadības sistēma (lietotājs)", "mēn.", 12, 5],
      ["SW-2010", "Attālinātā piekļuve VPN (lietotājs, gads)", "licence", 60, 28],
      ["SW-2011", "Antivīruss Classic (ierīce, gads)", "licence", 29, 18, 0.21, false],
    ],
  },
  Serviss: {
    maxDiscount: 0.15,
    rows: [
      ["SV-3001", "Uzstādīšana un konfigurēšana", "st.", 55, 30],
      ["SV-3002", "IT konsultācija", "st.", 75, 38],
      ["SV-3003", "Tīkla un drošības audits", "gab.", 1800, 950],
      ["SV-3004", "Atbalsta līgums Standarta", "mēn.", 450, 260],
      ["SV-3005", "Atbalsta līgums Premium (24/7)", "mēn.", 990, 560],
      ["SV-3006", "Datu migrācija", "st.", 65, 34],
      ["SV-3007", "Projektu vadība", "st.", 70, 36],
      ["SV-3008", "Iekārtu remonts (darbs)", "st.", 45, 26],
      ["SV-3009", "Programmatūras ieviešana", "st.", 80, 41],
      ["SV-3010", "Izbraukuma serviss reģionos", "gab.", 95, 55],
    ],
  },
  Apmācības: {
    maxDiscount: 0.15,
    rows: [
      ["TR-4001", "Lietotāju apmācība (grupa līdz 10, diena)", "gab.", 1200, 520],
      ["TR-4002", "Administratoru kurss (dalībnieks)", "gab.", 890, 410],
      ["TR-4003", "E-apmācību piekļuve (lietotājs, gads)", "licence", 49, 14],
      ["TR-4004", "Kiberdrošības apmācība (grupa)", "gab.", 950, 380],
      ["TR-4005", "Individuāla apmācība", "st.", 60, 27],
      ["TR-4006", "Izmitināšana apmācību laikā (nakts)", "gab.", 85, 68, 0.12],
    ],
  },
  Loģistika: {
    maxDiscount: 0.05,
    rows: [
      ["LG-5001", "Piegāde Rīgā", "gab.", 25, 14],
      ["LG-5002", "Piegāde Latvijā", "gab.", 45, 28],
      ["LG-5003", "Piegāde Baltijā", "gab.", 120, 82],
      ["LG-5004", "Montāža uz vietas", "st.", 40, 24],
      ["LG-5005", "Iekārtu utilizācija", "gab.", 15, 9],
      ["LG-5006", "Darbinieku pārvadājums uz objektu (brauciens)", "gab.", 60, 45, 0.12],
    ],
  },
};

/**
 * The sample price list: 54 products in five departments, units gab./licence/mēn./st., prices
 * and unit costs in cents, VAT 21 % (a few 12 %), two products no longer active.
 *
 * @example sampleProducts().find((p) => p.sku === "SV-3004")?.unit === "mēn."
 */
export function sampleProducts(): SampleProduct[] {
  return SAMPLE_DEPARTMENTS.flatMap((department) => {
    const { maxDiscount, rows } = BY_DEPARTMENT[department];
    return rows.map(([sku, name, unit, price, cost, vat = 0.21, active = true]) => ({
      sku,
      name,
      department,
      unit,
      listPrice: Math.round(price * 100),
      unitCost: Math.round(cost * 100),
      vatRate: vat,
      maxDiscount: SERVER_SKUS.has(sku) ? 0.12 : maxDiscount,
      active,
    }));
  });
}
