// What the page's WebSockets did (opened, closed with which code, failed), kept in the page, so that a test waiting
// on the live feed can say why it waited in vain: the browser's protocol events do not carry close codes.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __sockets?: string[];
  }
}

export async function recordSockets(page: Page): Promise<() => Promise<string>> {
  await page.addInitScript(() => {
    const log: string[] = (window.__sockets = []);
    const Native = window.WebSocket;
    const t0 = Date.now();
    class Recorded extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        this.addEventListener('open', () => log.push(`${Date.now() - t0} ms open`));
        this.addEventListener('error', () => log.push(`${Date.now() - t0} ms error`));
        this.addEventListener('close', (e) => log.push(`${Date.now() - t0} ms close ${e.code} ${e.reason}`));
      }
    }
    window.WebSocket = Recorded;
  });
  return async () => ((await page.evaluate(() => window.__sockets ?? []).catch(() => [])) as string[]).join('\n');
}
