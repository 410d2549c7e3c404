/**
 * The Latvian (and Estonian, Lithuanian) words the sample workbook is made of: people's names,
 * company name parts by industry group, cities with postal codes, streets, job titles.
 */

/** Industry groups: each trade show draws exhibitors from one; Accounts mostly from `trade`. */
export type CompanyGroup = "food" | "build" | "tech" | "trade";

/** The groups in a fixed order. */
export const COMPANY_GROUPS: readonly CompanyGroup[] = ["food", "build", "tech", "trade"];

/** A Latvian surname in its masculine and feminine form. */
export type SurnamePair = readonly [male: string, female: string];

/** Latvian surnames, masculine and feminine. */
export const LV_SURNAMES: readonly SurnamePair[] = [
  ["Bērziņš", "Bērziņa"],
  ["Kalniņš", "Kalniņa"],
  ["Ozoliņš", "Ozoliņa"],
  ["Jansons", "Jansone"],
  ["Liepiņš", "Liepiņa"],
  ["Krūmiņš", "Krūmiņa"],
  ["Balodis", "Balode"],
  ["Eglītis", "Eglīte"],
  ["Zariņš", "Zariņa"],
  ["Pētersons", "Pētersone"],
  ["Vītols", "Vītola"],
  ["Kļaviņš", "Kļaviņa"],
  ["Ābols", "Ābola"],
  ["Lācis", "Lāce"],
  ["Siliņš", "Siliņa"],
  ["Strazds", "Strazda"],
  ["Kazaks", "Kazaka"],
  ["Grīnbergs", "Grīnberga"],
  ["Zvirbulis", "Zvirbule"],
  ["Rozenbergs", "Rozenberga"],
  ["Lapiņš", "Lapiņa"],
  ["Sproģis", "Sproģe"],
  ["Dzenis", "Dzene"],
  ["Zālītis", "Zālīte"],
  ["Briedis", "Briede"],
  ["Vanags", "Vanaga"],
  ["Kalējs", "Kalēja"],
  ["Jākobsons", "Jākobsone"],
  ["Upītis", "Upīte"],
  ["Gailis", "Gaile"],
  ["Mednis", "Medne"],
  ["Skujiņš", "Skujiņa"],
  ["Ziediņš", "Ziediņa"],
  ["Kronbergs", "Kronberga"],
  ["Freimanis", "Freimane"],
];

/** Latvian men's first names. */
export const LV_MALE_NAMES: readonly string[] = [
  "Jānis",
  "Andris",
  "Edgars",
  "Mārtiņš",
  "Kristaps",
  "Roberts",
  "Toms",
  "Artūrs",
  "Gints",
  "Raimonds",
  "Uldis",
  "Aivars",
  "Dainis",
  "Normunds",
  "Kārlis",
  "Rihards",
  "Valdis",
  "Juris",
  "Pēteris",
  "Oskars",
  "Māris",
  "Ivars",
  "Armands",
  "Egils",
  "Guntis",
];

/** Latvian women's first names. */
export const LV_FEMALE_NAMES: readonly string[] = [
  "Anna",
  "Ilze",
  "Līga",
  "Laura",
  "Dace",
  "Inese",
  "Kristīne",
  "Santa",
  "Zane",
  "Evija",
  "Agnese",
  "Sanita",
  "Ieva",
  "Baiba",
  "Marta",
  "Elīna",
  "Inga",
  "Linda",
  "Aija",
  "Gunta",
  "Jolanta",
  "Vija",
  "Daiga",
  "Signe",
  "Madara",
];

/** Estonian contact names. */
export const EE_PEOPLE: readonly string[] = [
  "Mart Tamm",
  "Kadri Saar",
  "Jaan Kask",
  "Liis Mägi",
  "Priit Sepp",
  "Triin Kukk",
  "Andres Rebane",
  "Kristi Ilves",
  "Tõnu Pärn",
  "Maarja Koppel",
  "Rein Lepik",
  "Helen Kuusk",
];

/** Lithuanian contact names. */
export const LT_PEOPLE: readonly string[] = [
  "Tomas Kazlauskas",
  "Rūta Petrauskienė",
  "Mindaugas Jankauskas",
  "Eglė Stankevičienė",
  "Darius Vasiliauskas",
  "Jurgita Žukauskienė",
  "Andrius Butkus",
  "Inga Paulauskienė",
  "Paulius Urbonas",
  "Lina Kavaliauskienė",
  "Vytautas Navickas",
  "Asta Balčiūnienė",
];

/**
 * First words of Latvian company names (genitives of places and nature words), each with the
 * city it names, when it names one.
 */
export const LV_NAME_PREFIXES: readonly (readonly [prefix: string, city: string | null])[] = [
  ["Baltijas", null],
  ["Rīgas", "Rīga"],
  ["Kurzemes", null],
  ["Vidzemes", null],
  ["Latgales", null],
  ["Zemgales", null],
  ["Sēlijas", null],
  ["Daugavas", null],
  ["Gaujas", null],
  ["Ventas", null],
  ["Lielupes", null],
  ["Abavas", null],
  ["Jūras", null],
  ["Meža", null],
  ["Ziemeļu", null],
  ["Dienvidu", null],
  ["Austrumu", null],
  ["Rietumu", null],
  ["Saules", null],
  ["Zelta", null],
  ["Sudraba", null],
  ["Dzintara", null],
  ["Priežu", null],
  ["Ozolu", null],
  ["Bērzu", null],
  ["Liepu", null],
  ["Kalnu", null],
  ["Lauku", null],
  ["Ezeru", null],
  ["Vecrīgas", "Rīga"],
  ["Ķekavas", "Ķekava"],
  ["Ogres", "Ogre"],
  ["Siguldas", "Sigulda"],
  ["Cēsu", "Cēsis"],
  ["Valmieras", "Valmiera"],
  ["Tukuma", "Tukums"],
  ["Talsu", "Talsi"],
  ["Kuldīgas", "Kuldīga"],
  ["Bauskas", "Bauska"],
  ["Dobeles", "Dobele"],
  ["Madonas", "Madona"],
  ["Alūksnes", "Alūksne"],
  ["Rēzeknes", "Rēzekne"],
  ["Jelgavas", "Jelgava"],
  ["Liepājas", "Liepāja"],
  ["Ventspils", "Ventspils"],
  ["Daugavpils", "Daugavpils"],
  ["Jūrmalas", "Jūrmala"],
  ["Salaspils", "Salaspils"],
  ["Limbažu", "Limbaži"],
  ["Smiltenes", "Smiltene"],
  ["Gulbenes", "Gulbene"],
  ["Preiļu", "Preiļi"],
  ["Krāslavas", "Krāslava"],
  ["Saldus", "Saldus"],
  ["Aizkraukles", "Aizkraukle"],
  ["Jēkabpils", "Jēkabpils"],
  ["Ludzas", "Ludza"],
];

/** Second words of Latvian company names per group, each with the company's industry. */
export const LV_NAME_NOUNS: Readonly<
  Record<CompanyGroup, readonly (readonly [noun: string, industry: string])[]>
> = {
  food: [
    ["Piens", "Piena pārstrāde"],
    ["Siers", "Piena pārstrāde"],
    ["Maize", "Maizes ražošana"],
    ["Konditoreja", "Maizes ražošana"],
    ["Saldumi", "Pārtikas ražošana"],
    ["Garšvielas", "Pārtikas ražošana"],
    ["Gaļa", "Gaļas pārstrāde"],
    ["Kūpinājumi", "Gaļas pārstrāde"],
    ["Zivis", "Zivju pārstrāde"],
    ["Dārzeņi", "Lauksaimniecība"],
    ["Augļi", "Lauksaimniecība"],
    ["Ogas", "Lauksaimniecība"],
    ["Medus", "Lauksaimniecība"],
    ["Graudi", "Lauksaimniecība"],
    ["Dzērieni", "Dzērienu ražošana"],
    ["Sulas", "Dzērienu ražošana"],
    ["Alus", "Dzērienu ražošana"],
    ["Kafija", "Ēdināšana"],
  ],
  build: [
    ["Būve", "Būvniecība"],
    ["Celtnieks", "Būvniecība"],
    ["Projekti", "Būvniecība"],
    ["Ceļi", "Būvniecība"],
    ["Fasādes", "Būvniecība"],
    ["Koks", "Kokapstrāde"],
    ["Mēbeles", "Kokapstrāde"],
    ["Durvis", "Kokapstrāde"],
    ["Grīdas", "Kokapstrāde"],
    ["Siltums", "Enerģētika"],
    ["Enerģija", "Enerģētika"],
    ["Apkure", "Enerģētika"],
    ["Betons", "Būvmateriāli"],
    ["Stikls", "Būvmateriāli"],
    ["Krāsas", "Būvmateriāli"],
    ["Logi", "Būvmateriāli"],
    ["Jumti", "Būvmateriāli"],
    ["Būvmateriāli", "Būvmateriāli"],
  ],
  tech: [
    ["Sistēmas", "IT pakalpojumi"],
    ["Tīkli", "IT pakalpojumi"],
    ["Dati", "IT pakalpojumi"],
    ["Programmas", "IT pakalpojumi"],
    ["Metāls", "Metālapstrāde"],
    ["Lāzeri", "Metālapstrāde"],
    ["Instrumenti", "Metālapstrāde"],
    ["Elektronika", "Elektronika"],
    ["Sensori", "Elektronika"],
    ["Komponentes", "Elektronika"],
    ["Kabeļi", "Elektronika"],
    ["Mašīnbūve", "Mašīnbūve"],
    ["Inženierija", "Mašīnbūve"],
    ["Automātika", "Mašīnbūve"],
    ["Robotika", "Mašīnbūve"],
    ["Iekārtas", "Mašīnbūve"],
    ["Tehnika", "Mašīnbūve"],
    ["Plastmasa", "Plastmasas ražošana"],
  ],
  trade: [
    ["Tirdzniecība", "Vairumtirdzniecība"],
    ["Nams", "Mazumtirdzniecība"],
    ["Veikali", "Mazumtirdzniecība"],
    ["Loģistika", "Loģistika"],
    ["Transports", "Loģistika"],
    ["Noliktavas", "Loģistika"],
    ["Klīnika", "Veselības aprūpe"],
    ["Aptieka", "Veselības aprūpe"],
    ["Viesnīca", "Viesmīlība"],
    ["Finanses", "Finanšu pakalpojumi"],
    ["Auto", "Autoserviss"],
    ["Degviela", "Enerģētika"],
    ["Druka", "Poligrāfija"],
    ["Iepakojums", "Poligrāfija"],
    ["Papīrs", "Poligrāfija"],
    ["Tekstils", "Tekstilrūpniecība"],
    ["Serviss", "Pakalpojumi"],
    ["Skola", "Izglītība"],
  ],
};

/** First words of Estonian company names, with their city when they name one. */
export const EE_NAME_PREFIXES: readonly (readonly [prefix: string, city: string | null])[] = [
  ["Tallinna", "Tallinn"],
  ["Tartu", "Tartu"],
  ["Pärnu", "Pärnu"],
  ["Narva", "Narva"],
  ["Viljandi", "Viljandi"],
  ["Rakvere", "Rakvere"],
  ["Haapsalu", "Haapsalu"],
  ["Kuressaare", "Kuressaare"],
  ["Eesti", null],
  ["Põhja", null],
  ["Lõuna", null],
  ["Saare", null],
  ["Harju", null],
  ["Järva", null],
  ["Valga", "Valga"],
  ["Võru", "Võru"],
];

/** Second words of Estonian company names per group, each with the industry in Latvian. */
export const EE_NAME_NOUNS: Readonly<Record<CompanyGroup, readonly (readonly [string, string])[]>> =
  {
    food: [
      ["Piim", "Piena pārstrāde"],
      ["Leib", "Maizes ražošana"],
      ["Liha", "Gaļas pārstrāde"],
      ["Kala", "Zivju pārstrāde"],
      ["Pagar", "Maizes ražošana"],
      ["Jook", "Dzērienu ražošana"],
      ["Juust", "Piena pārstrāde"],
      ["Mesi", "Lauksaimniecība"],
    ],
    build: [
      ["Ehitus", "Būvniecība"],
      ["Puit", "Kokapstrāde"],
      ["Aken", "Būvmateriāli"],
      ["Betoon", "Būvmateriāli"],
      ["Katus", "Būvmateriāli"],
      ["Mööbel", "Kokapstrāde"],
      ["Energia", "Enerģētika"],
      ["Klaas", "Būvmateriāli"],
    ],
    tech: [
      ["Metall", "Metālapstrāde"],
      ["Tehnika", "Mašīnbūve"],
      ["Andmed", "IT pakalpojumi"],
      ["Süsteemid", "IT pakalpojumi"],
      ["Elektroonika", "Elektronika"],
      ["Masinad", "Mašīnbūve"],
      ["Automaatika", "Mašīnbūve"],
      ["Tarkvara", "IT pakalpojumi"],
    ],
    trade: [
      ["Kaubandus", "Vairumtirdzniecība"],
      ["Logistika", "Loģistika"],
      ["Transport", "Loģistika"],
      ["Apteek", "Veselības aprūpe"],
      ["Hulgimüük", "Vairumtirdzniecība"],
      ["Kaubamaja", "Mazumtirdzniecība"],
      ["Laod", "Loģistika"],
      ["Vedu", "Loģistika"],
    ],
  };

/** First words of Lithuanian company names, with their city when they name one. */
export const LT_NAME_PREFIXES: readonly (readonly [prefix: string, city: string | null])[] = [
  ["Vilniaus", "Vilnius"],
  ["Kauno", "Kaunas"],
  ["Klaipėdos", "Klaipėda"],
  ["Šiaulių", "Šiauliai"],
  ["Panevėžio", "Panevėžys"],
  ["Alytaus", "Alytus"],
  ["Marijampolės", "Marijampolė"],
  ["Utenos", "Utena"],
  ["Lietuvos", null],
  ["Baltijos", null],
  ["Nemuno", null],
  ["Neries", null],
  ["Žemaitijos", null],
  ["Aukštaitijos", null],
  ["Dzūkijos", null],
  ["Palangos", "Palanga"],
];

/** Second words of Lithuanian company names per group, each with the industry in Latvian. */
export const LT_NAME_NOUNS: Readonly<Record<CompanyGroup, readonly (readonly [string, string])[]>> =
  {
    food: [
      ["Pienas", "Piena pārstrāde"],
      ["Duona", "Maizes ražošana"],
      ["Mėsa", "Gaļas pārstrāde"],
      ["Žuvis", "Zivju pārstrāde"],
      ["Gėrimai", "Dzērienu ražošana"],
      ["Sūris", "Piena pārstrāde"],
      ["Medus", "Lauksaimniecība"],
      ["Kepykla", "Maizes ražošana"],
    ],
    build: [
      ["Statyba", "Būvniecība"],
      ["Mediena", "Kokapstrāde"],
      ["Langai", "Būvmateriāli"],
      ["Betonas", "Būvmateriāli"],
      ["Stogai", "Būvmateriāli"],
      ["Baldai", "Kokapstrāde"],
      ["Šiluma", "Enerģētika"],
      ["Stiklas", "Būvmateriāli"],
    ],
    tech: [
      ["Metalas", "Metālapstrāde"],
      ["Technika", "Mašīnbūve"],
      ["Duomenys", "IT pakalpojumi"],
      ["Sistemos", "IT pakalpojumi"],
      ["Elektronika", "Elektronika"],
      ["Mašinos", "Mašīnbūve"],
      ["Automatika", "Mašīnbūve"],
      ["Programos", "IT pakalpojumi"],
    ],
    trade: [
      ["Prekyba", "Vairumtirdzniecība"],
      ["Logistika", "Loģistika"],
      ["Transportas", "Loģistika"],
      ["Vaistinė", "Veselības aprūpe"],
      ["Didmena", "Vairumtirdzniecība"],
      ["Sandėliai", "Loģistika"],
      ["Vežimai", "Loģistika"],
      ["Parduotuvės", "Mazumtirdzniecība"],
    ],
  };

/** Latvian cities with their region and the first two digits of their postal code (LV-xxNN). */
export const LV_CITIES: readonly (readonly [city: string, region: string, postal: string])[] = [
  ["Rīga", "Rīga", "10"],
  ["Jūrmala", "Rīga", "20"],
  ["Salaspils", "Rīga", "21"],
  ["Ķekava", "Rīga", "21"],
  ["Ogre", "Vidzeme", "50"],
  ["Sigulda", "Vidzeme", "21"],
  ["Cēsis", "Vidzeme", "41"],
  ["Valmiera", "Vidzeme", "42"],
  ["Limbaži", "Vidzeme", "40"],
  ["Smiltene", "Vidzeme", "47"],
  ["Gulbene", "Vidzeme", "44"],
  ["Alūksne", "Vidzeme", "43"],
  ["Madona", "Vidzeme", "48"],
  ["Liepāja", "Kurzeme", "34"],
  ["Ventspils", "Kurzeme", "36"],
  ["Kuldīga", "Kurzeme", "33"],
  ["Talsi", "Kurzeme", "32"],
  ["Saldus", "Kurzeme", "38"],
  ["Tukums", "Kurzeme", "31"],
  ["Jelgava", "Zemgale", "30"],
  ["Dobele", "Zemgale", "37"],
  ["Bauska", "Zemgale", "39"],
  ["Aizkraukle", "Zemgale", "51"],
  ["Jēkabpils", "Zemgale", "52"],
  ["Daugavpils", "Latgale", "54"],
  ["Rēzekne", "Latgale", "46"],
  ["Preiļi", "Latgale", "53"],
  ["Krāslava", "Latgale", "56"],
  ["Ludza", "Latgale", "57"],
];

/** Street names for addresses (`Brīvības iela 12`). */
export const LV_STREETS: readonly string[] = [
  "Brīvības iela",
  "Rīgas iela",
  "Skolas iela",
  "Lielā iela",
  "Dzirnavu iela",
  "Krasta iela",
  "Tērbatas iela",
  "Ganību dambis",
  "Maskavas iela",
  "Daugavas iela",
  "Pils iela",
  "Stacijas iela",
  "Ostas iela",
  "Lāčplēša iela",
  "Meža iela",
  "Zemnieku iela",
  "Rūpniecības iela",
  "Ražotāju iela",
  "Katlakalna iela",
  "Dārza iela",
  "Baznīcas iela",
  "Pērses iela",
  "Granīta iela",
  "Ulbrokas iela",
];

/** Job titles (masculine, feminine). */
export const JOB_TITLES: readonly (readonly [male: string, female: string])[] = [
  ["Valdes loceklis", "Valdes locekle"],
  ["Valdes priekšsēdētājs", "Valdes priekšsēdētāja"],
  ["Iepirkumu vadītājs", "Iepirkumu vadītāja"],
  ["IT vadītājs", "IT vadītāja"],
  ["Finanšu direktors", "Finanšu direktore"],
  ["Ražošanas vadītājs", "Ražošanas vadītāja"],
  ["Pārdošanas vadītājs", "Pārdošanas vadītāja"],
  ["Projektu vadītājs", "Projektu vadītāja"],
  ["Tehniskais direktors", "Tehniskā direktore"],
  ["Eksporta vadītājs", "Eksporta vadītāja"],
  ["Biroja vadītājs", "Biroja vadītāja"],
];

/** Free-mail domains the sample uses for private e-mail addresses (never a company's domain). */
export const FREE_MAIL_DOMAINS: readonly string[] = ["gmail.com", "inbox.lv", "outlook.com"];

/** Latvian month names (nominative), January first, for periods like `2026. gada jūlijs`. */
export const LV_MONTHS: readonly string[] = [
  "janvāris",
  "februāris",
  "marts",
  "aprīlis",
  "maijs",
  "jūnijs",
  "jūlijs",
  "augusts",
  "septembris",
  "oktobris",
  "novembris",
  "decembris",
];

/**
 * Lower-case ASCII of a Latvian, Estonian or Lithuanian word for e-mail addresses and domains.
 * @example asciiFold("Bērziņš") === "berzins"
 */
export function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
