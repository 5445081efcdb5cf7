import { accessSync, constants } from "node:fs";

/** Environment variables checked, in order, for a Chrome or Chromium binary. */
export const BROWSER_ENV_VARIABLES = [
  "FORECARD_CHROMIUM",
  "PUPPETEER_EXECUTABLE_PATH",
  "CHROME_PATH",
] as const;

/** Where Chromium or Chrome is usually installed, per platform. */
export const KNOWN_BROWSER_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

/** No usable browser: what to do about it is in the message. */
export class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      `no Chrome or Chromium found (tried ${tried.join(", ")}); install one (Debian/Ubuntu: apt-get install chromium fonts-dejavu-core) or set FORECARD_CHROMIUM to its path`,
    );
  }
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the browser the way users expect: an environment variable first, then known paths.
 * A variable that is set but points nowhere is an error, not something to skip silently.
 * @throws BrowserNotFoundError with how to install one.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  candidates = KNOWN_BROWSER_PATHS,
): string {
  for (const name of BROWSER_ENV_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (executable(value)) return value;
    throw new BrowserNotFoundError([`${name}=${value} (not an executable file)`]);
  }
  const found = candidates.find(executable);
  if (found) return found;
  throw new BrowserNotFoundError([...BROWSER_ENV_VARIABLES.map((n) => `$${n}`), ...candidates]);
}

/**
 * Chromium flags for a locked-down, offline, headless renderer. The network is cut from outside
 * the page, whatever a template says: every host name resolves to nothing, every connection
 * (loopback included) goes to a proxy that does not exist, and speculative connections
 * (preconnect, prefetch, DNS prefetch, prerender) are off.
 */
export const BROWSER_ARGS = [
  "--host-resolver-rules=MAP * ~NOTFOUND",
  // Port 9 of an unroutable address: the proxy is nowhere, so nothing is ever fetched through it.
  "--proxy-server=http://0.0.0.0:9",
  "--proxy-bypass-list=<-loopback>",
  "--dns-prefetch-disable",
  "--no-pings",
  "--no-referrers",
  "--disable-features=NetworkPrediction,NetworkService.Preconnect,Prerender2,SpeculationRulesPrefetchFuture,LinkPreview,PreloadMediaEngagementData,AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
  "--disable-extensions",
  "--mute-audio",
  "--font-render-hinting=none",
];
