#!/usr/bin/env node
// `pnpm gatehouse <command>` runs this bin from node_modules/.bin: pnpm prints no "> script" banner
// for a bin as it does for a package.json script, so standard output carries only the command's
// own output (docs/operations.md#command-line). tsx compiles the TypeScript in this same process.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
