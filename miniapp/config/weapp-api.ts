// Where the weapp build sends its requests, and what WeChat DevTools is told about it. The shipped
// project.config.json keeps urlCheck on: a release must talk to an HTTPS domain on the mini-program's request
// and socket whitelists (mp.weixin.qq.com). A build for a plain-HTTP API (the default, the API of `npm start`)
// also gets project.private.config.json, which DevTools lays over project.config.json, with urlCheck off.
export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

export function weappApiUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TARO_APP_API_URL || DEFAULT_API_URL;
}

/** DevTools' own check of request domains has to be off for an API that is not HTTPS (development only). */
export function needsUrlCheckOff(apiUrl: string): boolean {
  return !apiUrl.startsWith('https://');
}
