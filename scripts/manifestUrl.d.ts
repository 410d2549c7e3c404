/** Where the dev server serves the add-in; every URL in the source manifest starts with it. */
export declare const DEV_URL: string;
/** Where `npm run build` points the manifest when DEALDESK_URL is not set. */
export declare const DEFAULT_PRODUCTION_URL: string;
/** The production base URL from DEALDESK_URL (https, ending in "/"), else DEFAULT_PRODUCTION_URL. */
export declare function productionUrl(env?: Record<string, string | undefined>): string;
/** The manifest with every dev-server URL pointed at `baseUrl`; throws if localhost would remain. */
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
