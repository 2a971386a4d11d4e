// Before the e2e tests: one clear line, and a failing exit, when Debian's Chromium is missing.
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium is missing at ${chromium}: run \`bash scripts/install-chromium.sh\` (Debian's chromium package), then \`pnpm test\` again.`,
  );
  process.exit(1);
}
