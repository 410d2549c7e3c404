import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PAGES, DEV_SERVER_PORT } from "../../scripts/buildConfig";
import { REQUIRED_API } from "../../src/host/office/requirements";
import { VIEW_IDS, viewFromSearch } from "../../src/taskpane/views/viewIds";
import {
  DEFAULT_PRODUCTION_URL,
  DEV_URL,
  productionUrl,
  rewriteManifestUrls,
} from "../../scripts/manifestUrl";
import { child, descendants, parseXml, type XmlElement } from "./parseXml";

const ROOT = join(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const source = readFileSync(MANIFEST_PATH, "utf8");
const manifest = parseXml(source);
const all = descendants(manifest);

/** The lowest ExcelApi the features need: what the Office adapter checks at run time. */
const EXCEL_API = REQUIRED_API;

type ResourceKind = "image" | "url" | "short" | "long";
const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  "bt:Images": "image",
  "bt:Urls": "url",
  "bt:ShortStrings": "short",
  "bt:LongStrings": "long",
};
/** What kind of resource each referring element needs. */
const REFERENCE_KINDS: Record<string, ResourceKind> = {
  "bt:Image": "image",
  FunctionFile: "url",
  SourceLocation: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Description: "long",
};
const MAX_LENGTH: Record<ResourceKind, number> = { image: 2048, url: 2048, short: 125, long: 250 };

const resourcesElement = child(child(manifest, "VersionOverrides"), "Resources");
const resources = new Map<string, { kind: ResourceKind; element: XmlElement }>();
for (const group of resourcesElement.children) {
  const kind = RESOURCE_GROUPS[group.name];
  if (!kind) throw new Error(`unexpected resource group <${group.name}>`);
  for (const element of group.children) {
    const id = element.attributes.id ?? "";
    if (resources.has(id)) throw new Error(`resource id ${id} defined twice`);
    resources.set(id, { kind, element });
  }
}
const references = all.filter((e) => e.attributes.resid !== undefined);

function urlOf(element: XmlElement): string {
  const id = element.attributes.resid ?? "";
  const value = resources.get(id)?.element.attributes.DefaultValue;
  if (!value) throw new Error(`resid ${id} names no URL`);
  return value;
}

/** Every URL the manifest holds: DefaultValue/Value attributes that are URLs, and AppDomains. */
function urlsIn(root: XmlElement): string[] {
  const urls: string[] = [];
  for (const element of descendants(root)) {
    for (const value of [element.attributes.DefaultValue, element.attributes.Value]) {
      if (value !== undefined && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
    if (element.name === "AppDomain") urls.push(element.text);
  }
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ a dev-server URL names, or undefined for a page URL. */
function assetFile(url: string): string | undefined {
  const path = url.slice(DEV_URL.length).split("?")[0] ?? "";
  return path.startsWith("assets/") ? join(ROOT, path) : undefined;
}

const builtPages = PAGES.flatMap((page) => page.filenames);

describe("manifest.xml", () => {
  test("is well-formed XML (xmllint)", () => {
    // xmllint comes from Debian's libxml2-utils (CI installs it too).
    expect(() =>
      execFileSync("xmllint", ["--noout", MANIFEST_PATH], { stdio: "pipe" })
    ).not.toThrow();
  });

  test("is a task pane add-in for Excel with a GUID, en-US default and read/write access", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(manifest, "DefaultLocale").text).toBe("en-US");
    expect(child(manifest, "DisplayName").attributes.DefaultValue).toBe("Deal Desk");
    expect(child(manifest, "Hosts").children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("keeps the element order of the OfficeApp schema (Office rejects it otherwise)", () => {
    expect(manifest.children.map((c) => c.name)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    const formFactor = all.find((e) => e.name === "DesktopFormFactor");
    expect(formFactor?.children.map((c) => c.name)).toEqual([
      "GetStarted",
      "FunctionFile",
      "ExtensionPoint",
    ]);
  });

  test(`declares the ExcelApi ${EXCEL_API} requirement set`, () => {
    const sets = child(child(manifest, "Requirements"), "Sets");
    expect(sets.attributes.DefaultMinVersion).toBe("1.1");
    expect(sets.children.map((s) => s.attributes)).toEqual([
      { Name: "ExcelApi", MinVersion: EXCEL_API },
    ]);
  });

  test("resolves every resid to a resource of the right kind, and uses every resource", () => {
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const id = reference.attributes.resid ?? "";
      const resource = resources.get(id);
      expect({ id, kind: resource?.kind }).toEqual({ id, kind: REFERENCE_KINDS[reference.name] });
    }
    const used = new Set(references.map((r) => r.attributes.resid));
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("keeps ids and strings within the schema's lengths", () => {
    for (const [id, { kind, element }] of resources) {
      expect(id.length).toBeLessThanOrEqual(32);
      for (const e of [element, ...element.children]) {
        const value = e.attributes.DefaultValue ?? e.attributes.Value ?? "";
        expect({ id, length: value.length > 0 && value.length <= MAX_LENGTH[kind] }).toEqual({
          id,
          length: true,
        });
      }
    }
    expect(child(manifest, "DisplayName").attributes.DefaultValue?.length).toBeLessThanOrEqual(125);
    expect(child(manifest, "Description").attributes.DefaultValue?.length).toBeLessThanOrEqual(250);
  });

  test("has a Latvian (lv-LV) override for every user-visible string", () => {
    const strings = [...resources.values()].filter((r) => r.kind === "short" || r.kind === "long");
    const visible = [
      child(manifest, "DisplayName"),
      child(manifest, "Description"),
      ...strings.map((r) => r.element),
    ];
    for (const element of visible) {
      const overrides = element.children.filter(
        (c) =>
          (c.name === "Override" || c.name === "bt:Override") && c.attributes.Locale === "lv-LV"
      );
      const label = element.attributes.id ?? element.name;
      expect({ label, overrides: overrides.length }).toEqual({ label, overrides: 1 });
      expect(overrides[0]?.attributes.Value?.trim()).toBeTruthy();
    }
    // Sentences are translated, not copied (only the product name stays the same).
    for (const element of [child(manifest, "Description"), ...strings.map((r) => r.element)]) {
      const english = element.attributes.DefaultValue ?? "";
      if (english === "Deal Desk") continue;
      const latvian = element.children.find((c) => c.attributes.Locale === "lv-LV");
      expect(latvian?.attributes.Value).not.toBe(english);
    }
  });

  test("uses https for every URL, all of them on the dev server", () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(url.startsWith(DEV_URL) || url === DEV_URL.replace(/\/$/, "")).toBe(true);
    }
    expect(new URL(DEV_URL).port).toBe(String(DEV_SERVER_PORT));
  });

  test("points every URL at a file that exists: an asset in assets/ or a page webpack builds", () => {
    for (const url of urlsIn(manifest).filter((u) => u.startsWith(DEV_URL))) {
      const file = assetFile(url);
      if (file) {
        expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      } else {
        const page = url.slice(DEV_URL.length).split("?")[0];
        expect(builtPages).toContain(page);
      }
    }
  });

  test("has real PNG icons of the sizes it names", () => {
    const expectSize = (url: string, size: number): void => {
      const file = assetFile(url);
      if (!file) throw new Error(`${url} is not in assets/`);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    };
    expectSize(child(manifest, "IconUrl").attributes.DefaultValue ?? "", 32);
    expectSize(child(manifest, "HighResolutionIconUrl").attributes.DefaultValue ?? "", 64);
    const images = all.filter((e) => e.name === "bt:Image" && e.attributes.size !== undefined);
    expect(new Set(images.map((i) => i.attributes.size))).toEqual(new Set(["16", "32", "80"]));
    for (const image of images) expectSize(urlOf(image), Number(image.attributes.size));
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  test("puts a Deal Desk group on the Home tab whose buttons open the pane on a view", () => {
    const tab = all.find((e) => e.name === "OfficeTab");
    expect(tab?.attributes.id).toBe("TabHome");
    const group = child(tab as XmlElement, "Group");
    expect(resources.get(child(group, "Label").attributes.resid ?? "")?.element.attributes).toEqual(
      expect.objectContaining({ DefaultValue: "Deal Desk" })
    );
    const buttons = group.children.filter((c) => c.name === "Control");
    const summary = buttons.map((button) => {
      const action = child(button, "Action");
      const label = resources.get(child(button, "Label").attributes.resid ?? "");
      return {
        label: label?.element.attributes.DefaultValue,
        action: action.attributes["xsi:type"],
        pane: action.children.find((c) => c.name === "TaskpaneId")?.text,
        url: urlOf(child(action, "SourceLocation")).slice(DEV_URL.length),
      };
    });
    expect(summary).toEqual([
      { label: "Deal Desk", action: "ShowTaskpane", pane: "DealDesk.Pane", url: "taskpane.html" },
      {
        label: "New quote",
        action: "ShowTaskpane",
        pane: "DealDesk.Pane",
        url: "taskpane.html?view=quote&from=selection",
      },
      {
        label: "Refresh report",
        action: "ShowTaskpane",
        pane: "DealDesk.Pane",
        url: "taskpane.html?view=reports&run=refresh",
      },
      {
        label: "Settings",
        action: "ShowTaskpane",
        pane: "DealDesk.Pane",
        url: "taskpane.html?view=settings",
      },
    ]);
    const ids = all
      .filter((e) => e.name === "Control" || e.name === "Group")
      .map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("opens only views the task pane has", () => {
    const paneUrls = all
      .filter((e) => e.name === "SourceLocation" && e.attributes.resid !== undefined)
      .map(urlOf);
    for (const url of paneUrls) {
      const search = new URL(url).search;
      const wanted = new URLSearchParams(search).get("view");
      if (wanted === null) continue;
      expect(VIEW_IDS).toContain(wanted);
      expect(viewFromSearch(search)).toBe(wanted);
    }
  });

  test("has the function file webpack builds (needed by any ExecuteFunction button)", () => {
    const functionFile = all.find((e) => e.name === "FunctionFile");
    expect(urlOf(functionFile as XmlElement)).toBe(`${DEV_URL}commands.html`);
    expect(builtPages).toContain("commands.html");
  });

  test("names the same requirement set on its support page", () => {
    const support = readFileSync(join(ROOT, "assets", "support.html"), "utf8");
    expect(support).toContain(`ExcelApi ${EXCEL_API}`);
  });
});

describe("the production manifest", () => {
  test("has no localhost URL left, every URL under the production address, still well-formed", () => {
    const base = productionUrl({});
    expect(base).toBe(DEFAULT_PRODUCTION_URL);
    const rewritten = rewriteManifestUrls(source, base);
    expect(rewritten).not.toMatch(/localhost/i);
    const urls = urlsIn(parseXml(rewritten));
    expect(urls).toHaveLength(urlsIn(manifest).length);
    for (const url of urls) expect(url.startsWith(new URL(base).origin)).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), "dealdesk-manifest-")), "manifest.xml");
    writeFileSync(file, rewritten);
    expect(() => execFileSync("xmllint", ["--noout", file], { stdio: "pipe" })).not.toThrow();
  });

  test("takes DEALDESK_URL, a path included, and keeps AppDomain an origin", () => {
    const base = productionUrl({ DEALDESK_URL: "https://addins.example.lv/dealdesk" });
    expect(base).toBe("https://addins.example.lv/dealdesk/");
    const rewritten = parseXml(rewriteManifestUrls(source, base));
    expect(
      child(child(rewritten, "DefaultSettings"), "SourceLocation").attributes.DefaultValue
    ).toBe("https://addins.example.lv/dealdesk/taskpane.html");
    expect(child(child(rewritten, "AppDomains"), "AppDomain").text).toBe(
      "https://addins.example.lv"
    );
  });

  test("refuses a production URL Office could not load, saying why", () => {
    expect(() => productionUrl({ DEALDESK_URL: "http://dealdesk.example.com/" })).toThrow(/https/);
    expect(() => productionUrl({ DEALDESK_URL: "dealdesk.example.com" })).toThrow(/not a URL/);
    expect(() => productionUrl({ DEALDESK_URL: "https://example.com/?x=1" })).toThrow(/query/);
  });
});
