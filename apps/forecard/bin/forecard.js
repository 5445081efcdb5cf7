#!/usr/bin/env node
// The installed `forecard` command: the bundle (dist/forecard.cjs), compiled from a code cache
// kept between runs (compile-cache.js). Node 22.1+ also keeps compiled code for what the bundle
// loads from node_modules, such as the browser driver `report` uses; older Node lines skip that.
import module from "node:module";
import { fileURLToPath } from "node:url";
import { runBundle } from "./compile-cache.js";

module.enableCompileCache?.();
runBundle(fileURLToPath(new URL("../dist/forecard.cjs", import.meta.url)));
