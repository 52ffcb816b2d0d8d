import { isAppError } from "../errors.js";

/** Runs a command-line entry point: an AppError prints its message and exits 1, without a stack trace. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isAppError(error)) {
      console.error(`error (${error.code}): ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
