// Runs an emulator's command-line entry point in this process, and exits as soon as the test process
// that started it is gone — so a crashed or killed test run leaves no server behind.
//   node run.js <parent pid> <entry script, relative to this folder> [arguments for it...]
"use strict";
const path = require("path");

const [parentPid, script, ...args] = process.argv.slice(2);
setInterval(() => {
  try {
    process.kill(Number(parentPid), 0);
  } catch {
    process.exit(0);
  }
}, 1000).unref();

const entry = path.resolve(__dirname, script);
process.argv = [process.argv[0], entry, ...args];
require(entry);
