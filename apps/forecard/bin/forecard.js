#!/usr/bin/env node
// The installed `forecard` command. Node 22.1+ keeps compiled code between runs (the module compile
// cache), which roughly halves start-up; older Node lines simply skip it.
import module from "node:module";

module.enableCompileCache?.();
await import("../dist/main.js");
