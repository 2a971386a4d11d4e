import { prepareBrowserRun } from "@gatehouse/server/test-support/prepare-browser-run";

/** Before any journey: Chromium must be there, and the SPA built from the current sources. */
export default function setup() {
  prepareBrowserRun();
}
