#!/usr/bin/env node
import { processIo } from "./cliIo";
import { runCli } from "./program";

// The `dealdesk` command: `npm run -s dealdesk -- ARGS` in a checkout, `dealdesk ARGS` when installed.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
