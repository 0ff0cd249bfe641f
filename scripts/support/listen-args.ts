// `next start` arguments: where it listens (-p/--port, -H/--hostname, PORT) and the rest, so the
// runner can put its front cache on that address and Next on a loopback port behind it.
export type ListenArgs = { port: number; host: string | undefined; rest: string[] };

export function splitListenArgs(args: string[]): ListenArgs {
  const rest: string[] = [];
  let port = Number(process.env.PORT ?? 3000);
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split("=", 2) as [string, string | undefined];
    if (["-p", "--port", "-H", "--hostname"].includes(name)) {
      const value = inline ?? args[++i];
      if (name === "-p" || name === "--port") port = Number(value);
      else host = value;
    } else rest.push(arg);
  }
  return { port, host, rest };
}

/** A URL this machine can reach the address at (a wildcard host is reached on loopback). */
export const localUrl = (port: number, host: string | undefined): string =>
  `http://${!host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${port}`;
