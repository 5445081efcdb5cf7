#!/usr/bin/env node
// The installed `forecard` command: the bundle (dist/forecard.cjs), compiled from a code cache
// kept between runs (compile-cache.cjs). CommonJS, like the bundle, because starting Node's
// ES module loader for the entry alone cost about 20 ms (measured). Node 22.1+ also keeps compiled
// code for what the bundle loads from node_modules, such as the browser driver `report` uses.
"use strict";
const { enableCompileCache } = require("node:module");
const { join } = require("node:path");
const { runBundle } = require("./compile-cache.cjs");

enableCompileCache?.();
runBundle(join(__dirname, "../dist/forecard.cjs"));
