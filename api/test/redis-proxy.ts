// A TCP proxy in front of the test Redis that a test can cut (connections dropped, new ones refused) and restore:
// the API's Redis goes away at a chosen moment while its database stays up.
import net from 'node:net';

export async function startRedisProxy(target = { host: '127.0.0.1', port: 6379 }) {
  const sockets = new Set<net.Socket>();
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
