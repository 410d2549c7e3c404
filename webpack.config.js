// Builds the three pages of the add-in (after Microsoft's `yo office` React template):
//   taskpane.html   the task pane Excel opens (loads office.js from Microsoft's CDN)
//   commands.html   the ribbon's function file (loads office.js)
//   workbench.html  the same task pane over an .xlsx file in any browser (no office.js);
//                   index.html is the same page, so the dev server shows it at /
// plus assets/ and manifest.xml, whose dev-server URLs the production build rewrites to
// DEALDESK_URL (default https://dealdesk.example.com/, see scripts/manifestUrl.js).
//
// Environment:
//   DEALDESK_URL    production base URL written into dist/manifest.xml (https)
//   DEALDESK_HTTP=1 dev server over plain http (the default on Linux, where Excel cannot sideload
//                   and the workbench needs no certificate); elsewhere https with office-addin-dev-certs
//   DEALDESK_DIST   output folder instead of dist/ (the build test uses a temporary one)
//   DEALDESK_PORT   dev server port instead of 3000 (workbench only; the manifest says 3000)
"use strict";

const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionUrl, rewriteManifestUrls } = require("./scripts/manifestUrl.js");
const { PAGES, TASKPANE_GZIP_BUDGET_KB, devServerPort } = require("./scripts/buildConfig.js");

/** Bytes as KB for the size report: whole KB, with one decimal under 10 KB (e.g. "0.1", "612"). */
function kilobytes(bytes) {
  const kb = bytes / 1024;
  return kb < 10 ? kb.toFixed(1) : String(Math.round(kb));
}

/**
 * After a production build, prints each page's initial JavaScript (every .js file the page loads
 * before it runs, shared chunks included) raw and gzipped, e.g.
 * "taskpane initial JS: 612 KB, gzip 178 KB", and warns when the task pane exceeds its budget.
 */
class InitialJsSizePlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InitialJsSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification, while the assets' contents are still in memory.
        { name: "InitialJsSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const [name, entrypoint] of compilation.entrypoints) {
            let raw = 0;
            let gzip = 0;
            for (const file of entrypoint.getFiles()) {
              if (!file.endsWith(".js")) continue;
              const bytes = compilation.getAsset(file).source.buffer();
              raw += bytes.length;
              gzip += zlib.gzipSync(bytes, { level: 9 }).length;
            }
            console.log(`${name} initial JS: ${kilobytes(raw)} KB, gzip ${kilobytes(gzip)} KB`);
            if (name === "taskpane" && gzip / 1024 > TASKPANE_GZIP_BUDGET_KB) {
              compilation.warnings.push(
                new WebpackError(
                  `taskpane initial JS is ${kilobytes(gzip)} KB gzipped, over the ${TASKPANE_GZIP_BUDGET_KB} KB budget: ` +
                    "import Fluent components and icons one by one, and keep exceljs out of the task pane"
                )
              );
            }
          }
        }
      );
    });
  }
}

/** Plain http on Linux (no sideloading there) or with DEALDESK_HTTP=1; https elsewhere. */
function devServerUsesHttp() {
  return process.platform === "linux" || process.env.DEALDESK_HTTP === "1";
}

async function devServerHttpsOptions() {
  // Installs the localhost development certificate on first use (asks for consent).
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // Resolve the production URL up front so a bad DEALDESK_URL stops the build with its reason.
  const manifestBaseUrl = dev ? undefined : productionUrl();

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: process.env.DEALDESK_DIST
        ? path.resolve(process.env.DEALDESK_DIST)
        : path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs resolves through its package.json "browser" field to dist/exceljs.min.js,
      // which bundles its own Node shims: no resolve.fallback needed.
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules out, so webpack can tree-shake (tsconfig's commonjs is for Node and Jest).
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
            },
          },
        },
        {
          // The pure layers (STYLE.md) have no import-time effects: let webpack drop unused modules.
          test: /[\\/]src[\\/](core|sheets|jobs)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.(png|jpe?g|gif|svg|woff2?|ttf)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash][ext]" },
        },
      ],
    },
    optimization: {
      // Modules two pages share (React, Fluent, our own layers) go into shared chunks once.
      splitChunks: { chunks: "all" },
    },
    // Sizes are reported by InitialJsSizePlugin against the task pane's budget instead.
    performance: { hints: false },
    plugins: [
      ...PAGES.flatMap((page) =>
        page.filenames.map(
          (filename) =>
            new HtmlWebpackPlugin({
              filename,
              template: page.template,
              chunks: [page.name],
              favicon: page.name === "workbench" ? "./assets/icon-32.png" : undefined,
            })
        )
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: dev
              ? undefined
              : (content) => rewriteManifestUrls(content.toString("utf8"), manifestBaseUrl),
          },
        ],
      }),
      ...(dev ? [] : [new InitialJsSizePlugin()]),
    ],
    devServer: {
      host: "localhost",
      port: devServerPort(),
      headers: { "Access-Control-Allow-Origin": "*" },
      server:
        !serving || devServerUsesHttp()
          ? "http"
          : { type: "https", options: await devServerHttpsOptions() },
      static: false,
      hot: true,
      client: { overlay: { warnings: false } },
    },
  };
};
