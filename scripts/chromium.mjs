// Debian's Chromium, as the browser tests and the benchmark launch it
// through playwright-core (which never downloads a browser).

/** The browser: Debian's `chromium` package, or `$CHROMIUM`. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Flags for a headless run in a container: no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
