import { AppError, isAppError } from "../errors.js";

/**
 * Runs a command-line entry point: an AppError, or an option the command does not know, prints its message and
 * exits 1, without a stack trace.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isAppError(error)) {
      console.error(`错误：${error.message}`);
      process.exit(1);
    }
    // node:util parseArgs: an unknown option, a missing value, a stray argument.
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      console.error(`错误：参数不对（${(error as Error).message}）`);
      process.exit(1);
    }
    throw error;
  }
}

/** An option's value as a whole number from 1 to `max`, or a bad_request naming the option. */
export function wholeNumber(value: string | undefined, option: string, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new AppError("bad_request", `${option} 须为 1 到 ${max} 之间的整数`);
  }
  return number;
}
