// The manifest's URLs: the source manifest.xml points at the dev server; the production build
// rewrites them to where the add-in is hosted. Used by webpack.config.js and test/manifest.
"use strict";

/** Where the dev server serves the add-in; every URL in the source manifest starts with it. */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = new URL(DEV_URL).origin;

/** Where `npm run build` points the manifest when DEALDESK_URL is not set. */
const DEFAULT_PRODUCTION_URL = "https://dealdesk.example.com/";

/**
 * The production base URL: DEALDESK_URL from the environment, else DEFAULT_PRODUCTION_URL.
 * Always https, without query or fragment, ending in "/".
 * @example productionUrl({ DEALDESK_URL: "https://addins.example.lv/dealdesk" }) → "https://addins.example.lv/dealdesk/"
 */
function productionUrl(env = process.env) {
  const raw = (env.DEALDESK_URL || "").trim() || DEFAULT_PRODUCTION_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `DEALDESK_URL "${raw}" is not a URL; give the https address the add-in is served from, e.g. ${DEFAULT_PRODUCTION_URL}`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `DEALDESK_URL "${raw}" must start with https:// (Office loads add-ins only over https)`
    );
  }
  if (url.search || url.hash) {
    throw new Error(`DEALDESK_URL "${raw}" must be a base address, without ?query or #fragment`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest with every dev-server URL pointed at `baseUrl` (a production base URL as returned
 * by productionUrl): "https://localhost:3000/x" → baseUrl + "x", and the bare origin (AppDomain)
 * → baseUrl's origin. Throws when a dev-server address would remain.
 * @example rewriteManifestUrls('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', "https://dealdesk.example.com/")
 *   → '<SourceLocation DefaultValue="https://dealdesk.example.com/taskpane.html"/>'
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = new URL(baseUrl);
  const rewritten = xml.split(DEV_URL).join(base.href).split(DEV_ORIGIN).join(base.origin);
  if (base.origin !== DEV_ORIGIN && /\/\/localhost[:/"<]/.test(rewritten)) {
    throw new Error(`manifest.xml still points at localhost after rewriting to ${base.href}`);
  }
  return rewritten;
}

module.exports = { DEV_URL, DEFAULT_PRODUCTION_URL, productionUrl, rewriteManifestUrls };
