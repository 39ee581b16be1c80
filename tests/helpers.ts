/** Running ladder the two ways the tests need: in-process (fast) and as the built binary (the way a user does). */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { run } from "../src/cli/main.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const binPath = path.join(repoRoot, "bin", "ladder.js");
export const fixture = (name: string) => path.join(repoRoot, "tests", "fixtures", name);

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  env?: Record<string, string | undefined>;
  /** Pretend standard output is a terminal of this many columns. */
  tty?: boolean;
  columns?: number;
  stdinTTY?: boolean;
  /** What standard input holds (nothing when left out). */
  input?: string | Uint8Array;
  /** Pretend standard error is a terminal of this many columns. */
  stderrColumns?: number;
  /** The height of the pretended terminal on standard output. */
  rows?: number;
}

/** Runs the command line in this process with captured streams. */
export async function runCli(args: string[], options: InProcessOptions = {}): Promise<Result> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: options.columns ?? 80, ...(options.rows !== undefined ? { rows: options.rows } : {}) },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrColumns !== undefined, ...(options.stderrColumns !== undefined ? { columns: options.stderrColumns } : {}) },
    stdin: {
      isTTY: options.stdinTTY ?? false,
      chunks: async function* () {
        if (options.input !== undefined) yield options.input;
      },
    },
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A clean environment for the binary: no colour or width settings leak in from the test runner. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8" };
  return { ...env, ...extra };
}

/** Runs the built binary as a subprocess (npm test builds it first). */
export function runBin(args: string[], options: { env?: Record<string, string>; input?: string } & Pick<SpawnSyncOptions, "cwd"> = {}): Result {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: cleanEnv(options.env),
    input: options.input ?? "",
    encoding: "utf-8",
    timeout: 20_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
