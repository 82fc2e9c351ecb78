/** An error for the user: printed as `fourmi CMD: message` (then each detail line), exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
    /** The API's error code (`extensions.code`), when the error came from it: lets a command add a hint. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong: the message is followed by a pointer to `--help`. */
export class UsageError extends CliError {
  override name = 'UsageError';
}
