#!/usr/bin/env node
// Installed entry point of the `dealdesk` command: runs the TypeScript sources through tsx.
require("tsx/cjs");
require("../src/cli/main.ts");
