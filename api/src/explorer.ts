// GraphiQL at GET /graphql for a browser, outside production: the page, React and GraphiQL's script and styles
// are all served by the API from its own node_modules, so the explorer works with no internet (Apollo's landing
// page, Apollo Sandbox, loads from Apollo's CDN and is turned off in server.ts).
import type { Express, Request } from 'express';
import path from 'node:path';

export const EXPLORER_ASSETS = '/graphql-explorer';

// Package and file within it; the packages' "exports" do not list their UMD builds, so files are found from
// each package's root.
const ASSETS: Record<string, [string, string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
};

const fileOf = ([pkg, file]: [string, string]) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

// A first query that answers without signing in: the stores nearest Nanjing East Road (SH-001 first).
const DEFAULT_QUERY = `# 需要登录的操作：在 Headers 里填 {"authorization": "Bearer <token>"}
query NearbyStores {
  nearbyStores(location: { lat: 31.2387, lng: 121.4805, system: WGS84 }, first: 3) {
    nodes {
      distanceM
      deliversHere
      store { code name address }
    }
  }
}
`;

const page = () => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>邻里 GraphQL</title>
<link rel="stylesheet" href="${EXPLORER_ASSETS}/graphiql.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">加载中…</div>
<script src="${EXPLORER_ASSETS}/react.js"></script>
<script src="${EXPLORER_ASSETS}/react-dom.js"></script>
<script src="${EXPLORER_ASSETS}/graphiql.js"></script>
<script>
  const url = location.origin + '/graphql';
  // Subscriptions go over graphql-ws on the same path, as the apps' do.
  const fetcher = GraphiQL.createFetcher({ url, subscriptionUrl: url.replace(/^http/, 'ws') });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>
`;

/** A browser opening /graphql (not a client sending a query by GET). */
const wantsPage = (req: Request) => req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';

export function mountExplorer(app: Express): void {
  const html = page();
  app.get(`${EXPLORER_ASSETS}/:file`, (req, res, next) => {
    const asset = ASSETS[req.params.file as string];
    if (!asset) return next();
    res.sendFile(fileOf(asset), { maxAge: '1d' });
  });
  app.get('/graphql', (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.type('html').set('cache-control', 'no-cache').send(html);
  });
}
