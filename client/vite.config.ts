import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const API = "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    // The API owns these paths. `pnpm dev` starts it with ISSUER=http://localhost:5173, so the page's
    // origin is the issuer's: cookies stay first-party and the API's Origin check passes unchanged.
    proxy: {
      "/api": API,
      "/oauth2": API,
      "/.well-known": API,
      "/logos": API,
    },
  },
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test-setup.ts"],
    mockReset: true,
    restoreMocks: true,
    unstubGlobals: true,
    // The form tests type whole URLs key by key: seconds each on a busy two-core machine.
    testTimeout: 20_000,
    // styles.test.ts reads the stylesheet's text (`?raw`), which vitest otherwise hands over empty.
    css: { include: [/styles\.css/] },
  },
});
