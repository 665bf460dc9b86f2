// Runs every GraphQL-over-HTTP server audit of graphql-http against a hub's /graphql endpoint.
//
//   npm ci && node audit.mjs http://127.0.0.1:5080/graphql hub_xxxxxxxx_...
//
// The key may also come from the HUB_API_KEY environment variable (keeps it out of shell history).
// Prints every audit that did not pass, then a summary line. Exit code: 0 when no audit reported an error (a failed
// MUST) or a warning (a failed SHOULD); 1 when one did; 2 when the audit could not run (usage, server unreachable).
// Notices (a server declining an optional MAY) are printed but do not fail the run.
import { serverAudits } from 'graphql-http';

if (typeof fetch !== 'function') {
  console.error(`fatal: Node.js ${process.version} has no fetch; the audit needs Node.js 18 or newer`);
  process.exit(2);
}

const [url, keyArgument] = process.argv.slice(2);
const key = keyArgument ?? process.env.HUB_API_KEY;
if (!url || !key) {
  console.error('usage: node audit.mjs URL API_KEY   (e.g. node audit.mjs http://127.0.0.1:5080/graphql hub_...)');
  console.error('       the key may instead be given in HUB_API_KEY; create one with: hub apikey create --role reader');
  process.exit(2);
}

// Every request of the audit must carry the key; without it the hub answers 401 and every audit would fail.
// The audits pass headers as a plain object (or none at all), so they are copied into a Headers instance.
const fetchWithKey = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${key}`);
  return fetch(input, { ...init, headers });
};

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
// One at a time: the results come out in the audit list's order, and the run stays far below any rate limit.
for (const audit of serverAudits({ url, fetchFn: fetchWithKey })) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    console.error(`fatal: audit ${audit.id} "${audit.name}" could not run against ${url}: ${error?.cause?.message ?? error}`);
    process.exit(2);
  }
  counts[result.status]++;
  if (result.status === 'ok') continue;

  let body = '';
  try {
    body = await result.response.text();
  } catch {
    body = '(body already read by the audit)';
  }
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}`);
  console.log(`  reason:   ${result.reason}`);
  console.log(`  response: ${result.response.status} ${result.response.headers.get('content-type') ?? '(no content-type)'} ${body.slice(0, 500)}`);
}

console.log(`${counts.ok} ok, ${counts.notice} notices, ${counts.warn} warnings, ${counts.error} errors`);
process.exit(counts.error + counts.warn > 0 ? 1 : 0);
