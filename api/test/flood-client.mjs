// Anonymous clients flooding the API with one GraphQL request, each sending the next as soon as the last is answered,
// in a process of their own (as attackers would be: their CPU is not the API's). Reads one JSON line on stdin:
// { url, query, variables, clients, ms, address: 'fixed' | 'rotating' }; writes the answers by status and code, and
// the requests answered with data, as one JSON line when done.
import { createInterface } from 'node:readline';

const line = await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
const { url, query, variables, clients, ms, address } = JSON.parse(line);
const outcomes = {};
let served = 0;
const until = Date.now() + ms;
await Promise.all(
  Array.from({ length: clients }, async (_, n) => {
    while (Date.now() < until) {
      const from = address === 'rotating' ? `10.${n}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` : `10.3.0.${n}`;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json().catch(() => undefined);
      const code = body?.errors?.[0]?.extensions?.code;
      const key = `${res.status}${code ? ` ${code}` : ''}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      if (res.status === 200 && body?.data) served++;
    }
  }),
);
process.stdout.write(`${JSON.stringify({ outcomes, served })}\n`);
