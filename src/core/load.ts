/**
 * Transitional: scripts/build.js names this file as an entry point and calls
 * parseLadder. The loader lives in load/; remove this file once the build
 * points at load/index.ts.
 */
export { LIMITS, loadLadderFile, loadLadderText, loadLadderText as parseLadder, readLadderSource } from "./load/index.js";
