/**
 * Runs the REAL weapp build (dist/weapp, from `npm run build:weapp`) under
 * miniprogram-simulate, so breakage that only shows in the mini-program output
 * (templates, runtime chunks, setData paths, event wiring) fails a test.
 *
 * How it works:
 * 1. Checks dist/weapp exists and makes WeChat's wcc/wcsc compiler binaries executable.
 * 2. Requires miniprogram-simulate (which installs its mock `wx`), overrides the `wx`
 *    calls the app makes with recording stubs, and defines App/Page/Component/
 *    getApp/getCurrentPages that capture the configs Taro builds.
 * 3. Evaluates app.js (which pulls in common/vendors/taro/runtime), comp.js and each
 *    page's js with a tiny CommonJS evaluator (jest's transform never touches them).
 * 4. Compiles every WXML of the build with wcc (the official compiler) in one pass,
 *    registers Taro's recursive `comp` and each page (a captured Page config wrapped
 *    as a component, lifecycles and `eh` as methods) with j-component, renders it, and
 *    drives onLoad/onShow/onReady like the WeChat client does.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
/** The build under test; WEAPP_DIST points elsewhere (e.g. a copy) when needed. */
export const DIST = path.resolve(ROOT, process.env.WEAPP_DIST ?? 'dist/weapp');

type AnyFn = (...args: any[]) => any;
type Config = Record<string, any>;

/** One call of a cloud function, whether it went over wx.request or wx.cloud.callFunction. */
export interface FunctionCall {
  fn: string;
  action: string;
  data: unknown;
  via: 'request' | 'cloud';
  authorization?: string;
}

/** A body to answer with: an envelope (`{ ok: true, data }` / `{ ok: false, error }`). */
export type Answer = unknown | ((call: FunctionCall) => unknown);

export interface WxStub {
  storage: Map<string, unknown>;
  navigateTo: string[];
  redirectTo: string[];
  switchTab: string[];
  navigateBack: number;
  toasts: { title: string; icon?: string }[];
  modals: { title?: string; content?: string }[];
  tabBarBadges: { index: number; text: string }[];
  calls: FunctionCall[];
  /** Calls no `answer` covered; each got a failure envelope. */
  unanswered: FunctionCall[];
  /** Answer `fn`.`action` with this envelope (or a function of the call) from now on. */
  answer(fn: string, action: string, body: Answer): void;
  /** What wx.showModal resolves with (default: cancel). */
  modalConfirms: boolean;
}

export interface OpenPage {
  /** The j-component root: `.dom` is the rendered DOM, `.querySelector('#id')` finds WXML nodes. */
  comp: any;
  /** The page instance Taro set up (this of onLoad). */
  instance: any;
  text(): string;
  /** Waits until the rendered text contains `text` (Taro renders asynchronously). */
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  /** Taps the WXML node with this id (Taro puts the JSX `id` prop there) and lets the handler run. */
  tap(id: string): Promise<void>;
  close(): void;
}

export interface Weapp {
  wx: WxStub;
  app: Config;
  open(pagePath: string, query?: Record<string, string>): Promise<OpenPage>;
}

const BUILD_HINT = 'Run `npm run build:weapp` (taro build --type weapp) first, then run the weapp tests again.';

function assertBuilt(pagePaths: string[]): void {
  if (!fs.existsSync(path.join(DIST, 'app.json'))) {
    throw new Error(`There is no weapp build at ${DIST}. ${BUILD_HINT}`);
  }
  const missing = ['app.js', 'runtime.js', 'taro.js', 'base.wxml', 'utils.wxs', 'comp.js', 'comp.json', 'comp.wxml']
    .concat(pagePaths.flatMap((p) => [`${p}.js`, `${p}.json`, `${p}.wxml`]))
    .filter((f) => !fs.existsSync(path.join(DIST, f)));
  if (missing.length) {
    throw new Error(`The weapp build in ${DIST} is incomplete: missing ${missing.join(', ')}. ${BUILD_HINT}`);
  }
  warnIfStale();
}

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function warnIfStale(): void {
  const built = fs.statSync(path.join(DIST, 'app.js')).mtimeMs;
  const sources = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'config')));
  if (sources > built) {
    console.warn(`dist/weapp is older than src/ or config/: these tests run the old build. ${BUILD_HINT}`);
  }
}

/** A clean `npm install` leaves WeChat's wcc/wcsc binaries without the executable bit. */
function makeCompilerExecutable(): void {
  const pkg = require.resolve('miniprogram-compiler/package.json');
  const platformDir = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux';
  const binDir = path.join(path.dirname(pkg), 'bin', platformDir);
  for (const name of fs.readdirSync(binDir)) fs.chmodSync(path.join(binDir, name), 0o755);
}

/** CommonJS evaluator for the build's own `require("./common")` chain (outside jest's transform). */
function makeRunner(): (file: string) => unknown {
  const cache = new Map<string, { exports: unknown }>();
  const run = (abs: string): unknown => {
    const file = abs.endsWith('.js') ? abs : `${abs}.js`;
    const hit = cache.get(file);
    if (hit) return hit.exports;
    const mod = { exports: {} };
    cache.set(file, mod);
    const code = fs.readFileSync(file, 'utf8');
    const localRequire = (spec: string) => {
      if (!spec.startsWith('.')) throw new Error(`${path.relative(DIST, file)} requires "${spec}", which a mini-program cannot`);
      return run(path.resolve(path.dirname(file), spec));
    };
    new Function('require', 'module', 'exports', `${code}\n//# sourceURL=${file}`)(localRequire, mod, mod.exports);
    return mod.exports;
  };
  return run;
}

function installWx(wx: Config): WxStub {
  const answers = new Map<string, Answer>();
  const stub: WxStub = {
    storage: new Map(),
    navigateTo: [],
    redirectTo: [],
    switchTab: [],
    navigateBack: 0,
    toasts: [],
    modals: [],
    tabBarBadges: [],
    calls: [],
    unanswered: [],
    modalConfirms: false,
    answer(fn, action, body) {
      answers.set(`${fn}.${action}`, body);
    },
  };

  const reply = (call: FunctionCall): unknown => {
    stub.calls.push(call);
    const key = `${call.fn}.${call.action}`;
    if (!answers.has(key)) {
      stub.unanswered.push(call);
      return { ok: false, error: { code: 'INTERNAL', message: `no test answer for ${key}` } };
    }
    const a = answers.get(key);
    return typeof a === 'function' ? (a as AnyFn)(call) : JSON.parse(JSON.stringify(a));
  };

  /** Async success like the client: callbacks on a later macrotask. */
  const succeed = (opts: Config | undefined, res: Config = {}) => {
    const result = { errMsg: 'ok', ...res };
    setTimeout(() => {
      opts?.success?.(result);
      opts?.complete?.(result);
    }, 0);
  };

  Object.assign(wx, {
    getStorageSync: (key: string) => (stub.storage.has(key) ? stub.storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void stub.storage.set(key, value),
    removeStorageSync: (key: string) => void stub.storage.delete(key),
    clearStorageSync: () => stub.storage.clear(),
    getStorage: (o: Config) => {
      if (stub.storage.has(o.key)) succeed(o, { data: stub.storage.get(o.key) });
      else
        setTimeout(() => {
          const err = { errMsg: 'getStorage:fail data not found' };
          o.fail?.(err);
          o.complete?.(err);
        }, 0);
    },
    setStorage: (o: Config) => {
      stub.storage.set(o.key, o.data);
      succeed(o);
    },
    removeStorage: (o: Config) => {
      stub.storage.delete(o.key);
      succeed(o);
    },
    request: (o: Config) => {
      const match = /\/api\/([\w-]+)/.exec(String(o.url));
      const body = (typeof o.data === 'string' ? JSON.parse(o.data) : o.data) ?? {};
      const call: FunctionCall = {
        fn: match ? match[1] : String(o.url),
        action: body.action,
        data: body.data,
        via: 'request',
        authorization: o.header?.Authorization,
      };
      succeed(o, { statusCode: 200, data: reply(call), header: {} });
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
    },
    cloud: {
      init: () => undefined,
      callFunction: (o: Config) => {
        const call: FunctionCall = { fn: o.name, action: o.data?.action, data: o.data?.data, via: 'cloud' };
        const result = reply(call);
        if (o.success || o.fail || o.complete) return succeed(o, { result });
        return new Promise((resolve) => setTimeout(() => resolve({ errMsg: 'cloud.callFunction:ok', result }), 0));
      },
    },
    login: (o: Config) => succeed(o, { code: 'test-login-code' }),
    navigateTo: (o: Config) => {
      stub.navigateTo.push(o.url);
      succeed(o);
    },
    redirectTo: (o: Config) => {
      stub.redirectTo.push(o.url);
      succeed(o);
    },
    switchTab: (o: Config) => {
      stub.switchTab.push(o.url);
      succeed(o);
    },
    navigateBack: (o: Config) => {
      stub.navigateBack += 1;
      succeed(o);
    },
    showToast: (o: Config) => {
      stub.toasts.push({ title: o.title, icon: o.icon });
      succeed(o);
    },
    showModal: (o: Config) => {
      stub.modals.push({ title: o.title, content: o.content });
      succeed(o, { confirm: stub.modalConfirms, cancel: !stub.modalConfirms });
    },
    setTabBarBadge: (o: Config) => {
      stub.tabBarBadges.push({ index: o.index, text: o.text });
      succeed(o);
    },
    removeTabBarBadge: (o: Config) => succeed(o),
    setNavigationBarTitle: (o: Config) => succeed(o),
  });
  return stub;
}

/** Waits until `predicate` holds, polling; throws `describe()` on timeout. */
async function waitUntil(predicate: () => boolean, describe: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Loads the app and the given pages ("pages/index/index", ...) from dist/weapp.
 * Call once per test file (each jest file gets a fresh jsdom and module registry).
 */
export function loadWeapp(pagePaths: string[]): Weapp {
  assertBuilt(pagePaths);
  makeCompilerExecutable();
  // The code wcc emits checks the webview engine version.
  (window as any).__webview_engine_version__ = 0.02;

  const simulate = require('miniprogram-simulate');
  const compiler = require('miniprogram-compiler');
  const g = globalThis as any;
  const wx = installWx(g.wx); // simulate's mock wx, with what the app touches replaced by recording stubs

  let app: Config | null = null;
  let captured: Config | null = null;
  const stack: any[] = [];
  g.App = (cfg: Config) => {
    app = cfg;
  };
  g.Page = (cfg: Config) => {
    captured = cfg;
  };
  g.Component = (cfg: Config) => {
    captured = cfg;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => stack.slice();

  const run = makeRunner();
  run(path.join(DIST, 'app.js'));
  if (!app) throw new Error('dist/weapp/app.js ran but never called App()');
  const theApp: Config = app;

  const capture = (rel: string, kind: string): Config => {
    captured = null;
    run(path.join(DIST, rel));
    if (!captured) throw new Error(`dist/weapp/${rel} ran but never called ${kind}()`);
    return captured;
  };
  const compConfig = capture('comp.js', 'Component');
  const pageConfigs = new Map(pagePaths.map((p) => [p, capture(`${p}.js`, 'Page')]));

  // One wcc pass over the whole build (base.wxml, utils.wxs, comp and every page).
  const gwx = new Function(compiler.wxmlToJs(DIST))();
  const template = (rel: string) => {
    const fn = gwx(rel);
    if (typeof fn !== 'function') throw new Error(`wcc produced no template for dist/weapp/${rel}`);
    return fn;
  };

  // Taro's recursive custom component: the templates hand deep subtrees to it.
  const compId = 'taro-comp';
  simulate.load({ id: compId, tagName: 'comp', template: template('comp.wxml'), usingComponents: { comp: compId }, ...compConfig });

  let launched = false;
  let opened = 0;

  const open = async (pagePath: string, query: Record<string, string> = {}): Promise<OpenPage> => {
    const cfg = pageConfigs.get(pagePath);
    if (!cfg) throw new Error(`${pagePath} was not loaded: pass it to loadWeapp([...])`);
    if (!launched) {
      launched = true;
      const options = { path: pagePath, query, scene: 1001 };
      theApp.onLaunch?.call(theApp, options);
      theApp.onShow?.call(theApp, options);
    }

    // A Page config as a component: lifecycles and the event handler `eh` become methods.
    const methods: Record<string, AnyFn> = {};
    for (const key of Object.keys(cfg)) if (typeof cfg[key] === 'function') methods[key] = cfg[key];
    opened += 1;
    const id = `page-${pagePath.replace(/[^a-z0-9]+/gi, '-')}-${opened}`;
    simulate.load({
      id,
      tagName: 'page',
      template: template(`${pagePath}.wxml`),
      usingComponents: { comp: compId },
      data: JSON.parse(JSON.stringify(cfg.data ?? {})),
      methods,
    });
    const comp = simulate.render(id);
    comp.attach(document.createElement('parent-wrapper'));
    const instance = comp.instance;
    instance.route = pagePath;
    instance.__route__ = pagePath;
    stack.forEach((p) => p.onHide?.());
    stack.push(instance);
    instance.onLoad(query);
    instance.onShow();
    instance.onReady();

    const text = () => comp.dom.textContent ?? '';
    return {
      comp,
      instance,
      text,
      waitForText: (wanted, timeoutMs = 3000) =>
        waitUntil(
          () => text().includes(wanted),
          () => `"${wanted}" never appeared on ${pagePath} within ${timeoutMs} ms; the page shows: "${text()}"`,
          timeoutMs,
        ),
      async tap(nodeId) {
        const node = comp.querySelector(`#${nodeId}`);
        if (!node) throw new Error(`no node #${nodeId} on ${pagePath}; the page shows: "${text()}"`);
        node.dispatchEvent('tap');
        await simulate.sleep(300);
      },
      close() {
        instance.onUnload();
        const at = stack.indexOf(instance);
        if (at >= 0) stack.splice(at, 1);
        comp.detach();
      },
    };
  };

  return { wx, app: theApp, open };
}
