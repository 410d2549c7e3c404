import type JSZip from "jszip";

/**
 * What of a workbook package exceljs would not write back on an in-place rewrite, in words a
 * user knows, with counts: e.g. ["charts (2)", "pivot tables (1)", "macros"]. Empty when a
 * rewrite keeps everything that matters. exceljs keeps cell values, styles, merges, tables,
 * conditional formats, data validations, notes, pictures and hyperlinks; everything listed
 * here it drops (see exceljs issues #141, #261/#1678, #172, #1147, #1835).
 *
 * Big sheet parts are searched as streams, never inflated into one string.
 */
export async function findUnsupportedParts(zip: JSZip): Promise<string[]> {
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
  const count = (re: RegExp): number => paths.filter((p) => re.test(p)).length;
  const found: string[] = [];
  const add = (label: string, n: number, counted = true): void => {
    if (n > 0) found.push(counted ? `${label} (${n})` : label);
  };

  add("charts", count(/^xl\/charts\/chart(Ex)?\d*\.xml$/i));
  add("chart sheets", count(/^xl\/chartsheets\/sheet\d*\.xml$/i));
  const pivots = count(/^xl\/pivotTables\/pivotTable\d*\.xml$/i);
  add("pivot tables", pivots);
  if (pivots === 0) add("pivot caches", count(/^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/i));

  const contentTypes = (await text(zip, "[Content_Types].xml")) ?? "";
  const macros =
    count(/^xl\/vbaProject\.bin$/i) + count(/^xl\/macrosheets\//i) + count(/^xl\/dialogsheets\//i) >
      0 || /macroEnabled/i.test(contentTypes);
  add("macros", macros ? 1 : 0, false);

  const slicers = count(/^xl\/slicers\/slicer\d*\.xml$/i);
  add("slicers", slicers);
  if (slicers === 0) add("slicers", count(/^xl\/slicerCaches\/slicerCache\d*\.xml$/i));
  add("timelines", count(/^xl\/timelines\/timeline\d*\.xml$/i));
  add("external links", count(/^xl\/externalLinks\/externalLink\d*\.xml$/i));

  let queries = 0;
  for (const p of paths.filter((x) => /^customXml\/item\d*\.xml$/i.test(x))) {
    if ((await countInPart(zip, p, ["DataMashup"]))[0]) queries++;
  }
  add("Power Query queries", queries ? 1 : 0, false);
  add("a data model (Power Pivot)", count(/^xl\/model\//i) ? 1 : 0, false);
  add(
    "data connections",
    count(/^xl\/connections\.xml$/i) + count(/^xl\/queryTables\//i) ? 1 : 0,
    false
  );

  add("form controls", count(/^xl\/ctrlProps\/ctrlProp\d*\.xml$/i));
  add("ActiveX controls", count(/^xl\/activeX\/activeX\d*\.xml$/i));
  add("embedded objects", count(/^xl\/embeddings\//i));

  let sparklines = 0;
  let extLists = 0;
  for (const p of paths.filter((x) => /^xl\/worksheets\/[^/]+\.xml$/i.test(x))) {
    const [groups = 0, lists = 0] = await countInPart(zip, p, [
      "</x14:sparklineGroup>",
      "</x14:dataValidation>",
    ]);
    sparklines += groups;
    extLists += lists;
  }
  add("sparklines", sparklines);
  add("drop-down lists from other sheets", extLists);

  let threaded = 0;
  for (const p of paths.filter((x) => /^xl\/threadedComments\/[^/]+\.xml$/i.test(x))) {
    threaded += (await countInPart(zip, p, ["</threadedComment>"]))[0] ?? 0;
  }
  add("threaded comments", threaded);

  let shapes = 0;
  for (const p of paths.filter((x) => /^xl\/drawings\/drawing\d*\.xml$/i.test(x))) {
    const [sp = 0, cxn = 0] = await countInPart(zip, p, ["</xdr:sp>", "</xdr:cxnSp>"]);
    shapes += sp + cxn;
  }
  add("shapes", shapes);

  add("custom document properties", count(/^docProps\/custom\.xml$/i) ? 1 : 0, false);
  add("a sensitivity label", count(/^docMetadata\/LabelInfo\.xml$/i) ? 1 : 0, false);
  return found;
}

/** JSZip's chunked reader (public API, missing from its d.ts). */
interface PartStream {
  on(event: "data", cb: (chunk: string) => void): PartStream;
  on(event: "error", cb: (e: unknown) => void): PartStream;
  on(event: "end", cb: () => void): PartStream;
  resume(): PartStream;
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

/**
 * How often each literal marker occurs in a part, read as a stream: a 50 MB sheet is never held
 * as one string. Markers straddling two chunks are counted once.
 */
export async function countInPart(zip: JSZip, path: string, markers: string[]): Promise<number[]> {
  const file = zip.file(path);
  const counts = markers.map(() => 0);
  if (!file) return counts;
  const keep = Math.max(...markers.map((m) => m.length)) - 1;
  let tail = "";
  const streamable = file as unknown as { internalStream(type: "string"): PartStream };
  await new Promise<void>((resolve, reject) => {
    streamable
      .internalStream("string")
      .on("data", (chunk: string) => {
        const textNow = tail + chunk;
        markers.forEach((marker, i) => {
          for (let at = textNow.indexOf(marker); at >= 0; at = textNow.indexOf(marker, at + 1)) {
            // Matches lying wholly in the kept tail were counted with the previous chunk.
            if (at + marker.length > tail.length) counts[i] = (counts[i] ?? 0) + 1;
          }
        });
        tail = keep > 0 ? textNow.slice(-keep) : "";
      })
      .on("error", reject)
      .on("end", () => resolve())
      .resume();
  });
  return counts;
}
