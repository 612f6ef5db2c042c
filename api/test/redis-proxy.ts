// A TCP proxy in front of the test Redis that a test can cut (connections dropped, new ones refused) and restore:
// the API's Redis goes away at a chosen moment while its database stays up. It also counts the commands that
// pass through it, by name (the budgets test's Redis commands per checkout).
import net from 'node:net';
import { RespCommandReader } from './resp-commands';

export async function startRedisProxy(target = { host: '127.0.0.1', port: 6379 }) {
  const sockets = new Set<net.Socket>();
  const commands = new Map<string, number>();
  const count = (name: string) => commands.set(name, (commands.get(name) ?? 0) + 1);
  let server: net.Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        const reader = new RespCommandReader(count);
        client.on('data', (chunk: Buffer) => reader.push(chunk));
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });

  await listen();
  return {
    url: () => `redis://127.0.0.1:${port}/0`,
    /** Commands sent through the proxy so far, by name. */
    commands: (): ReadonlyMap<string, number> => new Map(commands),
    /** Drops every connection and refuses new ones. */
    async cut() {
      const s = server!;
      server = null;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    async restore() {
      if (!server) await listen();
    },
    async close() {
      if (server) await this.cut();
    },
  };
}
