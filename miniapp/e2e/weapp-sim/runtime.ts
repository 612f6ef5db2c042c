// WeChat's app and page framework, as far as miniprogram-simulate does not play it. simulate (j-component on
// exparser, WeChat's component system, rendering through the wcc-compiled templates) only knows Component():
// App, Page, getApp and getCurrentPages are stood in for here, then the built app.js runs as WeChat would run it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { WCC_OUTPUT_LIMIT } from './compilers';

const require = createRequire(__filename);

type Options = Record<string, unknown>;
type Hook = (this: unknown, ...args: unknown[]) => unknown;

export interface SimComponent {
  dom: HTMLElement;
  instance: Record<string, unknown>;
  querySelector(selector: string): SimComponent | undefined;
  querySelectorAll(selector: string): SimComponent[];
  dispatchEvent(name: string, options?: Options): void;
  attach(parent: Element): void;
  detach(): void;
}

interface Simulate {
  load(componentPath: string, options: Options): string;
  render(id: string, properties?: Options): SimComponent;
}

export interface WeappRuntime {
  /** Opens a page as WeChat would (onLoad with its query, onShow, onReady) and returns its rendered root. */
  open(route: string, query?: Record<string, string>): SimComponent;
  close(page: SimComponent): void;
}

/**
 * Installs `wx` (the given calls over simulate's own stand-ins) and the framework globals, runs app.js and
 * launches the app. One runtime per test file: app.js and each page register once, as in WeChat.
 */
export function startWeapp(
  root: string,
  wx: Options,
  launch: Options = { path: 'pages/home/index', query: {}, scene: 1001 },
): WeappRuntime {
  const g = globalThis as unknown as Options;
  g.wx = wx;
  const simulate = require('miniprogram-simulate') as Simulate;
  const loadOptions = { compiler: 'official', rootPath: root, compilerOptions: { maxBuffer: WCC_OUTPUT_LIMIT } };

  let app: Options | null = null;
  const stack: Options[] = [];
  let opening: { route: string; query: Record<string, string> } | null = null;

  g.App = (options: Options) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => [...stack];
  // A page is a component whose attachment is the page's load and show, and whose ready is its first render.
  g.Page = (options: Options) => {
    const methods: Record<string, Hook> = {};
    const fields: Options = {};
    for (const [key, value] of Object.entries(options)) {
      if (typeof value === 'function') methods[key] = value as Hook;
      else if (key !== 'data') fields[key] = value;
    }
    const { route, query } = opening!;
    (g.Component as (o: Options) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Options & Record<string, Hook>) {
          Object.assign(this, fields, { route, __route__: route, options: query });
          stack.push(this);
          this.onLoad?.call(this, query);
          this.onShow?.call(this);
        },
        ready(this: Record<string, Hook>) {
          this.onReady?.call(this);
        },
        detached(this: Options & Record<string, Hook>) {
          this.onUnload?.call(this);
          stack.splice(stack.indexOf(this), 1);
        },
      },
    });
  };

  require(path.join(root, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launched = app as Record<string, Hook>;
  launched.onLaunch?.call(launched, launch);
  launched.onShow?.call(launched, launch);

  // Taro's recursive `comp` component registers on its first load only (its module then sits in webpack's cache),
  // so every page uses that one registration.
  const comp = simulate.load(path.join(root, 'comp'), loadOptions);

  return {
    open(route, query = {}) {
      opening = { route, query };
      try {
        const id = simulate.load(path.join(root, route), { ...loadOptions, usingComponents: { comp } });
        const page = simulate.render(id);
        page.attach(document.createElement('page-wrapper'));
        return page;
      } finally {
        opening = null;
      }
    },
    close(page) {
      page.detach();
    },
  };
}
