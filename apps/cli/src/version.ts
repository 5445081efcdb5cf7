import { readFileSync } from "node:fs";

/** The version of Forecard, from this package's package.json. */
export const FORECARD_VERSION: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
