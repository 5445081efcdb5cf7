import { afterEach } from "vitest";

// Most tests here run the command with spawnSync, which blocks the worker. Vitest's worker waits
// for answers to its progress messages and gives up after 60 s; a file of sync tests longer than
// that never lets the answers in. Yielding to the event loop after each test lets them arrive.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
