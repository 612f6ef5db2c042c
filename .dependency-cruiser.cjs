// Imports go down (docs/architecture.md): each app's layers, bottom first, and the rules `npm run deps` checks.
// A file may import its own layer and the layers listed before it; a layer's files that import a layer listed
// after it climb. Every source file must sit in a layer. Folders never import each other in a circle, and
// neither do files.

/** One layer: a name and the files it holds (a regular expression over the path from the repository root). */
const layer = (name, path) => ({ name, path });
/** The files directly in a folder (its subfolders are layers of their own). */
const folder = (dir) => `^${dir}/[^/]+$`;
/** A folder and everything under it. */
const tree = (dir) => `^${dir}/`;

const apps = {
  api: {
    root: 'api/src',
    layers: [
      layer('common', tree('api/src/common')),
      layer('migrations', tree('api/src/migrations')),
      // The WeChat Pay client: HTTP, signatures, notifications. Payment and settlement (profit sharing) both use it.
      layer('wechatpay', tree('api/src/modules/payment/wechatpay')),
      // The modules, each allowed to import only those before it. pricing (the pure pricing pipeline: plain values
      // in, adjustments out) is below everything that prices; store and catalog are the floor of the rest; order sits on
      // what checkout needs; the modules that react to order steps (notify, payment, points, pickup, settlement)
      // sit above it and reach order steps through the contract in common/order-step.ts.
      ...[
        'pricing',
        'store',
        'catalog',
        'auth',
        // Member codes: low, so the counter sale (order) and store sign-up (settlement) can both resolve one.
        'member',
        'address',
        'inventory',
        'routing',
        'slots',
        'promotion',
        'order',
        'notify',
        'payment',
        'points',
        'pickup',
        'settlement',
        'aftersale',
        // Referral commission: reads orders and after-sales cases, pays out through its own transfer provider.
        'referral',
        'dashboard',
        'reliability',
      ].map((m) => layer(`modules/${m}`, folder(`api/src/modules/${m}`))),
      layer('jobs', tree('api/src/jobs')),
      layer('seeders', tree('api/src/seeders')),
      // The GraphQL/HTTP edge: main, server, schema, runtime, the whole request context, database, static files.
      layer('edge', folder('api/src')),
      layer('scripts', tree('api/src/scripts')),
    ],
  },
  miniapp: {
    root: 'miniapp/src',
    layers: [
      layer('generated', tree('miniapp/src/generated')),
      layer('assets', tree('miniapp/src/assets')),
      layer('lib', tree('miniapp/src/lib')),
      layer('strings', '^miniapp/src/strings\\.ts$'),
      // The GraphQL layer: client, transport, error mapping, operations.
      layer('api', tree('miniapp/src/api')),
      layer('state', tree('miniapp/src/state')),
      layer('components', tree('miniapp/src/components')),
      // Screens: pages/<screen>/ and the sub-package screens packages/<package>/<screen>/.
      layer('screens', '^miniapp/src/(pages|packages)/'),
      layer('app', '^miniapp/src/(app\\.(tsx|ts|scss)|app\\.config\\.ts|index\\.html)$'),
    ],
    screens: ['^miniapp/src/pages/[^/]+/', '^miniapp/src/packages/[^/]+/[^/]+/'],
  },
  'store-pos': {
    root: 'store-pos/src',
    layers: [
      layer('generated', tree('store-pos/src/generated')),
      // Stylesheets shared by several screens.
      layer('styles', '^store-pos/src/(styles\\.css|pages/hq\\.css)$'),
      layer('lib', tree('store-pos/src/lib')),
      layer('strings', '^store-pos/src/(strings|hq-strings)\\.ts$'),
      // The GraphQL layer: client, session, connection state, error mapping.
      layer('graphql', tree('store-pos/src/graphql')),
      layer('components', tree('store-pos/src/components')),
      layer('screens', tree('store-pos/src/pages')),
      // The shell: route table, router, frame; main.tsx mounts it.
      layer('app', tree('store-pos/src/app')),
      layer('main', '^store-pos/src/main\\.tsx$'),
    ],
    screens: ['^store-pos/src/pages/[^/]+/'],
  },
};

const forbidden = [];
for (const [app, { root, layers, screens = [] }] of Object.entries(apps)) {
  layers.forEach((from, i) => {
    const above = layers.slice(i + 1);
    if (above.length === 0) return;
    forbidden.push({
      name: `${app}-climbs`,
      comment: `${from.name} imports a layer above it (${above.map((l) => l.name).join(', ')}): move the code down or give ${from.name} an interface it owns`,
      severity: 'error',
      from: { path: from.path },
      to: { path: above.map((l) => l.path) },
    });
  });
  const all = layers.map((l) => l.path);
  forbidden.push({
    name: `${app}-outside-layers`,
    comment: `every file under ${root} belongs to a layer listed in .dependency-cruiser.cjs`,
    severity: 'error',
    from: { path: `^${root}/`, pathNot: all },
    to: {},
  });
  forbidden.push({
    name: `${app}-outside-layers`,
    comment: `every file under ${root} belongs to a layer listed in .dependency-cruiser.cjs`,
    severity: 'error',
    from: { path: `^${root}/` },
    to: { path: `^${root}/`, pathNot: all },
  });
  for (const screen of screens) {
    // A screen is the top: only the app shell opens it. What two screens share goes to components/.
    forbidden.push({
      name: `${app}-screen-imports-screen`,
      comment: 'a screen imports another screen: move what they share into components/ (or lib/)',
      severity: 'error',
      from: { path: `(${screen})` },
      to: { path: screens, pathNot: '$1' },
    });
  }
}

module.exports = {
  forbidden: [
    ...forbidden,
    {
      name: 'no-folder-cycle',
      comment: 'folders import each other in a circle',
      severity: 'error',
      scope: 'folder',
      // An app's root folder holds files of different layers (the entry at the top, strings at the bottom); the
      // layer rules above check those files one by one.
      from: { path: '^(api|miniapp|store-pos)/src/', pathNot: '^(api|miniapp|store-pos)/src/?$' },
      to: { circular: true, pathNot: '^(api|miniapp|store-pos)/src/?$' },
    },
    {
      name: 'no-file-cycle',
      comment: 'files import each other in a circle (an interface and its implementations: keep the factory in a file of its own)',
      severity: 'error',
      from: { path: '^(api|miniapp|store-pos)/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // Type-only imports count: a type from above is a dependency on above.
    tsPreCompilationDeps: true,
    moduleSystems: ['es6', 'cjs'],
    reporterOptions: { text: { highlightFocused: true } },
  },
};
