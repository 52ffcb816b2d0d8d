import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs a CLI entry point the way `npm run <name> -- …` does, without npm's banner. */
function cli(entry: string, args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `src/cli/${entry}.ts`, ...args], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("the command line", () => {
  it("says in one Chinese line what is wrong with the arguments, never with a stack trace", () => {
    for (const [entry, args, message] of [
      ["ask", ["区块链", "--foo"], /^错误：参数不对/],
      ["ask", ["区块链", "--k", "99"], /^错误：--k 须为 1 到 20 之间的整数/],
      ["search", [], /^错误：用法：npm run search/],
      ["draft", ["--file", "no-such-notes.txt"], /^错误：读不了文件 no-such-notes.txt/],
    ] as const) {
      const { status, stderr } = cli(entry, [...args]);
      expect(status, `${entry} ${args.join(" ")}`).toBe(1);
      expect(stderr.trim()).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
