// The mini-program's access token from WeChat's stable_token endpoint, cached until shortly before it expires;
// shared by every server-side WeChat call (shipping info, subscribe messages).
export class WechatAccessToken {
  private token?: { value: string; until: number };

  constructor(
    private readonly app: { appId: string; appSecret: string },
    private readonly fetchImpl: typeof fetch = fetch,
    readonly baseUrl = 'https://api.weixin.qq.com',
  ) {}

  async get(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value;
    const res = await this.fetchImpl(`${this.baseUrl}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: this.app.appId, secret: this.app.appSecret }),
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
    if (!answer.access_token) throw new Error(`stable_token failed: ${answer.errcode} ${answer.errmsg ?? ''}`);
    this.token = { value: answer.access_token, until: Date.now() + ((answer.expires_in ?? 7200) - 300) * 1000 };
    return answer.access_token;
  }

  /** After WeChat says the token is revoked or expired (40001, 42001): the next call fetches a new one. */
  forgetIf(errcode: number | undefined): void {
    if (errcode === 40001 || errcode === 42001) this.token = undefined;
  }

  /** POSTs JSON to a server API (`/cgi-bin/...`, `/wxa/...`) with the token, and returns WeChat's answer. */
  async post(path: string, body: unknown): Promise<{ errcode?: number; errmsg?: string }> {
    const token = await this.get();
    const res = await this.fetchImpl(`${this.baseUrl}${path}?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await res.json()) as { errcode?: number; errmsg?: string };
    this.forgetIf(answer.errcode);
    return answer;
  }
}
