// The bundler replaces __FORECARD_ACTION_VERSION__ with package.json's version, so the bundle
// reads no file at load time and runs when copied alone.
declare const __FORECARD_ACTION_VERSION__: string | undefined;

/** The action's version (package.json at bundle time; "dev" when run from source). */
export const ACTION_VERSION: string =
  typeof __FORECARD_ACTION_VERSION__ === "string" ? __FORECARD_ACTION_VERSION__ : "dev";
