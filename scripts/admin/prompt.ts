// Line prompts on stdin that work on a terminal (password typed without echo) and from a pipe
// (answers read line by line, so a test or a script can drive the command).
import readline from "node:readline";

export type Prompter = { ask(question: string, opts?: { hidden?: boolean }): Promise<string>; close(): void };

export function createPrompter(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stdout,
): Prompter {
  const terminal = Boolean(input.isTTY);
  const rl = readline.createInterface({ input, output, terminal });
  let muted = false;
  // readline echoes what is typed through this method; muting it hides the password on a terminal.
  const internal = rl as unknown as { _writeToOutput: (s: string) => void };
  internal._writeToOutput = (s: string) => {
    if (!muted) output.write(s);
  };
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, opts = {}) {
      output.write(question);
      muted = Boolean(opts.hidden) && terminal;
      try {
        const next = await lines.next();
        if (next.done) throw new Error("Input ended before every question was answered.");
        return next.value;
      } finally {
        if (muted) output.write("\n");
        muted = false;
      }
    },
    close: () => rl.close(),
  };
}
