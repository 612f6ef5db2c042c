// Where the API is. h5 is served by the API itself (/m/), so it talks to its own origin; weapp gets the
// address at build time (TARO_APP_API_URL, HTTPS in production as WeChat requires).
declare const LINLI_API_URL: string;

export function apiUrl(): string {
  if (process.env.TARO_ENV === 'h5') {
    const loc = (globalThis as { location?: { origin: string; search: string } }).location;
    const override = loc && new URLSearchParams(loc.search).get('api');
    return override ?? `${loc?.origin ?? ''}/graphql`;
  }
  return LINLI_API_URL;
}

export const wsUrl = (http: string) => http.replace(/^http/, 'ws');
