// A port for a server a test starts (the API, Redis, a standby). Chosen below the kernel's ephemeral range: a port
// from that range can be taken by any outgoing connection between our check and the server's listen, which is how
// CI once saw EADDRINUSE. Above Chromium's unsafe ports, so a browser may open it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const LOWEST = 20_000;
/** Never the same port twice in one process: two servers a test starts one after the other each get their own. */
const handedOut = new Set<number>();

function ephemeralStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}

/** Free on every interface, as a server listening without a host binds it. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** A free port p with p + each of `alsoFree` free too (a Redis Cluster node's bus port is p + 10000). */
export async function freePort(alsoFree: number[] = []): Promise<number> {
  const top = ephemeralStart() - Math.max(0, ...alsoFree);
  if (top <= LOWEST) throw new Error(`no room for a port below the ephemeral range (${ephemeralStart()})`);
  for (;;) {
    const port = LOWEST + Math.floor(Math.random() * (top - LOWEST));
    const ports = [port, ...alsoFree.map((d) => port + d)];
    if (ports.some((p) => handedOut.has(p))) continue;
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) {
      for (const p of ports) handedOut.add(p);
      return port;
    }
  }
}
