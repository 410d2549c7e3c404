// ESLint: Microsoft's office-addins rules (React flavour, with Prettier), typed TypeScript rules
// for async hygiene, and the import boundaries of STYLE.md.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// The office-addins config brings its own @typescript-eslint plugin (for .ts); reuse that object for .tsx.
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])
  .plugins["@typescript-eslint"];
const tsParser = tseslint.parser;

const officeGlobals = ["Excel", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/host/office touches the Office API; go through the workbook port.",
}));

export default [
  {
    ignores: [
      "dist/**",
      "lib/**",
      "out/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "bin/**",
      "*.config.js",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tsParser } },
  {
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-explicit-any": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/host/xlsx/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "exceljs", message: "Only src/host/xlsx imports exceljs." }] },
      ],
    },
  },
  // Boundaries: core imports nothing of ours; sheets only core; jobs only core, sheets and the port type.
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(sheets|jobs|host|taskpane|cli|workbench|commands)(/|$)",
              message: "core is pure: it imports nothing from the other layers.",
            },
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "fs", "node:*"],
              message: "core is pure: no imports from other layers, hosts or I/O.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/sheets/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(jobs|host/office|host/xlsx|taskpane|cli|workbench|commands)(/|$)",
              message: "sheets depends on core and the port types only.",
            },
            {
              group: ["exceljs", "react", "@fluentui/*", "fs", "node:*"],
              message: "sheets depends on core and the port types only.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/jobs/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(host/office|host/xlsx|taskpane|cli|workbench|commands)(/|$)",
              message: "jobs go through the WorkbookPort, never an adapter.",
            },
            {
              group: ["exceljs", "react", "@fluentui/*"],
              message: "jobs go through the WorkbookPort, never an adapter.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/taskpane/**", "src/cli/**", "src/workbench/**", "src/host/xlsx/**"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
];
