import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod3) => function __require2() {
  try {
    return mod3 || (0, cb[__getOwnPropNames(cb)[0]])((mod3 = { exports: {} }).exports, mod3), mod3.exports;
  } catch (e) {
    throw mod3 = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod3, isNodeMode, target) => (target = mod3 != null ? __create(__getProtoOf(mod3)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod3 || !mod3.__esModule ? __defProp(target, "default", { value: mod3, enumerable: true }) : target,
  mod3
));

// node_modules/.pnpm/eventemitter3@5.0.4/node_modules/eventemitter3/index.js
var require_eventemitter3 = __commonJS({
  "node_modules/.pnpm/eventemitter3@5.0.4/node_modules/eventemitter3/index.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    var prefix = "~";
    function Events() {
    }
    if (Object.create) {
      Events.prototype = /* @__PURE__ */ Object.create(null);
      if (!new Events().__proto__) prefix = false;
    }
    function EE(fn, context, once) {
      this.fn = fn;
      this.context = context;
      this.once = once || false;
    }
    function addListener(emitter, event, fn, context, once) {
      if (typeof fn !== "function") {
        throw new TypeError("The listener must be a function");
      }
      var listener = new EE(fn, context || emitter, once), evt = prefix ? prefix + event : event;
      if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
      else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
      else emitter._events[evt] = [emitter._events[evt], listener];
      return emitter;
    }
    function clearEvent(emitter, evt) {
      if (--emitter._eventsCount === 0) emitter._events = new Events();
      else delete emitter._events[evt];
    }
    function EventEmitter2() {
      this._events = new Events();
      this._eventsCount = 0;
    }
    EventEmitter2.prototype.eventNames = function eventNames() {
      var names = [], events, name;
      if (this._eventsCount === 0) return names;
      for (name in events = this._events) {
        if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
      }
      if (Object.getOwnPropertySymbols) {
        return names.concat(Object.getOwnPropertySymbols(events));
      }
      return names;
    };
    EventEmitter2.prototype.listeners = function listeners(event) {
      var evt = prefix ? prefix + event : event, handlers2 = this._events[evt];
      if (!handlers2) return [];
      if (handlers2.fn) return [handlers2.fn];
      for (var i = 0, l = handlers2.length, ee = new Array(l); i < l; i++) {
        ee[i] = handlers2[i].fn;
      }
      return ee;
    };
    EventEmitter2.prototype.listenerCount = function listenerCount(event) {
      var evt = prefix ? prefix + event : event, listeners = this._events[evt];
      if (!listeners) return 0;
      if (listeners.fn) return 1;
      return listeners.length;
    };
    EventEmitter2.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return false;
      var listeners = this._events[evt], len = arguments.length, args, i;
      if (listeners.fn) {
        if (listeners.once) this.removeListener(event, listeners.fn, void 0, true);
        switch (len) {
          case 1:
            return listeners.fn.call(listeners.context), true;
          case 2:
            return listeners.fn.call(listeners.context, a1), true;
          case 3:
            return listeners.fn.call(listeners.context, a1, a2), true;
          case 4:
            return listeners.fn.call(listeners.context, a1, a2, a3), true;
          case 5:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
          case 6:
            return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
        }
        for (i = 1, args = new Array(len - 1); i < len; i++) {
          args[i - 1] = arguments[i];
        }
        listeners.fn.apply(listeners.context, args);
      } else {
        var length = listeners.length, j;
        for (i = 0; i < length; i++) {
          if (listeners[i].once) this.removeListener(event, listeners[i].fn, void 0, true);
          switch (len) {
            case 1:
              listeners[i].fn.call(listeners[i].context);
              break;
            case 2:
              listeners[i].fn.call(listeners[i].context, a1);
              break;
            case 3:
              listeners[i].fn.call(listeners[i].context, a1, a2);
              break;
            case 4:
              listeners[i].fn.call(listeners[i].context, a1, a2, a3);
              break;
            default:
              if (!args) for (j = 1, args = new Array(len - 1); j < len; j++) {
                args[j - 1] = arguments[j];
              }
              listeners[i].fn.apply(listeners[i].context, args);
          }
        }
      }
      return true;
    };
    EventEmitter2.prototype.on = function on(event, fn, context) {
      return addListener(this, event, fn, context, false);
    };
    EventEmitter2.prototype.once = function once(event, fn, context) {
      return addListener(this, event, fn, context, true);
    };
    EventEmitter2.prototype.removeListener = function removeListener(event, fn, context, once) {
      var evt = prefix ? prefix + event : event;
      if (!this._events[evt]) return this;
      if (!fn) {
        clearEvent(this, evt);
        return this;
      }
      var listeners = this._events[evt];
      if (listeners.fn) {
        if (listeners.fn === fn && (!once || listeners.once) && (!context || listeners.context === context)) {
          clearEvent(this, evt);
        }
      } else {
        for (var i = 0, events = [], length = listeners.length; i < length; i++) {
          if (listeners[i].fn !== fn || once && !listeners[i].once || context && listeners[i].context !== context) {
            events.push(listeners[i]);
          }
        }
        if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
        else clearEvent(this, evt);
      }
      return this;
    };
    EventEmitter2.prototype.removeAllListeners = function removeAllListeners(event) {
      var evt;
      if (event) {
        evt = prefix ? prefix + event : event;
        if (this._events[evt]) clearEvent(this, evt);
      } else {
        this._events = new Events();
        this._eventsCount = 0;
      }
      return this;
    };
    EventEmitter2.prototype.off = EventEmitter2.prototype.removeListener;
    EventEmitter2.prototype.addListener = EventEmitter2.prototype.on;
    EventEmitter2.prefixed = prefix;
    EventEmitter2.EventEmitter = EventEmitter2;
    if ("undefined" !== typeof module) {
      module.exports = EventEmitter2;
    }
  }
});

// node_modules/.pnpm/ms@2.1.3/node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/.pnpm/ms@2.1.3/node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var w = d * 7;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "weeks":
        case "week":
        case "w":
          return n * w;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return Math.round(ms / d) + "d";
      }
      if (msAbs >= h) {
        return Math.round(ms / h) + "h";
      }
      if (msAbs >= m) {
        return Math.round(ms / m) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      var msAbs = Math.abs(ms);
      if (msAbs >= d) {
        return plural(ms, msAbs, d, "day");
      }
      if (msAbs >= h) {
        return plural(ms, msAbs, h, "hour");
      }
      if (msAbs >= m) {
        return plural(ms, msAbs, m, "minute");
      }
      if (msAbs >= s) {
        return plural(ms, msAbs, s, "second");
      }
      return ms + " ms";
    }
    function plural(ms, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash2 = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash2 = (hash2 << 5) - hash2 + namespace.charCodeAt(i);
          hash2 |= 0;
        }
        return createDebug.colors[Math.abs(hash2) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug5(...args) {
          if (!debug5.enabled) {
            return;
          }
          const self = debug5;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms = curr - (prevTime || curr);
          self.diff = ms;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn2 = self.log || createDebug.log;
          logFn2.apply(self, args);
        }
        debug5.namespace = namespace;
        debug5.useColors = createDebug.useColors();
        debug5.color = createDebug.selectColor(namespace);
        debug5.extend = extend;
        debug5.destroy = createDebug.destroy;
        Object.defineProperty(debug5, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v) => {
            enableOverride = v;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug5);
        }
        return debug5;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split2 = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns of split2) {
          if (ns[0] === "-") {
            createDebug.skips.push(ns.slice(1));
          } else {
            createDebug.names.push(ns);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns of createDebug.names) {
          if (matchesTemplate(name, ns)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r;
      try {
        r = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/.pnpm/has-flag@4.0.0/node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/.pnpm/has-flag@4.0.0/node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/.pnpm/supports-color@7.2.0/node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/.pnpm/supports-color@7.2.0/node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os = __require("os");
    var tty = __require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign2) => sign2 in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream) {
      const level = supportsColor(stream, stream && stream.isTTY);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => {
        return k.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c = this.color;
        const colorCode = "\x1B[3" + (c < 8 ? c : "8;5;" + c);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug5) {
      debug5.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug5.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
  }
});

// node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/.pnpm/debug@4.4.3_supports-color@7.2.0/node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// bench/src/independent.worker.ts
import { parentPort } from "node:worker_threads";

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/_u64.js
var U32_MASK64 = /* @__PURE__ */ (() => BigInt(2 ** 32 - 1))();
var _32n = /* @__PURE__ */ BigInt(32);
function fromBig(n, le = false) {
  if (le)
    return { h: Number(n & U32_MASK64), l: Number(n >> _32n & U32_MASK64) };
  return { h: Number(n >> _32n & U32_MASK64) | 0, l: Number(n & U32_MASK64) | 0 };
}
function split(lst, le = false) {
  const len = lst.length;
  let Ah = new Uint32Array(len);
  let Al = new Uint32Array(len);
  for (let i = 0; i < len; i++) {
    const { h, l } = fromBig(lst[i], le);
    [Ah[i], Al[i]] = [h, l];
  }
  return [Ah, Al];
}
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE2) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE2 ? l : h, isLE2);
  view.setUint32(byteOffset + 4, isLE2 ? h : l, isLE2);
}

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? `"${title}" ` : "";
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abool(value, title = "") {
  if (typeof value !== "boolean")
    throw new TypeError(atitle(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function abytes(value, length, title = "") {
  if (isBytes(value) && (length === void 0 || value.length === length))
    return value;
  if (length !== void 0)
    anumber(length, "length");
  const bytes = isBytes(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
function ahash(h) {
  if (typeof h !== "function" || typeof h.create !== "function")
    throw new TypeError("expected hash wrapped by utils.createHasher");
  anumber(h.outputLen);
  anumber(h.blockLen);
  if (h.outputLen < 1 || h.blockLen < 1)
    throw new Error("hash blockLen / outputLen must be >= 1");
}
var aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function u32(arr) {
  return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
function rotl(word, shift) {
  return word << shift | word >>> 32 - shift >>> 0;
}
var isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68)();
function byteSwap(word) {
  return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
}
function byteSwap32(arr) {
  for (let i = 0; i < arr.length; i++) {
    arr[i] = byteSwap(arr[i]);
  }
  return arr;
}
var swap32IfBE = isLE ? (u) => u : byteSwap32;
var hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    hex += hexes[bytes[i]];
  }
  return hex;
}
function asciiToBase16(ch) {
  return ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 70 ? ch - (65 - 10) : ch >= 97 && ch <= 102 ? ch - (97 - 10) : void 0;
}
function hexToBytes(hex) {
  if (typeof hex !== "string")
    throw new TypeError("hex string expected, got " + typeof hex);
  if (hasHexBuiltin) {
    try {
      return Uint8Array.fromHex(hex);
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new RangeError(error.message);
      throw error;
    }
  }
  const hl = hex.length;
  const al = hl / 2;
  if (hl % 2)
    throw new RangeError("hex string expected, got unpadded hex of length " + hl);
  const array = new Uint8Array(al);
  for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
    const n1 = asciiToBase16(hex.charCodeAt(hi));
    const n2 = asciiToBase16(hex.charCodeAt(hi + 1));
    if (n1 === void 0 || n2 === void 0) {
      const char = hex[hi] + hex[hi + 1];
      throw new RangeError('hex string expected, got non-hex character "' + char + '" at index ' + hi);
    }
    array[ai] = n1 * 16 + n2;
  }
  return array;
}
function utf8ToBytes(str) {
  if (typeof str !== "string")
    throw new TypeError("string expected");
  const encoded = new TextEncoder().encode(str);
  try {
    return new Uint8Array(encoded);
  } finally {
    clean(encoded);
  }
}
function concatBytes(...arrays) {
  let sum = 0;
  for (let i = 0; i < arrays.length; i++) {
    const a = arrays[i];
    abytes(a);
    sum += a.length;
  }
  const res = new Uint8Array(sum);
  for (let i = 0, pad = 0; i < arrays.length; i++) {
    const a = arrays[i];
    res.set(a, pad);
    pad += a.length;
  }
  return res;
}
function checkOpts(defaults2, opts, title = "opts") {
  aopts(defaults2, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), defaults2, opts);
  return merged;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
function randomBytes(bytesLength = 32) {
  anumber(bytesLength, "bytesLength");
  const cr = typeof globalThis === "object" ? globalThis.crypto : null;
  if (typeof cr?.getRandomValues !== "function")
    throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536)
    throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr.getRandomValues(new Uint8Array(bytesLength));
}
var oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/_md.js
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
var HashMD = class {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE2) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE2;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE: isLE2 } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE2);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE2);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
};
var SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/sha2.js
var SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var SHA256_W = /* @__PURE__ */ new Uint32Array(64);
var SHA2_32B = class extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B: B2, C, D, E, F: F2, G, H } = this;
    return [A, B2, C, D, E, F2, G, H];
  }
  // prettier-ignore
  set(A, B2, C, D, E, F2, G, H) {
    this.A = A | 0;
    this.B = B2 | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F2 | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B: B2, C, D, E, F: F2, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F2, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B2, C) | 0;
      H = G;
      G = F2;
      F2 = E;
      E = D + T1 | 0;
      D = C;
      C = B2;
      B2 = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B2 = B2 + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F2 = F2 + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B2, C, D, E, F2, G, H);
  }
  roundClean() {
    clean(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean(this.buffer);
  }
};
var _SHA256 = class extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
};
var sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/utils.js
function aarray(item, title, inner = () => {
}) {
  if (!Array.isArray(item))
    throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
  for (let i = 0; i < item.length; i++)
    inner(item[i], `${title}[${i}]`);
  return item;
}
var abytes2 = (value, length, title) => abytes(value, length, title);
var anumber2 = anumber;
function astring(value, title = "") {
  if (typeof value !== "string") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected string, got type=" + typeof value);
  }
  return value;
}
function aobject2(value, title = "object") {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
function afunction(value, title) {
  if (typeof value !== "function")
    throw new TypeError(`"${title}" is invalid: expected function, got ${typeof value}`);
  return value;
}
var bytesToHex2 = bytesToHex;
var concatBytes2 = (...arrays) => concatBytes(...arrays);
var hexToBytes2 = (hex) => hexToBytes(hex);
var isBytes2 = isBytes;
var randomBytes2 = (bytesLength) => randomBytes(bytesLength);
var _0n = /* @__PURE__ */ BigInt(0);
var _1n = /* @__PURE__ */ BigInt(1);
var atitle2 = (title) => title ? `"${title}" ` : "";
function abool2(value, title = "") {
  if (typeof value !== "boolean")
    throw new TypeError(atitle2(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function abignumber(n) {
  if (typeof n === "bigint") {
    if (!isPosBig(n))
      throw new RangeError("positive bigint expected, got " + n);
  } else
    anumber2(n);
  return n;
}
function asafenumber(value, title = "") {
  if (typeof value !== "number") {
    const prefix = title && `"${title}" `;
    throw new TypeError(prefix + "expected number, got type=" + typeof value);
  }
  if (!Number.isSafeInteger(value)) {
    const prefix = title && `"${title}" `;
    throw new RangeError(prefix + "expected safe integer, got " + value);
  }
}
function numberToHexUnpadded(num) {
  const hex = abignumber(num).toString(16);
  return hex.length & 1 ? "0" + hex : hex;
}
function hexToNumber(hex) {
  if (typeof hex !== "string")
    throw new TypeError("hex string expected, got " + typeof hex);
  return hex === "" ? _0n : BigInt("0x" + hex);
}
function bytesToNumberBE(bytes) {
  return hexToNumber(bytesToHex(bytes));
}
function bytesToNumberLE(bytes) {
  return hexToNumber(bytesToHex(copyBytes(abytes(bytes)).reverse()));
}
function numberToBytesBE(n, len) {
  anumber(len);
  if (len === 0)
    throw new Error("zero output length is invalid");
  n = abignumber(n);
  const expectedLen = len * 2;
  const hex = n.toString(16);
  if (hex.length > expectedLen)
    throw new RangeError("number is too large");
  return hexToBytes(hex.padStart(expectedLen, "0"));
}
function numberToBytesLE(n, len) {
  return numberToBytesBE(n, len).reverse();
}
function copyBytes(bytes) {
  return Uint8Array.from(abytes2(bytes));
}
function asciiToBytes(ascii) {
  if (typeof ascii !== "string")
    throw new TypeError("ascii string expected, got " + typeof ascii);
  return Uint8Array.from(ascii, (c, i) => {
    const charCode = c.charCodeAt(0);
    if (c.length !== 1 || charCode > 127) {
      throw new RangeError(`string contains non-ASCII character "${ascii[i]}" with code ${charCode} at position ${i}`);
    }
    return charCode;
  });
}
function isPosBig(n) {
  return typeof n === "bigint" && _0n <= n;
}
function inRange(n, min, max) {
  return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
}
function aInRange(title, n, min, max) {
  if (!inRange(n, min, max))
    throw new RangeError("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
}
function bitLen(n) {
  if (n < _0n)
    throw new Error("expected non-negative bigint, got " + n);
  return n === _0n ? 0 : n.toString(2).length;
}
function bitGet(n, pos) {
  if (typeof n !== "bigint")
    throw new TypeError('"n" expected bigint, got type=' + typeof n);
  asafenumber(pos, "pos");
  return n >> BigInt(pos) & _1n;
}
var bitMask = (n) => {
  asafenumber(n, "n");
  return (_1n << BigInt(n)) - _1n;
};
function createHmacDrbg(hashLen, qByteLen, hmacFn) {
  anumber(hashLen, "hashLen");
  anumber(qByteLen, "qByteLen");
  if (typeof hmacFn !== "function")
    throw new TypeError("hmacFn must be a function");
  const u8n = (len) => new Uint8Array(len);
  const NULL = Uint8Array.of();
  const byte0 = Uint8Array.of(0);
  const byte1 = Uint8Array.of(1);
  const _maxDrbgIters = 1e3;
  let v = u8n(hashLen);
  let k = u8n(hashLen);
  let i = 0;
  const reset = () => {
    v.fill(1);
    k.fill(0);
    i = 0;
  };
  const h = (...msgs) => hmacFn(k, concatBytes2(v, ...msgs));
  const reseed = (seed = NULL) => {
    k = h(byte0, seed);
    v = h();
    if (seed.length === 0)
      return;
    k = h(byte1, seed);
    v = h();
  };
  const gen = () => {
    if (i++ >= _maxDrbgIters)
      throw new Error("drbg: tried max amount of iterations");
    let len = 0;
    const out = [];
    while (len < qByteLen) {
      v = h();
      const sl = v.slice();
      out.push(sl);
      len += v.length;
    }
    return concatBytes2(...out);
  };
  const genUntil = (seed, pred) => {
    reset();
    reseed(seed);
    let res = void 0;
    while ((res = pred(gen())) === void 0)
      reseed();
    reset();
    return res;
  };
  return genUntil;
}
function validateObject(object, fields3 = {}, optFields = {}, title = "object") {
  aobject2(object, title);
  aobject2(fields3, "fields");
  aobject2(optFields, "optFields");
  function checkField(fieldName, expectedType, isOpt) {
    const label = title === "object" ? `param "${String(fieldName)}"` : `"${title}.${String(fieldName)}"`;
    const val = object[fieldName];
    if (!Object.hasOwn(object, fieldName) && (isOpt ? val !== void 0 : expectedType !== "function")) {
      throw new TypeError(`${label} is invalid: expected own property`);
    }
    if (isOpt && val === void 0)
      return;
    const current = typeof val;
    if (current !== expectedType || val === null)
      throw new TypeError(`${label} is invalid: expected ${expectedType}, got ${current}`);
  }
  const iter = (f, isOpt) => Object.entries(f).forEach(([k, v]) => checkField(k, v, isOpt));
  iter(fields3, false);
  iter(optFields, true);
}
var notImplemented = () => {
  throw new Error("not implemented");
};

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/modular.js
var _0n2 = /* @__PURE__ */ BigInt(0);
var _1n2 = /* @__PURE__ */ BigInt(1);
var _2n = /* @__PURE__ */ BigInt(2);
var _3n = /* @__PURE__ */ BigInt(3);
var _4n = /* @__PURE__ */ BigInt(4);
var _5n = /* @__PURE__ */ BigInt(5);
var _7n = /* @__PURE__ */ BigInt(7);
var _8n = /* @__PURE__ */ BigInt(8);
var _9n = /* @__PURE__ */ BigInt(9);
var _15n = /* @__PURE__ */ BigInt(15);
var _16n = /* @__PURE__ */ BigInt(16);
var POW_WINDOWED_MIN = /* @__PURE__ */ BigInt("0x10000000000000000");
function mod(a, b) {
  if (b <= _0n2)
    throw new Error("mod: expected positive modulus, got " + b);
  const result = a % b;
  return result >= _0n2 ? result : b + result;
}
function pow(num, power, modulo) {
  if (modulo <= _1n2)
    throw new Error("pow: expected modulus > 1, got " + modulo);
  if (typeof power !== "bigint")
    throw new TypeError("invalid exponent: expected bigint, got " + typeof power);
  if (power < _0n2)
    throw new Error("invalid exponent, negatives unsupported");
  if (power === _0n2)
    return _1n2;
  if (power === _1n2)
    return num;
  let d = num % modulo;
  if (d < _0n2)
    d += modulo;
  if (power < POW_WINDOWED_MIN) {
    let p2 = _1n2;
    while (power > _0n2) {
      if (power & _1n2)
        p2 = p2 * d % modulo;
      d = d * d % modulo;
      power >>= _1n2;
    }
    return p2;
  }
  const digits = [];
  while (power > _0n2) {
    digits.push(Number(power & _15n));
    power >>= _4n;
  }
  const table = new Array(16);
  table[0] = _1n2;
  table[1] = d;
  for (let i = 2; i < 16; i++)
    table[i] = table[i - 1] * d % modulo;
  let p = table[digits[digits.length - 1]];
  for (let w = digits.length - 2; w >= 0; w--) {
    p = p * p % modulo;
    p = p * p % modulo;
    p = p * p % modulo;
    p = p * p % modulo;
    const digit = digits[w];
    if (digit !== 0)
      p = p * table[digit] % modulo;
  }
  return p;
}
function pow2(x, power, modulo) {
  if (modulo <= _1n2)
    throw new Error("pow2: expected modulus > 1, got " + modulo);
  if (power < _0n2)
    throw new Error("pow2: expected non-negative exponent, got " + power);
  let res = x;
  while (power-- > _0n2) {
    res *= res;
    res %= modulo;
  }
  return res;
}
function invert(number, modulo) {
  if (number === _0n2)
    throw new Error("invert: expected non-zero number");
  if (modulo <= _1n2)
    throw new Error("invert: expected modulus > 1, got " + modulo);
  let a = mod(number, modulo);
  let b = modulo;
  let x = _0n2, u = _1n2;
  while (a !== _0n2) {
    const q = b / a;
    const r = b - a * q;
    const m = x - u * q;
    b = a, a = r, x = u, u = m;
  }
  const gcd = b;
  if (gcd !== _1n2)
    throw new Error("invert: does not exist");
  return mod(x, modulo);
}
function invertCt(a, prime) {
  if (prime <= _1n2)
    throw new Error("invertCt: expected prime modulus > 1, got " + prime);
  const an = mod(a, prime);
  if (an === _0n2)
    throw new Error("invertCt: expected non-zero number");
  const inverse = pow(an, prime - _2n, prime);
  if (mod(an * inverse, prime) !== _1n2)
    throw new Error("invertCt: does not exist");
  return inverse;
}
function assertIsSquare(Fp4, root, n) {
  const F2 = Fp4;
  if (!F2.eql(F2.sqr(root), n))
    throw new Error("Cannot find square root");
}
function aoddModulus(order, fnName) {
  if ((order & _1n2) === _0n2)
    throw new Error(fnName + ": expected odd modulus, got " + order);
}
function sqrt3mod4(Fp4, n) {
  const F2 = Fp4;
  const p1div4 = (F2.ORDER + _1n2) / _4n;
  const root = F2.pow(n, p1div4);
  assertIsSquare(F2, root, n);
  return root;
}
function sqrt5mod8(Fp4, n) {
  const F2 = Fp4;
  const p5div8 = (F2.ORDER - _5n) / _8n;
  const n2 = F2.mul(n, _2n);
  const v = F2.pow(n2, p5div8);
  const nv = F2.mul(n, v);
  const i = F2.mul(F2.mul(nv, _2n), v);
  const root = F2.mul(nv, F2.sub(i, F2.ONE));
  assertIsSquare(F2, root, n);
  return root;
}
function sqrt9mod16(P) {
  const Fp_ = Field(P);
  const tn = tonelliShanks(P);
  const c1 = tn(Fp_, Fp_.neg(Fp_.ONE));
  const c2 = tn(Fp_, c1);
  const c3 = tn(Fp_, Fp_.neg(c1));
  const c4 = (P + _7n) / _16n;
  return ((Fp4, n) => {
    const F2 = Fp4;
    let tv1 = F2.pow(n, c4);
    let tv2 = F2.mul(tv1, c1);
    const tv3 = F2.mul(tv1, c2);
    const tv4 = F2.mul(tv1, c3);
    const e1 = F2.eql(F2.sqr(tv2), n);
    const e2 = F2.eql(F2.sqr(tv3), n);
    tv1 = F2.cmov(tv1, tv2, e1);
    tv2 = F2.cmov(tv4, tv3, e2);
    const e3 = F2.eql(F2.sqr(tv2), n);
    const root = F2.cmov(tv1, tv2, e3);
    assertIsSquare(F2, root, n);
    return root;
  });
}
function tonelliShanks(P) {
  if (P < _3n)
    throw new Error("sqrt is not defined for small field");
  aoddModulus(P, "tonelliShanks");
  let Q = P - _1n2;
  let S = 0;
  while (Q % _2n === _0n2) {
    Q /= _2n;
    S++;
  }
  let Z = _2n;
  const _Fp = Field(P);
  while (FpLegendre(_Fp, Z) === 1) {
    if (Z++ > 1e3)
      throw new Error("Cannot find square root: probably non-prime P");
  }
  if (S === 1)
    return sqrt3mod4;
  let cc = _Fp.pow(Z, Q);
  const Q1div2 = (Q + _1n2) / _2n;
  return function tonelliSlow(Fp4, n) {
    const F2 = Fp4;
    if (F2.is0(n))
      return n;
    if (FpLegendre(F2, n) !== 1)
      throw new Error("Cannot find square root");
    let M = S;
    let c = F2.mul(F2.ONE, cc);
    let t = F2.pow(n, Q);
    let R = F2.pow(n, Q1div2);
    while (!F2.eql(t, F2.ONE)) {
      if (F2.is0(t))
        throw new Error("Cannot find square root: probably non-prime P");
      let i = 1;
      let t_tmp = F2.sqr(t);
      while (!F2.eql(t_tmp, F2.ONE)) {
        i++;
        t_tmp = F2.sqr(t_tmp);
        if (i === M)
          throw new Error("Cannot find square root");
      }
      const exponent = _1n2 << BigInt(M - i - 1);
      const b = F2.pow(c, exponent);
      M = i;
      c = F2.sqr(b);
      t = F2.mul(t, c);
      R = F2.mul(R, b);
    }
    return R;
  };
}
function FpSqrt(P) {
  aoddModulus(P, "Fp.sqrt");
  if (P % _4n === _3n)
    return sqrt3mod4;
  if (P % _8n === _5n)
    return sqrt5mod8;
  if (P % _16n === _9n)
    return sqrt9mod16(P);
  return tonelliShanks(P);
}
var FIELD_FIELDS = [
  "create",
  "isValid",
  "is0",
  "neg",
  "inv",
  "sqrt",
  "sqr",
  "eql",
  "add",
  "sub",
  "mul",
  "pow",
  "div",
  "addN",
  "subN",
  "mulN",
  "sqrN"
];
function validateField(field) {
  aobject2(field, "field");
  if (typeof field.ORDER !== "bigint")
    throw new TypeError('param "ORDER" is invalid: expected bigint, got ' + typeof field.ORDER);
  asafenumber(field.BYTES, "BYTES");
  asafenumber(field.BITS, "BITS");
  for (const name of FIELD_FIELDS)
    afunction(field[name], "field." + name);
  if (field.BYTES < 1 || field.BITS < 1)
    throw new Error("invalid field: expected BYTES/BITS > 0");
  if (field.ORDER <= _1n2)
    throw new Error("invalid field: expected ORDER > 1, got " + field.ORDER);
  return field;
}
function FpPow(Fp4, num, power) {
  validateField(Fp4);
  const F2 = Fp4;
  if (typeof power !== "bigint")
    throw new TypeError("invalid exponent: expected bigint, got " + typeof power);
  if (power < _0n2)
    throw new Error("invalid exponent, negatives unsupported");
  if (power === _0n2)
    return F2.ONE;
  if (power === _1n2)
    return num;
  if (power < POW_WINDOWED_MIN) {
    let p2 = F2.ONE;
    let d = num;
    while (power > _0n2) {
      if (power & _1n2)
        p2 = F2.mul(p2, d);
      d = F2.sqr(d);
      power >>= _1n2;
    }
    return p2;
  }
  const digits = [];
  while (power > _0n2) {
    digits.push(Number(power & _15n));
    power >>= _4n;
  }
  const table = new Array(16);
  table[0] = F2.ONE;
  table[1] = num;
  for (let i = 2; i < 16; i++)
    table[i] = F2.mul(table[i - 1], num);
  let p = table[digits[digits.length - 1]];
  for (let w = digits.length - 2; w >= 0; w--) {
    p = F2.sqr(F2.sqr(F2.sqr(F2.sqr(p))));
    const digit = digits[w];
    if (digit !== 0)
      p = F2.mul(p, table[digit]);
  }
  return p;
}
function FpInvertBatch(Fp4, nums, passZero = false) {
  validateField(Fp4);
  aarray(nums, "nums");
  abool2(passZero, "passZero");
  const F2 = Fp4;
  const inverted = new Array(nums.length).fill(passZero ? F2.ZERO : void 0);
  const multipliedAcc = nums.reduce((acc, num, i) => {
    if (F2.is0(num))
      return acc;
    inverted[i] = acc;
    return F2.mul(acc, num);
  }, F2.ONE);
  const invertedAcc = F2.inv(multipliedAcc);
  nums.reduceRight((acc, num, i) => {
    if (F2.is0(num))
      return acc;
    inverted[i] = F2.mul(acc, inverted[i]);
    return F2.mul(acc, num);
  }, invertedAcc);
  return inverted;
}
function FpLegendre(Fp4, n) {
  validateField(Fp4);
  const F2 = Fp4;
  aoddModulus(F2.ORDER, "FpLegendre");
  const p1mod2 = (F2.ORDER - _1n2) / _2n;
  const powered = F2.pow(n, p1mod2);
  const yes = F2.eql(powered, F2.ONE);
  const zero = F2.eql(powered, F2.ZERO);
  const no = F2.eql(powered, F2.neg(F2.ONE));
  if (!yes && !zero && !no)
    throw new Error("invalid Legendre symbol result");
  return yes ? 1 : zero ? 0 : -1;
}
function FpIsSquare(Fp4, n) {
  const l = FpLegendre(Fp4, n);
  return l !== -1;
}
function nLength(n, nBitLength) {
  if (nBitLength !== void 0)
    anumber2(nBitLength);
  if (n <= _0n2)
    throw new Error("invalid n length: expected positive n, got " + n);
  if (nBitLength !== void 0 && nBitLength < 1)
    throw new Error("invalid n length: expected positive bit length, got " + nBitLength);
  const bits = bitLen(n);
  if (nBitLength !== void 0 && nBitLength < bits)
    throw new Error(`invalid n length: expected nBitLength (${nBitLength}) >= bitLen(n) (${bits})`);
  const _nBitLength = nBitLength !== void 0 ? nBitLength : bits;
  const nByteLength = Math.ceil(_nBitLength / 8);
  return { nBitLength: _nBitLength, nByteLength };
}
var FIELD_SQRT = /* @__PURE__ */ new WeakMap();
var _Field = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO = _0n2;
  ONE = _1n2;
  _lengths;
  _mod;
  constructor(ORDER2, opts = {}) {
    if (ORDER2 <= _1n2)
      throw new Error("invalid field: expected ORDER > 1, got " + ORDER2);
    let _nbitLength = void 0;
    this.isLE = false;
    if (opts != null && typeof opts === "object") {
      if (typeof opts.BITS === "number")
        _nbitLength = opts.BITS;
      if (typeof opts.sqrt === "function")
        Object.defineProperty(this, "sqrt", { value: opts.sqrt, enumerable: true });
      if (typeof opts.isLE === "boolean")
        this.isLE = opts.isLE;
      if (opts.allowedLengths)
        this._lengths = Object.freeze(opts.allowedLengths.slice());
      if (typeof opts.modFromBytes === "boolean")
        this._mod = opts.modFromBytes;
    }
    const { nBitLength, nByteLength } = nLength(ORDER2, _nbitLength);
    if (nByteLength > 2048)
      throw new Error("invalid field: expected ORDER of <= 2048 bytes");
    this.ORDER = ORDER2;
    this.BITS = nBitLength;
    this.BYTES = nByteLength;
    Object.freeze(this);
  }
  create(num) {
    return mod(num, this.ORDER);
  }
  isValid(num) {
    if (typeof num !== "bigint")
      throw new TypeError("invalid field element: expected bigint, got " + typeof num);
    return _0n2 <= num && num < this.ORDER;
  }
  is0(num) {
    return num === _0n2;
  }
  // is valid and invertible
  isValidNot0(num) {
    return !this.is0(num) && this.isValid(num);
  }
  isOdd(num) {
    return (num & _1n2) === _1n2;
  }
  neg(num) {
    return mod(-num, this.ORDER);
  }
  eql(lhs, rhs) {
    return lhs === rhs;
  }
  sqr(num) {
    return mod(num * num, this.ORDER);
  }
  add(lhs, rhs) {
    return mod(lhs + rhs, this.ORDER);
  }
  sub(lhs, rhs) {
    return mod(lhs - rhs, this.ORDER);
  }
  mul(lhs, rhs) {
    return mod(lhs * rhs, this.ORDER);
  }
  pow(num, power) {
    return pow(num, power, this.ORDER);
  }
  div(lhs, rhs) {
    return mod(lhs * invert(rhs, this.ORDER), this.ORDER);
  }
  // Same as above, but doesn't normalize
  sqrN(num) {
    return num * num;
  }
  addN(lhs, rhs) {
    return lhs + rhs;
  }
  subN(lhs, rhs) {
    return lhs - rhs;
  }
  mulN(lhs, rhs) {
    return lhs * rhs;
  }
  inv(num) {
    return invert(num, this.ORDER);
  }
  sqrt(num) {
    let sqrt = FIELD_SQRT.get(this);
    if (!sqrt)
      FIELD_SQRT.set(this, sqrt = FpSqrt(this.ORDER));
    return sqrt(this, num);
  }
  toBytes(num) {
    return this.isLE ? numberToBytesLE(num, this.BYTES) : numberToBytesBE(num, this.BYTES);
  }
  fromBytes(bytes, skipValidation = false) {
    abytes2(bytes);
    const { _lengths: allowedLengths, BYTES, isLE: isLE2, ORDER: ORDER2, _mod: modFromBytes } = this;
    if (allowedLengths) {
      if (bytes.length < 1 || !allowedLengths.includes(bytes.length) || bytes.length > BYTES) {
        throw new Error("Field.fromBytes: expected " + allowedLengths + " bytes, got " + bytes.length);
      }
      const padded = new Uint8Array(BYTES);
      padded.set(bytes, isLE2 ? 0 : padded.length - bytes.length);
      bytes = padded;
    }
    if (bytes.length !== BYTES)
      throw new Error("Field.fromBytes: expected " + BYTES + " bytes, got " + bytes.length);
    let scalar = isLE2 ? bytesToNumberLE(bytes) : bytesToNumberBE(bytes);
    if (modFromBytes)
      scalar = mod(scalar, ORDER2);
    if (!skipValidation) {
      if (!this.isValid(scalar))
        throw new Error("invalid field element: outside of range 0..ORDER");
    }
    return scalar;
  }
  // TODO: we don't need it here, move out to separate fn
  invertBatch(lst) {
    return FpInvertBatch(this, lst, true);
  }
  // We can't move this out because Fp6, Fp12 implement it
  // and it's unclear what to return in there.
  cmov(a, b, condition) {
    abool2(condition, "condition");
    return condition ? b : a;
  }
};
function Field(ORDER2, opts = {}) {
  Object.freeze(_Field.prototype);
  return new _Field(ORDER2, opts);
}
function getFieldBytesLength(fieldOrder) {
  if (typeof fieldOrder !== "bigint")
    throw new Error("field order must be bigint");
  if (fieldOrder <= _1n2)
    throw new Error("field order must be greater than 1");
  const bitLength = bitLen(fieldOrder - _1n2);
  return Math.ceil(bitLength / 8);
}
function getMinHashLength(fieldOrder) {
  const length = getFieldBytesLength(fieldOrder);
  return length + Math.ceil(length / 2);
}
function mapHashToField(key, fieldOrder, isLE2 = false) {
  abytes2(key);
  const len = key.length;
  const fieldLen = getFieldBytesLength(fieldOrder);
  const minLen = Math.max(getMinHashLength(fieldOrder), 16);
  if (len < minLen || len > 1024)
    throw new Error("expected " + minLen + "-1024 bytes of input, got " + len);
  const num = isLE2 ? bytesToNumberLE(key) : bytesToNumberBE(key);
  const reduced = mod(num, fieldOrder - _1n2) + _1n2;
  return isLE2 ? numberToBytesLE(reduced, fieldLen) : numberToBytesBE(reduced, fieldLen);
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/curve.js
var _0n3 = /* @__PURE__ */ BigInt(0);
var _1n3 = /* @__PURE__ */ BigInt(1);
var _4n2 = /* @__PURE__ */ BigInt(4);
var BLIND_BYTES = 16;
var BLIND_BITS = 128;
var FW_WINDOW = 5;
var TABLE_BYTES_MAX = /* @__PURE__ */ (() => 2 ** 31)();
function validatePointCons(Point) {
  const pc = Point;
  if (typeof pc !== "function")
    throw new TypeError('"Point" expected constructor, got type=' + typeof Point);
  afunction(pc.fromAffine, "Point.fromAffine");
  afunction(pc.fromBytes, "Point.fromBytes");
  afunction(pc.fromHex, "Point.fromHex");
  aobject2(pc.BASE, "Point.BASE");
  aobject2(pc.ZERO, "Point.ZERO");
  validateField(pc.Fp);
  validateField(pc.Fn);
}
function normalizeZ(c, points) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  const invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
  return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
}
function validateW(W, bits, min = 1) {
  if (!Number.isSafeInteger(W) || W < min || W > bits)
    throw new Error("invalid window size, expected [" + min + ".." + bits + "], got W=" + W);
}
function validateTableBytes(numPoints, fpBytes) {
  const bytes = numPoints * (4 * fpBytes + 128);
  if (bytes > TABLE_BYTES_MAX)
    throw new Error("invalid window size: table would need ~" + Math.ceil(bytes / 2 ** 20) + " MiB, max " + TABLE_BYTES_MAX / 2 ** 20 + " MiB");
}
function probeRandomBytes(randomBytes3, length) {
  if (randomBytes3 === void 0)
    return void 0;
  afunction(randomBytes3, "randomBytes");
  try {
    const probe = randomBytes3(length);
    if (!isBytes2(probe) || probe.length !== length)
      return void 0;
  } catch {
    return void 0;
  }
  return randomBytes3;
}
function validateMSMPoints(points, c) {
  aarray(points, "points");
  points.forEach((p, i) => {
    if (!(p instanceof c))
      throw new Error("invalid point at index " + i);
  });
}
function validateMSMScalars(scalars, field, maxScalar) {
  if (!Array.isArray(scalars))
    throw new Error("array of scalars expected");
  scalars.forEach((s, i) => {
    const ok = maxScalar === void 0 ? field.isValid(s) : isPosBig(s) && s < maxScalar;
    if (!ok)
      throw new Error("invalid scalar at index " + i);
  });
}
var pointWindowSizes = /* @__PURE__ */ new WeakMap();
function getWindowSize(P) {
  return pointWindowSizes.get(P) || 1;
}
function oddMultiples(p, size) {
  const dbl = p.double();
  const t = [p];
  for (let j = 1; j < size; j++)
    t.push(t[j - 1].add(dbl));
  return t;
}
function wnafDigits(n, W) {
  const size = 2 ** W;
  const half = size / 2;
  const mask = BigInt(size - 1);
  const d = [];
  while (n > _0n3) {
    let w = 0;
    if (n & _1n3) {
      w = Number(n & mask);
      if (w >= half)
        w -= size;
      n -= BigInt(w);
    }
    d.push(w);
    n >>= _1n3;
  }
  return d;
}
function signedWindowDigits(n, W, windows) {
  const size = 2 ** W;
  const half = size / 2;
  const mask = BigInt(size - 1);
  const shiftBy = BigInt(W);
  const d = [];
  for (let w = 0; w < windows; w++) {
    let v = Number(n & mask);
    n >>= shiftBy;
    if (v > half) {
      v -= size;
      n += _1n3;
    }
    d.push(v);
  }
  if (n !== _0n3)
    throw new Error("invalid wnaf");
  return d;
}
function wnafWalk(zero, tables, digits) {
  let max = 0;
  for (const d of digits)
    max = Math.max(max, d.length);
  let acc = zero;
  for (let bit = max - 1; bit >= 0; bit--) {
    if (bit !== max - 1)
      acc = acc.double();
    for (let i = 0; i < digits.length; i++) {
      const w = digits[i][bit];
      if (w) {
        const item = tables[i][Math.abs(w) - 1 >> 1];
        acc = acc.add(w < 0 ? item.negate() : item);
      }
    }
  }
  return acc;
}
var ScalarMultiplier = class {
  Point;
  BASE;
  ZERO;
  randomBytes;
  wnafPrecomputes = /* @__PURE__ */ new WeakMap();
  baseCanBeBlinded;
  bits;
  // Parametrized with a given Point class (not individual point)
  constructor(Point, randomBytes3) {
    validatePointCons(Point);
    this.randomBytes = probeRandomBytes(randomBytes3, BLIND_BYTES);
    this.Point = Point;
    this.BASE = Point.BASE;
    this.ZERO = Point.ZERO;
    this.bits = Point.Fn.BITS;
  }
  /**
   * Creates a signed fixed-window wNAF precomputation table: for every window w, the
   * multiples `[1..2^(W−1)]⋅2^(w⋅W)⋅P`, flattened. All doublings are baked into the table,
   * so cached multiplication is additions-only. `windows = ceil(bits/W) + 1`: the extra
   * window absorbs the final carry of signed-digit recoding.
   * For a 256-bit curve and W=6, the table is 44⋅32 = 1408 points.
   * @param point - Point instance
   * @param W - window size
   * @param bits - scalar bitlength the table must cover
   */
  buildWnafTable(point, W, bits) {
    const windows = Math.ceil(bits / W) + 1;
    const half = 2 ** (W - 1);
    const comp = [];
    let base = point;
    for (let w = 0; w < windows; w++) {
      let acc = base;
      for (let i = 0; i < half; i++) {
        comp.push(acc);
        acc = acc.add(base);
      }
      base = comp[comp.length - 1].double();
    }
    return { W, bits, windows, comp };
  }
  /**
   * Implements ec multiplication using precomputed signed fixed-window wNAF tables.
   * Constant-time: fixed window count with one table addition per window — zero digits feed
   * the fake accumulator — and no doublings; the lookup scans the whole window slice.
   * Scalar bounds are validated by the public entry points ({@link ScalarMultiplier.mulCT},
   * {@link ScalarMultiplier.mulCTBlinded}, {@link ScalarMultiplier.mulUnsafe});
   * signedWindowDigits throws if `n` exceeds the table.
   * @returns real and fake (for const-time) points
   */
  wnafCachedCT(precomputes, n) {
    const { W, windows, comp } = precomputes;
    const half = 2 ** (W - 1);
    const digits = signedWindowDigits(n, W, windows);
    let p = this.ZERO;
    let f = this.BASE;
    for (let w = 0; w < windows; w++) {
      const digit = digits[w];
      const start = w * half;
      const idx = Math.abs(digit) - 1;
      let sel = comp[start];
      for (let i = 1; i < half; i++)
        sel = i === idx ? comp[start + i] : sel;
      const neg = sel.negate();
      if (digit === 0)
        f = f.add(comp[start]);
      else
        p = p.add(digit < 0 ? neg : sel);
    }
    return { p, f };
  }
  // Cache key is point identity plus (W, bits); at most two entries exist per point (public-width
  // `Fn.BITS` and blinded `Fn.BITS + BLIND_BITS`). Callers must not reuse the same point with
  // incompatible `transform(...)` layouts and expect a separate cache entry.
  getWnafPrecomputes(W, point, bits, transform) {
    let entries = this.wnafPrecomputes.get(point);
    let comp = entries?.find((entry) => entry.W === W && entry.bits === bits);
    if (!comp) {
      comp = this.buildWnafTable(point, W, bits);
      if (typeof transform === "function")
        comp = { ...comp, comp: transform(comp.comp) };
      if (!entries) {
        entries = [];
        this.wnafPrecomputes.set(point, entries);
      }
      entries.push(comp);
    }
    return comp;
  }
  assertPoint(point) {
    if (!(point instanceof this.Point))
      throw new TypeError('"point" expected Point instance, got type=' + typeof point);
  }
  // Shared prologue of the constant-time entry points. Rejects scalar 0: in key/signature-style
  // callers a zero scalar means broken upstream plumbing, and concrete Points already reject it.
  // Uses inRange instead of Fn.isValidNot0: validateField() only certifies the arithmetic subset.
  validateMulInput(point, scalar) {
    this.assertPoint(point);
    if (!inRange(scalar, _1n3, this.Point.Fn.ORDER))
      throw new Error("invalid scalar");
  }
  // Constant-time dispatch shared by mulCT / mulCTBlinded. Un-precomputed points (W===1, e.g.
  // ECDH peer keys) skip building a throwaway cached table in favor of a small fixed-window
  // multiply. `n` must be < 2^bits.
  runCT(point, n, bits, transform) {
    const W = getWindowSize(point);
    if (W === 1)
      return this.fixedWindowCT(point, n, bits);
    return this.wnafCachedCT(this.getWnafPrecomputes(W, point, bits, transform), n);
  }
  mulCT(point, scalar, transform) {
    this.validateMulInput(point, scalar);
    return this.runCT(point, scalar, this.bits, transform);
  }
  mulCTBlinded(point, scalar, transform) {
    this.validateMulInput(point, scalar);
    if (this.randomBytes === void 0)
      throw new Error("randomBytes is required for scalar blinding");
    const bits = this.Point.Fn.BITS + BLIND_BITS;
    const blind = this.randomBytes(BLIND_BYTES);
    if (!isBytes2(blind) || blind.length !== BLIND_BYTES)
      throw new Error("randomBytes returned invalid byte array");
    blind[0] = blind[0] & 63 | 128;
    const n = scalar + bytesToNumberBE(blind) * this.Point.Fn.ORDER;
    return this.runCT(point, n, bits, transform);
  }
  /**
   * Constant-time multiplication `n*point` for an un-precomputed point, via a small fixed window.
   * A cached wNAF table only pays off when reused; a flat 2^FW_WINDOW table (`size-1` adds) is
   * far cheaper to build for a single use. The point-operation sequence is independent of `n`:
   * build the table, then per window exactly FW_WINDOW doublings, a data-oblivious scan over
   * every table entry, and one addition (adds the identity when the window digit is 0 — never
   * skipped).
   *
   * `n` must be `< 2^bits`. Assumes complete addition (adding the identity costs the same as any
   * add), which holds for the Weierstrass/Edwards point types used here. The table is left in
   * projective form (no normalizeZ): normalizing this small a table costs more than the
   * mixed-add savings it would buy for a single multiply.
   * @returns real point `p`; `f` duplicates it only to match {@link wnafCachedCT}'s return shape
   * (this path needs no fake accumulator — its op-count is already scalar-independent).
   */
  fixedWindowCT(point, n, bits) {
    const W = FW_WINDOW;
    const size = 1 << W;
    const mask = bitMask(W);
    const table = new Array(size);
    table[0] = this.ZERO;
    for (let i = 1; i < size; i++)
      table[i] = table[i - 1].add(point);
    const windows = Math.ceil(bits / W);
    let acc = this.ZERO;
    for (let window2 = windows - 1; window2 >= 0; window2--) {
      if (window2 !== windows - 1)
        for (let d = 0; d < W; d++)
          acc = acc.double();
      const digit = Number(n >> BigInt(window2 * W) & mask);
      let sel = table[0];
      for (let i = 1; i < size; i++)
        sel = i === digit ? table[i] : sel;
      acc = acc.add(sel);
    }
    return { p: acc, f: acc };
  }
  shouldBlind(point, cofactor) {
    if (this.randomBytes === void 0)
      return false;
    if (cofactor === _1n3)
      return true;
    if (point !== this.BASE)
      return false;
    if (this.baseCanBeBlinded === void 0)
      this.baseCanBeBlinded = this.mulUnsafe(this.BASE, this.Point.Fn.ORDER).is0();
    return this.baseCanBeBlinded;
  }
  mulSecret(point, scalar, cofactor, transform) {
    return this.shouldBlind(point, cofactor) ? this.mulCTBlinded(point, scalar, transform) : this.mulCT(point, scalar, transform);
  }
  mulUnsafe(point, scalar, transform) {
    this.assertPoint(point);
    if (!isPosBig(scalar))
      throw new Error("invalid scalar");
    const W = getWindowSize(point);
    if (W === 1 || scalar >= this.Point.Fn.ORDER)
      return mulAddUnsafe(this.Point, [point], [scalar], true);
    const precomputes = this.getWnafPrecomputes(W, point, this.bits, transform);
    return this.wnafCachedCT(precomputes, scalar).p;
  }
  // Remembers the window size used for precomputed wNAF multiplication of the given point
  // and drops any previously built tables. Usually only the base point is precomputed.
  // W=1 resets the point to the un-precomputed (table-less) paths.
  // W is additionally capped so tables stay under ~2 GiB ({@link TABLE_BYTES_MAX}).
  setWindowSize(point, W) {
    this.assertPoint(point);
    validateW(W, this.bits);
    const windows = Math.ceil((this.bits + BLIND_BITS) / W) + 1;
    validateTableBytes(windows * 2 ** (W - 1), this.Point.Fp.BYTES);
    pointWindowSizes.set(point, W);
    this.wnafPrecomputes.delete(point);
  }
  // True when a window size is set: tables themselves are built lazily on first multiply.
  hasWindowSize(point) {
    return getWindowSize(point) !== 1;
  }
};
function mulAddUnsafe(c, points, scalars, allowOversized = false) {
  validatePointCons(c);
  validateMSMPoints(points, c);
  abool2(allowOversized, "allowOversized");
  validateMSMScalars(scalars, c.Fn, allowOversized ? c.Fn.ORDER ** _4n2 : void 0);
  if (points.length !== scalars.length)
    throw new Error("arrays of points and scalars must have equal length");
  const tables = points.map((p) => oddMultiples(p, 4));
  const digits = scalars.map((n) => wnafDigits(n, 4));
  return wnafWalk(c.ZERO, tables, digits);
}
function createField(order, field, isLE2) {
  if (field) {
    if (field.ORDER !== order)
      throw new Error("Field.ORDER must match order: Fp == p, Fn == n");
    validateField(field);
    return field;
  } else {
    return Field(order, { isLE: isLE2 });
  }
}
function createCurveFields(type, CURVE, curveOpts = {}, FpFnLE) {
  if (type !== "weierstrass" && type !== "edwards")
    throw new Error('expected curve type "weierstrass" or "edwards"');
  if (FpFnLE === void 0)
    FpFnLE = type === "edwards";
  if (!CURVE || typeof CURVE !== "object")
    throw new Error(`expected valid ${type} CURVE object`);
  validateObject(curveOpts);
  for (const p of ["p", "n", "h"]) {
    const val = CURVE[p];
    if (!(isPosBig(val) && val !== _0n3))
      throw new Error(`CURVE.${p} must be positive bigint`);
  }
  const Fp4 = createField(CURVE.p, curveOpts.Fp, FpFnLE);
  const Fn = createField(CURVE.n, curveOpts.Fn, FpFnLE);
  const _b = type === "weierstrass" ? "b" : "d";
  const params = ["Gx", "Gy", "a", _b];
  for (const p of params) {
    if (!Fp4.isValid(CURVE[p]))
      throw new Error(`CURVE.${p} must be valid field element of CURVE.Fp`);
  }
  CURVE = Object.freeze(Object.assign({}, CURVE));
  return { CURVE, Fp: Fp4, Fn };
}
function createKeygen(randomSecretKey, getPublicKey) {
  return function keygen(seed) {
    const secretKey = randomSecretKey(seed);
    return { secretKey, publicKey: getPublicKey(secretKey) };
  };
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/hash-to-curve.js
var _0n4 = /* @__PURE__ */ BigInt(0);
var _1n4 = /* @__PURE__ */ BigInt(1);
var _2n2 = /* @__PURE__ */ BigInt(2);
var _3n2 = /* @__PURE__ */ BigInt(3);
var _4n3 = /* @__PURE__ */ BigInt(4);
var os2ip = bytesToNumberBE;
function i2osp(value, length) {
  asafenumber(value);
  asafenumber(length);
  if (length < 0 || length > 4)
    throw new Error("invalid I2OSP length: " + length);
  if (value < 0 || value > 2 ** (8 * length) - 1)
    throw new Error("invalid I2OSP input: " + value);
  const res = Array.from({ length }).fill(0);
  for (let i = length - 1; i >= 0; i--) {
    res[i] = value & 255;
    value >>>= 8;
  }
  return new Uint8Array(res);
}
function strxor(a, b) {
  const arr = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) {
    arr[i] = a[i] ^ b[i];
  }
  return arr;
}
function normDST(DST) {
  if (!isBytes2(DST) && typeof DST !== "string")
    throw new Error("DST must be Uint8Array or ascii string");
  const dst = typeof DST === "string" ? asciiToBytes(DST) : DST;
  if (dst.length === 0)
    throw new Error("DST must be non-empty");
  return dst;
}
function expand_message_xmd(msg, DST, lenInBytes, H) {
  abytes2(msg);
  asafenumber(lenInBytes);
  if (typeof H !== "function")
    throw new Error("expand_message_xmd: expected hash function");
  asafenumber(H.outputLen, "hash.outputLen");
  asafenumber(H.blockLen, "hash.blockLen");
  DST = normDST(DST);
  if (DST.length > 255)
    DST = H(concatBytes2(asciiToBytes("H2C-OVERSIZE-DST-"), DST));
  const { outputLen: b_in_bytes, blockLen: r_in_bytes } = H;
  const ell = Math.ceil(lenInBytes / b_in_bytes);
  if (lenInBytes > 65535 || ell > 255)
    throw new Error("expand_message_xmd: invalid lenInBytes");
  const DST_prime = concatBytes2(DST, i2osp(DST.length, 1));
  const Z_pad = new Uint8Array(r_in_bytes);
  const l_i_b_str = i2osp(lenInBytes, 2);
  const b = new Array(ell);
  const b_0 = H(concatBytes2(Z_pad, msg, l_i_b_str, i2osp(0, 1), DST_prime));
  b[0] = H(concatBytes2(b_0, i2osp(1, 1), DST_prime));
  for (let i = 1; i < ell; i++) {
    const args = [strxor(b_0, b[i - 1]), i2osp(i + 1, 1), DST_prime];
    b[i] = H(concatBytes2(...args));
  }
  const pseudo_random_bytes = concatBytes2(...b);
  return pseudo_random_bytes.slice(0, lenInBytes);
}
function expand_message_xof(msg, DST, lenInBytes, k, H) {
  abytes2(msg);
  asafenumber(lenInBytes);
  asafenumber(k, "k");
  if (k < 0)
    throw new Error("expand_message_xof: invalid k");
  if (typeof H !== "function")
    throw new Error("expand_message_xof: expected XOF function");
  if (typeof H.create !== "function")
    throw new Error("expand_message_xof: expected XOF create");
  DST = normDST(DST);
  if (lenInBytes < 0 || lenInBytes > 65535)
    throw new Error("expand_message_xof: invalid lenInBytes");
  if (DST.length > 255) {
    const dkLen = Math.ceil(2 * k / 8);
    DST = H.create({ dkLen }).update(asciiToBytes("H2C-OVERSIZE-DST-")).update(DST).digest();
  }
  if (DST.length > 255)
    throw new Error("expand_message_xof: invalid DST");
  return H.create({ dkLen: lenInBytes }).update(msg).update(i2osp(lenInBytes, 2)).update(DST).update(i2osp(DST.length, 1)).digest();
}
function hash_to_field(msg, count, options) {
  validateObject(options, {
    p: "bigint",
    m: "number",
    k: "number",
    hash: "function"
  });
  const { p, k, m, hash: hash2, expand, DST } = options;
  asafenumber(hash2.outputLen, "valid hash");
  abytes2(msg);
  asafenumber(count);
  asafenumber(m, "m");
  asafenumber(k, "k");
  if (p <= BigInt(1))
    throw new Error("hash_to_field: expected valid field characteristic");
  if (count < 1)
    throw new Error("hash_to_field: expected count >= 1");
  if (m < 1)
    throw new Error("hash_to_field: expected m >= 1");
  if (k < 0)
    throw new Error("hash_to_field: invalid k");
  const log2p = p.toString(2).length;
  const L = Math.ceil((log2p + k) / 8);
  const len_in_bytes = count * m * L;
  let prb;
  if (expand === "xmd") {
    prb = expand_message_xmd(msg, DST, len_in_bytes, hash2);
  } else if (expand === "xof") {
    prb = expand_message_xof(msg, DST, len_in_bytes, k, hash2);
  } else if (expand === "_internal_pass") {
    prb = msg;
  } else {
    throw new Error('expand must be "xmd" or "xof"');
  }
  const u = new Array(count);
  for (let i = 0; i < count; i++) {
    const e = new Array(m);
    for (let j = 0; j < m; j++) {
      const elm_offset = L * (j + i * m);
      const tv = prb.subarray(elm_offset, elm_offset + L);
      e[j] = mod(os2ip(tv), p);
    }
    u[i] = e;
  }
  return u;
}
function isogenyMap(field, map) {
  validateField(field);
  aarray(map, "map");
  const coeff = map.map((i, row) => {
    aarray(i, "map[" + row + "]");
    if (i.length < 1)
      throw new Error("isogenyMap: expected non-empty coefficients");
    return Array.from(i).reverse();
  });
  return (x, y) => {
    const [xn, xd, yn, yd] = coeff.map((val) => val.reduce((acc, i) => field.add(field.mul(acc, x), i)));
    const isZero = field.is0(xd) || field.is0(yd);
    const [xd_inv, yd_inv] = FpInvertBatch(field, [xd, yd], true);
    x = field.mul(xn, xd_inv);
    y = field.mul(y, field.mul(yn, yd_inv));
    return isZero ? { x: field.ZERO, y: field.ZERO } : { x, y };
  };
}
var _DST_scalar = "HashToScalar-";
function createHasher2(Point, mapToCurve, defaults2) {
  if (typeof mapToCurve !== "function")
    throw new Error("mapToCurve() must be defined");
  validateObject(defaults2);
  const snapshot = (src) => Object.freeze({
    ...src,
    DST: isBytes2(src.DST) ? copyBytes(src.DST) : src.DST,
    ...src.encodeDST === void 0 ? {} : { encodeDST: isBytes2(src.encodeDST) ? copyBytes(src.encodeDST) : src.encodeDST }
  });
  const safeDefaults = snapshot(defaults2);
  const dstOverride = (options) => options && options.DST !== void 0 ? { DST: options.DST } : void 0;
  function map(num) {
    return Point.fromAffine(mapToCurve(num));
  }
  function clear(initial) {
    const P = initial.clearCofactor();
    if (P.equals(Point.ZERO))
      return Point.ZERO;
    P.assertValidity();
    return P;
  }
  return Object.freeze({
    get defaults() {
      return snapshot(safeDefaults);
    },
    Point,
    hashToCurve(msg, options) {
      const opts = Object.assign({}, safeDefaults, dstOverride(options));
      const u = hash_to_field(msg, 2, opts);
      const u0 = map(u[0]);
      const u1 = map(u[1]);
      return clear(u0.add(u1));
    },
    encodeToCurve(msg, options) {
      const optsDst = safeDefaults.encodeDST === void 0 ? {} : { DST: safeDefaults.encodeDST };
      const opts = Object.assign({}, safeDefaults, optsDst, dstOverride(options));
      const u = hash_to_field(msg, 1, opts);
      const u0 = map(u[0]);
      return clear(u0);
    },
    /** See {@link H2CHasher} */
    mapToCurve(scalars) {
      if (safeDefaults.m === 1) {
        if (typeof scalars !== "bigint")
          throw new Error("expected bigint (m=1)");
        return clear(map([scalars]));
      }
      if (!Array.isArray(scalars))
        throw new Error("expected array of bigints");
      if (scalars.length !== safeDefaults.m)
        throw new Error(`expected array of ${safeDefaults.m} bigints`);
      for (const i of scalars)
        if (typeof i !== "bigint")
          throw new Error("expected array of bigints");
      return clear(map(scalars));
    },
    // hash_to_scalar can produce 0: https://www.rfc-editor.org/errata/eid8393
    // RFC 9380, draft-irtf-cfrg-bbs-signatures-08. Default scalar DST is the shared generic
    // `HashToScalar-` prefix above unless the caller overrides it per invocation.
    hashToScalar(msg, options) {
      const N2 = Point.Fn.ORDER;
      const opts = Object.assign({}, safeDefaults, { DST: _DST_scalar }, dstOverride(options), {
        p: N2,
        m: 1
      });
      return hash_to_field(msg, 1, opts)[0][0];
    }
  });
}
function SWUFpSqrtRatio(Fp4, Z) {
  const F2 = validateField(Fp4);
  const q = F2.ORDER;
  let l = _0n4;
  for (let o = q - _1n4; o % _2n2 === _0n4; o /= _2n2)
    l += _1n4;
  const c1 = l;
  const _2n_pow_c1_1 = _2n2 << c1 - _1n4 - _1n4;
  const _2n_pow_c1 = _2n_pow_c1_1 * _2n2;
  const c2 = (q - _1n4) / _2n_pow_c1;
  const c3 = (c2 - _1n4) / _2n2;
  const c4 = _2n_pow_c1 - _1n4;
  const c5 = _2n_pow_c1_1;
  const c6 = F2.pow(Z, c2);
  const c7 = F2.pow(Z, (c2 + _1n4) / _2n2);
  let sqrtRatio = (u, v) => {
    let tv1 = c6;
    let tv2 = F2.pow(v, c4);
    let tv3 = F2.sqr(tv2);
    tv3 = F2.mul(tv3, v);
    let tv5 = F2.mul(u, tv3);
    tv5 = F2.pow(tv5, c3);
    tv5 = F2.mul(tv5, tv2);
    tv2 = F2.mul(tv5, v);
    tv3 = F2.mul(tv5, u);
    let tv4 = F2.mul(tv3, tv2);
    tv5 = F2.pow(tv4, c5);
    let isQR = F2.eql(tv5, F2.ONE);
    tv2 = F2.mul(tv3, c7);
    tv5 = F2.mul(tv4, tv1);
    tv3 = F2.cmov(tv2, tv3, isQR);
    tv4 = F2.cmov(tv5, tv4, isQR);
    for (let i = c1; i > _1n4; i--) {
      let tv52 = i - _2n2;
      tv52 = _2n2 << tv52 - _1n4;
      let tvv5 = F2.pow(tv4, tv52);
      const e1 = F2.eql(tvv5, F2.ONE);
      tv2 = F2.mul(tv3, tv1);
      tv1 = F2.mul(tv1, tv1);
      tvv5 = F2.mul(tv4, tv1);
      tv3 = F2.cmov(tv2, tv3, e1);
      tv4 = F2.cmov(tvv5, tv4, e1);
    }
    return { isValid: !F2.is0(v) && (isQR || F2.is0(u)), value: tv3 };
  };
  if (F2.ORDER % _4n3 === _3n2) {
    const c12 = (F2.ORDER - _3n2) / _4n3;
    const c22 = F2.sqrt(F2.neg(Z));
    sqrtRatio = (u, v) => {
      let tv1 = F2.sqr(v);
      const tv2 = F2.mul(u, v);
      tv1 = F2.mul(tv1, tv2);
      let y1 = F2.pow(tv1, c12);
      y1 = F2.mul(y1, tv2);
      const y2 = F2.mul(y1, c22);
      const tv3 = F2.mul(F2.sqr(y1), v);
      const isQR = F2.eql(tv3, u);
      let y = F2.cmov(y2, y1, isQR);
      return { isValid: !F2.is0(v) && isQR, value: y };
    };
  }
  return sqrtRatio;
}
function mapToCurveSimpleSWU(Fp4, opts) {
  const F2 = validateField(Fp4);
  validateObject(opts, {}, {}, "opts");
  const { A, B: B2, Z } = opts;
  if (!F2.isValidNot0(A) || !F2.isValidNot0(B2) || !F2.isValid(Z))
    throw new Error("mapToCurveSimpleSWU: invalid opts");
  if (F2.eql(Z, F2.neg(F2.ONE)) || FpIsSquare(F2, Z))
    throw new Error("mapToCurveSimpleSWU: invalid opts");
  const x = F2.mul(B2, F2.inv(F2.mul(Z, A)));
  const gx = F2.add(F2.add(F2.mul(F2.sqr(x), x), F2.mul(A, x)), B2);
  if (!FpIsSquare(F2, gx))
    throw new Error("mapToCurveSimpleSWU: invalid opts");
  const sqrtRatio = SWUFpSqrtRatio(F2, Z);
  if (!F2.isOdd)
    throw new Error("Field does not have .isOdd()");
  return (u) => {
    let tv1, tv2, tv3, tv4, tv5, tv6, x2, y;
    tv1 = F2.sqr(u);
    tv1 = F2.mul(tv1, Z);
    tv2 = F2.sqr(tv1);
    tv2 = F2.add(tv2, tv1);
    tv3 = F2.add(tv2, F2.ONE);
    tv3 = F2.mul(tv3, B2);
    tv4 = F2.cmov(Z, F2.neg(tv2), !F2.eql(tv2, F2.ZERO));
    tv4 = F2.mul(tv4, A);
    tv2 = F2.sqr(tv3);
    tv6 = F2.sqr(tv4);
    tv5 = F2.mul(tv6, A);
    tv2 = F2.add(tv2, tv5);
    tv2 = F2.mul(tv2, tv3);
    tv6 = F2.mul(tv6, tv4);
    tv5 = F2.mul(tv6, B2);
    tv2 = F2.add(tv2, tv5);
    x2 = F2.mul(tv1, tv3);
    const { isValid: isValid2, value } = sqrtRatio(tv2, tv6);
    y = F2.mul(tv1, u);
    y = F2.mul(y, value);
    x2 = F2.cmov(x2, tv3, isValid2);
    y = F2.cmov(y, value, isValid2);
    const e1 = F2.isOdd(u) === F2.isOdd(y);
    y = F2.cmov(F2.neg(y), y, e1);
    const tv4_inv = FpInvertBatch(F2, [tv4], true)[0];
    x2 = F2.mul(x2, tv4_inv);
    return { x: x2, y };
  };
}

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/hmac.js
var _HMAC = class {
  oHash;
  iHash;
  blockLen;
  outputLen;
  canXOF = false;
  finished = false;
  destroyed = false;
  constructor(hash2, key) {
    ahash(hash2);
    abytes(key, void 0, "key");
    this.iHash = hash2.create();
    if (typeof this.iHash.update !== "function")
      throw new Error("expected Hash instance");
    this.blockLen = this.iHash.blockLen;
    this.outputLen = this.iHash.outputLen;
    const blockLen = this.blockLen;
    const pad = new Uint8Array(blockLen);
    pad.set(key.length > blockLen ? hash2.create().update(key).digest() : key);
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54;
    this.iHash.update(pad);
    this.oHash = hash2.create();
    for (let i = 0; i < pad.length; i++)
      pad[i] ^= 54 ^ 92;
    this.oHash.update(pad);
    clean(pad);
  }
  update(buf) {
    aexists(this);
    this.iHash.update(buf);
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const buf = out.subarray(0, this.outputLen);
    this.iHash.digestInto(buf);
    this.oHash.update(buf);
    this.oHash.digestInto(buf);
    this.destroy();
  }
  digest() {
    const out = new Uint8Array(this.oHash.outputLen);
    this.digestInto(out);
    return out;
  }
  _cloneInto(to) {
    to ||= Object.create(Object.getPrototypeOf(this), {});
    const { oHash, iHash, finished, destroyed, blockLen, outputLen, canXOF } = this;
    to = to;
    to.finished = finished;
    to.destroyed = destroyed;
    to.blockLen = blockLen;
    to.outputLen = outputLen;
    to.canXOF = canXOF;
    to.oHash = oHash._cloneInto(to.oHash);
    to.iHash = iHash._cloneInto(to.iHash);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
  destroy() {
    this.destroyed = true;
    this.oHash.destroy();
    this.iHash.destroy();
  }
};
var hmac = /* @__PURE__ */ (() => {
  const hmac_ = ((hash2, key, message) => new _HMAC(hash2, key).update(message).digest());
  hmac_.create = (hash2, key) => new _HMAC(hash2, key);
  return hmac_;
})();

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/der.js
var _0n5 = /* @__PURE__ */ BigInt(0);
var DERErr = class extends Error {
  constructor(m = "") {
    super(m);
  }
};
var _DER = {
  // asn.1 DER encoding utils
  Err: DERErr,
  // Basic building block is TLV (Tag-Length-Value)
  _tlv: {
    encode: (tag, data) => {
      const { Err: E } = _DER;
      asafenumber(tag, "tag");
      if (tag < 0 || tag > 255)
        throw new E("tlv.encode: wrong tag");
      astring(data, "data");
      if (data.length & 1)
        throw new E("tlv.encode: unpadded data");
      const dataLen = data.length / 2;
      const len = numberToHexUnpadded(dataLen);
      if (len.length / 2 & 128)
        throw new E("tlv.encode: long form length too big");
      const lenLen = dataLen > 127 ? numberToHexUnpadded(len.length / 2 | 128) : "";
      const t = numberToHexUnpadded(tag);
      return t + lenLen + len + data;
    },
    // v - value, l - left bytes (unparsed)
    decode(tag, data) {
      const { Err: E } = _DER;
      data = abytes2(data, void 0, "DER data");
      let pos = 0;
      if (tag < 0 || tag > 255)
        throw new E("tlv.decode: wrong tag");
      if (data.length < 2 || data[pos++] !== tag)
        throw new E("tlv.decode: wrong tlv");
      const first = data[pos++];
      const isLong = !!(first & 128);
      let length = 0;
      if (!isLong)
        length = first;
      else {
        const lenLen = first & 127;
        if (!lenLen)
          throw new E("tlv.decode(long): indefinite length not supported");
        if (lenLen > 4)
          throw new E("tlv.decode(long): byte length is too big");
        const lengthBytes = data.subarray(pos, pos + lenLen);
        if (lengthBytes.length !== lenLen)
          throw new E("tlv.decode: length bytes not complete");
        if (lengthBytes[0] === 0)
          throw new E("tlv.decode(long): zero leftmost byte");
        for (const b of lengthBytes)
          length = length << 8 | b;
        pos += lenLen;
        if (length < 128)
          throw new E("tlv.decode(long): not minimal encoding");
      }
      const v = data.subarray(pos, pos + length);
      if (v.length !== length)
        throw new E("tlv.decode: wrong value length");
      return { v, l: data.subarray(pos + length) };
    }
  },
  // https://crypto.stackexchange.com/a/57734 Leftmost bit of first byte is 'negative' flag,
  // since we always use positive integers here. It must always be empty:
  // - add zero byte if exists
  // - if next byte doesn't have a flag, leading zero is not allowed (minimal encoding)
  _int: {
    encode(num) {
      const { Err: E } = _DER;
      abignumber(num);
      if (num < _0n5)
        throw new E("integer: negative integers are not allowed");
      let hex = numberToHexUnpadded(num);
      if (Number.parseInt(hex[0], 16) & 8)
        hex = "00" + hex;
      if (hex.length & 1)
        throw new E("unexpected DER parsing assertion: unpadded hex");
      return hex;
    },
    decode(data) {
      const { Err: E } = _DER;
      if (data.length < 1)
        throw new E("invalid signature integer: empty");
      if (data[0] & 128)
        throw new E("invalid signature integer: negative");
      if (data.length > 1 && data[0] === 0 && !(data[1] & 128))
        throw new E("invalid signature integer: unnecessary leading zero");
      return bytesToNumberBE(data);
    }
  },
  toSig(bytes, maxScalarBytes) {
    const { Err: E, _int: int, _tlv: tlv } = _DER;
    if (maxScalarBytes !== void 0) {
      asafenumber(maxScalarBytes, "maxScalarBytes");
      if (maxScalarBytes < 1)
        throw new E("invalid signature: maxScalarBytes must be positive");
    }
    const data = abytes2(bytes, void 0, "signature");
    const { v: seqBytes, l: seqLeftBytes } = tlv.decode(48, data);
    if (seqLeftBytes.length)
      throw new E("invalid signature: left bytes after parsing");
    const { v: rBytes, l: rLeftBytes } = tlv.decode(2, seqBytes);
    const { v: sBytes, l: sLeftBytes } = tlv.decode(2, rLeftBytes);
    if (sLeftBytes.length)
      throw new E("invalid signature: left bytes after parsing");
    if (maxScalarBytes !== void 0 && (rBytes.length > maxScalarBytes || sBytes.length > maxScalarBytes))
      throw new E("invalid signature: integer too large");
    return { r: int.decode(rBytes), s: int.decode(sBytes) };
  },
  hexFromSig(sig) {
    const { _tlv: tlv, _int: int } = _DER;
    validateObject(sig, { r: "bigint", s: "bigint" }, {}, "sig");
    const rs = tlv.encode(2, int.encode(sig.r));
    const ss = tlv.encode(2, int.encode(sig.s));
    const seq = rs + ss;
    return tlv.encode(48, seq);
  }
};
var DER = /* @__PURE__ */ (() => {
  Object.freeze(_DER._tlv);
  Object.freeze(_DER._int);
  return Object.freeze(_DER);
})();

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/weierstrass.js
var divNearest = (num, den) => (num + (num >= 0 ? den : -den) / _2n3) / den;
function _splitEndoScalar(k, basis, n) {
  aInRange("scalar", k, _0n6, n);
  const [[a1, b1], [a2, b2]] = basis;
  const c1 = divNearest(b2 * k, n);
  const c2 = divNearest(-b1 * k, n);
  let k1 = k - c1 * a1 - c2 * a2;
  let k2 = -c1 * b1 - c2 * b2;
  const k1neg = k1 < _0n6;
  const k2neg = k2 < _0n6;
  if (k1neg)
    k1 = -k1;
  if (k2neg)
    k2 = -k2;
  const MAX_NUM = bitMask(Math.ceil(bitLen(n) / 2)) + _1n5;
  if (k1 < _0n6 || k1 >= MAX_NUM || k2 < _0n6 || k2 >= MAX_NUM) {
    throw new Error("splitScalar (endomorphism): failed for k");
  }
  return { k1neg, k1, k2neg, k2 };
}
function validateSigFormat(format) {
  if (!["compact", "recovered", "der"].includes(format))
    throw new Error('Signature format must be "compact", "recovered", or "der"');
  return format;
}
function validateSigOpts(opts, def) {
  validateObject(opts);
  const optsn = {};
  for (let optName of Object.keys(def)) {
    optsn[optName] = opts[optName] === void 0 ? def[optName] : opts[optName];
  }
  abool2(optsn.lowS, "lowS");
  abool2(optsn.prehash, "prehash");
  if (optsn.format !== void 0)
    validateSigFormat(optsn.format);
  return optsn;
}
var _0n6 = /* @__PURE__ */ BigInt(0);
var _1n5 = /* @__PURE__ */ BigInt(1);
var _2n3 = /* @__PURE__ */ BigInt(2);
var _3n3 = /* @__PURE__ */ BigInt(3);
var _4n4 = /* @__PURE__ */ BigInt(4);
function weierstrass(params, extraOpts = {}) {
  const validated = createCurveFields("weierstrass", params, extraOpts);
  const Fp4 = validated.Fp;
  const Fn = validated.Fn;
  let CURVE = validated.CURVE;
  const { h: cofactor, n: CURVE_ORDER } = CURVE;
  validateObject(extraOpts, {}, {
    allowInfinityPoint: "boolean",
    clearCofactor: "function",
    isTorsionFree: "function",
    fromBytes: "function",
    toBytes: "function",
    endo: "object",
    randomBytes: "function"
  });
  const { endo: endoOpts, allowInfinityPoint, clearCofactor, isTorsionFree, fromBytes, toBytes: toBytes3 } = extraOpts;
  const randomBytes3 = extraOpts.randomBytes === void 0 ? randomBytes2 : extraOpts.randomBytes;
  if (endoOpts) {
    if (!Fp4.is0(CURVE.a) || typeof endoOpts.beta !== "bigint" || !Array.isArray(endoOpts.basises)) {
      throw new Error('invalid endo: expected "beta": bigint and "basises": array');
    }
  }
  const endo = endoOpts ? {
    beta: endoOpts.beta,
    basises: endoOpts.basises.map((basis) => [...basis])
  } : void 0;
  const lengths = getWLengths(Fp4, Fn);
  function assertCompressionIsSupported() {
    if (!Fp4.isOdd)
      throw new Error("compression is not supported: Field does not have .isOdd()");
  }
  function pointToBytes(_c, point, isCompressed) {
    if (point.is0()) {
      if (!allowInfinityPoint)
        throw new Error("bad point: ZERO");
      return Uint8Array.of(0);
    }
    const { x, y } = point.toAffine();
    const bx = Fp4.toBytes(x);
    abool2(isCompressed, "isCompressed");
    if (isCompressed) {
      assertCompressionIsSupported();
      const hasEvenY = !Fp4.isOdd(y);
      return concatBytes2(pprefix(hasEvenY), bx);
    } else {
      return concatBytes2(Uint8Array.of(4), bx, Fp4.toBytes(y));
    }
  }
  function pointFromBytes(bytes) {
    abytes2(bytes, void 0, "Point");
    const { publicKey: comp, publicKeyUncompressed: uncomp } = lengths;
    const length = bytes.length;
    const head = bytes[0];
    const tail = bytes.subarray(1);
    if (allowInfinityPoint && length === 1 && head === 0)
      return { x: Fp4.ZERO, y: Fp4.ZERO };
    if (length === comp && (head === 2 || head === 3)) {
      const x = Fp4.fromBytes(tail);
      if (!Fp4.isValid(x))
        throw new Error("bad point: is not on curve, wrong x");
      const y2 = weierstrassEquation(x);
      let y;
      try {
        y = Fp4.sqrt(y2);
      } catch (sqrtError) {
        const err = sqrtError instanceof Error ? ": " + sqrtError.message : "";
        throw new Error("bad point: is not on curve, sqrt error" + err);
      }
      assertCompressionIsSupported();
      const evenY = Fp4.isOdd(y);
      const evenH = (head & 1) === 1;
      if (evenH !== evenY)
        y = Fp4.neg(y);
      return { x, y };
    } else if (length === uncomp && head === 4) {
      const L = Fp4.BYTES;
      const x = Fp4.fromBytes(tail.subarray(0, L));
      const y = Fp4.fromBytes(tail.subarray(L, L * 2));
      if (!isValidXY(x, y))
        throw new Error("bad point: is not on curve");
      return { x, y };
    } else {
      throw new Error(`bad point: got length ${length}, expected compressed=${comp} or uncompressed=${uncomp}`);
    }
  }
  const encodePoint = toBytes3 === void 0 ? pointToBytes : toBytes3;
  const decodePoint = fromBytes === void 0 ? pointFromBytes : fromBytes;
  const b3 = Fp4.mul(CURVE.b, _3n3);
  const mulA = Fp4.is0(CURVE.a) ? (_) => Fp4.ZERO : (x) => Fp4.mul(CURVE.a, x);
  function weierstrassEquation(x) {
    const x2 = Fp4.sqr(x);
    const x3 = Fp4.mul(x2, x);
    return Fp4.add(Fp4.add(x3, Fp4.mul(x, CURVE.a)), CURVE.b);
  }
  function isValidXY(x, y) {
    const left = Fp4.sqr(y);
    const right = weierstrassEquation(x);
    return Fp4.eql(left, right);
  }
  if (!isValidXY(CURVE.Gx, CURVE.Gy))
    throw new Error("bad curve params: generator point");
  const _4a3 = Fp4.mul(Fp4.pow(CURVE.a, _3n3), _4n4);
  const _27b2 = Fp4.mul(Fp4.sqr(CURVE.b), BigInt(27));
  if (Fp4.is0(Fp4.add(_4a3, _27b2)))
    throw new Error("bad curve params: a or b");
  function acoord(title, n, banZero = false) {
    if (!Fp4.isValid(n) || banZero && Fp4.is0(n))
      throw new Error(`bad point coordinate ${title}`);
    return typeof n === "object" && n !== null ? Fp4.create(n) : n;
  }
  function aprjpoint(other) {
    if (!(other instanceof Point))
      throw new Error("Weierstrass Point expected");
  }
  function splitEndoScalarN(k) {
    if (!endo || !endo.basises)
      throw new Error("no endo");
    return _splitEndoScalar(k, endo.basises, Fn.ORDER);
  }
  function pushWnafPair(points, scalars, p, k) {
    if (!Fn.isValid(k))
      throw new RangeError("invalid scalar: out of range");
    if (endo) {
      const { k1neg, k1, k2neg, k2 } = splitEndoScalarN(k);
      const psi2 = new Point(Fp4.mul(p.X, endo.beta), p.Y, p.Z);
      points.push(k1neg ? p.negate() : p, k2neg ? psi2.negate() : psi2);
      scalars.push(k1, k2);
    } else {
      points.push(p);
      scalars.push(k);
    }
  }
  const validityCache = /* @__PURE__ */ new WeakSet();
  class Point {
    static BASE = new Point(CURVE.Gx, CURVE.Gy, Fp4.ONE);
    static ZERO = new Point(Fp4.ZERO, Fp4.ONE, Fp4.ZERO);
    static Fp = Fp4;
    static Fn = Fn;
    X;
    Y;
    Z;
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    constructor(X, Y, Z) {
      this.X = acoord("x", X);
      this.Y = acoord("y", Y, true);
      this.Z = acoord("z", Z);
      Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /** Does NOT validate if the point is valid. Use `.assertValidity()`. */
    static fromAffine(p) {
      const { x, y } = p || {};
      if (!p || !Fp4.isValid(x) || !Fp4.isValid(y))
        throw new Error("invalid affine point");
      if (p instanceof Point)
        throw new Error("projective point not allowed");
      if (Fp4.is0(x) && Fp4.is0(y))
        return Point.ZERO;
      return new Point(x, y, Fp4.ONE);
    }
    static fromBytes(bytes) {
      const P = Point.fromAffine(decodePoint(abytes2(bytes, void 0, "point")));
      P.assertValidity();
      return P;
    }
    static fromHex(hex) {
      return Point.fromBytes(hexToBytes2(hex));
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    /**
     * @param isLazy - true will defer table computation until the first multiplication
     */
    precompute(windowSize = 6, isLazy = true) {
      wnaf.setWindowSize(this, windowSize);
      if (!isLazy)
        this.multiply(_3n3);
      return this;
    }
    // TODO: return `this`
    /** A point on curve is valid if it conforms to equation. */
    assertValidity() {
      const p = this;
      if (p.is0()) {
        if (allowInfinityPoint && Fp4.is0(p.X) && Fp4.eql(p.Y, Fp4.ONE) && Fp4.is0(p.Z))
          return;
        throw new Error("bad point: ZERO");
      }
      if (validityCache.has(p))
        return;
      const { x, y } = p.toAffine();
      if (!Fp4.isValid(x) || !Fp4.isValid(y))
        throw new Error("bad point: x or y not field elements");
      if (!isValidXY(x, y))
        throw new Error("bad point: equation left != right");
      if (!p.isTorsionFree())
        throw new Error("bad point: not in prime-order subgroup");
      validityCache.add(p);
    }
    hasEvenY() {
      const { y } = this.toAffine();
      if (!Fp4.isOdd)
        throw new Error("Field doesn't support isOdd");
      return !Fp4.isOdd(y);
    }
    /** Compare one point to another. */
    equals(other) {
      aprjpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      const U1 = Fp4.eql(Fp4.mul(X1, Z2), Fp4.mul(X2, Z1));
      const U2 = Fp4.eql(Fp4.mul(Y1, Z2), Fp4.mul(Y2, Z1));
      return U1 && U2;
    }
    /** Flips point to one corresponding to (x, -y) in Affine coordinates. */
    negate() {
      return new Point(this.X, Fp4.neg(this.Y), this.Z);
    }
    // Renes-Costello-Batina exception-free doubling formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 3
    // Cost: 8M + 3S + 3*a + 2*b3 + 15add.
    double() {
      const { X: X1, Y: Y1, Z: Z1 } = this;
      let X3 = Fp4.ZERO, Y3 = Fp4.ZERO, Z3 = Fp4.ZERO;
      let t0 = Fp4.mul(X1, X1);
      let t1 = Fp4.mul(Y1, Y1);
      let t2 = Fp4.mul(Z1, Z1);
      let t3 = Fp4.mul(X1, Y1);
      t3 = Fp4.add(t3, t3);
      Z3 = Fp4.mul(X1, Z1);
      Z3 = Fp4.add(Z3, Z3);
      X3 = mulA(Z3);
      Y3 = Fp4.mul(b3, t2);
      Y3 = Fp4.add(X3, Y3);
      X3 = Fp4.sub(t1, Y3);
      Y3 = Fp4.add(t1, Y3);
      Y3 = Fp4.mul(X3, Y3);
      X3 = Fp4.mul(t3, X3);
      Z3 = Fp4.mul(b3, Z3);
      t2 = mulA(t2);
      t3 = Fp4.sub(t0, t2);
      t3 = mulA(t3);
      t3 = Fp4.add(t3, Z3);
      Z3 = Fp4.add(t0, t0);
      t0 = Fp4.add(Z3, t0);
      t0 = Fp4.add(t0, t2);
      t0 = Fp4.mul(t0, t3);
      Y3 = Fp4.add(Y3, t0);
      t2 = Fp4.mul(Y1, Z1);
      t2 = Fp4.add(t2, t2);
      t0 = Fp4.mul(t2, t3);
      X3 = Fp4.sub(X3, t0);
      Z3 = Fp4.mul(t2, t1);
      Z3 = Fp4.add(Z3, Z3);
      Z3 = Fp4.add(Z3, Z3);
      return new Point(X3, Y3, Z3);
    }
    // Renes-Costello-Batina exception-free addition formula.
    // There is 30% faster Jacobian formula, but it is not complete.
    // https://eprint.iacr.org/2015/1060, algorithm 1
    // Cost: 12M + 0S + 3*a + 3*b3 + 23add.
    add(other) {
      aprjpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      let X3 = Fp4.ZERO, Y3 = Fp4.ZERO, Z3 = Fp4.ZERO;
      let t0 = Fp4.mul(X1, X2);
      let t1 = Fp4.mul(Y1, Y2);
      let t2 = Fp4.mul(Z1, Z2);
      let t3 = Fp4.add(X1, Y1);
      let t4 = Fp4.add(X2, Y2);
      t3 = Fp4.mul(t3, t4);
      t4 = Fp4.add(t0, t1);
      t3 = Fp4.sub(t3, t4);
      t4 = Fp4.add(X1, Z1);
      let t5 = Fp4.add(X2, Z2);
      t4 = Fp4.mul(t4, t5);
      t5 = Fp4.add(t0, t2);
      t4 = Fp4.sub(t4, t5);
      t5 = Fp4.add(Y1, Z1);
      X3 = Fp4.add(Y2, Z2);
      t5 = Fp4.mul(t5, X3);
      X3 = Fp4.add(t1, t2);
      t5 = Fp4.sub(t5, X3);
      Z3 = mulA(t4);
      X3 = Fp4.mul(b3, t2);
      Z3 = Fp4.add(X3, Z3);
      X3 = Fp4.sub(t1, Z3);
      Z3 = Fp4.add(t1, Z3);
      Y3 = Fp4.mul(X3, Z3);
      t1 = Fp4.add(t0, t0);
      t1 = Fp4.add(t1, t0);
      t2 = mulA(t2);
      t4 = Fp4.mul(b3, t4);
      t1 = Fp4.add(t1, t2);
      t2 = Fp4.sub(t0, t2);
      t2 = mulA(t2);
      t4 = Fp4.add(t4, t2);
      t0 = Fp4.mul(t1, t4);
      Y3 = Fp4.add(Y3, t0);
      t0 = Fp4.mul(t5, t4);
      X3 = Fp4.mul(t3, X3);
      X3 = Fp4.sub(X3, t0);
      t0 = Fp4.mul(t3, t1);
      Z3 = Fp4.mul(t5, Z3);
      Z3 = Fp4.add(Z3, t0);
      return new Point(X3, Y3, Z3);
    }
    subtract(other) {
      aprjpoint(other);
      return this.add(other.negate());
    }
    is0() {
      return this.equals(Point.ZERO);
    }
    /**
     * Constant time multiplication.
     * Uses precomputed tables (signed fixed-window wNAF) when available.
     * Uses scalar blinding and avoids endomorphism splitting in the secret-scalar path.
     * @param scalar - by which the point would be multiplied
     * @returns New point
     */
    multiply(scalar) {
      if (!Fn.isValidNot0(scalar))
        throw new RangeError("invalid scalar: out of range");
      const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([p, f])[0];
    }
    /**
     * Non-constant-time multiplication. Uses width-4 wNAF with GLV endomorphism splitting
     * when available (two half-width scalars sharing one halved doubling chain).
     * It's faster, but should only be used when you don't care about
     * an exposed secret key e.g. sig verification, which works over *public* keys.
     */
    multiplyUnsafe(scalar) {
      const p = this;
      const sc = scalar;
      if (!Fn.isValid(sc))
        throw new RangeError("invalid scalar: out of range");
      if (sc === _0n6 || p.is0())
        return Point.ZERO;
      if (sc === _1n5)
        return p;
      if (wnaf.hasWindowSize(this))
        return wnaf.mulUnsafe(p, sc, normalize);
      const points = [];
      const scalars = [];
      pushWnafPair(points, scalars, p, sc);
      return mulAddUnsafe(Point, points, scalars);
    }
    /**
     * Non-constant-time double-scalar multiplication `a⋅this + b⋅other` (Strauss–Shamir).
     * Both walks share one doubling chain via {@link mulAddUnsafe}, and GLV endomorphism
     * (when available) halves the chain again by splitting each scalar into two half-width
     * parts. Used by ECDSA verification and public-key recovery for `R = u1⋅G + u2⋅P`.
     * Only for public scalars.
     */
    mulAddUnsafe(a, other, b) {
      aprjpoint(other);
      const points = [];
      const scalars = [];
      pushWnafPair(points, scalars, this, a);
      pushWnafPair(points, scalars, other, b);
      return mulAddUnsafe(Point, points, scalars);
    }
    /**
     * Converts Projective point to affine (x, y) coordinates.
     * (X, Y, Z) ∋ (x=X/Z, y=Y/Z).
     * @param invertedZ - Z^-1 (inverted zero) - optional, precomputation is useful for invertBatch
     */
    toAffine(invertedZ) {
      const p = this;
      let iz = invertedZ;
      if (iz != null && !Fp4.isValid(iz))
        throw new RangeError('"invertedZ" expected valid field element');
      const { X, Y, Z } = p;
      if (Fp4.eql(Z, Fp4.ONE))
        return { x: X, y: Y };
      const is0 = p.is0();
      if (iz == null)
        iz = is0 ? Fp4.ONE : Fp4.inv(Z);
      const x = Fp4.mul(X, iz);
      const y = Fp4.mul(Y, iz);
      const zz = Fp4.mul(Z, iz);
      if (is0)
        return { x: Fp4.ZERO, y: Fp4.ZERO };
      if (!Fp4.eql(zz, Fp4.ONE))
        throw new Error("invZ was invalid");
      return { x, y };
    }
    /**
     * Checks whether Point is free of torsion elements (is in prime subgroup).
     * Always torsion-free for cofactor=1 curves.
     */
    isTorsionFree() {
      if (cofactor === _1n5)
        return true;
      if (isTorsionFree)
        return isTorsionFree(Point, this);
      return wnaf.mulUnsafe(this, CURVE_ORDER).is0();
    }
    clearCofactor() {
      if (cofactor === _1n5)
        return this;
      if (clearCofactor)
        return clearCofactor(Point, this);
      return this.multiplyUnsafe(cofactor);
    }
    isSmallOrder() {
      if (cofactor === _1n5)
        return this.is0();
      return this.clearCofactor().is0();
    }
    toBytes(isCompressed = true) {
      abool2(isCompressed, "isCompressed");
      this.assertValidity();
      return encodePoint(Point, this, isCompressed);
    }
    toHex(isCompressed = true) {
      return bytesToHex2(this.toBytes(isCompressed));
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  const normalize = (points) => normalizeZ(Point, points);
  const wnaf = new ScalarMultiplier(Point, randomBytes3);
  if (wnaf.bits >= 6)
    Point.BASE.precompute(6);
  Object.freeze(Point.prototype);
  Object.freeze(Point);
  return Point;
}
function pprefix(hasEvenY) {
  return Uint8Array.of(hasEvenY ? 2 : 3);
}
function getWLengths(Fp4, Fn) {
  return {
    secretKey: Fn.BYTES,
    publicKey: 1 + Fp4.BYTES,
    publicKeyUncompressed: 1 + 2 * Fp4.BYTES,
    publicKeyHasPrefix: true,
    // Raw compact `(r || s)` signature width; DER and recovered signatures use
    // different lengths outside this helper.
    signature: 2 * Fn.BYTES
  };
}
function ecdh(Point, ecdhOpts = {}) {
  validatePointCons(Point);
  const { Fn } = Point;
  const randomBytes_ = ecdhOpts.randomBytes === void 0 ? randomBytes2 : ecdhOpts.randomBytes;
  const lengths = Object.assign(getWLengths(Point.Fp, Fn), {
    seed: Math.max(getMinHashLength(Fn.ORDER), 16)
  });
  function isValidSecretKey(secretKey) {
    try {
      const num = Fn.fromBytes(secretKey);
      return Fn.isValidNot0(num);
    } catch (error) {
      return false;
    }
  }
  function isValidPublicKey(publicKey, isCompressed) {
    const { publicKey: comp, publicKeyUncompressed } = lengths;
    try {
      const l = publicKey.length;
      if (isCompressed === true && l !== comp)
        return false;
      if (isCompressed === false && l !== publicKeyUncompressed)
        return false;
      return !Point.fromBytes(publicKey).is0();
    } catch (error) {
      return false;
    }
  }
  function randomSecretKey(seed) {
    seed = seed === void 0 ? randomBytes_(lengths.seed) : seed;
    return mapHashToField(abytes2(seed, lengths.seed, "seed"), Fn.ORDER);
  }
  function getPublicKey(secretKey, isCompressed = true) {
    return Point.BASE.multiply(Fn.fromBytes(secretKey)).toBytes(isCompressed);
  }
  function isProbPub(item) {
    const { secretKey, publicKey, publicKeyUncompressed } = lengths;
    const allowedLengths = Fn._lengths;
    if (!isBytes2(item))
      return void 0;
    const l = abytes2(item, void 0, "key").length;
    const isPub = l === publicKey || l === publicKeyUncompressed;
    const isSec = l === secretKey || !!allowedLengths?.includes(l);
    if (isPub && isSec)
      return void 0;
    return isPub;
  }
  function getSharedSecret(secretKeyA, publicKeyB, isCompressed = true) {
    if (isProbPub(secretKeyA) === true)
      throw new Error("first arg must be private key");
    if (isProbPub(publicKeyB) === false)
      throw new Error("second arg must be public key");
    const s = Fn.fromBytes(secretKeyA);
    const b = Point.fromBytes(publicKeyB);
    if (b.is0())
      throw new Error("invalid public key: point at infinity");
    return b.multiply(s).toBytes(isCompressed);
  }
  const utils = {
    isValidSecretKey,
    isValidPublicKey,
    randomSecretKey
  };
  const keygen = createKeygen(randomSecretKey, getPublicKey);
  Object.freeze(utils);
  Object.freeze(lengths);
  return Object.freeze({ getPublicKey, getSharedSecret, keygen, Point, utils, lengths });
}
function ecdsa(Point, hash2, ecdsaOpts = {}) {
  validatePointCons(Point);
  const hash_ = hash2;
  ahash(hash_);
  validateObject(ecdsaOpts, {}, {
    hmac: "function",
    lowS: "boolean",
    randomBytes: "function",
    bits2int: "function",
    bits2int_modN: "function"
  });
  const opts = Object.assign({}, ecdsaOpts);
  const randomBytes3 = opts.randomBytes === void 0 ? randomBytes2 : opts.randomBytes;
  const hmac2 = opts.hmac === void 0 ? (key, msg) => hmac(hash_, key, msg) : opts.hmac;
  const { Fp: Fp4, Fn } = Point;
  const { ORDER: CURVE_ORDER, BITS: fnBits } = Fn;
  const blindLength = getMinHashLength(CURVE_ORDER);
  const csprng = probeRandomBytes(randomBytes3, blindLength);
  const { keygen, getPublicKey, getSharedSecret, utils, lengths } = ecdh(Point, opts);
  const defaultSigOpts = {
    prehash: true,
    lowS: typeof opts.lowS === "boolean" ? opts.lowS : true,
    format: "compact",
    extraEntropy: false
  };
  const hasLargeRecoveryLifts = CURVE_ORDER * _2n3 + _1n5 < Fp4.ORDER;
  function isBiggerThanHalfOrder(number) {
    const HALF = CURVE_ORDER >> _1n5;
    return number > HALF;
  }
  function validateRS(title, num) {
    if (!Fn.isValidNot0(num))
      throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
    return num;
  }
  function assertFieldSignIsSupported() {
    if (!Fp4.isOdd)
      throw new Error("Field doesn't support isOdd");
  }
  function getRecoveryBit(x, y, r) {
    assertFieldSignIsSupported();
    return (x === r ? 0 : 2) | Number(Fp4.isOdd(y));
  }
  function assertRecoverableCurve() {
    if (hasLargeRecoveryLifts)
      throw new Error('"recovered" sig type is not supported for cofactor >2 curves');
  }
  function validateSigLength(bytes, format) {
    validateSigFormat(format);
    const size = lengths.signature;
    const sizer = format === "compact" ? size : format === "recovered" ? size + 1 : void 0;
    return abytes2(bytes, sizer);
  }
  class Signature {
    r;
    s;
    recovery;
    constructor(r, s, recovery) {
      this.r = validateRS("r", r);
      this.s = validateRS("s", s);
      if (recovery != null) {
        assertRecoverableCurve();
        if (![0, 1, 2, 3].includes(recovery))
          throw new Error("invalid recovery id");
        this.recovery = recovery;
      }
      Object.freeze(this);
    }
    static fromBytes(bytes, format = defaultSigOpts.format) {
      validateSigLength(bytes, format);
      let recid;
      if (format === "der") {
        if (bytes.length > 2 * Fn.BYTES + 16)
          throw new DER.Err("invalid signature: DER signature too long");
        const { r: r2, s: s2 } = DER.toSig(abytes2(bytes), Fn.BYTES + 1);
        return new Signature(r2, s2);
      }
      if (format === "recovered") {
        recid = bytes[0];
        format = "compact";
        bytes = bytes.subarray(1);
      }
      const L = lengths.signature / 2;
      const r = bytes.subarray(0, L);
      const s = bytes.subarray(L, L * 2);
      return new Signature(Fn.fromBytes(r), Fn.fromBytes(s), recid);
    }
    static fromHex(hex, format) {
      return this.fromBytes(hexToBytes2(hex), format);
    }
    assertRecovery() {
      const { recovery } = this;
      if (recovery == null)
        throw new Error("invalid recovery id: must be present");
      return recovery;
    }
    addRecoveryBit(recovery) {
      return new Signature(this.r, this.s, recovery);
    }
    // Unlike the top-level helper below, this method expects a digest that has
    // already been hashed to the curve's message representative.
    recoverPublicKey(messageHash) {
      const { r, s } = this;
      const recovery = this.assertRecovery();
      const radj = recovery === 2 || recovery === 3 ? r + CURVE_ORDER : r;
      if (!Fp4.isValid(radj))
        throw new Error("invalid recovery id: sig.r+curve.n != R.x");
      const x = Fp4.toBytes(radj);
      const R = Point.fromBytes(concatBytes2(pprefix((recovery & 1) === 0), x));
      const ir = Fn.inv(radj);
      const h = bits2int_modN(abytes2(messageHash, void 0, "msgHash"));
      const u1 = Fn.create(-h * ir);
      const u2 = Fn.create(s * ir);
      const Q = Point.BASE.mulAddUnsafe(u1, R, u2);
      if (Q.is0())
        throw new Error("invalid recovery: point at infinify");
      Q.assertValidity();
      return Q;
    }
    // Signatures should be low-s, to prevent malleability.
    hasHighS() {
      return isBiggerThanHalfOrder(this.s);
    }
    toBytes(format = defaultSigOpts.format) {
      validateSigFormat(format);
      if (format === "der")
        return hexToBytes2(DER.hexFromSig(this));
      const { r, s } = this;
      const rb = Fn.toBytes(r);
      const sb = Fn.toBytes(s);
      if (format === "recovered") {
        assertRecoverableCurve();
        return concatBytes2(Uint8Array.of(this.assertRecovery()), rb, sb);
      }
      return concatBytes2(rb, sb);
    }
    toHex(format) {
      return bytesToHex2(this.toBytes(format));
    }
  }
  Object.freeze(Signature.prototype);
  Object.freeze(Signature);
  const bits2int = opts.bits2int === void 0 ? function bits2int_def(bytes) {
    if (bytes.length > 8192)
      throw new Error("input is too large");
    const num = bytesToNumberBE(bytes);
    const delta = bytes.length * 8 - fnBits;
    return delta > 0 ? num >> BigInt(delta) : num;
  } : opts.bits2int;
  const bits2int_modN = opts.bits2int_modN === void 0 ? function bits2int_modN_def(bytes) {
    return Fn.create(bits2int(bytes));
  } : opts.bits2int_modN;
  const ORDER_MASK = bitMask(fnBits);
  function int2octets(num) {
    aInRange("num < 2^" + fnBits, num, _0n6, ORDER_MASK);
    return Fn.toBytes(num);
  }
  function validateMsgAndHash(message, prehash) {
    abytes2(message, void 0, "message");
    return prehash ? abytes2(hash_(message), void 0, "prehashed message") : message;
  }
  function prepSig(message, secretKey, opts2) {
    const { lowS, prehash, extraEntropy } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    const h1int = bits2int_modN(message);
    const d = Fn.fromBytes(secretKey);
    if (!Fn.isValidNot0(d))
      throw new Error("invalid private key");
    const seedArgs = [int2octets(d), int2octets(h1int)];
    if (extraEntropy != null && extraEntropy !== false) {
      const e = extraEntropy === true ? randomBytes3(lengths.secretKey) : extraEntropy;
      seedArgs.push(abytes2(e, void 0, "extraEntropy"));
    }
    const seed = concatBytes2(...seedArgs);
    const m = h1int;
    function k2sig(kBytes) {
      const k = bits2int(kBytes);
      if (!Fn.isValidNot0(k))
        return;
      const q = Point.BASE.multiply(k).toAffine();
      const r = Fn.create(q.x);
      if (r === _0n6)
        return;
      let s;
      if (csprng !== void 0) {
        const b = bytesToNumberBE(mapHashToField(csprng(blindLength), CURVE_ORDER));
        const ibk = Fn.inv(Fn.mul(b, k));
        const bm = Fn.mul(b, m);
        const bd = Fn.mul(b, d);
        s = Fn.create(ibk * Fn.create(bm + bd * r));
      } else {
        const ik = invertCt(k, CURVE_ORDER);
        s = Fn.create(ik * Fn.create(m + r * d));
      }
      if (s === _0n6)
        return;
      let recovery = getRecoveryBit(q.x, q.y, r);
      let normS = s;
      if (lowS && isBiggerThanHalfOrder(s)) {
        normS = Fn.neg(s);
        recovery ^= 1;
      }
      return new Signature(r, normS, hasLargeRecoveryLifts ? void 0 : recovery);
    }
    return { seed, k2sig };
  }
  function sign2(message, secretKey, opts2 = {}) {
    const { seed, k2sig } = prepSig(message, secretKey, opts2);
    const drbg = createHmacDrbg(hash_.outputLen, Fn.BYTES, hmac2);
    const sig = drbg(seed, k2sig);
    return sig.toBytes(opts2.format);
  }
  function verify(signature, message, publicKey, opts2 = {}) {
    const { lowS, prehash, format } = validateSigOpts(opts2, defaultSigOpts);
    publicKey = abytes2(publicKey, void 0, "publicKey");
    message = validateMsgAndHash(message, prehash);
    if (!isBytes2(signature)) {
      const end = signature instanceof Signature ? ", use sig.toBytes()" : "";
      throw new Error("verify expects Uint8Array signature" + end);
    }
    validateSigLength(signature, format);
    try {
      const sig = Signature.fromBytes(signature, format);
      const P = Point.fromBytes(publicKey);
      if (P.is0())
        return false;
      if (lowS && sig.hasHighS())
        return false;
      const { r, s } = sig;
      const h = bits2int_modN(message);
      const is = Fn.inv(s);
      const u1 = Fn.create(h * is);
      const u2 = Fn.create(r * is);
      const R = Point.BASE.mulAddUnsafe(u1, P, u2);
      if (R.is0())
        return false;
      const q = R.toAffine();
      const v = Fn.create(q.x);
      if (v !== r)
        return false;
      if (format === "recovered" && sig.recovery !== getRecoveryBit(q.x, q.y, r))
        return false;
      return true;
    } catch (e) {
      return false;
    }
  }
  function recoverPublicKey(signature, message, opts2 = {}) {
    const { prehash } = validateSigOpts(opts2, defaultSigOpts);
    message = validateMsgAndHash(message, prehash);
    return Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
  }
  return Object.freeze({
    keygen,
    getPublicKey,
    getSharedSecret,
    utils,
    lengths,
    Point,
    sign: sign2,
    verify,
    recoverPublicKey,
    Signature,
    hash: hash_
  });
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/secp256k1.js
var secp256k1_CURVE = {
  p: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
  n: BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
  h: BigInt(1),
  a: BigInt(0),
  b: BigInt(7),
  Gx: BigInt("0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
  Gy: BigInt("0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
};
var secp256k1_ENDO = {
  beta: BigInt("0x7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee"),
  basises: [
    [BigInt("0x3086d221a7d46bcde86c90e49284eb15"), -BigInt("0xe4437ed6010e88286f547fa90abfe4c3")],
    [BigInt("0x114ca50f7a8e2f3f657c1108d9d44cfd8"), BigInt("0x3086d221a7d46bcde86c90e49284eb15")]
  ]
};
var _2n4 = /* @__PURE__ */ BigInt(2);
function sqrtMod(y) {
  const P = secp256k1_CURVE.p;
  const _3n8 = BigInt(3), _6n3 = BigInt(6), _11n = BigInt(11), _22n = BigInt(22);
  const _23n = BigInt(23), _44n = BigInt(44), _88n = BigInt(88);
  const b2 = y * y * y % P;
  const b3 = b2 * b2 * y % P;
  const b6 = pow2(b3, _3n8, P) * b3 % P;
  const b9 = pow2(b6, _3n8, P) * b3 % P;
  const b11 = pow2(b9, _2n4, P) * b2 % P;
  const b22 = pow2(b11, _11n, P) * b11 % P;
  const b44 = pow2(b22, _22n, P) * b22 % P;
  const b88 = pow2(b44, _44n, P) * b44 % P;
  const b176 = pow2(b88, _88n, P) * b88 % P;
  const b220 = pow2(b176, _44n, P) * b44 % P;
  const b223 = pow2(b220, _3n8, P) * b3 % P;
  const t1 = pow2(b223, _23n, P) * b22 % P;
  const t2 = pow2(t1, _6n3, P) * b2 % P;
  const root = pow2(t2, _2n4, P);
  if (!Fpk1.eql(Fpk1.sqr(root), y))
    throw new Error("Cannot find square root");
  return root;
}
var Fpk1 = /* @__PURE__ */ Field(secp256k1_CURVE.p, { sqrt: sqrtMod });
var Pointk1 = /* @__PURE__ */ weierstrass(secp256k1_CURVE, {
  Fp: Fpk1,
  endo: secp256k1_ENDO
});
var secp256k1 = /* @__PURE__ */ ecdsa(Pointk1, sha256);

// node_modules/.pnpm/@ethereumjs+rlp@10.1.3/node_modules/@ethereumjs/rlp/dist/esm/errors.js
var DEFAULT_ERROR_CODE = "ETHEREUMJS_DEFAULT_ERROR_CODE";
var EthereumJSError = class extends Error {
  constructor(type, message, stack) {
    super(message ?? type.code);
    this.type = type;
    if (stack !== void 0)
      this.stack = stack;
  }
  getMetadata() {
    return this.type;
  }
  /**
   * Get the metadata and the stacktrace for the error.
   */
  toObject() {
    return {
      type: this.getMetadata(),
      message: this.message ?? "",
      stack: this.stack ?? "",
      className: this.constructor.name
    };
  }
};
function EthereumJSErrorWithoutCode(message, stack) {
  return new EthereumJSError({ code: DEFAULT_ERROR_CODE }, message, stack);
}

// node_modules/.pnpm/@ethereumjs+rlp@10.1.3/node_modules/@ethereumjs/rlp/dist/esm/index.js
function decodeLength(v) {
  if (v[0] === 0) {
    throw EthereumJSErrorWithoutCode("invalid RLP: extra zeros");
  }
  return parseHexByte(bytesToHex3(v));
}
function encodeLength(len, offset) {
  if (len < 56) {
    return Uint8Array.from([len + offset]);
  }
  const hexLength = numberToHex(len);
  const lLength = hexLength.length / 2;
  const firstByte = numberToHex(offset + 55 + lLength);
  return Uint8Array.from(hexToBytes3(firstByte + hexLength));
}
function safeSlice(input, start, end) {
  if (end > input.length) {
    throw EthereumJSErrorWithoutCode("invalid RLP (safeSlice): end slice of Uint8Array out-of-bounds");
  }
  return input.slice(start, end);
}
function _decode(input) {
  let length, lLength, data, innerRemainder, d;
  const decoded = [];
  const firstByte = input[0];
  if (firstByte <= 127) {
    return {
      data: input.slice(0, 1),
      remainder: input.subarray(1)
    };
  } else if (firstByte <= 183) {
    length = firstByte - 127;
    if (firstByte === 128) {
      data = Uint8Array.from([]);
    } else {
      data = safeSlice(input, 1, length);
    }
    if (length === 2 && data[0] < 128) {
      throw EthereumJSErrorWithoutCode("invalid RLP encoding: invalid prefix, single byte < 0x80 are not prefixed");
    }
    return {
      data,
      remainder: input.subarray(length)
    };
  } else if (firstByte <= 191) {
    lLength = firstByte - 182;
    if (input.length - 1 < lLength) {
      throw EthereumJSErrorWithoutCode("invalid RLP: not enough bytes for string length");
    }
    length = decodeLength(safeSlice(input, 1, lLength));
    if (length <= 55) {
      throw EthereumJSErrorWithoutCode("invalid RLP: expected string length to be greater than 55");
    }
    data = safeSlice(input, lLength, length + lLength);
    return {
      data,
      remainder: input.subarray(length + lLength)
    };
  } else if (firstByte <= 247) {
    length = firstByte - 191;
    innerRemainder = safeSlice(input, 1, length);
    while (innerRemainder.length) {
      d = _decode(innerRemainder);
      decoded.push(d.data);
      innerRemainder = d.remainder;
    }
    return {
      data: decoded,
      remainder: input.subarray(length)
    };
  } else {
    lLength = firstByte - 246;
    length = decodeLength(safeSlice(input, 1, lLength));
    if (length < 56) {
      throw EthereumJSErrorWithoutCode("invalid RLP: encoded list too short");
    }
    const totalLength = lLength + length;
    if (totalLength > input.length) {
      throw EthereumJSErrorWithoutCode("invalid RLP: total length is larger than the data");
    }
    innerRemainder = safeSlice(input, lLength, totalLength);
    while (innerRemainder.length) {
      d = _decode(innerRemainder);
      decoded.push(d.data);
      innerRemainder = d.remainder;
    }
    return {
      data: decoded,
      remainder: input.subarray(totalLength)
    };
  }
}
var cachedHexes = Array.from({ length: 256 }, (_v, i) => i.toString(16).padStart(2, "0"));
function bytesToHex3(uint8a) {
  let hex = "";
  for (let i = 0; i < uint8a.length; i++) {
    hex += cachedHexes[uint8a[i]];
  }
  return hex;
}
function parseHexByte(hexByte) {
  const byte = Number.parseInt(hexByte, 16);
  if (Number.isNaN(byte))
    throw EthereumJSErrorWithoutCode("Invalid byte sequence");
  return byte;
}
var asciis = { _0: 48, _9: 57, _A: 65, _F: 70, _a: 97, _f: 102 };
function asciiToBase162(char) {
  if (char >= asciis._0 && char <= asciis._9)
    return char - asciis._0;
  if (char >= asciis._A && char <= asciis._F)
    return char - (asciis._A - 10);
  if (char >= asciis._a && char <= asciis._f)
    return char - (asciis._a - 10);
  return;
}
function hexToBytes3(hex) {
  if (typeof hex !== "string")
    throw EthereumJSErrorWithoutCode("hex string expected, got " + typeof hex);
  if (hex.slice(0, 2) === "0x")
    hex = hex.slice(2);
  const hl = hex.length;
  const al = hl / 2;
  if (hl % 2)
    throw EthereumJSErrorWithoutCode("padded hex string expected, got unpadded hex of length " + hl);
  const array = new Uint8Array(al);
  for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
    const n1 = asciiToBase162(hex.charCodeAt(hi));
    const n2 = asciiToBase162(hex.charCodeAt(hi + 1));
    if (n1 === void 0 || n2 === void 0) {
      const char = hex[hi] + hex[hi + 1];
      throw EthereumJSErrorWithoutCode('hex string expected, got non-hex character "' + char + '" at index ' + hi);
    }
    array[ai] = n1 * 16 + n2;
  }
  return array;
}
function concatBytes3(...arrays) {
  if (arrays.length === 1)
    return arrays[0];
  const length = arrays.reduce((a, arr) => a + arr.length, 0);
  const result = new Uint8Array(length);
  for (let i = 0, pad = 0; i < arrays.length; i++) {
    const arr = arrays[i];
    result.set(arr, pad);
    pad += arr.length;
  }
  return result;
}
function utf8ToBytes2(utf) {
  return new TextEncoder().encode(utf);
}
function numberToHex(integer) {
  if (integer < 0) {
    throw EthereumJSErrorWithoutCode("Invalid integer as argument, must be unsigned!");
  }
  const hex = integer.toString(16);
  return hex.length % 2 ? `0${hex}` : hex;
}
function padToEven(a) {
  return a.length % 2 ? `0${a}` : a;
}
function isHexString(str) {
  return str.length >= 2 && str[0] === "0" && str[1] === "x";
}
function stripHexPrefix(str) {
  if (typeof str !== "string") {
    return str;
  }
  return isHexString(str) ? str.slice(2) : str;
}
function toBytes(v) {
  if (v instanceof Uint8Array) {
    return v;
  }
  if (typeof v === "string") {
    if (isHexString(v)) {
      return hexToBytes3(padToEven(stripHexPrefix(v)));
    }
    return utf8ToBytes2(v);
  }
  if (typeof v === "number" || typeof v === "bigint") {
    if (!v) {
      return Uint8Array.from([]);
    }
    return hexToBytes3(numberToHex(v));
  }
  if (v === null || v === void 0) {
    return Uint8Array.from([]);
  }
  throw EthereumJSErrorWithoutCode("toBytes: received unsupported type " + typeof v);
}
function encode(input) {
  if (Array.isArray(input)) {
    const output = [];
    let outputLength = 0;
    for (let i = 0; i < input.length; i++) {
      const encoded = encode(input[i]);
      output.push(encoded);
      outputLength += encoded.length;
    }
    return concatBytes3(encodeLength(outputLength, 192), ...output);
  }
  const inputBuf = toBytes(input);
  if (inputBuf.length === 1 && inputBuf[0] < 128) {
    return inputBuf;
  }
  return concatBytes3(encodeLength(inputBuf.length, 128), inputBuf);
}
function decode(input, stream = false) {
  if (typeof input === "undefined" || input === null || input.length === 0) {
    return Uint8Array.from([]);
  }
  const inputBytes = toBytes(input);
  const decoded = _decode(inputBytes);
  if (stream) {
    return {
      data: decoded.data,
      remainder: decoded.remainder.slice()
    };
  }
  if (decoded.remainder.length !== 0) {
    throw EthereumJSErrorWithoutCode("invalid RLP: remainder must be zero");
  }
  return decoded.data;
}
var RLP = { encode, decode };

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/internal.js
function isHexString2(value, length) {
  if (typeof value !== "string" || !value.match(/^0x[0-9A-Fa-f]*$/))
    return false;
  if (typeof length !== "undefined" && length > 0 && value.length !== 2 + 2 * length)
    return false;
  return true;
}
var stripHexPrefix2 = (str) => {
  if (typeof str !== "string")
    throw EthereumJSErrorWithoutCode(`[stripHexPrefix] input must be type 'string', received ${typeof str}`);
  return isHexString2(str) ? str.slice(2) : str;
};
function padToEven2(value) {
  let a = value;
  if (typeof a !== "string") {
    throw EthereumJSErrorWithoutCode(`[padToEven] value must be type 'string', received ${typeof a}`);
  }
  if (a.length % 2)
    a = `0${a}`;
  return a;
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/helpers.js
var assertIsBytes = function(input) {
  if (!(input instanceof Uint8Array)) {
    const msg = `This method only supports Uint8Array but input was: ${input}`;
    throw EthereumJSErrorWithoutCode(msg);
  }
};
var assertIsString = function(input) {
  if (typeof input !== "string") {
    const msg = `This method only supports strings but input was: ${input}`;
    throw EthereumJSErrorWithoutCode(msg);
  }
};

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/bytes.js
var BIGINT_0 = BigInt(0);
var bytesToUnprefixedHex = bytesToHex;
var hexToBytes4 = (hex) => {
  if (!hex.startsWith("0x"))
    throw EthereumJSErrorWithoutCode("input string must be 0x prefixed");
  return hexToBytes(padToEven2(stripHexPrefix2(hex)));
};
var unprefixedHexToBytes = (hex) => {
  if (hex.startsWith("0x"))
    throw EthereumJSErrorWithoutCode("input string cannot be 0x prefixed");
  return hexToBytes(padToEven2(hex));
};
var bytesToHex4 = (bytes) => {
  const unprefixedHex = bytesToUnprefixedHex(bytes);
  return `0x${unprefixedHex}`;
};
var BIGINT_CACHE = [];
for (let i = 0; i <= 256 * 256 - 1; i++) {
  BIGINT_CACHE[i] = BigInt(i);
}
var bytesToBigInt = (bytes, littleEndian = false) => {
  assertIsBytes(bytes);
  if (littleEndian) {
    bytes = bytes.slice().reverse();
  }
  const hex = bytesToHex4(bytes);
  if (hex === "0x") {
    return BIGINT_0;
  }
  if (hex.length === 4) {
    return BIGINT_CACHE[bytes[0]];
  }
  if (hex.length === 6) {
    return BIGINT_CACHE[bytes[0] * 256 + bytes[1]];
  }
  return BigInt(hex);
};
var bytesToInt = (bytes) => {
  const res = Number(bytesToBigInt(bytes));
  if (!Number.isSafeInteger(res))
    throw EthereumJSErrorWithoutCode("Number exceeds 53 bits");
  return res;
};
var intToHex = (i) => {
  if (!Number.isSafeInteger(i) || i < 0) {
    throw EthereumJSErrorWithoutCode(`Received an invalid integer type: ${i}`);
  }
  return `0x${i.toString(16)}`;
};
var intToBytes = (i) => {
  const hex = intToHex(i);
  return hexToBytes4(hex);
};
var bigIntToBytes = (num, littleEndian = false) => {
  const bytes = hexToBytes4(`0x${padToEven2(num.toString(16))}`);
  return littleEndian ? bytes.reverse() : bytes;
};
var setLength = (msg, length, right, allowTruncate) => {
  if (msg.length > length) {
    if (!allowTruncate) {
      throw EthereumJSErrorWithoutCode(`Input length ${msg.length} exceeds target length ${length}. Use allowTruncate option to truncate.`);
    }
    return right ? msg.subarray(0, length) : msg.subarray(-length);
  }
  if (msg.length < length) {
    return right ? new Uint8Array([...msg, ...new Uint8Array(length - msg.length)]) : new Uint8Array([...new Uint8Array(length - msg.length), ...msg]);
  }
  return msg;
};
var setLengthLeft = (msg, length, opts = {}) => {
  assertIsBytes(msg);
  return setLength(msg, length, false, opts.allowTruncate ?? false);
};
var setLengthRight = (msg, length, opts = {}) => {
  assertIsBytes(msg);
  return setLength(msg, length, true, opts.allowTruncate ?? false);
};
var stripZeros = (a) => {
  let first = a[0];
  while (a.length > 0 && first.toString() === "0") {
    a = a.slice(1);
    first = a[0];
  }
  return a;
};
var unpadBytes = (a) => {
  assertIsBytes(a);
  return stripZeros(a);
};
var toBytes2 = (v) => {
  if (v === null || v === void 0) {
    return new Uint8Array();
  }
  if (Array.isArray(v) || v instanceof Uint8Array) {
    return Uint8Array.from(v);
  }
  if (typeof v === "string") {
    if (!isHexString2(v)) {
      throw EthereumJSErrorWithoutCode(`Cannot convert string to Uint8Array. toBytes only supports 0x-prefixed hex strings and this string was given: ${v}`);
    }
    return hexToBytes4(v);
  }
  if (typeof v === "number") {
    return intToBytes(v);
  }
  if (typeof v === "bigint") {
    if (v < BIGINT_0) {
      throw EthereumJSErrorWithoutCode(`Cannot convert negative bigint to Uint8Array. Given: ${v}`);
    }
    let n = v.toString(16);
    if (n.length % 2)
      n = "0" + n;
    return unprefixedHexToBytes(n);
  }
  if (v.toBytes !== void 0) {
    return v.toBytes();
  }
  throw EthereumJSErrorWithoutCode("invalid type");
};
var short = (bytes, maxLength = 50) => {
  const byteStr = bytes instanceof Uint8Array ? bytesToHex4(bytes) : bytes;
  const len = byteStr.slice(0, 2) === "0x" ? maxLength + 2 : maxLength;
  if (byteStr.length <= len) {
    return byteStr;
  }
  return byteStr.slice(0, len) + "\u2026";
};
var bigIntToHex = (num) => {
  return `0x${num.toString(16)}`;
};
var bigIntToUnpaddedBytes = (value) => {
  return unpadBytes(bigIntToBytes(value));
};
var bigIntToAddressBytes = (value, strict = true) => {
  const addressBytes = bigIntToBytes(value);
  if (strict && addressBytes.length > 20) {
    throw Error(`Invalid address bytes length=${addressBytes.length} strict=${strict}`);
  }
  return setLengthLeft(addressBytes, 20, { allowTruncate: !strict });
};
var intToUnpaddedBytes = (value) => {
  return unpadBytes(intToBytes(value));
};
var concatBytes4 = (...arrays) => {
  if (arrays.length === 1)
    return arrays[0];
  const length = arrays.reduce((a, arr) => a + arr.length, 0);
  const result = new Uint8Array(length);
  for (let i = 0, pad = 0; i < arrays.length; i++) {
    const arr = arrays[i];
    result.set(arr, pad);
    pad += arr.length;
  }
  return result;
};
function equalsBytes(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}
function hexToBigInt(input) {
  return bytesToBigInt(hexToBytes4(isHexString2(input) ? input : `0x${input}`));
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/constants.js
var MAX_UINT64 = BigInt("0xffffffffffffffff");
var MAX_INTEGER = BigInt("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
var MAX_INTEGER_BIGINT = BigInt("115792089237316195423570985008687907853269984665640564039457584007913129639935");
var SECP256K1_ORDER = secp256k1.Point.CURVE().n;
var SECP256K1_ORDER_DIV_2 = SECP256K1_ORDER / BigInt(2);
var TWO_POW256 = BigInt("0x10000000000000000000000000000000000000000000000000000000000000000");
var KECCAK256_NULL_S = "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
var KECCAK256_NULL = hexToBytes4(KECCAK256_NULL_S);
var KECCAK256_RLP_ARRAY_S = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";
var KECCAK256_RLP_ARRAY = hexToBytes4(KECCAK256_RLP_ARRAY_S);
var KECCAK256_RLP_S = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
var KECCAK256_RLP = hexToBytes4(KECCAK256_RLP_S);
var SHA256_NULL = sha256(new Uint8Array());
var RLP_EMPTY_STRING = Uint8Array.from([128]);
var RIPEMD160_ADDRESS_STRING = "0000000000000000000000000000000000000003";
var SYSTEM_ADDRESS = "0xfffffffffffffffffffffffffffffffffffffffe";
var SYSTEM_ADDRESS_BYTES = hexToBytes4(SYSTEM_ADDRESS);
var MAX_BLOCK_SIZE = 10485760;
var SAFETY_MARGIN = 2097152;
var MAX_RLP_BLOCK_SIZE = MAX_BLOCK_SIZE - SAFETY_MARGIN;
var BIGINT_NEG1 = BigInt(-1);
var BIGINT_02 = BigInt(0);
var BIGINT_1 = BigInt(1);
var BIGINT_2 = BigInt(2);
var BIGINT_3 = BigInt(3);
var BIGINT_7 = BigInt(7);
var BIGINT_8 = BigInt(8);
var BIGINT_27 = BigInt(27);
var BIGINT_28 = BigInt(28);
var BIGINT_31 = BigInt(31);
var BIGINT_32 = BigInt(32);
var BIGINT_64 = BigInt(64);
var BIGINT_128 = BigInt(128);
var BIGINT_255 = BigInt(255);
var BIGINT_256 = BigInt(256);
var BIGINT_96 = BigInt(96);
var BIGINT_100 = BigInt(100);
var BIGINT_160 = BigInt(160);
var BIGINT_224 = BigInt(224);
var BIGINT_2EXP96 = BigInt(7922816251426434e13);
var BIGINT_2EXP160 = BigInt(1461501637330903e33);
var BIGINT_2EXP224 = BigInt(2695994666715064e52);
var BIGINT_2EXP256 = BIGINT_2 ** BIGINT_256;

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/units.js
var GWEI_TO_WEI = BigInt(10 ** 9);
var ETHER_TO_WEI = BigInt(10 ** 18);

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/sha3.js
var _0n7 = BigInt(0);
var _1n6 = BigInt(1);
var _2n5 = BigInt(2);
var _7n2 = BigInt(7);
var _256n = BigInt(256);
var _0x71n = BigInt(113);
var SHA3_PI = [];
var SHA3_ROTL = [];
var _SHA3_IOTA = [];
for (let round = 0, R = _1n6, x = 1, y = 0; round < 24; round++) {
  [x, y] = [y, (2 * x + 3 * y) % 5];
  SHA3_PI.push(2 * (5 * y + x));
  SHA3_ROTL.push((round + 1) * (round + 2) / 2 % 64);
  let t = _0n7;
  for (let j = 0; j < 7; j++) {
    R = (R << _1n6 ^ (R >> _7n2) * _0x71n) % _256n;
    if (R & _2n5)
      t ^= _1n6 << (_1n6 << BigInt(j)) - _1n6;
  }
  _SHA3_IOTA.push(t);
}
var IOTAS = split(_SHA3_IOTA, true);
var SHA3_IOTA_H = IOTAS[0];
var SHA3_IOTA_L = IOTAS[1];
var rotlSH = (h, l, s) => h << s | l >>> 32 - s;
var rotlSL = (h, l, s) => l << s | h >>> 32 - s;
var rotlBH = (h, l, s) => l << s - 32 | h >>> 64 - s;
var rotlBL = (h, l, s) => h << s - 32 | l >>> 64 - s;
var rotlH = (h, l, s) => s > 32 ? rotlBH(h, l, s) : rotlSH(h, l, s);
var rotlL = (h, l, s) => s > 32 ? rotlBL(h, l, s) : rotlSL(h, l, s);
var B = new Uint32Array(5 * 2);
function keccakP(s, rounds = 24) {
  if (!(s instanceof Uint32Array))
    throw new TypeError('"s" expected Uint32Array(50), got type=' + typeof s);
  if (s.length !== 50)
    throw new RangeError('"s" expected Uint32Array(50), got length=' + s.length);
  anumber(rounds, "rounds");
  if (rounds < 1 || rounds > 24)
    throw new Error('"rounds" expected integer 1..24');
  for (let round = 24 - rounds; round < 24; round++) {
    for (let x = 0; x < 10; x++)
      B[x] = s[x] ^ s[x + 10] ^ s[x + 20] ^ s[x + 30] ^ s[x + 40];
    for (let x = 0; x < 10; x += 2) {
      const idx1 = (x + 8) % 10;
      const idx0 = (x + 2) % 10;
      const B0 = B[idx0];
      const B1 = B[idx0 + 1];
      const Th = rotlH(B0, B1, 1) ^ B[idx1];
      const Tl = rotlL(B0, B1, 1) ^ B[idx1 + 1];
      for (let y = 0; y < 50; y += 10) {
        s[x + y] ^= Th;
        s[x + y + 1] ^= Tl;
      }
    }
    let curH = s[2];
    let curL = s[3];
    for (let t = 0; t < 24; t++) {
      const shift = SHA3_ROTL[t];
      const Th = rotlH(curH, curL, shift);
      const Tl = rotlL(curH, curL, shift);
      const PI = SHA3_PI[t];
      curH = s[PI];
      curL = s[PI + 1];
      s[PI] = Th;
      s[PI + 1] = Tl;
    }
    for (let y = 0; y < 50; y += 10) {
      const b0 = s[y], b1 = s[y + 1], b2 = s[y + 2], b3 = s[y + 3];
      s[y] ^= ~s[y + 2] & s[y + 4];
      s[y + 1] ^= ~s[y + 3] & s[y + 5];
      s[y + 2] ^= ~s[y + 4] & s[y + 6];
      s[y + 3] ^= ~s[y + 5] & s[y + 7];
      s[y + 4] ^= ~s[y + 6] & s[y + 8];
      s[y + 5] ^= ~s[y + 7] & s[y + 9];
      s[y + 6] ^= ~s[y + 8] & b0;
      s[y + 7] ^= ~s[y + 9] & b1;
      s[y + 8] ^= ~b0 & b2;
      s[y + 9] ^= ~b1 & b3;
    }
    s[0] ^= SHA3_IOTA_H[round];
    s[1] ^= SHA3_IOTA_L[round];
  }
  clean(B);
}
var Keccak = class _Keccak {
  state;
  pos = 0;
  posOut = 0;
  finished = false;
  state32;
  destroyed = false;
  blockLen;
  suffix;
  outputLen;
  canXOF;
  enableXOF = false;
  rounds;
  // NOTE: we accept arguments in bytes instead of bits here.
  constructor(blockLen, suffix, outputLen, enableXOF = false, rounds = 24) {
    anumber(blockLen, "blockLen");
    anumber(suffix, "suffix");
    anumber(rounds, "rounds");
    abool(enableXOF, "enableXOF");
    this.blockLen = blockLen;
    this.suffix = suffix;
    this.outputLen = outputLen;
    this.enableXOF = enableXOF;
    this.canXOF = enableXOF;
    this.rounds = rounds;
    anumber(outputLen, "outputLen");
    if (!(0 < blockLen && blockLen < 200))
      throw new Error('"blockLen" must be 1..199');
    this.state = new Uint8Array(200);
    this.state32 = u32(this.state);
  }
  clone() {
    return this._cloneInto();
  }
  keccak() {
    swap32IfBE(this.state32);
    keccakP(this.state32, this.rounds);
    swap32IfBE(this.state32);
    this.posOut = 0;
    this.pos = 0;
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { blockLen, state, state32 } = this;
    const len = data.length;
    const canUseU32 = blockLen % 4 === 0 && data.byteOffset % 4 === 0;
    const blockLen32 = blockLen / 4;
    const data32 = canUseU32 && len >= blockLen ? u32(data) : void 0;
    for (let pos = 0; pos < len; ) {
      if (data32 !== void 0 && this.pos === 0 && pos % 4 === 0 && len - pos >= blockLen) {
        for (let i = 0, o = pos / 4; i < blockLen32; i++)
          state32[i] ^= data32[o + i];
        pos += blockLen;
        this.pos = blockLen;
        this.keccak();
        continue;
      }
      const take = Math.min(blockLen - this.pos, len - pos);
      for (let i = 0; i < take; i++)
        state[this.pos++] ^= data[pos++];
      if (this.pos === blockLen)
        this.keccak();
    }
    return this;
  }
  finish() {
    if (this.finished)
      return;
    this.finished = true;
    const { state, suffix, pos, blockLen } = this;
    state[pos] ^= suffix;
    if ((suffix & 128) !== 0 && pos === blockLen - 1)
      this.keccak();
    state[blockLen - 1] ^= 128;
    this.keccak();
  }
  writeInto(out) {
    aexists(this, false);
    abytes(out);
    this.finish();
    const bufferOut = this.state;
    const { blockLen } = this;
    for (let pos = 0, len = out.length; pos < len; ) {
      if (this.posOut >= blockLen)
        this.keccak();
      const take = Math.min(blockLen - this.posOut, len - pos);
      out.set(bufferOut.subarray(this.posOut, this.posOut + take), pos);
      this.posOut += take;
      pos += take;
    }
    return out;
  }
  xofInto(out) {
    if (!this.enableXOF)
      throw new Error("XOF is not enabled");
    return this.writeInto(out);
  }
  xof(bytes) {
    anumber(bytes);
    return this.xofInto(new Uint8Array(bytes));
  }
  digestInto(out) {
    aoutput(out, this);
    if (this.finished)
      throw new Error("digest() was already called");
    this.writeInto(out.length === this.outputLen ? out : out.subarray(0, this.outputLen));
    this.destroy();
  }
  digest() {
    const out = new Uint8Array(this.outputLen);
    this.digestInto(out);
    return out;
  }
  destroy() {
    this.destroyed = true;
    clean(this.state);
  }
  _cloneInto(to) {
    const { blockLen, suffix, outputLen, rounds, enableXOF } = this;
    to ||= new _Keccak(blockLen, suffix, outputLen, enableXOF, rounds);
    to.blockLen = blockLen;
    to.state32.set(this.state32);
    to.pos = this.pos;
    to.posOut = this.posOut;
    to.finished = this.finished;
    to.rounds = rounds;
    to.suffix = suffix;
    to.outputLen = outputLen;
    to.enableXOF = enableXOF;
    to.canXOF = this.canXOF;
    to.destroyed = this.destroyed;
    return to;
  }
};
var genKeccak = (suffix, blockLen, outputLen, info = {}) => createHasher(() => new Keccak(blockLen, suffix, outputLen), info);
var keccak_256 = /* @__PURE__ */ genKeccak(1, 136, 32);

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/account.js
var Account = class {
  get version() {
    if (this._version !== null) {
      return this._version;
    } else {
      throw Error(`version=${this._version} not loaded`);
    }
  }
  set version(_version) {
    this._version = _version;
  }
  get nonce() {
    if (this._nonce !== null) {
      return this._nonce;
    } else {
      throw Error(`nonce=${this._nonce} not loaded`);
    }
  }
  set nonce(_nonce) {
    this._nonce = _nonce;
  }
  get balance() {
    if (this._balance !== null) {
      return this._balance;
    } else {
      throw Error(`balance=${this._balance} not loaded`);
    }
  }
  set balance(_balance) {
    this._balance = _balance;
  }
  get storageRoot() {
    if (this._storageRoot !== null) {
      return this._storageRoot;
    } else {
      throw Error(`storageRoot=${this._storageRoot} not loaded`);
    }
  }
  set storageRoot(_storageRoot) {
    this._storageRoot = _storageRoot;
  }
  get codeHash() {
    if (this._codeHash !== null) {
      return this._codeHash;
    } else {
      throw Error(`codeHash=${this._codeHash} not loaded`);
    }
  }
  set codeHash(_codeHash) {
    this._codeHash = _codeHash;
  }
  get codeSize() {
    if (this._codeSize !== null) {
      return this._codeSize;
    } else {
      throw Error(`codeSize=${this._codeSize} not loaded`);
    }
  }
  set codeSize(_codeSize) {
    this._codeSize = _codeSize;
  }
  /**
   * This constructor assigns and validates the values.
   * It is not recommended to use this constructor directly. Instead use the static
   * factory methods to assist in creating an Account from varying data types.
   * undefined get assigned with the defaults, but null args are retained as is
   * @deprecated
   */
  constructor(nonce = BIGINT_02, balance = BIGINT_02, storageRoot = KECCAK256_RLP, codeHash = KECCAK256_NULL, codeSize = 0, version = 0) {
    this._nonce = null;
    this._balance = null;
    this._storageRoot = null;
    this._codeHash = null;
    this._codeSize = null;
    this._version = null;
    this._nonce = nonce;
    this._balance = balance;
    this._storageRoot = storageRoot;
    this._codeHash = codeHash;
    if (codeSize === null && codeHash !== null && !this.isContract()) {
      codeSize = 0;
    }
    this._codeSize = codeSize;
    this._version = version;
    this._validate();
  }
  _validate() {
    if (this._nonce !== null && this._nonce < BIGINT_02) {
      throw EthereumJSErrorWithoutCode("nonce must be greater than zero");
    }
    if (this._balance !== null && this._balance < BIGINT_02) {
      throw EthereumJSErrorWithoutCode("balance must be greater than zero");
    }
    if (this._storageRoot !== null && this._storageRoot.length !== 32) {
      throw EthereumJSErrorWithoutCode("storageRoot must have a length of 32");
    }
    if (this._codeHash !== null && this._codeHash.length !== 32) {
      throw EthereumJSErrorWithoutCode("codeHash must have a length of 32");
    }
    if (this._codeSize !== null && this._codeSize < BIGINT_02) {
      throw EthereumJSErrorWithoutCode("codeSize must be greater than zero");
    }
  }
  /**
   * Returns an array of Uint8Arrays of the raw bytes for the account, in order.
   */
  raw() {
    return [
      bigIntToUnpaddedBytes(this.nonce),
      bigIntToUnpaddedBytes(this.balance),
      this.storageRoot,
      this.codeHash
    ];
  }
  /**
   * Returns the RLP serialization of the account as a `Uint8Array`.
   */
  serialize() {
    return RLP.encode(this.raw());
  }
  serializeWithPartialInfo() {
    const partialData = [];
    const zeroEncoded = intToUnpaddedBytes(0);
    const oneEncoded = intToUnpaddedBytes(1);
    if (this._nonce !== null) {
      partialData.push([oneEncoded, bigIntToUnpaddedBytes(this._nonce)]);
    } else {
      partialData.push([zeroEncoded]);
    }
    if (this._balance !== null) {
      partialData.push([oneEncoded, bigIntToUnpaddedBytes(this._balance)]);
    } else {
      partialData.push([zeroEncoded]);
    }
    if (this._storageRoot !== null) {
      partialData.push([oneEncoded, this._storageRoot]);
    } else {
      partialData.push([zeroEncoded]);
    }
    if (this._codeHash !== null) {
      partialData.push([oneEncoded, this._codeHash]);
    } else {
      partialData.push([zeroEncoded]);
    }
    if (this._codeSize !== null) {
      partialData.push([oneEncoded, intToUnpaddedBytes(this._codeSize)]);
    } else {
      partialData.push([zeroEncoded]);
    }
    if (this._version !== null) {
      partialData.push([oneEncoded, intToUnpaddedBytes(this._version)]);
    } else {
      partialData.push([zeroEncoded]);
    }
    return RLP.encode(partialData);
  }
  /**
   * Returns a `Boolean` determining if the account is a contract.
   */
  isContract() {
    if (this._codeHash === null && this._codeSize === null) {
      throw Error(`Insufficient data as codeHash=null and codeSize=null`);
    }
    return this._codeHash !== null && !equalsBytes(this._codeHash, KECCAK256_NULL) || this._codeSize !== null && this._codeSize !== 0;
  }
  /**
   * Returns a `Boolean` determining if the account is empty complying to the definition of
   * account emptiness in [EIP-161](https://eips.ethereum.org/EIPS/eip-161):
   * "An account is considered empty when it has no code and zero nonce and zero balance."
   */
  isEmpty() {
    if (this._balance !== null && this.balance !== BIGINT_02 || this._nonce !== null && this.nonce !== BIGINT_02 || this._codeHash !== null && !equalsBytes(this.codeHash, KECCAK256_NULL)) {
      return false;
    }
    return this.balance === BIGINT_02 && this.nonce === BIGINT_02 && equalsBytes(this.codeHash, KECCAK256_NULL);
  }
};
var isValidAddress = function(hexAddress) {
  try {
    assertIsString(hexAddress);
  } catch {
    return false;
  }
  return /^0x[0-9a-fA-F]{40}$/.test(hexAddress);
};
var generateAddress = function(from, nonce) {
  assertIsBytes(from);
  assertIsBytes(nonce);
  if (bytesToBigInt(nonce) === BIGINT_02) {
    return keccak_256(RLP.encode([from, Uint8Array.from([])])).subarray(-20);
  }
  return keccak_256(RLP.encode([from, nonce])).subarray(-20);
};
var generateAddress2 = function(from, salt, initCode) {
  assertIsBytes(from);
  assertIsBytes(salt);
  assertIsBytes(initCode);
  if (from.length !== 20) {
    throw EthereumJSErrorWithoutCode("Expected from to be of length 20");
  }
  if (salt.length !== 32) {
    throw EthereumJSErrorWithoutCode("Expected salt to be of length 32");
  }
  const address = keccak_256(concatBytes4(hexToBytes4("0xff"), from, salt, keccak_256(initCode)));
  return address.subarray(-20);
};
var pubToAddress = function(pubKey, sanitize = false) {
  assertIsBytes(pubKey);
  if (sanitize && pubKey.length !== 64) {
    pubKey = secp256k1.Point.fromBytes(pubKey).toBytes(false).slice(1);
  }
  if (pubKey.length !== 64) {
    throw EthereumJSErrorWithoutCode("Expected pubKey to be of length 64");
  }
  return keccak_256(pubKey).subarray(-20);
};
var publicToAddress = pubToAddress;
var emptyUint8Arr = new Uint8Array(0);

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/bal/compareStorageSlotKeys.js
function compareStorageSlotKeys(a, b) {
  const aBytes = a instanceof Uint8Array ? a : hexToBytes4(a);
  const bBytes = b instanceof Uint8Array ? b : hexToBytes4(b);
  const paddedA = new Uint8Array(32);
  const paddedB = new Uint8Array(32);
  paddedA.set(aBytes, 32 - aBytes.length);
  paddedB.set(bBytes, 32 - bBytes.length);
  for (let i = 0; i < 32; i++) {
    if (paddedA[i] < paddedB[i])
      return -1;
    if (paddedA[i] > paddedB[i])
      return 1;
  }
  return 0;
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/bal/index.js
var BlockLevelAccessList = class {
  constructor(accesses = {}) {
    this.checkpoints = [];
    this.originalBalances = /* @__PURE__ */ new Map();
    this.originalCodesAtIndex = /* @__PURE__ */ new Map();
    this.accesses = accesses;
    this.blockAccessIndex = 0;
  }
  /**
   * Canonical RLP encoding of the access list (`RLP.encode(raw())`).
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  serialize() {
    return RLP.encode(this.raw());
  }
  /**
   * Header commitment `keccak256(serialize())` used as `blockAccessListHash`.
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  hash() {
    return keccak_256(this.serialize());
  }
  checkpoint() {
    this.checkpoints.push({
      accesses: this.cloneAccesses(this.accesses),
      blockAccessIndex: this.blockAccessIndex
    });
  }
  commit() {
    if (this.checkpoints.length > 0) {
      this.checkpoints.pop();
    }
  }
  revert() {
    const snapshot = this.checkpoints.pop();
    if (!snapshot) {
      return;
    }
    const current = this.accesses;
    this.accesses = snapshot.accesses;
    this.blockAccessIndex = snapshot.blockAccessIndex;
    for (const [address, access] of Object.entries(current)) {
      if (this.accesses[address] === void 0) {
        const allReads = new Set(access.storageReads);
        for (const slot of Object.keys(access.storageChanges)) {
          allReads.add(slot);
        }
        this.accesses[address] = {
          nonceChanges: /* @__PURE__ */ new Map(),
          balanceChanges: /* @__PURE__ */ new Map(),
          codeChanges: [],
          storageChanges: {},
          storageReads: allReads
        };
        continue;
      }
      const target = this.accesses[address];
      for (const slot of access.storageReads) {
        target.storageReads.add(slot);
      }
      for (const slot of Object.keys(access.storageChanges)) {
        if (target.storageChanges[slot] === void 0) {
          target.storageReads.add(slot);
        }
      }
    }
  }
  cloneAccesses(accesses) {
    const cloned = {};
    for (const [address, access] of Object.entries(accesses)) {
      const storageChanges = {};
      for (const [slot, changes] of Object.entries(access.storageChanges)) {
        storageChanges[slot] = changes.map(([index, value]) => [index, value]);
      }
      cloned[address] = {
        nonceChanges: new Map(access.nonceChanges),
        balanceChanges: new Map(access.balanceChanges),
        codeChanges: access.codeChanges.map(([index, code]) => [index, code]),
        storageChanges,
        storageReads: new Set(access.storageReads)
      };
    }
    return cloned;
  }
  /**
   * Canonical sorted tuple view used for RLP and validation.
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  raw() {
    const bal = [];
    for (const address of Object.keys(this.accesses).sort().filter((address2) => shouldIncludeAddress(address2, this.accesses[address2]))) {
      const data = this.accesses[address];
      const storageChanges = Object.entries(data.storageChanges).sort((a, b) => compareStorageSlotKeys(a[0], b[0])).map(([slot, changes]) => [
        normalizeHexForRLP(slot),
        changes.sort((a, b) => a[0] - b[0]).map(([index, value]) => [index, normalizeBytesForRLPQuantity(value)])
      ]);
      const storageReads = Array.from(data.storageReads).map(normalizeHexForRLP).sort((a, b) => compareStorageSlotKeys(a, b));
      const balanceChanges = Array.from(data.balanceChanges.entries()).sort(([a], [b]) => a - b).map(([index, balance]) => [index, normalizeQuantityHexForRLP(balance)]);
      const nonceChanges = Array.from(data.nonceChanges.entries()).sort(([a], [b]) => a - b).map(([index, nonce]) => [index, normalizeQuantityHexForRLP(nonce)]);
      const codeChanges = [...data.codeChanges].sort(([a], [b]) => a - b);
      bal.push([
        address,
        storageChanges,
        storageReads,
        balanceChanges,
        nonceChanges,
        codeChanges
      ]);
    }
    return bal;
  }
  /**
   * Lookup the per-account access entry without walking {@link toJSON}.
   * Address keys are lower-case `0x`-prefixed hex (same as `Address.toString()`).
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  get(address) {
    const key = (typeof address === "string" ? address : address.toString()).toLowerCase();
    return this.accesses[key];
  }
  addAddress(address) {
    if (this.accesses[address] !== void 0) {
      return;
    }
    this.accesses[address] = {
      storageChanges: {},
      storageReads: /* @__PURE__ */ new Set(),
      balanceChanges: /* @__PURE__ */ new Map(),
      nonceChanges: /* @__PURE__ */ new Map(),
      codeChanges: []
    };
  }
  addStorageWrite(address, storageKey, value, blockAccessIndex, originalValue) {
    const strippedKey = normalizeStorageKeyHex(bytesToHex4(stripLeadingZeros(storageKey)));
    const strippedValue = stripLeadingZeros(value);
    const strippedOriginal = originalValue ? stripLeadingZeros(originalValue) : void 0;
    const isZeroWrite = strippedValue.length === 0;
    let isNoOp = false;
    if (strippedOriginal !== void 0) {
      isNoOp = bytesToHex4(strippedValue) === bytesToHex4(strippedOriginal);
    } else if (isZeroWrite) {
      isNoOp = true;
    }
    if (isNoOp) {
      if (this.accesses[address] !== void 0) {
        const slotChanges2 = this.accesses[address].storageChanges[strippedKey];
        if (slotChanges2 !== void 0) {
          const remaining = slotChanges2.filter(([idx]) => idx !== blockAccessIndex);
          if (remaining.length === 0) {
            delete this.accesses[address].storageChanges[strippedKey];
            this.addStorageRead(address, storageKey);
          } else {
            this.accesses[address].storageChanges[strippedKey] = remaining;
          }
        } else {
          this.addStorageRead(address, storageKey);
        }
      } else {
        this.addStorageRead(address, storageKey);
      }
      return;
    }
    if (this.accesses[address] === void 0) {
      this.addAddress(address);
    }
    if (this.accesses[address].storageChanges[strippedKey] === void 0) {
      this.accesses[address].storageChanges[strippedKey] = [];
    }
    const slotChanges = this.accesses[address].storageChanges[strippedKey];
    const existingIndex = slotChanges.findIndex(([idx]) => idx === blockAccessIndex);
    if (existingIndex !== -1) {
      slotChanges[existingIndex] = [blockAccessIndex, strippedValue];
    } else {
      slotChanges.push([blockAccessIndex, strippedValue]);
    }
    this.accesses[address].storageReads.delete(strippedKey);
  }
  addStorageRead(address, storageKey) {
    if (this.accesses[address] === void 0) {
      this.addAddress(address);
    }
    const strippedKey = normalizeStorageKeyHex(bytesToHex4(stripLeadingZeros(storageKey)));
    if (this.accesses[address].storageChanges[strippedKey] === void 0) {
      this.accesses[address].storageReads.add(strippedKey);
    }
  }
  addBalanceChange(address, balance, blockAccessIndex, originalBalance) {
    if (this.accesses[address] === void 0) {
      this.addAddress(address);
    }
    if (originalBalance !== void 0 && !this.originalBalances.has(address)) {
      this.originalBalances.set(address, originalBalance);
    }
    this.accesses[address].balanceChanges.set(blockAccessIndex, padToEvenHex(bytesToHex4(stripLeadingZeros(bigIntToBytes(balance)))));
  }
  /**
   * EIP-7928: Remove balance changes for addresses where final balance equals first balance.
   * Call this at the end of each transaction to clean up net-zero balance changes.
   */
  cleanupNetZeroBalanceChanges() {
    for (const [address, originalBalance] of this.originalBalances.entries()) {
      const access = this.accesses[address];
      if (access === void 0 || access.balanceChanges.size === 0) {
        continue;
      }
      const entries = Array.from(access.balanceChanges.values());
      const finalBalanceHex = entries[entries.length - 1];
      const finalBalance = finalBalanceHex === "0x" ? BigInt(0) : BigInt(`0x${finalBalanceHex.replace(/^0x/, "")}`);
      if (finalBalance === originalBalance) {
        access.balanceChanges.delete(this.blockAccessIndex);
      }
    }
    this.originalBalances.clear();
  }
  addNonceChange(address, nonce, blockAccessIndex) {
    if (this.accesses[address] === void 0) {
      this.addAddress(address);
    }
    this.accesses[address].nonceChanges.set(blockAccessIndex, padToEvenHex(bigIntToHex(nonce)));
  }
  addCodeChange(address, code, blockAccessIndex, originalCode) {
    if (this.accesses[address] === void 0) {
      this.addAddress(address);
    }
    const codeChanges = this.accesses[address].codeChanges;
    const trackingKey = `${address}-${blockAccessIndex}`;
    if (!this.originalCodesAtIndex.has(trackingKey) && originalCode !== void 0) {
      this.originalCodesAtIndex.set(trackingKey, originalCode);
    }
    const originalCodeAtIndex = this.originalCodesAtIndex.get(trackingKey);
    const existingIndex = codeChanges.findIndex(([idx]) => idx === blockAccessIndex);
    if (existingIndex !== -1) {
      if (originalCodeAtIndex !== void 0 && bytesToHex4(code) === bytesToHex4(originalCodeAtIndex)) {
        codeChanges.splice(existingIndex, 1);
      } else {
        codeChanges[existingIndex] = [blockAccessIndex, code];
      }
    } else {
      if (originalCode !== void 0 && bytesToHex4(code) === bytesToHex4(originalCode)) {
        return;
      }
      codeChanges.push([blockAccessIndex, code]);
    }
  }
  /**
   * Converts the internal representation to JSON fixture / Engine API form.
   * Inverse of {@link createBlockLevelAccessListFromJSON}.
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  toJSON() {
    const result = [];
    for (const [address, access] of Object.entries(this.accesses).sort(([a], [b]) => a.localeCompare(b)).filter(([address2, access2]) => shouldIncludeAddress(address2, access2))) {
      const storageChanges = Object.entries(access.storageChanges).sort(([a], [b]) => a.localeCompare(b)).map(([slot, changes]) => ({
        slot,
        slotChanges: changes.sort((a, b) => a[0] - b[0]).map(([index, value]) => ({
          blockAccessIndex: indexToHex(index),
          postValue: padToEvenHex(bytesToHex4(value))
        }))
      }));
      const storageReads = Array.from(access.storageReads).sort((a, b) => Number((a === "0x" ? 0n : hexToBigInt(a)) - (b === "0x" ? 0n : hexToBigInt(b))));
      const balanceChanges = Array.from(access.balanceChanges.entries()).sort(([a], [b]) => a - b).map(([index, balance]) => ({
        blockAccessIndex: indexToHex(index),
        postBalance: balance
      }));
      const nonceChanges = Array.from(access.nonceChanges.entries()).sort(([a], [b]) => a - b).map(([index, nonce]) => ({
        blockAccessIndex: indexToHex(index),
        postNonce: nonce
      }));
      const codeChanges = access.codeChanges.map(([index, code]) => ({
        blockAccessIndex: indexToHex(index),
        newCode: bytesToHex4(code)
      }));
      result.push({
        address,
        nonceChanges,
        balanceChanges,
        codeChanges,
        storageChanges,
        storageReads
      });
    }
    return result;
  }
  /**
   * For selfdestructed accounts, drop state changes while preserving read footprints.
   * Any `storageChanges` are converted to `storageReads`. Per EIP-7928, a positive
   * pre-transaction balance reduced to zero via `SELFDESTRUCT` keeps the balance change.
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  cleanupSelfdestructed(addresses, finalBalances) {
    for (const address of addresses) {
      const access = this.accesses[address];
      if (access === void 0) {
        continue;
      }
      for (const slot of Object.keys(access.storageChanges)) {
        access.storageReads.add(slot);
      }
      access.storageChanges = {};
      access.nonceChanges.clear();
      access.codeChanges = [];
      const originalBalance = this.originalBalances.get(address);
      if (finalBalances !== void 0) {
        const finalBalance = finalBalances.get(address) ?? BigInt(0);
        if (finalBalance === (originalBalance ?? BigInt(0))) {
          access.balanceChanges.clear();
        }
      } else if (originalBalance === void 0 || originalBalance === BigInt(0)) {
        access.balanceChanges.clear();
      }
    }
  }
};
function createBlockLevelAccessList() {
  return new BlockLevelAccessList();
}
function normalizeHexForRLP(hex) {
  const stripped = hex.slice(2).replace(/^0+/, "");
  if (stripped === "") {
    return Uint8Array.from([]);
  }
  return `0x${padToEven2(stripped)}`;
}
function normalizeBytesForRLPQuantity(bytes) {
  return stripLeadingZeros(bytes);
}
function normalizeQuantityHexForRLP(hex) {
  const stripped = hex.slice(2).replace(/^0+/, "");
  if (stripped === "") {
    return "0x";
  }
  return `0x${padToEven2(stripped)}`;
}
function stripLeadingZeros(bytes) {
  let first = bytes[0];
  while (bytes.length > 0 && first.toString() === "0") {
    bytes = bytes.slice(1);
    first = bytes[0];
  }
  return bytes;
}
function padToEvenHex(hex) {
  return `0x${padToEven2(hex.slice(2))}`;
}
function normalizeStorageKeyHex(hex) {
  const stripped = hex.slice(2);
  if (stripped === "") {
    return "0x";
  }
  return `0x${padToEven2(stripped)}`;
}
function shouldIncludeAddress(_address, _access) {
  return true;
}
function indexToHex(index) {
  return padToEvenHex(`0x${index.toString(16)}`);
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/address.js
var Address = class _Address {
  constructor(bytes) {
    if (bytes.length !== 20) {
      throw EthereumJSErrorWithoutCode("Invalid address length");
    }
    this.bytes = bytes;
  }
  /**
   * Is address equal to another.
   */
  equals(address) {
    return equalsBytes(this.bytes, address.bytes);
  }
  /**
   * Is address zero.
   */
  isZero() {
    return this.equals(new _Address(new Uint8Array(20)));
  }
  /**
   * True if address is in the address range defined
   * by EIP-1352
   */
  isPrecompileOrSystemAddress() {
    const address = bytesToBigInt(this.bytes);
    const rangeMin = BIGINT_02;
    const rangeMax = BigInt("0xffff");
    return address >= rangeMin && address <= rangeMax;
  }
  /**
   * Returns hex encoding of address.
   */
  toString() {
    return bytesToHex4(this.bytes);
  }
  /**
   * Returns a new Uint8Array representation of address.
   */
  toBytes() {
    return new Uint8Array(this.bytes);
  }
};
function createZeroAddress() {
  return new Address(new Uint8Array(20));
}
function createAddressFromBigInt(value) {
  const bytes = bigIntToBytes(value);
  if (bytes.length > 20) {
    throw EthereumJSErrorWithoutCode(`Invalid address, too long: ${bytes.length}`);
  }
  return new Address(setLengthLeft(bytes, 20));
}
function createAddressFromString(str) {
  if (!isValidAddress(str)) {
    throw EthereumJSErrorWithoutCode(`Invalid address input=${str}`);
  }
  return new Address(hexToBytes4(str));
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/types.js
var TypeOutput = {
  Number: 0,
  BigInt: 1,
  Uint8Array: 2,
  PrefixedHexString: 3
};
function toType(input, outputType) {
  if (input === null) {
    return null;
  }
  if (input === void 0) {
    return void 0;
  }
  if (typeof input === "string" && !isHexString2(input)) {
    throw EthereumJSErrorWithoutCode(`A string must be provided with a 0x-prefix, given: ${input}`);
  } else if (typeof input === "number" && !Number.isSafeInteger(input)) {
    throw EthereumJSErrorWithoutCode("The provided number is greater than MAX_SAFE_INTEGER (please use an alternative input type)");
  }
  const output = toBytes2(input);
  switch (outputType) {
    case TypeOutput.Uint8Array:
      return output;
    case TypeOutput.BigInt:
      return bytesToBigInt(output);
    case TypeOutput.Number: {
      const bigInt = bytesToBigInt(output);
      if (bigInt > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw EthereumJSErrorWithoutCode("The provided number is greater than MAX_SAFE_INTEGER (please use an alternative output type)");
      }
      return Number(bigInt);
    }
    case TypeOutput.PrefixedHexString:
      return bytesToHex4(output);
    default:
      throw EthereumJSErrorWithoutCode("unknown outputType");
  }
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/signature.js
function calculateSigRecovery(v, chainId) {
  if (v === BIGINT_02 || v === BIGINT_1)
    return v;
  if (chainId === void 0) {
    return v - BIGINT_27;
  }
  return v - (chainId * BIGINT_2 + BigInt(35));
}
function isValidSigRecovery(recovery) {
  return recovery === BIGINT_02 || recovery === BIGINT_1;
}
var ecrecover = function(msgHash, v, r, s, chainId) {
  const signature = concatBytes4(setLengthLeft(r, 32), setLengthLeft(s, 32));
  const recovery = calculateSigRecovery(v, chainId);
  if (!isValidSigRecovery(recovery)) {
    throw EthereumJSErrorWithoutCode("Invalid signature v value");
  }
  const sig = secp256k1.Signature.fromBytes(signature).addRecoveryBit(Number(recovery));
  const senderPubKey = sig.recoverPublicKey(msgHash);
  return senderPubKey.toBytes(false).slice(1);
};

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/authorization.js
var EOA_CODE_7702_AUTHORITY_SIGNING_MAGIC = hexToBytes4("0x05");
function eoaCode7702AuthorizationListJSONItemToBytes(authorizationList) {
  const requiredFields = ["chainId", "address", "nonce", "yParity", "r", "s"];
  for (const field of requiredFields) {
    if (authorizationList[field] === void 0) {
      throw EthereumJSErrorWithoutCode(`EIP-7702 authorization list invalid: ${field} is not defined`);
    }
  }
  return [
    unpadBytes(hexToBytes4(authorizationList.chainId)),
    hexToBytes4(authorizationList.address),
    unpadBytes(hexToBytes4(authorizationList.nonce)),
    unpadBytes(hexToBytes4(authorizationList.yParity)),
    unpadBytes(hexToBytes4(authorizationList.r)),
    unpadBytes(hexToBytes4(authorizationList.s))
  ];
}
function unsignedAuthorizationListToBytes(input) {
  const { chainId: chainIdHex, address: addressHex, nonce: nonceHex } = input;
  const chainId = unpadBytes(hexToBytes4(chainIdHex));
  const address = setLengthLeft(hexToBytes4(addressHex), 20);
  const nonce = unpadBytes(hexToBytes4(nonceHex));
  return [chainId, address, nonce];
}
function eoaCode7702AuthorizationMessageToSign(input) {
  if (Array.isArray(input)) {
    const [chainId, address, nonce] = input;
    if (address.length !== 20) {
      throw EthereumJSErrorWithoutCode("Cannot sign authority: address length should be 20 bytes");
    }
    return concatBytes4(EOA_CODE_7702_AUTHORITY_SIGNING_MAGIC, RLP.encode([unpadBytes(chainId), address, unpadBytes(nonce)]));
  } else {
    const [chainId, address, nonce] = unsignedAuthorizationListToBytes(input);
    return concatBytes4(EOA_CODE_7702_AUTHORITY_SIGNING_MAGIC, RLP.encode([chainId, address, nonce]));
  }
}
function eoaCode7702AuthorizationHashedMessageToSign(input) {
  return keccak_256(eoaCode7702AuthorizationMessageToSign(input));
}
function eoaCode7702RecoverAuthority(input) {
  const inputBytes = Array.isArray(input) ? input : eoaCode7702AuthorizationListJSONItemToBytes(input);
  const [chainId, address, nonce, yParity, r, s] = [
    unpadBytes(inputBytes[0]),
    inputBytes[1],
    unpadBytes(inputBytes[2]),
    unpadBytes(inputBytes[3]),
    unpadBytes(inputBytes[4]),
    unpadBytes(inputBytes[5])
  ];
  const msgHash = eoaCode7702AuthorizationHashedMessageToSign([chainId, address, nonce]);
  const pubKey = ecrecover(msgHash, bytesToBigInt(yParity), r, s);
  return new Address(publicToAddress(pubKey));
}

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/env.js
var isDebugEnabled = (namespace) => globalThis.process?.env?.DEBUG?.includes(namespace) ?? false;

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/binaryTree.js
var BinaryTreeLeafType = {
  BasicData: 0,
  CodeHash: 1
};
var BINARY_TREE_BASIC_DATA_LEAF_KEY = intToBytes(BinaryTreeLeafType.BasicData);
var BINARY_TREE_CODE_HASH_LEAF_KEY = intToBytes(BinaryTreeLeafType.CodeHash);
var BINARY_TREE_CODE_CHUNK_SIZE = 31;
var BINARY_TREE_MAIN_STORAGE_OFFSET = BigInt(256) ** BigInt(BINARY_TREE_CODE_CHUNK_SIZE);

// node_modules/.pnpm/@ethereumjs+util@10.1.3/node_modules/@ethereumjs/util/dist/esm/blobs.js
var BYTES_PER_FIELD_ELEMENT = 32;
var FIELD_ELEMENTS_PER_BLOB = 4096;
var BLOB_SIZE = BYTES_PER_FIELD_ELEMENT * FIELD_ELEMENTS_PER_BLOB;
var MAX_BLOBS_PER_TX = 6;
var MAX_BLOB_BYTES_PER_TX = BLOB_SIZE * MAX_BLOBS_PER_TX - 1;
var computeVersionedHash = (commitment, blobCommitmentVersion) => {
  const computedVersionedHash = new Uint8Array(32);
  computedVersionedHash.set([blobCommitmentVersion], 0);
  computedVersionedHash.set(sha256(hexToBytes4(commitment)).subarray(1), 1);
  return bytesToHex4(computedVersionedHash);
};

// packages/executor/src/hash.ts
function keccak256(data) {
  return keccak_256(data);
}

// packages/executor/src/state/base.ts
var EMPTY_CODE_HASH = KECCAK256_NULL_S.slice(2);
var EMPTY = new Uint8Array(0);
function bigintToMinimalBytes(v) {
  if (v === 0n) return EMPTY;
  let hex = v.toString(16);
  if (hex.length & 1) hex = "0" + hex;
  return Buffer.from(hex, "hex");
}
function strip0x(h) {
  return h.startsWith("0x") ? h.slice(2) : h;
}
var InMemoryState = class _InMemoryState {
  accounts = /* @__PURE__ */ new Map();
  codes = /* @__PURE__ */ new Map();
  slots = /* @__PURE__ */ new Map();
  hashes = /* @__PURE__ */ new Map();
  static fromBlock(block2) {
    const s = new _InMemoryState();
    for (const [addr2, acc] of block2.preState) {
      const codeHash = acc.code.length === 0 ? EMPTY_CODE_HASH : Buffer.from(keccak256(acc.code)).toString("hex");
      if (acc.code.length > 0) s.codes.set(codeHash, acc.code);
      const a = strip0x(addr2);
      s.accounts.set(a, { nonce: acc.nonce, balance: acc.balance, codeHash, hasStorage: acc.storage.size > 0 });
      const slots = /* @__PURE__ */ new Map();
      for (const [slot, v] of acc.storage) slots.set(strip0x(slot), bigintToMinimalBytes(v));
      if (slots.size > 0) s.slots.set(a, slots);
    }
    for (const [n, h] of block2.blockHashes) s.hashes.set(n, Buffer.from(strip0x(h), "hex"));
    return s;
  }
  account(address) {
    return this.accounts.get(address);
  }
  code(codeHash) {
    return this.codes.get(codeHash) ?? EMPTY;
  }
  storage(address, slot) {
    return this.slots.get(address)?.get(slot) ?? EMPTY;
  }
  blockHash(number) {
    return this.hashes.get(number);
  }
};

// packages/executor/src/state/reader.ts
function emptyWriteBuffer() {
  return { accounts: /* @__PURE__ */ new Map(), storage: /* @__PURE__ */ new Map(), codes: /* @__PURE__ */ new Map(), balanceDeltas: /* @__PURE__ */ new Map() };
}

// packages/executor/src/state/block-state.ts
var EMPTY2 = new Uint8Array(0);
var BlockState = class {
  constructor(base) {
    this.base = base;
  }
  base;
  writes = emptyWriteBuffer();
  account(address) {
    const w = this.writes.accounts.get(address);
    if (w !== void 0) return w ?? void 0;
    return this.base.account(address);
  }
  storage(address, slot) {
    const w = this.writes.storage.get(address);
    if (w !== void 0) {
      const v = w.slots.get(slot);
      if (v !== void 0) return v;
      if (w.cleared) return EMPTY2;
    }
    return this.base.storage(address, slot);
  }
  code(codeHash) {
    return this.writes.codes.get(codeHash) ?? this.base.code(codeHash);
  }
  /** Folds one committed transaction's writes into the block (lazy credits become absolute). */
  async apply(tx) {
    for (const [addr2, rec] of tx.accounts) this.writes.accounts.set(addr2, rec);
    for (const [addr2, w] of tx.storage) {
      const mine = this.writes.storage.get(addr2);
      if (w.cleared || mine === void 0) {
        this.writes.storage.set(addr2, { cleared: w.cleared || (mine?.cleared ?? false), slots: w.slots });
      } else {
        for (const [slot, v] of w.slots) mine.slots.set(slot, v);
      }
    }
    for (const [h, code] of tx.codes) this.writes.codes.set(h, code);
    for (const [addr2, delta] of tx.balanceDeltas) {
      const r = await this.account(addr2);
      this.writes.accounts.set(
        addr2,
        r === void 0 ? { nonce: 0n, balance: delta, codeHash: EMPTY_CODE_HASH, hasStorage: false } : { ...r, balance: r.balance + delta }
      );
    }
  }
};

// packages/executor/src/state/tx-state.ts
var EMPTY3 = new Uint8Array(0);
var NON_EMPTY_ROOT = new Uint8Array(32).fill(238);
var TxState = class {
  writes = emptyWriteBuffer();
  undo = [];
  marks = [];
  reader;
  originalStorageCache;
  constructor(reader) {
    this.reader = reader;
    this.originalStorageCache = {
      get: async (address, key) => this.reader.storage(bytesToUnprefixedHex(address.bytes), bytesToUnprefixedHex(key)),
      clear: () => {
      }
    };
  }
  /** Starts a new transaction over `reader` (which must reflect all earlier transactions). */
  reset(reader) {
    this.reader = reader;
    this.writes = emptyWriteBuffer();
    this.undo.length = 0;
    this.marks.length = 0;
  }
  // ---- accounts ---------------------------------------------------------------
  async record(addr2) {
    const w = this.writes.accounts.get(addr2);
    const r = w !== void 0 ? w ?? void 0 : await this.reader.account(addr2);
    const delta = this.writes.balanceDeltas.get(addr2);
    if (delta === void 0) return r;
    if (r === void 0) return { nonce: 0n, balance: delta, codeHash: EMPTY_CODE_HASH, hasStorage: false };
    return { ...r, balance: r.balance + delta };
  }
  /** An account's code hash alone (empty when it does not exist), read without its balance. */
  async codeHashOf(addr2) {
    const w = this.writes.accounts.get(addr2);
    if (w !== void 0) return w?.codeHash ?? EMPTY_CODE_HASH;
    if (this.reader.codeHash !== void 0) return this.reader.codeHash(addr2);
    return (await this.reader.account(addr2))?.codeHash ?? EMPTY_CODE_HASH;
  }
  /**
   * A lazy credit: adds `delta` to the account's balance without reading it, so
   * transactions that all pay the beneficiary do not conflict. A later read of the
   * account folds it in; a later put or delete (whose balance already includes it) drops it.
   */
  addBalanceDelta(addr2, delta) {
    const prev = this.writes.balanceDeltas.get(addr2);
    this.undo.push({ k: 3 /* Delta */, addr: addr2, prev });
    this.writes.balanceDeltas.set(addr2, (prev ?? 0n) + delta);
  }
  dropDelta(addr2) {
    const prev = this.writes.balanceDeltas.get(addr2);
    if (prev === void 0) return;
    this.undo.push({ k: 3 /* Delta */, addr: addr2, prev });
    this.writes.balanceDeltas.delete(addr2);
  }
  async getAccount(address) {
    const r = await this.record(bytesToUnprefixedHex(address.bytes));
    if (r === void 0) return void 0;
    return new Account(
      r.nonce,
      r.balance,
      r.hasStorage ? NON_EMPTY_ROOT : KECCAK256_RLP,
      r.codeHash === EMPTY_CODE_HASH ? KECCAK256_NULL : Buffer.from(r.codeHash, "hex")
    );
  }
  async putAccount(address, account) {
    const addr2 = bytesToUnprefixedHex(address.bytes);
    if (account === void 0) return this.deleteAccount(address);
    const codeHash = bytesToUnprefixedHex(account.codeHash);
    const hasStorage = account.storageRoot === NON_EMPTY_ROOT && !this.isCleared(addr2);
    this.setAccount(addr2, { nonce: account.nonce, balance: account.balance, codeHash, hasStorage });
  }
  async deleteAccount(address) {
    const addr2 = bytesToUnprefixedHex(address.bytes);
    this.setAccount(addr2, null);
    this.setStorage(addr2, { cleared: true, slots: /* @__PURE__ */ new Map() });
  }
  async modifyAccountFields(address, fields3) {
    const account = await this.getAccount(address) ?? new Account();
    if (fields3.nonce !== void 0) account.nonce = fields3.nonce;
    if (fields3.balance !== void 0) account.balance = fields3.balance;
    if (fields3.codeHash !== void 0) account.codeHash = fields3.codeHash;
    if (fields3.storageRoot !== void 0) account.storageRoot = fields3.storageRoot;
    await this.putAccount(address, account);
  }
  setAccount(addr2, rec) {
    this.dropDelta(addr2);
    const prev = this.writes.accounts.get(addr2);
    this.undo.push({ k: 0 /* Account */, addr: addr2, prev });
    this.writes.accounts.set(addr2, rec);
  }
  // ---- code -------------------------------------------------------------------
  async getCode(address) {
    const r = await this.record(bytesToUnprefixedHex(address.bytes));
    if (r === void 0 || r.codeHash === EMPTY_CODE_HASH) return EMPTY3;
    return this.writes.codes.get(r.codeHash) ?? this.reader.code(r.codeHash);
  }
  async getCodeSize(address) {
    return (await this.getCode(address)).length;
  }
  async putCode(address, code) {
    const addr2 = bytesToUnprefixedHex(address.bytes);
    const codeHash = code.length === 0 ? EMPTY_CODE_HASH : bytesToUnprefixedHex(keccak256(code));
    if (code.length > 0) this.writes.codes.set(codeHash, code);
    const r = await this.record(addr2) ?? { nonce: 0n, balance: 0n, codeHash: EMPTY_CODE_HASH, hasStorage: false };
    this.setAccount(addr2, { ...r, codeHash });
  }
  // ---- storage ----------------------------------------------------------------
  isCleared(addr2) {
    return this.writes.storage.get(addr2)?.cleared === true;
  }
  async getStorage(address, key) {
    const addr2 = bytesToUnprefixedHex(address.bytes);
    const slot = bytesToUnprefixedHex(key);
    const w = this.writes.storage.get(addr2);
    if (w !== void 0) {
      const v = w.slots.get(slot);
      if (v !== void 0) return v;
      if (w.cleared) return EMPTY3;
    }
    return this.reader.storage(addr2, slot);
  }
  async putStorage(address, key, value) {
    const addr2 = bytesToUnprefixedHex(address.bytes);
    const slot = bytesToUnprefixedHex(key);
    let w = this.writes.storage.get(addr2);
    if (w === void 0) {
      w = { cleared: false, slots: /* @__PURE__ */ new Map() };
      this.setStorage(addr2, w);
    }
    this.undo.push({ k: 1 /* Slot */, w, slot, prev: w.slots.get(slot) });
    w.slots.set(slot, value);
  }
  async clearStorage(address) {
    const addr2 = bytesToUnprefixedHex(address.bytes);
    this.setStorage(addr2, { cleared: true, slots: /* @__PURE__ */ new Map() });
    const r = this.writes.accounts.get(addr2);
    if (r) this.setAccount(addr2, { ...r, hasStorage: false });
  }
  setStorage(addr2, w) {
    this.undo.push({ k: 2 /* Storage */, addr: addr2, prev: this.writes.storage.get(addr2) });
    this.writes.storage.set(addr2, w);
  }
  // ---- checkpoints --------------------------------------------------------------
  async checkpoint() {
    this.marks.push(this.undo.length);
  }
  async commit() {
    this.marks.pop();
    if (this.marks.length === 0) this.undo.length = 0;
  }
  async revert() {
    const mark = this.marks.pop() ?? 0;
    const undo = this.undo;
    for (let i = undo.length - 1; i >= mark; i--) {
      const e = undo[i];
      if (e.k === 0 /* Account */) {
        if (e.prev === void 0) this.writes.accounts.delete(e.addr);
        else this.writes.accounts.set(e.addr, e.prev);
      } else if (e.k === 3 /* Delta */) {
        if (e.prev === void 0) this.writes.balanceDeltas.delete(e.addr);
        else this.writes.balanceDeltas.set(e.addr, e.prev);
      } else if (e.k === 1 /* Slot */) {
        if (e.prev === void 0) e.w.slots.delete(e.slot);
        else e.w.slots.set(e.slot, e.prev);
      } else if (e.prev === void 0) this.writes.storage.delete(e.addr);
      else this.writes.storage.set(e.addr, e.prev);
    }
    undo.length = mark;
  }
  // ---- unused by execution ------------------------------------------------------
  async getStateRoot() {
    return new Uint8Array(32);
  }
  async setStateRoot() {
    throw new Error("TxState has no state root");
  }
  async hasStateRoot() {
    return false;
  }
  shallowCopy() {
    throw new Error("TxState cannot be copied: one transaction at a time");
  }
  clearCaches() {
  }
};

// packages/executor/src/tx/intrinsic.ts
function intrinsicGas(tx, env) {
  const c = env.common;
  let gas = c.param("txGas");
  const zero = c.param("txDataZeroGas");
  const nonZero = c.param("txDataNonZeroGas");
  let zeros = 0;
  for (let i = 0; i < tx.data.length; i++) if (tx.data[i] === 0) zeros++;
  gas += zero * BigInt(zeros) + nonZero * BigInt(tx.data.length - zeros);
  if (tx.to === null) {
    if (env.eip.homestead) gas += c.param("txCreationGas");
    if (env.eip.e3860) gas += c.param("initCodeWordGas") * BigInt(Math.ceil(tx.data.length / 32));
  }
  if (tx.type >= 1) {
    let slots = 0;
    for (const item of tx.accessList) slots += item.storageKeys.length;
    gas += c.param("accessListAddressGas") * BigInt(tx.accessList.length) + c.param("accessListStorageKeyGas") * BigInt(slots);
  }
  if (tx.type === 4) gas += c.param("perEmptyAccountCost") * BigInt(tx.authorizationList.length);
  return gas;
}
function calldataFloorGas(tx, env) {
  if (!env.eip.e7623) return 0n;
  let tokens = 0n;
  for (let i = 0; i < tx.data.length; i++) tokens += tx.data[i] === 0 ? 1n : 4n;
  return env.common.param("txGas") + env.common.param("totalCostFloorPerToken") * tokens;
}

// packages/executor/src/tx/prepared.ts
var addr = (h) => new Address(Buffer.from(h.slice(2), "hex"));
function prepareTx(tx, env) {
  const baseFee = env.baseFee;
  let gasPrice;
  let inclusion;
  let feeCap;
  if (tx.type >= 2) {
    const maxFee = tx.maxFeePerGas;
    const prio = tx.maxPriorityFeePerGas;
    const b = baseFee ?? 0n;
    inclusion = prio < maxFee - b ? prio : maxFee - b;
    gasPrice = b + inclusion;
    feeCap = maxFee;
  } else {
    gasPrice = tx.gasPrice;
    inclusion = baseFee === void 0 ? gasPrice : gasPrice - baseFee;
    feeCap = gasPrice;
  }
  const blobCount = BigInt(tx.blobVersionedHashes?.length ?? 0);
  const blobGas = tx.type === 3 ? env.common.param("blobGasPerBlob") * blobCount : 0n;
  return {
    input: tx,
    index: tx.index,
    caller: addr(tx.from),
    callerKey: tx.from.slice(2),
    to: tx.to === null ? void 0 : addr(tx.to),
    toKey: tx.to === null ? void 0 : tx.to.slice(2),
    intrinsicGas: intrinsicGas(tx, env),
    floorGas: calldataFloorGas(tx, env),
    gasPrice,
    inclusionFeePerGas: inclusion,
    maxCost: tx.value + tx.gasLimit * feeCap + blobGas * (tx.maxFeePerBlobGas ?? 0n),
    upfrontGasCost: tx.gasLimit * gasPrice + blobGas * env.blobGasPrice,
    blobGas,
    blobVersionedHashes: tx.blobVersionedHashes?.map((h) => Buffer.from(h.slice(2), "hex")),
    accessList: tx.accessList.map((i) => ({ address: i.address.slice(2), slots: i.storageKeys.map((k) => k.slice(2)) }))
  };
}

// packages/executor/src/block/bloom.ts
function bloomAdd(bloom, item) {
  const h = keccak256(item);
  for (let i = 0; i < 6; i += 2) {
    const bit = (h[i] << 8 | h[i + 1]) & 2047;
    bloom[255 - (bit >> 3)] |= 1 << (bit & 7);
  }
}
function bloomOr(into, other) {
  for (let i = 0; i < 256; i++) into[i] |= other[i];
}

// packages/executor/src/errors.ts
var InvalidTransactionError = class extends Error {
  constructor(txIndex, reason, detail) {
    super(`transaction ${txIndex} is invalid (${reason}): ${detail}`);
    this.txIndex = txIndex;
    this.reason = reason;
  }
  txIndex;
  reason;
  name = "InvalidTransactionError";
};

// packages/executor/src/tx/authorizations.ts
var DELEGATION_PREFIX = Uint8Array.of(239, 1, 0);
var SECP256K1_N_DIV_2 = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;
var MAX_UINT642 = (1n << 64n) - 1n;
async function applyAuthorizations(evm, env, tx) {
  const state = evm.stateManager;
  let refund = 0n;
  const perExisting = env.common.param("perEmptyAccountCost") - env.common.param("perAuthBaseGas");
  const chainId = env.common.chainId();
  for (const auth of tx.authorizationList ?? []) {
    if (auth.chainId !== 0n && auth.chainId !== chainId) continue;
    if (auth.nonce >= MAX_UINT642) continue;
    if (auth.s > SECP256K1_N_DIV_2 || auth.yParity > 1) continue;
    let authority;
    try {
      authority = eoaCode7702RecoverAuthority([
        bigIntToUnpaddedBytes(auth.chainId),
        Buffer.from(auth.address.slice(2), "hex"),
        bigIntToUnpaddedBytes(auth.nonce),
        bigIntToUnpaddedBytes(BigInt(auth.yParity)),
        setLengthLeft(bigIntToUnpaddedBytes(auth.r), 32),
        setLengthLeft(bigIntToUnpaddedBytes(auth.s), 32)
      ]);
    } catch {
      continue;
    }
    const existing = await state.getAccount(authority);
    const account = existing ?? new Account();
    evm.journal.addAlwaysWarmAddress(authority.toString());
    if (account.isContract()) {
      const code = await state.getCode(authority);
      if (!equalsBytes(code.subarray(0, 3), DELEGATION_PREFIX)) continue;
    }
    if (account.nonce !== auth.nonce) continue;
    if (existing !== void 0) refund += perExisting;
    account.nonce++;
    await evm.journal.putAccount(authority, account);
    const target = Buffer.from(auth.address.slice(2), "hex");
    const clearing = target.every((b) => b === 0);
    await state.putCode(authority, clearing ? new Uint8Array(0) : Buffer.concat([DELEGATION_PREFIX, target]));
  }
  return refund;
}

// packages/executor/src/tx/process.ts
var DELEGATION_PREFIX2 = Uint8Array.of(239, 1, 0);
var MAX_NONCE = (1n << 64n) - 1n;
var creditBeneficiary = async (evm, env, fee) => {
  if (fee > 0n) {
    ;
    evm.stateManager.addBalanceDelta(env.coinbaseKey, fee);
    return;
  }
  const acc = await evm.stateManager.getAccount(env.coinbase) ?? new Account();
  await evm.journal.putAccount(env.coinbase, acc);
};
function invalid(tx, reason, detail) {
  throw new InvalidTransactionError(tx.index, reason, detail);
}
function checkStatic(tx, env, blockGasUsed) {
  const t = tx.input;
  const e = env.eip;
  if (t.type === 1 && !e.e2930 || t.type === 2 && !e.e1559 || t.type === 3 && !e.e4844 || t.type === 4 && !e.e7702) {
    invalid(tx, "TX_TYPE_NOT_ACTIVE", `type ${t.type} transactions are not valid in ${env.input.hardfork}`);
  }
  if (t.gasLimit > env.gasLimit) invalid(tx, "GAS_LIMIT_ABOVE_BLOCK", `gas ${t.gasLimit} > block gas limit ${env.gasLimit}`);
  if (blockGasUsed + t.gasLimit > env.gasLimit) {
    invalid(tx, "BLOCK_GAS_EXHAUSTED", `gas ${t.gasLimit} + block gas used ${blockGasUsed} > block gas limit ${env.gasLimit}`);
  }
  const minGas = tx.intrinsicGas > tx.floorGas ? tx.intrinsicGas : tx.floorGas;
  if (t.gasLimit < minGas) invalid(tx, "INTRINSIC_GAS_TOO_LOW", `gas ${t.gasLimit} < intrinsic ${minGas}`);
  if (t.nonce >= MAX_NONCE) invalid(tx, "NONCE_MAX", `nonce ${t.nonce} is not below 2^64-1`);
  if (e.e3860 && t.to === null && t.data.length > Number(env.common.param("maxInitCodeSize"))) {
    invalid(tx, "INITCODE_TOO_LARGE", `initcode of ${t.data.length} bytes`);
  }
  if (t.type >= 2 && t.maxPriorityFeePerGas > t.maxFeePerGas) {
    invalid(tx, "PRIORITY_FEE_ABOVE_FEE_CAP", `maxPriorityFeePerGas ${t.maxPriorityFeePerGas} > maxFeePerGas ${t.maxFeePerGas}`);
  }
  if (env.baseFee !== void 0) {
    const cap = t.type >= 2 ? t.maxFeePerGas : t.gasPrice;
    if (cap < env.baseFee) invalid(tx, "FEE_CAP_BELOW_BASE_FEE", `fee cap ${cap} < base fee ${env.baseFee}`);
  }
  if (t.type === 3) {
    if (t.blobVersionedHashes.length === 0) invalid(tx, "BLOB_TX_INVALID", "no blob versioned hashes");
    if (t.maxFeePerBlobGas < env.blobGasPrice) {
      invalid(tx, "BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE", `maxFeePerBlobGas ${t.maxFeePerBlobGas} < blob gas price ${env.blobGasPrice}`);
    }
  }
  if (t.type === 4 && t.authorizationList.length === 0) invalid(tx, "AUTHORIZATION_LIST_EMPTY", "empty authorization list");
}
function warm(evm, env, tx) {
  const j = evm.journal;
  if (tx.input.type >= 1) {
    for (const item of tx.accessList) {
      j.addAlwaysWarmAddress(item.address, true);
      for (const slot of item.slots) j.addAlwaysWarmSlot(item.address, slot, true);
    }
  }
  if (!env.eip.e2929) return;
  for (const [a] of evm.precompiles) j.addAlwaysWarmAddress(a);
  j.addAlwaysWarmAddress(tx.callerKey);
  if (tx.toKey !== void 0) j.addAlwaysWarmAddress(tx.toKey);
  if (env.eip.e3651) j.addAlwaysWarmAddress(env.coinbaseKey);
}
async function checkSender(evm, tx, balance, nonce, codeHash) {
  if (!equalsBytes(codeHash, KECCAK256_NULL)) {
    const code = await evm.stateManager.getCode(tx.caller);
    const delegated = code.length >= 3 && equalsBytes(code.subarray(0, 3), DELEGATION_PREFIX2);
    if (!(delegated && evm.common.isActivatedEIP(7702))) invalid(tx, "SENDER_NOT_EOA", `sender ${tx.input.from} has code (EIP-3607)`);
  }
  const need = tx.upfrontGasCost + tx.input.value;
  if (balance < need || balance < tx.maxCost) {
    invalid(tx, "INSUFFICIENT_FUNDS", `sender ${tx.input.from} has ${balance}, needs ${need > tx.maxCost ? need : tx.maxCost}`);
  }
  if (nonce !== tx.input.nonce) {
    invalid(tx, nonce > tx.input.nonce ? "NONCE_TOO_LOW" : "NONCE_TOO_HIGH", `account nonce ${nonce}, tx nonce ${tx.input.nonce}`);
  }
}
async function processTx(evm, env, tx, credit = creditBeneficiary) {
  const journal = evm.journal;
  const state = evm.stateManager;
  resetTransientStorage(evm);
  await journal.cleanup();
  await journal.checkpoint();
  try {
    warm(evm, env, tx);
    const t = tx.input;
    const from = await state.getAccount(tx.caller) ?? new Account();
    await checkSender(evm, tx, from.balance, from.nonce, from.codeHash);
    from.balance -= tx.upfrontGasCost;
    await journal.putAccount(tx.caller, from);
    from.nonce += 1n;
    await journal.putAccount(tx.caller, from);
    const gasLimit = t.gasLimit - tx.intrinsicGas;
    await journal.checkpoint();
    let gasRefund = t.type === 4 ? await applyAuthorizations(evm, env, t) : 0n;
    let results;
    try {
      results = await plainTransfer(evm, tx, from) ?? await evm.runCall({
        block: env.evmBlock,
        gasPrice: tx.gasPrice,
        caller: tx.caller,
        gasLimit,
        to: tx.to,
        value: t.value,
        data: t.data,
        blobVersionedHashes: tx.input.blobVersionedHashes,
        skipNonceIncrement: true
      });
    } catch (e) {
      await journal.revert();
      throw e;
    }
    await journal.commit();
    const exec = results.execResult;
    let gasUsed = exec.executionGasUsed + tx.intrinsicGas;
    gasRefund += exec.gasRefund ?? 0n;
    if (gasRefund > 0n) {
      const maxRefund = gasUsed / env.common.param("maxRefundQuotient");
      gasUsed -= gasRefund < maxRefund ? gasRefund : maxRefund;
    }
    if (gasUsed < tx.floorGas) gasUsed = tx.floorGas;
    const sender = await state.getAccount(tx.caller) ?? new Account();
    sender.balance += (t.gasLimit - gasUsed) * tx.gasPrice;
    await journal.putAccount(tx.caller, sender);
    const fee = env.eip.e1559 ? gasUsed * tx.inclusionFeePerGas : gasUsed * tx.gasPrice;
    await credit(evm, env, fee);
    await processSelfdestructs(evm, env, exec.selfdestruct, exec.createdAddresses);
    const logs = toLogs(exec.logs);
    await journal.cleanup();
    await journal.commit();
    const failed = exec.exceptionError !== void 0;
    return {
      status: failed ? 0 : 1,
      gasUsed,
      beneficiaryFee: fee,
      logs,
      logsBloom: bloomOf(exec.logs),
      contractAddress: t.to === null && !failed && results.createdAddress ? results.createdAddress.toString() : null,
      error: exec.exceptionError?.error
    };
  } catch (e) {
    await journal.revert();
    throw e;
  } finally {
    journal.cleanJournal();
  }
}
async function processSelfdestructs(evm, env, destructs, created) {
  if (destructs === void 0 || destructs.size === 0) return;
  const addresses = [...destructs.keys()].sort();
  for (const a of addresses) {
    if (env.eip.e6780 && !created?.has(a)) continue;
    await evm.journal.deleteAccount(new Address(hexToBytes4(a)));
  }
}
async function plainTransfer(evm, tx, from) {
  const t = tx.input;
  if (t.type === 4 || tx.toKey === void 0 || t.data.length > 0 || t.value === 0n) return void 0;
  if (evm.precompiles.has(tx.toKey)) return void 0;
  const state = evm.stateManager;
  if (await state.codeHashOf(tx.toKey) !== EMPTY_CODE_HASH) return void 0;
  if (from.balance < t.value) return void 0;
  from.balance -= t.value;
  await evm.journal.putAccount(tx.caller, from);
  state.addBalanceDelta(tx.toKey, t.value);
  return { execResult: { returnValue: new Uint8Array(0), executionGasUsed: 0n, gasRefund: 0n, logs: [] } };
}
function resetTransientStorage(evm) {
  const ts = evm.transientStorage;
  ts.clear();
  ts._indices = [0];
}
function toLogs(raw) {
  if (raw === void 0) return [];
  return raw.map(([address, topics, data]) => ({
    address: bytesToHex4(address),
    topics: topics.map((x) => bytesToHex4(x)),
    data: bytesToHex4(data)
  }));
}
function bloomOf(raw) {
  const bloom = new Uint8Array(256);
  if (raw !== void 0) {
    for (const [address, topics] of raw) {
      bloomAdd(bloom, address);
      for (const topic of topics) bloomAdd(bloom, topic);
    }
  }
  return bloom;
}
function receiptOf(type, outcome, cumulativeGasUsed, byzantium) {
  return {
    type,
    status: byzantium ? outcome.status : void 0,
    cumulativeGasUsed,
    logs: outcome.logs,
    logsBloom: outcome.logsBloom
  };
}

// packages/executor/src/block/diff.ts
var EMPTY_CODE = new Uint8Array(0);
function sameBytes(a, b) {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
async function computeStateDiff(pre, src) {
  const diff = /* @__PURE__ */ new Map();
  for (const addr2 of new Set(src.addresses)) {
    const key = `0x${addr2}`;
    const before = pre.get(key);
    const after = await src.post(addr2);
    if (after === void 0) {
      if (before !== void 0) diff.set(key, { deleted: true, storage: /* @__PURE__ */ new Map() });
      continue;
    }
    const d = { storage: /* @__PURE__ */ new Map() };
    if (after.balance !== (before?.balance ?? 0n)) d.balance = after.balance;
    if (after.nonce !== (before?.nonce ?? 0n)) d.nonce = after.nonce;
    if (!sameBytes(after.code, before?.code ?? EMPTY_CODE)) d.code = after.code;
    const { slots, wiped } = src.writtenSlots(addr2);
    const candidates = new Set(slots);
    if (wiped && before !== void 0) for (const s of before.storage.keys()) candidates.add(s.slice(2));
    for (const slot of candidates) {
      const slotKey = `0x${slot}`;
      const v = await src.postSlot(addr2, slot);
      if (v !== (before?.storage.get(slotKey) ?? 0n)) d.storage.set(slotKey, v);
    }
    const changed = before === void 0 || d.balance !== void 0 || d.nonce !== void 0 || d.code !== void 0 || d.storage.size > 0;
    if (changed) diff.set(key, d);
  }
  return diff;
}
var opt = (v) => v === void 0 ? [] : [v];
function stateDiffHash(diff) {
  const addrs = [...diff.keys()].sort();
  const list = addrs.map((a) => {
    const d = diff.get(a);
    const slots = [...d.storage.keys()].sort();
    return [
      Buffer.from(a.slice(2), "hex"),
      d.deleted ? Uint8Array.of(1) : new Uint8Array(0),
      opt(d.balance === void 0 ? void 0 : bigintToMinimalBytes(d.balance)),
      opt(d.nonce === void 0 ? void 0 : bigintToMinimalBytes(d.nonce)),
      opt(d.code),
      slots.map((s) => [Buffer.from(s.slice(2), "hex"), bigintToMinimalBytes(d.storage.get(s))])
    ];
  });
  return keccak256(RLP.encode(list));
}

// node_modules/.pnpm/@ethereumjs+common@10.1.3/node_modules/@ethereumjs/common/dist/esm/chains.js
var Mainnet = {
  name: "mainnet",
  chainId: 1,
  defaultHardfork: "prague",
  consensus: {
    type: "pow",
    algorithm: "ethash",
    ethash: {}
  },
  comment: "The Ethereum main chain",
  url: "https://ethstats.net/",
  genesis: {
    gasLimit: 5e3,
    difficulty: 17179869184,
    nonce: "0x0000000000000042",
    extraData: "0x11bbe8db4e347b4e8c937c1c8370e4b5ed33adb3db69cbdb7a38e1e50b1b82fa"
  },
  depositContractAddress: "0x00000000219ab540356cBB839Cbe05303d7705Fa",
  hardforks: [
    {
      name: "chainstart",
      block: 0,
      forkHash: "0xfc64ec04"
    },
    {
      name: "homestead",
      block: 115e4,
      forkHash: "0x97c2c34c"
    },
    {
      name: "dao",
      block: 192e4,
      forkHash: "0x91d1f948"
    },
    {
      name: "tangerineWhistle",
      block: 2463e3,
      forkHash: "0x7a64da13"
    },
    {
      name: "spuriousDragon",
      block: 2675e3,
      forkHash: "0x3edd5b10"
    },
    {
      name: "byzantium",
      block: 437e4,
      forkHash: "0xa00bc324"
    },
    {
      name: "constantinople",
      block: 728e4,
      forkHash: "0x668db0af"
    },
    {
      name: "petersburg",
      block: 728e4,
      forkHash: "0x668db0af"
    },
    {
      name: "istanbul",
      block: 9069e3,
      forkHash: "0x879d6e30"
    },
    {
      name: "muirGlacier",
      block: 92e5,
      forkHash: "0xe029e991"
    },
    {
      name: "berlin",
      block: 12244e3,
      forkHash: "0x0eb440f6"
    },
    {
      name: "london",
      block: 12965e3,
      forkHash: "0xb715077d"
    },
    {
      name: "arrowGlacier",
      block: 13773e3,
      forkHash: "0x20c327fc"
    },
    {
      name: "grayGlacier",
      block: 1505e4,
      forkHash: "0xf0afd0e3"
    },
    {
      // The forkHash will remain same as mergeNetsplitBlock is post merge
      // terminal block: https://etherscan.io/block/15537393
      name: "paris",
      block: 15537394,
      forkHash: "0xf0afd0e3"
    },
    {
      name: "mergeNetsplitBlock",
      block: null,
      forkHash: null
    },
    {
      name: "shanghai",
      block: null,
      timestamp: "1681338455",
      forkHash: "0xdce96c2d"
    },
    {
      name: "cancun",
      block: null,
      timestamp: "1710338135",
      forkHash: "0x9f3d2254"
    },
    {
      name: "prague",
      block: null,
      timestamp: "1746612311",
      forkHash: "0xc376cf8b"
    },
    {
      name: "osaka",
      block: null,
      timestamp: "1764798551",
      forkHash: "0x5167e2a6"
    },
    {
      name: "bpo1",
      block: null,
      timestamp: "1765290071",
      forkHash: "0xcba2a1c0"
    },
    {
      name: "bpo2",
      block: null,
      timestamp: "1767747671",
      forkHash: "0x07c9462e"
    },
    {
      name: "amsterdam",
      block: null
    }
  ],
  bootstrapNodes: [
    {
      ip: "18.138.108.67",
      port: 30303,
      id: "d860a01f9722d78051619d1e2351aba3f43f943f6f00718d1b9baa4101932a1f5011f16bb2b1bb35db20d6fe28fa0bf09636d26a87d31de9ec6203eeedb1f666",
      location: "ap-southeast-1-001",
      comment: "bootnode-aws-ap-southeast-1-001"
    },
    {
      ip: "3.209.45.79",
      port: 30303,
      id: "22a8232c3abc76a16ae9d6c3b164f98775fe226f0917b0ca871128a74a8e9630b458460865bab457221f1d448dd9791d24c4e5d88786180ac185df813a68d4de",
      location: "us-east-1-001",
      comment: "bootnode-aws-us-east-1-001"
    },
    {
      ip: "65.108.70.101",
      port: 30303,
      id: "2b252ab6a1d0f971d9722cb839a42cb81db019ba44c08754628ab4a823487071b5695317c8ccd085219c3a03af063495b2f1da8d18218da2d6a82981b45e6ffc",
      location: "eu-west-1-001",
      comment: "bootnode-hetzner-hel"
    },
    {
      ip: "157.90.35.166",
      port: 30303,
      id: "4aeb4ab6c14b23e2c4cfdce879c04b0748a20d8e9b59e25ded2a08143e265c6c25936e74cbc8e641e3312ca288673d91f2f93f8e277de3cfa444ecdaaf982052",
      location: "eu-central-1-001",
      comment: "bootnode-hetzner-fsn"
    }
  ],
  dnsNetworks: [
    "enrtree://AKA3AM6LPBYEUDMVNU3BSVQJ5AD45Y7YPOHJLEF6W26QOE4VTUDPE@all.mainnet.ethdisco.net"
  ]
};

// node_modules/.pnpm/eventemitter3@5.0.4/node_modules/eventemitter3/index.mjs
var import_index2 = __toESM(require_eventemitter3(), 1);

// node_modules/.pnpm/@ethereumjs+common@10.1.3/node_modules/@ethereumjs/common/dist/esm/crc.js
var TABLE = [
  0,
  1996959894,
  3993919788,
  2567524794,
  124634137,
  1886057615,
  3915621685,
  2657392035,
  249268274,
  2044508324,
  3772115230,
  2547177864,
  162941995,
  2125561021,
  3887607047,
  2428444049,
  498536548,
  1789927666,
  4089016648,
  2227061214,
  450548861,
  1843258603,
  4107580753,
  2211677639,
  325883990,
  1684777152,
  4251122042,
  2321926636,
  335633487,
  1661365465,
  4195302755,
  2366115317,
  997073096,
  1281953886,
  3579855332,
  2724688242,
  1006888145,
  1258607687,
  3524101629,
  2768942443,
  901097722,
  1119000684,
  3686517206,
  2898065728,
  853044451,
  1172266101,
  3705015759,
  2882616665,
  651767980,
  1373503546,
  3369554304,
  3218104598,
  565507253,
  1454621731,
  3485111705,
  3099436303,
  671266974,
  1594198024,
  3322730930,
  2970347812,
  795835527,
  1483230225,
  3244367275,
  3060149565,
  1994146192,
  31158534,
  2563907772,
  4023717930,
  1907459465,
  112637215,
  2680153253,
  3904427059,
  2013776290,
  251722036,
  2517215374,
  3775830040,
  2137656763,
  141376813,
  2439277719,
  3865271297,
  1802195444,
  476864866,
  2238001368,
  4066508878,
  1812370925,
  453092731,
  2181625025,
  4111451223,
  1706088902,
  314042704,
  2344532202,
  4240017532,
  1658658271,
  366619977,
  2362670323,
  4224994405,
  1303535960,
  984961486,
  2747007092,
  3569037538,
  1256170817,
  1037604311,
  2765210733,
  3554079995,
  1131014506,
  879679996,
  2909243462,
  3663771856,
  1141124467,
  855842277,
  2852801631,
  3708648649,
  1342533948,
  654459306,
  3188396048,
  3373015174,
  1466479909,
  544179635,
  3110523913,
  3462522015,
  1591671054,
  702138776,
  2966460450,
  3352799412,
  1504918807,
  783551873,
  3082640443,
  3233442989,
  3988292384,
  2596254646,
  62317068,
  1957810842,
  3939845945,
  2647816111,
  81470997,
  1943803523,
  3814918930,
  2489596804,
  225274430,
  2053790376,
  3826175755,
  2466906013,
  167816743,
  2097651377,
  4027552580,
  2265490386,
  503444072,
  1762050814,
  4150417245,
  2154129355,
  426522225,
  1852507879,
  4275313526,
  2312317920,
  282753626,
  1742555852,
  4189708143,
  2394877945,
  397917763,
  1622183637,
  3604390888,
  2714866558,
  953729732,
  1340076626,
  3518719985,
  2797360999,
  1068828381,
  1219638859,
  3624741850,
  2936675148,
  906185462,
  1090812512,
  3747672003,
  2825379669,
  829329135,
  1181335161,
  3412177804,
  3160834842,
  628085408,
  1382605366,
  3423369109,
  3138078467,
  570562233,
  1426400815,
  3317316542,
  2998733608,
  733239954,
  1555261956,
  3268935591,
  3050360625,
  752459403,
  1541320221,
  2607071920,
  3965973030,
  1969922972,
  40735498,
  2617837225,
  3943577151,
  1913087877,
  83908371,
  2512341634,
  3803740692,
  2075208622,
  213261112,
  2463272603,
  3855990285,
  2094854071,
  198958881,
  2262029012,
  4057260610,
  1759359992,
  534414190,
  2176718541,
  4139329115,
  1873836001,
  414664567,
  2282248934,
  4279200368,
  1711684554,
  285281116,
  2405801727,
  4167216745,
  1634467795,
  376229701,
  2685067896,
  3608007406,
  1308918612,
  956543938,
  2808555105,
  3495958263,
  1231636301,
  1047427035,
  2932959818,
  3654703836,
  1088359270,
  936918e3,
  2847714899,
  3736837829,
  1202900863,
  817233897,
  3183342108,
  3401237130,
  1404277552,
  615818150,
  3134207493,
  3453421203,
  1423857449,
  601450431,
  3009837614,
  3294710456,
  1567103746,
  711928724,
  3020668471,
  3272380065,
  1510334235,
  755167117
];
if (typeof Int32Array !== "undefined") {
  TABLE = new Int32Array(TABLE);
}
var crc = (current, previous) => {
  let crc2 = previous === 0 ? 0 : ~~previous ^ -1;
  for (let index = 0; index < current.length; index++) {
    crc2 = TABLE[(crc2 ^ current[index]) & 255] ^ crc2 >>> 8;
  }
  return crc2 ^ -1;
};
var crc32 = (current, previous) => {
  return crc(current, previous) >>> 0;
};

// node_modules/.pnpm/@ethereumjs+common@10.1.3/node_modules/@ethereumjs/common/dist/esm/enums.js
var Chain = {
  Mainnet: 1,
  Sepolia: 11155111,
  Holesky: 17e3,
  Hoodi: 560048
};
var ChainNameFromNumber = Object.entries(Chain).reduce((acc, [key, value]) => {
  acc[value] = key;
  return acc;
}, {});
var ChainGenesis = {
  [Chain.Mainnet]: {
    name: "mainnet",
    blockNumber: BIGINT_02,
    stateRoot: hexToBytes4("0xd7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544")
  },
  [Chain.Sepolia]: {
    name: "sepolia",
    blockNumber: BIGINT_02,
    stateRoot: hexToBytes4("0x5eb6e371a698b8d68f665192350ffcecbbbf322916f4b51bd79bb6887da3f494")
  },
  [Chain.Holesky]: {
    name: "holesky",
    blockNumber: BIGINT_02,
    stateRoot: hexToBytes4("0x69d8c9d72f6fa4ad42d4702b433707212f90db395eb54dc20bc85de253788783")
  },
  [Chain.Hoodi]: {
    name: "hoodi",
    blockNumber: BIGINT_02,
    stateRoot: hexToBytes4("0xda87d7f5f91c51508791bbcbd4aa5baf04917830b86985eeb9ad3d5bfb657576")
  }
};
var Hardfork = {
  Chainstart: "chainstart",
  Homestead: "homestead",
  Dao: "dao",
  TangerineWhistle: "tangerineWhistle",
  SpuriousDragon: "spuriousDragon",
  Byzantium: "byzantium",
  Constantinople: "constantinople",
  Petersburg: "petersburg",
  Istanbul: "istanbul",
  MuirGlacier: "muirGlacier",
  Berlin: "berlin",
  London: "london",
  ArrowGlacier: "arrowGlacier",
  GrayGlacier: "grayGlacier",
  MergeNetsplitBlock: "mergeNetsplitBlock",
  Paris: "paris",
  Shanghai: "shanghai",
  Cancun: "cancun",
  Prague: "prague",
  Osaka: "osaka",
  Bpo1: "bpo1",
  Bpo2: "bpo2",
  Bpo3: "bpo3",
  Bpo4: "bpo4",
  Bpo5: "bpo5",
  Amsterdam: "amsterdam"
};
var ConsensusAlgorithm = {
  Ethash: "ethash",
  Clique: "clique",
  Casper: "casper"
};

// node_modules/.pnpm/@ethereumjs+common@10.1.3/node_modules/@ethereumjs/common/dist/esm/eips.js
var eipsDict = {
  /**
   * Frontier/Chainstart
   * (there is no Meta-EIP currently for Frontier, so 1 was chosen)
   */
  1: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Homestead HF Meta EIP
   */
  606: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * TangerineWhistle HF Meta EIP
   */
  608: {
    minimumHardfork: Hardfork.Homestead
  },
  /**
   * Spurious Dragon HF Meta EIP
   */
  607: {
    minimumHardfork: Hardfork.TangerineWhistle
  },
  /**
   * Byzantium HF Meta EIP
   */
  609: {
    minimumHardfork: Hardfork.SpuriousDragon
  },
  /**
   * Constantinople HF Meta EIP
   */
  1013: {
    minimumHardfork: Hardfork.Constantinople
  },
  /**
   * Petersburg HF Meta EIP
   */
  1716: {
    minimumHardfork: Hardfork.Constantinople
  },
  /**
   * Istanbul HF Meta EIP
   */
  1679: {
    minimumHardfork: Hardfork.Constantinople
  },
  /**
   * MuirGlacier HF Meta EIP
   */
  2384: {
    minimumHardfork: Hardfork.Istanbul
  },
  /**
   * Description : DUPN, SWAPN and EXCHANGE instructions
   * URL         : https://eips.ethereum.org/EIPS/eip-8024
   * Status      : Review
   * Commit      : 34b49095
   * Date        : 2026-06-10
   */
  8024: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: []
  },
  /**
   * Description : Transient storage opcodes
   * URL         : https://eips.ethereum.org/EIPS/eip-1153
   * Status      : Final
   * Commit      : 0904d24b
   * Date        : 2024-03-30
   */
  1153: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Fee market change for ETH 1.0 chain
   * URL         : https://eips.ethereum.org/EIPS/eip-1559
   * Status      : Final
   * Commit      : ba6c342c
   * Date        : 2023-10-04
   */
  1559: {
    minimumHardfork: Hardfork.Berlin,
    requiredEIPs: [2930]
  },
  /**
   * Description : ModExp gas cost
   * URL         : https://eips.ethereum.org/EIPS/eip-2565
   * Status      : Final
   * Commit      : 9e393a79
   * Date        : 2022-05-06
   */
  2565: {
    minimumHardfork: Hardfork.Byzantium
  },
  /**
   * Description : BLS12-381 precompiles
   * URL         : https://eips.ethereum.org/EIPS/eip-2537
   * Status      : Final
   * Commit      : 1dd2558f
   * Date        : 2025-05-13
   */
  2537: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Typed Transaction Envelope
   * URL         : https://eips.ethereum.org/EIPS/eip-2718
   * Status      : Final
   * Commit      : 26fa717d
   * Date        : 2022-09-19
   */
  2718: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Reduce intrinsic transaction gas (Amsterdam, experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-2780
   * Status      : Review
   * Commit      : 8331fb3e
   * Date        : 2026-08-04
   */
  2780: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: [7708]
  },
  /**
   * Description : Gas cost increases for state access opcodes
   * URL         : https://eips.ethereum.org/EIPS/eip-2929
   * Status      : Final
   * Commit      : 949de374
   * Date        : 2022-05-06
   */
  2929: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Optional access lists
   * URL         : https://eips.ethereum.org/EIPS/eip-2930
   * Status      : Final
   * Commit      : 949de374
   * Date        : 2022-05-06
   */
  2930: {
    minimumHardfork: Hardfork.Istanbul,
    requiredEIPs: [2718, 2929]
  },
  /**
   * Description : Save historical block hashes in state (Verkle related usage, UNSTABLE)
   * URL         : https://eips.ethereum.org/EIPS/eip-2935
   * Status      : Final
   * Commit      : 7631693a
   * Date        : 2025-07-22
   */
  2935: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : BASEFEE opcode
   * URL         : https://eips.ethereum.org/EIPS/eip-3198
   * Status      : Final
   * Commit      : 9e393a79
   * Date        : 2022-05-06
   */
  3198: {
    minimumHardfork: Hardfork.London
  },
  /**
   * Description : Reduction in refunds
   * URL         : https://eips.ethereum.org/EIPS/eip-3529
   * Status      : Final
   * Commit      : 9e393a79
   * Date        : 2022-05-06
   */
  3529: {
    minimumHardfork: Hardfork.Berlin,
    requiredEIPs: [2929]
  },
  /**
   * Description : EVM Object Format (EOF) v1
   * URL         : https://eips.ethereum.org/EIPS/eip-3540
   * Status      : Stagnant
   * Commit      : b57b7e83
   * Date        : 2026-02-08
   */
  3540: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3541, 3860]
  },
  /**
   * Description : Reject new contracts starting with the 0xEF byte
   * URL         : https://eips.ethereum.org/EIPS/eip-3541
   * Status      : Final
   * Commit      : 9e393a79
   * Date        : 2022-05-06
   */
  3541: {
    minimumHardfork: Hardfork.Berlin
  },
  /**
   * Description : Difficulty Bomb Delay to December 1st 2021
   * URL         : https://eips.ethereum.org/EIPS/eip-3554
   * Status      : Final
   * Commit      : 9e393a79
   * Date        : 2022-05-06
   */
  3554: {
    minimumHardfork: Hardfork.MuirGlacier
  },
  /**
   * Description : Reject transactions from senders with deployed code
   * URL         : https://eips.ethereum.org/EIPS/eip-3607
   * Status      : Final
   * Commit      : 3e56771c
   * Date        : 2025-04-16
   */
  3607: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Warm COINBASE
   * URL         : https://eips.ethereum.org/EIPS/eip-3651
   * Status      : Final
   * Commit      : c8b07fcd
   * Date        : 2023-04-19
   */
  3651: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [2929]
  },
  /**
   * Description : EOF - Code Validation
   * URL         : https://eips.ethereum.org/EIPS/eip-3670
   * Status      : Stagnant
   * Commit      : 51882145
   * Date        : 2025-09-21
   */
  3670: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3540]
  },
  /**
   * Description : Upgrade consensus to Proof-of-Stake
   * URL         : https://eips.ethereum.org/EIPS/eip-3675
   * Status      : Final
   * Commit      : 49cc275d
   * Date        : 2022-09-20
   */
  3675: {
    minimumHardfork: Hardfork.London
  },
  /**
   * Description : PUSH0 instruction
   * URL         : https://eips.ethereum.org/EIPS/eip-3855
   * Status      : Final
   * Commit      : aa391ae3
   * Date        : 2025-03-06
   */
  3855: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Limit and meter initcode
   * URL         : https://eips.ethereum.org/EIPS/eip-3860
   * Status      : Final
   * Commit      : 23938a18
   * Date        : 2025-04-16
   */
  3860: {
    minimumHardfork: Hardfork.SpuriousDragon
  },
  /**
   * Description : EOF - Static relative jumps
   * URL         : https://eips.ethereum.org/EIPS/eip-4200
   * Status      : Stagnant
   * Commit      : 46c3ac7c
   * Date        : 2025-11-23
   */
  4200: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3540, 3670]
  },
  /**
   * Description : Difficulty Bomb Delay to June 2022
   * URL         : https://eips.ethereum.org/EIPS/eip-4345
   * Status      : Final
   * Commit      : 9e393a79
   * Date        : 2022-05-06
   */
  4345: {
    minimumHardfork: Hardfork.London
  },
  /**
   * Description : Supplant DIFFICULTY opcode with PREVRANDAO
   * URL         : https://eips.ethereum.org/EIPS/eip-4399
   * Status      : Final
   * Commit      : da5068a1
   * Date        : 2022-09-20
   */
  4399: {
    minimumHardfork: Hardfork.London
  },
  /**
   * Description : EOF - Functions
   * URL         : https://eips.ethereum.org/EIPS/eip-4750
   * Status      : Stagnant
   * Commit      : b6e04f06
   * Date        : 2025-11-23
   */
  4750: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3540, 3670, 5450]
  },
  /**
   * Description : Beacon block root in the EVM
   * URL         : https://eips.ethereum.org/EIPS/eip-4788
   * Status      : Final
   * Commit      : 1b982df3
   * Date        : 2024-07-17
   */
  4788: {
    minimumHardfork: Hardfork.Cancun
  },
  /**
   * Description : Shard Blob Transactions
   * URL         : https://eips.ethereum.org/EIPS/eip-4844
   * Status      : Final
   * Commit      : 70471d02
   * Date        : 2024-03-29
   */
  4844: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [1559, 2718, 2930, 4895]
  },
  /**
   * Description : Beacon chain push withdrawals as operations
   * URL         : https://eips.ethereum.org/EIPS/eip-4895
   * Status      : Final
   * Commit      : f575390d
   * Date        : 2023-04-19
   */
  4895: {
    minimumHardfork: Hardfork.Paris
  },
  /**
   * Description : Delaying Difficulty Bomb to mid-September 2022
   * URL         : https://eips.ethereum.org/EIPS/eip-5133
   * Status      : Final
   * Commit      : 7de91c40
   * Date        : 2022-07-01
   */
  5133: {
    minimumHardfork: Hardfork.GrayGlacier
  },
  /**
   * Description : EOF - Stack Validation
   * URL         : https://eips.ethereum.org/EIPS/eip-5450
   * Status      : Stagnant
   * Commit      : 199fb31b
   * Date        : 2025-11-23
   */
  5450: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3540, 3670, 4200, 4750]
  },
  /**
   * Description : MCOPY - Memory copying instruction
   * URL         : https://eips.ethereum.org/EIPS/eip-5656
   * Status      : Final
   * Commit      : 30fec793
   * Date        : 2024-03-28
   */
  5656: {
    minimumHardfork: Hardfork.Shanghai
  },
  /**
   * Description : Supply validator deposits on chain
   * URL         : https://eips.ethereum.org/EIPS/eip-6110
   * Status      : Final
   * Commit      : 0849adda
   * Date        : 2025-10-15
   */
  6110: {
    minimumHardfork: Hardfork.Cancun,
    requiredEIPs: [7685]
  },
  /**
   * Description : EOF - JUMPF and non-returning functions
   * URL         : https://eips.ethereum.org/EIPS/eip-6206
   * Status      : Stagnant
   * Commit      : d9e2c447
   * Date        : 2025-11-23
   */
  6206: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [4750, 5450]
  },
  /**
   * Description : SELFDESTRUCT only in same transaction
   * URL         : https://eips.ethereum.org/EIPS/eip-6780
   * Status      : Final
   * Commit      : 688e939c
   * Date        : 2024-03-30
   */
  6780: {
    minimumHardfork: Hardfork.London
  },
  /**
   * Description : Execution layer triggerable withdrawals (experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-7002
   * Status      : Final
   * Commit      : d8bf2fad
   * Date        : 2025-11-12
   */
  7002: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [7685]
  },
  /**
   * Description : Revamped CALL instructions
   * URL         : https://eips.ethereum.org/EIPS/eip-7069
   * Status      : Stagnant
   * Commit      : 9ea86a73
   * Date        : 2025-11-23
   */
  7069: {
    minimumHardfork: Hardfork.Berlin,
    /* Note: per EIP these are the additionally required EIPs:
      EIP 150 - This is the entire Tangerine Whistle hardfork
      EIP 211 - (RETURNDATASIZE / RETURNDATACOPY) - Included in Byzantium
      EIP 214 - (STATICCALL) - Included in Byzantium
    */
    requiredEIPs: [2929]
  },
  /**
   * Description : Increase the MAX_EFFECTIVE_BALANCE -> Execution layer triggered consolidations (experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-7251
   * Status      : Final
   * Commit      : dd45f094
   * Date        : 2025-05-15
   */
  7251: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [7685]
  },
  /**
   * Description : EOF - Data section access instructions
   * URL         : https://eips.ethereum.org/EIPS/eip-7480
   * Status      : Stagnant
   * Commit      : 83274180
   * Date        : 2025-11-23
   */
  7480: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3540, 3670]
  },
  /**
   * Description : BLOBBASEFEE opcode
   * URL         : https://eips.ethereum.org/EIPS/eip-7516
   * Status      : Final
   * Commit      : a4fecf3f
   * Date        : 2026-04-07
   */
  7516: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [4844]
  },
  /**
   * Description : Peerdas blob transactions
   * URL         : https://eips.ethereum.org/EIPS/eip-7594
   * Status      : Final
   * Commit      : eda011bd
   * Date        : 2026-02-04
   */
  7594: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [4844]
  },
  /**
   * Description : EOF Contract Creation
   * URL         : https://eips.ethereum.org/EIPS/eip-7620
   * Status      : Stagnant
   * Commit      : 88301956
   * Date        : 2025-11-23
   */
  7620: {
    minimumHardfork: Hardfork.London,
    /* Note: per EIP these are the additionally required EIPs:
      EIP 170 - (Max contract size) - Included in Spurious Dragon
    */
    requiredEIPs: [3540, 3541, 3670]
  },
  /**
   * Description : Increase calldata cost to reduce maximum block size
   * URL         : https://eips.ethereum.org/EIPS/eip-7623
   * Status      : Final
   * Commit      : 451cd9e1
   * Date        : 2025-05-16
   */
  7623: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: []
  },
  /**
   * Description : General purpose execution layer requests
   * URL         : https://eips.ethereum.org/EIPS/eip-7685
   * Status      : Final
   * Commit      : 1cbdd678
   * Date        : 2025-05-16
   */
  7685: {
    // TODO: Set correct minimum hardfork
    minimumHardfork: Hardfork.Cancun,
    requiredEIPs: [3675]
  },
  /**
   * Description : Blob throughput increase
   * URL         : https://eips.ethereum.org/EIPS/eip-7691
   * Status      : Final
   * Commit      : 73d4ca3a
   * Date        : 2025-05-16
   */
  7691: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [4844]
  },
  /**
   * Description : Blob base fee bounded by execution cost
   * URL         : https://eips.ethereum.org/EIPS/eip-7918
   * Status      : Final
   * Commit      : 684c90ff
   * Date        : 2026-02-04
   */
  7918: {
    minimumHardfork: Hardfork.Paris,
    requiredEIPs: [4844]
  },
  /**
   * Description : EVM Object Format (EOFv1) Meta
   * URL         : https://eips.ethereum.org/EIPS/eip-7692
   * Status      : Stagnant
   * Commit      : ac0de245
   * Date        : 2025-11-09
   */
  7692: {
    minimumHardfork: Hardfork.Cancun,
    requiredEIPs: [3540, 3670, 4200, 4750, 5450, 6206, 7069, 7480, 7620, 7698]
  },
  /**
   * Description : EOF - Creation transaction
   * URL         : https://eips.ethereum.org/EIPS/eip-7698
   * Status      : Stagnant
   * Commit      : c6fb81f6
   * Date        : 2025-09-28
   */
  7698: {
    minimumHardfork: Hardfork.London,
    requiredEIPs: [3540, 7620]
  },
  /**
   * Description : Set EOA account code for one transaction
   * URL         : https://eips.ethereum.org/EIPS/eip-7702
   * Status      : Final
   * Commit      : bbc3f958
   * Date        : 2025-10-07
   */
  7702: {
    // TODO: Set correct minimum hardfork
    minimumHardfork: Hardfork.Cancun,
    requiredEIPs: [2718, 2929, 2930]
  },
  /**
   * Description : Set upper bounds for MODEXP
   * URL         : https://eips.ethereum.org/EIPS/eip-7823
   * Status      : Final
   * Commit      : b55cdb0e
   * Date        : 2026-01-21
   */
  7823: {
    minimumHardfork: Hardfork.Byzantium
  },
  /**
   * Description : Use historical block hashes saved in state for BLOCKHASH
   * URL         : https://eips.ethereum.org/EIPS/eip-7709
   * Status      : Draft
   * Commit      : 6a3b988b
   * Date        : 2026-08-12
   */
  7709: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: [2935]
  },
  /**
   * Description : Transaction Gas Limit Cap
   * URL         : https://eips.ethereum.org/EIPS/eip-7825
   * Status      : Final
   * Commit      : b55cdb0e
   * Date        : 2026-01-21
   */
  7825: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: []
  },
  /**
   * Description : Ethereum state using a unified binary tree (experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-7864
   * Status      : Draft
   * Commit      : 378d36bc
   * Date        : 2026-06-24
   */
  7864: {
    minimumHardfork: Hardfork.London
  },
  /**
   * Description : EIP-7883: ModExp Gas Cost Increase
   * URL         : https://eips.ethereum.org/EIPS/eip-7883
   * Status      : Final
   * Commit      : b55cdb0e
   * Date        : 2026-01-21
   */
  7883: {
    minimumHardfork: Hardfork.Chainstart
  },
  /**
   * Description : Block-level gas accounting without refunds
   * URL         : https://eips.ethereum.org/EIPS/eip-7778
   * Status      : Review
   * Commit      : 295064f7
   * Date        : 2026-07-10
   */
  7778: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: []
  },
  /**
   * Description : Block Level Access Lists (BAL)
   * URL         : https://eips.ethereum.org/EIPS/eip-7928
   * Status      : Review
   * Commit      : 6c666b8d
   * Date        : 2026-07-09
   */
  7928: {
    minimumHardfork: Hardfork.Prague,
    requiredEIPs: []
  },
  /**
   * Description : Count leading zeros (CLZ) opcode
   * URL         : https://eips.ethereum.org/EIPS/eip-7939
   * Status      : Final
   * Commit      : b55cdb0e
   * Date        : 2026-01-21
   */
  7939: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: []
  },
  /**
   * Description : Precompile for secp256r1 Curve Support
   * URL         : https://eips.ethereum.org/EIPS/eip-7951
   * Status      : Final
   * Commit      : b55cdb0e
   * Date        : 2026-01-21
   */
  7951: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: []
  },
  /**
   * Description : RLP Execution Block Size Limit
   * URL         : https://eips.ethereum.org/EIPS/eip-7934
   * Status      : Final
   * Commit      : ef39b609
   * Date        : 2026-01-21
   */
  7934: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: []
  },
  /**
   * Description : ETH transfers emit a log
   * URL         : https://eips.ethereum.org/EIPS/eip-7708
   * Status      : Review
   * Commit      : f7230c46
   * Date        : 2026-07-10
   */
  7708: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: [1559, 4788, 6780]
  },
  /**
   * Description : SLOTNUM opcode
   * URL         : https://eips.ethereum.org/EIPS/eip-7843
   * Status      : Review
   * Commit      : 115174e3
   * Date        : 2026-08-05
   */
  7843: {
    minimumHardfork: Hardfork.Cancun,
    requiredEIPs: []
  },
  /**
   * Description : Increase max contract code size (24 → 32 KiB) and initcode size (48 → 64 KiB)
   * URL         : https://eips.ethereum.org/EIPS/eip-7954
   * Status      : Review
   * Commit      : fcef3c3c
   * Date        : 2026-07-08
   */
  7954: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: []
  },
  /**
   * Description : Increase calldata floor cost
   * URL         : https://eips.ethereum.org/EIPS/eip-7976
   * Status      : Review
   * Commit      : c998ef94
   * Date        : 2026-07-08
   */
  7976: {
    minimumHardfork: Hardfork.Chainstart,
    requiredEIPs: [7623]
  },
  /**
   * Description : Access list data pricing
   * URL         : https://eips.ethereum.org/EIPS/eip-7981
   * Status      : Review
   * Commit      : 747b78c0
   * Date        : 2026-07-07
   */
  7981: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: [2930, 7976]
  },
  /**
   * Description : Deterministic CREATE2 factory predeploy (Amsterdam, experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-7997
   * Status      : Review
   * Commit      : e239a2e8
   * Date        : 2026-07-17
   */
  7997: {
    // CREATE2 (EIP-1014) is Constantinople; factory bytecode needs nothing later.
    minimumHardfork: Hardfork.Constantinople,
    requiredEIPs: []
  },
  /**
   * Description : State Creation Gas Cost Increase
   * URL         : https://eips.ethereum.org/EIPS/eip-8037
   * Status      : Review
   * Commit      : 5a8c8089
   * Date        : 2026-07-31
   */
  8037: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: [2780, 6780, 7702, 7825, 7976, 7981]
  },
  /**
   * Description : State Access Gas Cost Increase (Amsterdam, experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-8038
   * Status      : Review
   * Commit      : 8331fb3e
   * Date        : 2026-08-04
   */
  8038: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: [2929]
  },
  /**
   * Description : SELFDESTRUCT no burn (Amsterdam, experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-8246
   * Status      : Review
   * Commit      : 45b443dc
   * Date        : 2026-05-22
   */
  8246: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: [6780]
  },
  /**
   * Description : Builder execution requests (Amsterdam, experimental)
   * URL         : https://eips.ethereum.org/EIPS/eip-8282
   * Status      : Review
   * Commit      : 2d3c5e59
   * Date        : 2026-08-10
   */
  8282: {
    minimumHardfork: Hardfork.Amsterdam,
    requiredEIPs: [7685]
  }
};

// node_modules/.pnpm/@ethereumjs+common@10.1.3/node_modules/@ethereumjs/common/dist/esm/hardforks.js
var hardforksDict = {
  /**
   * Description: Start of the Ethereum main chain
   * URL        : -
   * Status     : Final
   */
  chainstart: {
    eips: [1]
  },
  /**
   * Description: Homestead hardfork with protocol and network changes
   * URL        : https://eips.ethereum.org/EIPS/eip-606
   * Status     : Final
   */
  homestead: {
    eips: [606]
  },
  /**
   * Description: DAO rescue hardfork
   * URL        : https://eips.ethereum.org/EIPS/eip-779
   * Status     : Final
   */
  dao: {
    eips: []
  },
  /**
   * Description: Hardfork with gas cost changes for IO-heavy operations
   * URL        : https://eips.ethereum.org/EIPS/eip-608
   * Status     : Final
   */
  tangerineWhistle: {
    eips: [608]
  },
  /**
   * Description: HF with EIPs for simple replay attack protection, EXP cost increase, state trie clearing, contract code size limit
   * URL        : https://eips.ethereum.org/EIPS/eip-607
   * Status     : Final
   */
  spuriousDragon: {
    eips: [607]
  },
  /**
   * Description: Hardfork with new precompiles, instructions and other protocol changes
   * URL        : https://eips.ethereum.org/EIPS/eip-609
   * Status     : Final
   */
  byzantium: {
    eips: [609]
  },
  /**
   * Description: Postponed hardfork including EIP-1283 (SSTORE gas metering changes)
   * URL        : https://eips.ethereum.org/EIPS/eip-1013
   * Status     : Final
   */
  constantinople: {
    eips: [1013]
  },
  /**
   * Description: Aka constantinopleFix, removes EIP-1283, activate together with or after constantinople
   * URL        : https://eips.ethereum.org/EIPS/eip-1716
   * Status     : Final
   */
  petersburg: {
    eips: [1716]
  },
  /**
   * Description: HF targeted for December 2019 following the Constantinople/Petersburg HF
   * URL        : https://eips.ethereum.org/EIPS/eip-1679
   * Status     : Final
   */
  istanbul: {
    eips: [1679]
  },
  /**
   * Description: HF to delay the difficulty bomb
   * URL        : https://eips.ethereum.org/EIPS/eip-2384
   * Status     : Final
   */
  muirGlacier: {
    eips: [2384]
  },
  /**
   * Description: HF targeted for July 2020 following the Muir Glacier HF
   * URL        : https://eips.ethereum.org/EIPS/eip-2070
   * Status     : Final
   */
  berlin: {
    eips: [2565, 2929, 2718, 2930]
  },
  /**
   * Description: HF targeted for July 2021 following the Berlin fork
   * URL        : https://github.com/ethereum/eth1.0-specs/blob/master/network-upgrades/mainnet-upgrades/london.md
   * Status     : Final
   */
  london: {
    eips: [1559, 3198, 3529, 3541]
  },
  /**
   * Description: HF to delay the difficulty bomb
   * URL        : https://github.com/ethereum/execution-specs/blob/master/network-upgrades/mainnet-upgrades/arrow-glacier.md
   * Status     : Final
   */
  arrowGlacier: {
    eips: [4345]
  },
  /**
   * Description: Delaying the difficulty bomb to Mid September 2022
   * URL        : https://github.com/ethereum/execution-specs/blob/master/network-upgrades/mainnet-upgrades/gray-glacier.md
   * Status     : Final
   */
  grayGlacier: {
    eips: [5133]
  },
  /**
   * Description: Hardfork to upgrade the consensus mechanism to Proof-of-Stake
   * URL        : https://github.com/ethereum/execution-specs/blob/master/network-upgrades/mainnet-upgrades/merge.md
   * Status     : Final
   */
  paris: {
    consensus: {
      type: "pos",
      algorithm: "casper",
      casper: {}
    },
    eips: [3675, 4399]
  },
  /**
   * Description: Pre-merge hardfork to fork off non-upgraded clients
   * URL        : https://eips.ethereum.org/EIPS/eip-3675
   * Status     : Final
   */
  mergeNetsplitBlock: {
    eips: []
  },
  /**
   * Description: Next feature hardfork after the merge hardfork having withdrawals, warm coinbase, push0, limit/meter initcode
   * URL        : https://github.com/ethereum/execution-specs/blob/master/network-upgrades/mainnet-upgrades/shanghai.md
   * Status     : Final
   */
  shanghai: {
    eips: [3651, 3855, 3860, 4895]
  },
  /**
   * Description: Next feature hardfork after shanghai, includes proto-danksharding EIP 4844 blobs,
   * transient storage opcodes, parent beacon block root availability in EVM, selfdestruct only in
   * same transaction, and blob base fee opcode
   * URL        : https://github.com/ethereum/execution-specs/blob/master/network-upgrades/mainnet-upgrades/cancun.md
   * Status     : Final
   */
  cancun: {
    eips: [1153, 4844, 4788, 5656, 6780, 7516]
  },
  /**
   * Description: Next feature hardfork after cancun including EIP-7702 account abstraction + other EIPs
   * URL        : https://eips.ethereum.org/EIPS/eip-7600
   * Status     : Final
   */
  prague: {
    eips: [2537, 2935, 6110, 7002, 7251, 7623, 7685, 7691, 7702]
  },
  /**
   * Description: Next feature hardfork after prague (headliner: PeerDAS)
   * URL        : https://eips.ethereum.org/EIPS/eip-7607
   * Status     : Final
   */
  osaka: {
    eips: [7594, 7823, 7825, 7883, 7892, 7939, 7951, 7918]
  },
  /**
   * Description: HF to update the blob target, max and updateFraction (see also EIP-7892)
   * URL        : TBD
   * Status     : Final
   */
  bpo1: {
    eips: [],
    params: {
      target: 10,
      max: 15,
      blobGasPriceUpdateFraction: 8346193
    }
  },
  /**
   * Description: HF to update the blob target, max and updateFraction (see also EIP-7892)
   * URL        : TBD
   * Status     : Final
   */
  bpo2: {
    eips: [],
    params: {
      target: 14,
      max: 21,
      blobGasPriceUpdateFraction: 11684671
    }
  },
  /**
   * Description: Feature hardfork after osaka (headliner: EIP-7928 Block Level Access Lists (BAL))
   * URL        : https://eips.ethereum.org/EIPS/eip-7773
   * Status     : Draft (implementation incomplete + spec still moving!)
   */
  amsterdam: {
    eips: [2780, 7708, 7843, 7778, 7928, 7954, 7976, 7981, 7997, 8024, 8037, 8038, 8246, 8282]
  }
};

// node_modules/.pnpm/@ethereumjs+common@10.1.3/node_modules/@ethereumjs/common/dist/esm/common.js
var Common = class {
  /** Create a `Common` instance for a chain configuration and optional hardfork/EIP overrides. */
  constructor(opts) {
    this._eips = [];
    this._paramsCache = {};
    this._activatedEIPsCache = [];
    this.events = new import_index2.default();
    this._chainParams = JSON.parse(JSON.stringify(opts.chain));
    this.DEFAULT_HARDFORK = this._chainParams.defaultHardfork ?? Hardfork.Prague;
    this.HARDFORK_CHANGES = this.hardforks().map((hf) => [
      hf.name,
      // Allow to even override an existing hardfork specification
      (this._chainParams.customHardforks && this._chainParams.customHardforks[hf.name]) ?? hardforksDict[hf.name]
    ]);
    this._hardfork = this.DEFAULT_HARDFORK;
    this._params = opts.params ? JSON.parse(JSON.stringify(opts.params)) : {};
    if (opts.hardfork !== void 0) {
      this.setHardfork(opts.hardfork);
    }
    if (opts.eips) {
      this.setEIPs(opts.eips);
    }
    this.customCrypto = opts.customCrypto ?? {};
    if (Object.keys(this._paramsCache).length === 0) {
      this._buildParamsCache();
      this._buildActivatedEIPsCache();
    }
  }
  /**
     * Update the internal Common EIP params set. Existing values
     * will get preserved unless there is a new value for a parameter
     * provided with params.
     *
     * Example Format:
     *
     * ```ts
     * {
     *   1559: {
     *     initialBaseFee: 1000000000,
     *   }
     * }
     * ```
  
     */
  updateParams(params) {
    for (const [eip, paramsConfig] of Object.entries(params)) {
      if (!(eip in this._params)) {
        this._params[eip] = JSON.parse(JSON.stringify(paramsConfig));
      } else {
        this._params[eip] = JSON.parse(JSON.stringify({ ...this._params[eip], ...params[eip] }));
      }
    }
    this._buildParamsCache();
  }
  /**
     * Fully resets the internal Common EIP params set with the values provided.
     *
     * Example Format:
     *
     * ```ts
     * {
     *   1559: {
     *     initialBaseFee: 1000000000,
     *   }
     * }
     * ```
  
     */
  resetParams(params) {
    this._params = JSON.parse(JSON.stringify(params));
    this._buildParamsCache();
  }
  /**
   * Sets the hardfork to get params for
   * @param hardfork String identifier (e.g. 'byzantium') or {@link Hardfork} enum
   */
  setHardfork(hardfork) {
    let existing = false;
    for (const hfChanges of this.HARDFORK_CHANGES) {
      if (hfChanges[0] === hardfork) {
        if (this._hardfork !== hardfork) {
          this._hardfork = hardfork;
          this._buildParamsCache();
          this._buildActivatedEIPsCache();
          this.events.emit("hardforkChanged", hardfork);
        }
        existing = true;
      }
    }
    if (!existing) {
      throw EthereumJSErrorWithoutCode(`Hardfork with name ${hardfork} not supported`);
    }
  }
  /**
   * Returns the hardfork either based on block number (older HFs) or
   * timestamp (Shanghai upwards).
   *
   * @param opts Block number or timestamp
   * @returns The name of the HF
   */
  getHardforkBy(opts) {
    const blockNumber = toType(opts.blockNumber, TypeOutput.BigInt);
    const timestamp = toType(opts.timestamp, TypeOutput.BigInt);
    const hfs = this.hardforks().filter((hf) => hf.block !== null || hf.timestamp !== void 0);
    let hfIndex = hfs.findIndex((hf) => blockNumber !== void 0 && hf.block !== null && BigInt(hf.block) > blockNumber || timestamp !== void 0 && hf.timestamp !== void 0 && BigInt(hf.timestamp) > timestamp);
    if (hfIndex === -1) {
      hfIndex = hfs.length;
    } else if (hfIndex === 0) {
      throw Error("Must have at least one hardfork at block 0");
    }
    if (timestamp === void 0) {
      const stepBack = hfs.slice(0, hfIndex).reverse().findIndex((hf) => hf.block !== null);
      hfIndex = hfIndex - stepBack;
    }
    hfIndex = hfIndex - 1;
    const hfStartIndex = hfIndex;
    for (; hfIndex < hfs.length - 1; hfIndex++) {
      if (hfs[hfIndex].block !== hfs[hfIndex + 1].block || hfs[hfIndex].timestamp !== hfs[hfIndex + 1].timestamp) {
        break;
      }
    }
    if (timestamp !== void 0) {
      const minTimeStamp = hfs.slice(0, hfStartIndex).reduce((acc, hf) => Math.max(Number(hf.timestamp ?? "0"), acc), 0);
      if (minTimeStamp > timestamp) {
        throw Error(`Maximum HF determined by timestamp is lower than the block number HF`);
      }
      const maxTimeStamp = hfs.slice(hfIndex + 1).reduce((acc, hf) => Math.min(Number(hf.timestamp ?? timestamp), acc), Number(timestamp));
      if (maxTimeStamp < timestamp) {
        throw Error(`Maximum HF determined by block number is lower than timestamp HF`);
      }
    }
    const hardfork = hfs[hfIndex];
    return hardfork.name;
  }
  /**
   * Sets a new hardfork either based on block number (older HFs) or
   * timestamp (Shanghai upwards).
   *
   * @param opts Block number or timestamp
   * @returns The name of the HF set
   */
  setHardforkBy(opts) {
    const hardfork = this.getHardforkBy(opts);
    this.setHardfork(hardfork);
    return hardfork;
  }
  /**
   * Internal helper function, returns the params for the given hardfork for the chain set
   * @param hardfork Hardfork name
   * @returns Dictionary with hardfork params or null if hardfork not on chain
   */
  _getHardfork(hardfork) {
    const hfs = this.hardforks();
    for (const hf of hfs) {
      if (hf["name"] === hardfork)
        return hf;
    }
    return null;
  }
  /**
     * Sets the active EIPs
  
     */
  setEIPs(eips = []) {
    for (const eip of eips) {
      if (!(eip in eipsDict)) {
        throw EthereumJSErrorWithoutCode(`${eip} not supported`);
      }
      const minHF = this.gteHardfork(eipsDict[eip]["minimumHardfork"]);
      if (!minHF) {
        throw EthereumJSErrorWithoutCode(`${eip} cannot be activated on hardfork ${this.hardfork()}, minimumHardfork: ${minHF}`);
      }
    }
    this._eips = eips;
    this._buildParamsCache();
    this._buildActivatedEIPsCache();
    for (const eip of eips) {
      if (eipsDict[eip].requiredEIPs !== void 0) {
        for (const elem of eipsDict[eip].requiredEIPs) {
          if (!(eips.includes(elem) || this.isActivatedEIP(elem))) {
            throw EthereumJSErrorWithoutCode(`${eip} requires EIP ${elem}, but is not included in the EIP list`);
          }
        }
      }
    }
  }
  /**
   * Internal helper for _buildParamsCache()
   */
  _mergeWithParamsCache(params) {
    for (const [key, value] of Object.entries(params)) {
      this._paramsCache[key] = value;
    }
  }
  /**
   * Build up a cache for all parameter values for the current HF and all activated EIPs
   */
  _buildParamsCache() {
    this._paramsCache = {};
    const hardfork = this.hardfork();
    for (const hfChanges of this.HARDFORK_CHANGES) {
      if ("eips" in hfChanges[1]) {
        const hfEIPs = hfChanges[1].eips ?? [];
        for (const eip of hfEIPs) {
          if (this._params[eip] !== void 0 && this._params[eip] !== null) {
            this._mergeWithParamsCache(this._params[eip]);
          }
        }
      }
      const hfScopedParams = this._params[hfChanges[0]];
      if (hfScopedParams !== void 0 && hfScopedParams !== null) {
        this._mergeWithParamsCache(hfScopedParams);
      }
      if (hfChanges[1].params !== void 0 && hfChanges[1].params !== null) {
        this._mergeWithParamsCache(hfChanges[1].params);
      }
      if (hfChanges[0] === hardfork)
        break;
    }
    for (const eip of this._eips) {
      if (this._params[eip] !== void 0 && this._params[eip] !== null) {
        this._mergeWithParamsCache(this._params[eip]);
      }
    }
  }
  /**
   * Builds the cache of EIPs activated either via hardforks or constructor `eips`.
   */
  _buildActivatedEIPsCache() {
    this._activatedEIPsCache = [];
    for (const [name, hf] of this.HARDFORK_CHANGES) {
      if (this.gteHardfork(name) && "eips" in hf) {
        this._activatedEIPsCache = this._activatedEIPsCache.concat(hf.eips ?? []);
      }
    }
    this._activatedEIPsCache = this._activatedEIPsCache.concat(this._eips);
  }
  /**
   * Returns a parameter for the current chain setup
   *
   * If the parameter is present in an EIP, the EIP always takes precedence.
   * Otherwise the parameter is taken from the latest applied HF with
   * a change on the respective parameter.
   *
   * @param name Parameter name (e.g. 'minGasLimit')
   * @returns The value requested (throws if not found)
   */
  param(name) {
    if (!(name in this._paramsCache)) {
      throw EthereumJSErrorWithoutCode(`Missing parameter value for ${name}`);
    }
    const value = this._paramsCache[name];
    return BigInt(value ?? 0);
  }
  /**
   * Returns the parameter corresponding to a hardfork
   * @param name Parameter name (e.g. 'minGasLimit')
   * @param hardfork Hardfork name
   * @returns The value requested (throws if not found)
   */
  paramByHardfork(name, hardfork) {
    let value;
    for (const hfChanges of this.HARDFORK_CHANGES) {
      if ("eips" in hfChanges[1]) {
        const hfEIPs = hfChanges[1]["eips"];
        for (const eip of hfEIPs) {
          const eipParams = this._params[eip];
          const eipValue = eipParams?.[name];
          if (eipValue !== void 0) {
            value = eipValue;
          }
        }
      } else {
        const hfValue = hfChanges[1].params?.[name];
        if (hfValue !== void 0) {
          value = hfValue;
        }
      }
      if (hfChanges[0] === hardfork)
        break;
    }
    if (value === void 0) {
      throw EthereumJSErrorWithoutCode(`Missing parameter value for ${name}`);
    }
    return BigInt(value ?? 0);
  }
  /**
   * Returns a parameter corresponding to an EIP
   * @param name Parameter name (e.g. 'minGasLimit' for 'gasConfig' topic)
   * @param eip Number of the EIP
   * @returns The value requested (throws if not found)
   */
  paramByEIP(name, eip) {
    if (!(eip in eipsDict)) {
      throw EthereumJSErrorWithoutCode(`${eip} not supported`);
    }
    const eipParams = this._params[eip];
    if (eipParams?.[name] === void 0) {
      throw EthereumJSErrorWithoutCode(`Missing parameter value for ${name}`);
    }
    const value = eipParams[name];
    return BigInt(value ?? 0);
  }
  /**
   * Returns a parameter for the hardfork active on block number or
   * optional provided total difficulty (Merge HF)
   * @param name Parameter name
   * @param blockNumber Block number
   * @returns The value requested or `BigInt(0)` if not found
   */
  paramByBlock(name, blockNumber, timestamp) {
    const hardfork = this.getHardforkBy({ blockNumber, timestamp });
    return this.paramByHardfork(name, hardfork);
  }
  /**
   * Returns the blob gas schedule for the current hardfork
   * @returns The blob gas schedule
   */
  getBlobGasSchedule() {
    if (this.gteHardfork(Hardfork.Bpo1)) {
      return {
        targetBlobGasPerBlock: this.param("target") * this.param("blobGasPerBlob"),
        maxBlobGasPerBlock: this.param("max") * this.param("blobGasPerBlob"),
        blobGasPriceUpdateFraction: this.param("blobGasPriceUpdateFraction")
      };
    }
    return {
      targetBlobGasPerBlock: this.param("targetBlobGasPerBlock"),
      maxBlobGasPerBlock: this.param("maxBlobGasPerBlock"),
      blobGasPriceUpdateFraction: this.param("blobGasPriceUpdateFraction")
    };
  }
  /**
     * Checks if an EIP is activated by either being included in the EIPs
     * manually passed in with the {@link CommonOpts.eips} or in a
     * hardfork currently being active
     *
     * Note: this method only works for EIPs being supported
     * by the {@link CommonOpts.eips} constructor option
  
     */
  isActivatedEIP(eip) {
    if (this._activatedEIPsCache.includes(eip)) {
      return true;
    }
    return false;
  }
  /**
     * Checks if set or provided hardfork is active on block number
     * @param hardfork Hardfork name or null (for HF set)
  
     * @returns True if HF is active on block number
     */
  hardforkIsActiveOnBlock(hardfork, blockNumber) {
    blockNumber = toType(blockNumber, TypeOutput.BigInt);
    hardfork = hardfork ?? this._hardfork;
    const hfBlock = this.hardforkBlock(hardfork);
    if (typeof hfBlock === "bigint" && hfBlock !== BIGINT_02 && blockNumber >= hfBlock) {
      return true;
    }
    return false;
  }
  /**
     * Alias to hardforkIsActiveOnBlock when hardfork is set
  
     * @returns True if HF is active on block number
     */
  activeOnBlock(blockNumber) {
    return this.hardforkIsActiveOnBlock(null, blockNumber);
  }
  /**
   * Sequence based check if given or set HF1 is greater than or equal HF2
   * @param hardfork1 Hardfork name or null (if set)
   * @param hardfork2 Hardfork name
   * @returns True if HF1 gte HF2
   */
  hardforkGteHardfork(hardfork1, hardfork2) {
    hardfork1 = hardfork1 ?? this._hardfork;
    const hardforks = this.hardforks();
    let posHf1 = -1, posHf2 = -1;
    let index = 0;
    for (const hf of hardforks) {
      if (hf["name"] === hardfork1)
        posHf1 = index;
      if (hf["name"] === hardfork2)
        posHf2 = index;
      index += 1;
    }
    return posHf1 >= posHf2 && posHf2 !== -1;
  }
  /**
   * Alias to hardforkGteHardfork when hardfork is set
   * @param hardfork Hardfork name
   * @returns True if hardfork set is greater than hardfork provided
   */
  gteHardfork(hardfork) {
    return this.hardforkGteHardfork(null, hardfork);
  }
  /**
   * Returns the hardfork change block for hardfork provided or set
   * @param hardfork Hardfork name, optional if HF set
   * @returns Block number or null if unscheduled
   */
  hardforkBlock(hardfork) {
    hardfork = hardfork ?? this._hardfork;
    const block2 = this._getHardfork(hardfork)?.["block"];
    if (block2 === void 0 || block2 === null) {
      return null;
    }
    return BigInt(block2);
  }
  /**
   * Returns the timestamp at which a given hardfork is scheduled (if any).
   * @param hardfork Hardfork name, optional if HF set
   * @returns Timestamp or null if the hardfork is not timestamp-based
   */
  hardforkTimestamp(hardfork) {
    hardfork = hardfork ?? this._hardfork;
    const timestamp = this._getHardfork(hardfork)?.["timestamp"];
    if (timestamp === void 0 || timestamp === null) {
      return null;
    }
    return BigInt(timestamp);
  }
  /**
   * Returns the hardfork change block for eip
   * @param eip EIP number
   * @returns Block number or null if unscheduled
   */
  eipBlock(eip) {
    for (const hfChanges of this.HARDFORK_CHANGES) {
      const hf = hfChanges[1];
      if ("eips" in hf) {
        if (hf["eips"].includes(eip)) {
          return this.hardforkBlock(hfChanges[0]);
        }
      }
    }
    return null;
  }
  /**
   * Returns the scheduled timestamp of the EIP (if scheduled and scheduled by timestamp)
   * @param eip EIP number
   * @returns Scheduled timestamp. If this EIP is unscheduled, or the EIP is scheduled by block number, then it returns `null`.
   */
  eipTimestamp(eip) {
    for (const hfChanges of this.HARDFORK_CHANGES) {
      const hf = hfChanges[1];
      if ("eips" in hf) {
        if (hf["eips"].includes(eip)) {
          return this.hardforkTimestamp(hfChanges[0]);
        }
      }
    }
    return null;
  }
  /**
   * Returns the block number or timestamp at which the next hardfork will occur.
   * For pre-merge hardforks, returns the block number.
   * For post-merge hardforks, returns the timestamp.
   * Returns null if there is no next hardfork.
   * @param hardfork Hardfork name, optional if HF set
   * @returns Block number or timestamp, or null if not available
   */
  nextHardforkBlockOrTimestamp(hardfork) {
    const targetHardfork = hardfork ?? this._hardfork;
    const hfs = this.hardforks();
    let targetHfIndex = hfs.findIndex((hf) => hf.name === targetHardfork);
    if (targetHardfork === Hardfork.Paris) {
      targetHfIndex -= 1;
    }
    if (targetHfIndex < 0) {
      return null;
    }
    const currentHf = hfs[targetHfIndex];
    const currentBlockOrTimestamp = currentHf.timestamp ?? currentHf.block;
    if (currentBlockOrTimestamp === null || currentBlockOrTimestamp === void 0) {
      return null;
    }
    const nextHf = hfs.slice(targetHfIndex + 1).find((hf) => {
      const nextBlockOrTimestamp2 = hf.timestamp ?? hf.block;
      return nextBlockOrTimestamp2 !== null && nextBlockOrTimestamp2 !== void 0 && nextBlockOrTimestamp2 !== currentBlockOrTimestamp;
    });
    if (nextHf === void 0) {
      return null;
    }
    const nextBlockOrTimestamp = nextHf.timestamp ?? nextHf.block;
    if (nextBlockOrTimestamp === null || nextBlockOrTimestamp === void 0) {
      return null;
    }
    return BigInt(nextBlockOrTimestamp);
  }
  /**
   * Internal helper function to calculate a fork hash
   * @param hardfork Hardfork name
   * @param genesisHash Genesis block hash of the chain
   * @returns Fork hash as hex string
   */
  _calcForkHash(hardfork, genesisHash) {
    let hfBytes = new Uint8Array(0);
    let prevBlockOrTime = 0;
    for (const hf of this.hardforks()) {
      const { block: block2, timestamp, name } = hf;
      let blockOrTime = timestamp ?? block2;
      blockOrTime = blockOrTime !== null ? Number(blockOrTime) : null;
      if (typeof blockOrTime === "number" && blockOrTime !== 0 && blockOrTime !== prevBlockOrTime && name !== Hardfork.Paris) {
        const hfBlockBytes = hexToBytes4(`0x${blockOrTime.toString(16).padStart(16, "0")}`);
        hfBytes = concatBytes4(hfBytes, hfBlockBytes);
        prevBlockOrTime = blockOrTime;
      }
      if (hf.name === hardfork)
        break;
    }
    const inputBytes = concatBytes4(genesisHash, hfBytes);
    const forkhash = bytesToHex4(intToBytes(crc32(inputBytes) >>> 0));
    return forkhash;
  }
  /**
   * Returns an eth/64 compliant fork hash (EIP-2124)
   * @param hardfork Hardfork name, optional if HF set
   * @param genesisHash Genesis block hash of the network, optional if already defined and not needed to be calculated
   * @returns Fork hash as a hex string
   */
  forkHash(hardfork, genesisHash) {
    hardfork = hardfork ?? this._hardfork;
    const data = this._getHardfork(hardfork);
    if (data === null || data?.block === null && data?.timestamp === void 0) {
      const msg = "No fork hash calculation possible for future hardfork";
      throw EthereumJSErrorWithoutCode(msg);
    }
    if (data?.forkHash !== null && data?.forkHash !== void 0) {
      return data.forkHash;
    }
    if (!genesisHash)
      throw EthereumJSErrorWithoutCode("genesisHash required for forkHash calculation");
    return this._calcForkHash(hardfork, genesisHash);
  }
  /**
   * Look up the hardfork transition entry for a fork hash.
   *
   * @param forkHash EIP-2124 fork hash as a hex string
   * @returns The matching transition config, or `null` when unknown
   */
  hardforkForForkHash(forkHash) {
    const resArray = this.hardforks().filter((hf) => {
      return hf.forkHash === forkHash;
    });
    return resArray.length >= 1 ? resArray[resArray.length - 1] : null;
  }
  /**
   * Sets any missing forkHashes on this {@link Common} instance.
   * @param genesisHash The genesis block hash
   */
  setForkHashes(genesisHash) {
    for (const hf of this.hardforks()) {
      const blockOrTime = hf.timestamp ?? hf.block;
      if ((hf.forkHash === null || hf.forkHash === void 0) && blockOrTime !== null && blockOrTime !== void 0) {
        hf.forkHash = this.forkHash(hf.name, genesisHash);
      }
    }
  }
  /**
   * Returns the Genesis parameters of the current chain
   * @returns Genesis dictionary
   */
  genesis() {
    return this._chainParams.genesis;
  }
  /**
   * Returns the hardfork definitions for the current chain.
   * @returns Array of hardfork transition configs
   */
  hardforks() {
    const hfs = this._chainParams.hardforks;
    if (this._chainParams.customHardforks !== void 0) {
      const existingNames = new Set(hfs.map((hf) => hf.name));
      const customHfEntries = Object.keys(this._chainParams.customHardforks).filter((name) => !existingNames.has(name)).map((name) => ({
        name,
        block: null
        // Custom hardforks without explicit transition config default to null (inactive by block)
      }));
      return [...hfs, ...customHfEntries];
    }
    return hfs;
  }
  /**
   * Returns bootstrap nodes for the current chain.
   * @returns Array of bootstrap node configs
   */
  bootstrapNodes() {
    return this._chainParams.bootstrapNodes;
  }
  /**
   * Returns DNS ENR URLs for the current chain.
   */
  dnsNetworks() {
    return this._chainParams.dnsNetworks;
  }
  /**
   * Returns the hardfork set
   * @returns Hardfork name
   */
  hardfork() {
    return this._hardfork;
  }
  /**
   * Returns the Id of current chain
   * @returns chain Id
   */
  chainId() {
    return BigInt(this._chainParams.chainId);
  }
  /**
   * Returns the name of current chain
   * @returns chain name (lower case)
   */
  chainName() {
    return this._chainParams.name;
  }
  /**
   * Returns the additionally activated EIPs
   * (by using the `eips` constructor option)
   * @returns List of EIPs
   */
  eips() {
    return this._eips;
  }
  /**
   * Returns the consensus type of the network
   * Possible values: "pow"|"poa"|"pos"
   *
   * Note: This value can update along a Hardfork.
   */
  consensusType() {
    const hardfork = this.hardfork();
    let value;
    for (const hfChanges of this.HARDFORK_CHANGES) {
      if ("consensus" in hfChanges[1]) {
        value = hfChanges[1]["consensus"]["type"];
      }
      if (hfChanges[0] === hardfork)
        break;
    }
    return value ?? this._chainParams["consensus"]["type"];
  }
  /**
   * Returns the concrete consensus implementation
   * algorithm or protocol for the network
   * e.g. "ethash" for "pow" consensus type,
   * "clique" for "poa" consensus type or
   * "casper" for "pos" consensus type.
   *
   * Note: This value can update along a Hardfork.
   */
  consensusAlgorithm() {
    const hardfork = this.hardfork();
    let value;
    for (const hfChanges of this.HARDFORK_CHANGES) {
      if ("consensus" in hfChanges[1]) {
        value = hfChanges[1]["consensus"]["algorithm"];
      }
      if (hfChanges[0] === hardfork)
        break;
    }
    return value ?? this._chainParams["consensus"]["algorithm"];
  }
  /**
   * Returns a dictionary with consensus configuration
   * parameters based on the consensus algorithm
   *
   * Expected returns (parameters must be present in
   * the respective chain JSON files):
   *
   * ethash: empty object
   * clique: period, epoch
   * casper: empty object
   *
   * Note: This value can update along a Hardfork.
   */
  consensusConfig() {
    const hardfork = this.hardfork();
    let value;
    for (const hfChanges of this.HARDFORK_CHANGES) {
      if ("consensus" in hfChanges[1]) {
        const config = hfChanges[1];
        const algorithm = config["consensus"]["algorithm"];
        value = config["consensus"][algorithm];
      }
      if (hfChanges[0] === hardfork)
        break;
    }
    return value ?? this._chainParams["consensus"][this.consensusAlgorithm()] ?? {};
  }
  /**
   * Returns a deep copy of this {@link Common} instance.
   */
  copy() {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this)), this);
    copy.events = new import_index2.default();
    return copy;
  }
};

// node_modules/.pnpm/@ethereumjs+tx@10.1.3/node_modules/@ethereumjs/tx/dist/esm/params.js
var paramsTx = {
  /**
   * Frontier/Chainstart
   */
  1: {
    // gasPrices
    txGas: 21e3,
    // Per transaction. NOTE: Not payable on data of calls between transactions
    txCreationGas: 32e3,
    // The cost of creating a contract via tx
    txDataZeroGas: 4,
    // Per byte of data attached to a transaction that equals zero. NOTE: Not payable on data of calls between transactions
    txDataNonZeroGas: 68,
    // Per byte of data attached to a transaction that is not equal to zero. NOTE: Not payable on data of calls between transactions
    accessListStorageKeyGas: 0,
    accessListAddressGas: 0
  },
  /**
  .  * Istanbul HF Meta EIP
  .  */
  1679: {
    // gasPrices
    txDataNonZeroGas: 16
    // Per byte of data attached to a transaction that is not equal to zero. NOTE: Not payable on data of calls between transactions
  },
  /**
  .  * Optional access lists
  .  */
  2930: {
    // gasPrices
    accessListStorageKeyGas: 1900,
    // Gas cost per storage key in an Access List transaction
    accessListAddressGas: 2400
    // Gas cost per storage key in an Access List transaction
  },
  /**
  .  * Limit and meter initcode
  .  */
  3860: {
    // gasPrices
    initCodeWordGas: 2,
    // Gas to pay for each word (32 bytes) of initcode when creating a contract
    // format
    maxInitCodeSize: 49152
    // Maximum length of initialization code when creating a contract
  },
  /**
  .  * Shard Blob Transactions
  .  */
  4844: {
    blobCommitmentVersionKzg: 1,
    // The number indicated a versioned hash is a KZG commitment
    blobGasPerBlob: 131072,
    // The base fee for blob gas per blob
    maxBlobGasPerBlock: 786432
    // The max blob gas allowable per block
  },
  /**
   * PeerDAS - Peer Data Availability Sampling
   */
  7594: {
    maxBlobsPerTx: 6
    // Max number of blobs per tx
  },
  /**
   * Increase calldata cost to reduce maximum block size
   */
  7623: {
    totalCostFloorPerToken: 10
  },
  /**
   * Reduce intrinsic transaction gas (Amsterdam, experimental).
   * `txGas` is TX_BASE. Recipient/value/log extras are also intrinsic
   * (self-transfers skip them) and anchor the EIP-7623 calldata floor
   * together with TX_BASE / CREATE_ACCESS. Charge constants are mirrored
   * on `@ethereumjs/evm` `paramsEVM[2780]` for the EVM Common. New-account
   * state gas stays an access-time charge in the EVM.
   */
  2780: {
    txGas: 12e3,
    // TX_BASE: base sender cost per transaction (down from 21000)
    txValueCost: 6e3,
    // TX_VALUE_COST: recipient balance write + EIP-7708 transfer log (folded since glamsterdam-devnet v8)
    transferLogCost: 1756,
    // TRANSFER_LOG_COST: in-EVM EIP-7708 emission sites only (not tx-level intrinsic since v8)
    txRecipientAccessGas: 3e3
    // Recipient cost for a non-self-transfer call (= COLD_ACCOUNT_ACCESS under EIP-8038)
  },
  /**
   * Access list data pricing (Amsterdam, experimental).
   * Repriced to match COLD_ACCOUNT_ACCESS / COLD_STORAGE_ACCESS under EIP-8038
   * before v8. EIP-8038 then sets intrinsic to cold minus WARM_ACCESS (2900).
   * The floor-token component (80 tokens/address + 128 tokens/storage key at
   * totalCostFloorPerToken) is added in the access-list data gas calculation.
   */
  7981: {
    accessListStorageKeyGas: 3e3,
    // Gas cost per storage key in an Access List transaction (up from 1900)
    accessListAddressGas: 3e3
    // Gas cost per address in an Access List transaction (up from 2400)
  },
  /**
  .  * Set EOA account code for one transaction
  .  */
  7702: {
    // TODO: Set correct minimum hardfork
    // gasPrices
    perAuthBaseGas: 12500,
    // Gas cost of each authority item, provided the authority exists in the trie
    perEmptyAccountCost: 25e3
    // Gas cost of each authority item, in case the authority does not exist in the trie
  },
  /**
  .  * Shard Blob Transactions
  .  */
  7691: {
    maxBlobGasPerBlock: 1179648
    // The max blob gas allowable per block
  },
  /**
   * Transaction Gas Limit Cap
   */
  7825: {
    maxTransactionGasLimit: 16777216
    // Maximum gas limit for a single transaction (2^24)
  },
  /**
   * Increase max contract code size and initcode size
   */
  7954: {
    // format
    maxInitCodeSize: 131072
    // EIP-7954: Maximum length of initialization code (2 * maxCodeSize, raised from 48 KiB)
  },
  /**
   * Increase calldata floor cost (uniform 64 gas/byte floor)
   */
  7976: {
    totalCostFloorPerToken: 16
  },
  /**
   * State Creation Gas Cost Increase — tx-level regular-gas overrides.
   * State-gas portion of the authorization base/empty-account cost and the
   * creation-tx state cost are computed separately from the EIP-8037
   * constants (see evm params block).
   */
  8037: {
    perAuthBaseGas: 7816,
    // REGULAR_PER_AUTH_BASE_COST: AUTH_TUPLE_BYTES (101) * totalCostFloorPerToken (16) + ecrecover (3000) + cold account access (3000) + 2 * warm access (200)
    perEmptyAccountCost: 0,
    // Regular gas for empty authority (down from 25000); replaced by accountWriteGas + perAuthBaseGas plus the state-gas portion ((stateBytesPerNewAccount + stateBytesPerAuthBase) * costPerStateByte)
    accountWriteGas: 8e3,
    // ACCOUNT_WRITE: regular gas per authorization for the account write (refunded when the authority account already exists)
    txCreationGas: 11e3
    // CREATE_ACCESS = ACCOUNT_WRITE (8000) + COLD_STORAGE_ACCESS (3000); state portion = stateBytesPerNewAccount * costPerStateByte
  },
  /**
   * State-access gas cost update — access-list intrinsic repriced to
   * `COLD_*_ACCESS - WARM_ACCESS` (2900 per address, 2000 per storage key
   * under v8.1.0). Overrides EIP-7981's 3000/3000 execution component; the
   * 7981 floor-token charge on access-list bytes is unchanged.
   */
  8038: {
    accessListStorageKeyGas: 2e3,
    // COLD_STORAGE_ACCESS - WARM_ACCESS (2100 - 100)
    accessListAddressGas: 2900,
    // COLD_ACCOUNT_ACCESS - WARM_ACCESS (3000 - 100)
    accountWriteGas: 9e3,
    // ACCOUNT_WRITE (overrides 8037's 8000)
    txCreationGas: 12e3
    // CREATE_ACCESS = ACCOUNT_WRITE + COLD_ACCOUNT_ACCESS
  }
};

// packages/executor/src/input/hardfork.ts
var mainnet = new Common({ chain: Mainnet });
var NAMES = new Map(Object.values(Hardfork).map((h) => [h.toLowerCase(), h]));
var ORDER = Object.values(Hardfork);
var paramsBlob = {
  4844: { blobGasPerBlob: 131072, blobGasPriceUpdateFraction: 3338477, minBlobGas: 1 },
  7691: { blobGasPriceUpdateFraction: 5007716 }
};
function commonFor(hardfork, chainId) {
  const params = { ...paramsTx };
  for (const [eip, p] of Object.entries(paramsBlob)) params[eip] = { ...params[eip] ?? {}, ...p };
  const chain = chainId === 1n ? Mainnet : { ...Mainnet, chainId: Number(chainId) };
  return new Common({ chain, hardfork, params });
}

// packages/executor/src/block/env.ts
function fakeExponential(factor, numerator, denominator) {
  let i = 1n;
  let output = 0n;
  let acc = factor * denominator;
  while (acc > 0n) {
    output += acc;
    acc = acc * numerator / (denominator * i);
    i++;
  }
  return output / denominator;
}
function makeBlockEnv(input) {
  const common = commonFor(input.hardfork, input.chainId);
  const h = input.header;
  const on = (eip) => common.isActivatedEIP(eip);
  const e4844 = on(4844);
  const blobGasPrice = e4844 && h.excessBlobGas !== void 0 ? fakeExponential(common.param("minBlobGas"), h.excessBlobGas, common.param("blobGasPriceUpdateFraction")) : 1n;
  const coinbase = new Address(Buffer.from(h.coinbase.slice(2), "hex"));
  const e1559 = on(1559);
  return {
    input,
    common,
    coinbase,
    coinbaseKey: h.coinbase.slice(2),
    baseFee: e1559 ? h.baseFeePerGas ?? 0n : void 0,
    blobGasPrice,
    gasLimit: h.gasLimit,
    evmBlock: {
      header: {
        number: h.number,
        coinbase,
        timestamp: h.timestamp,
        difficulty: h.difficulty,
        prevRandao: Buffer.from(h.mixHash.slice(2), "hex"),
        gasLimit: h.gasLimit,
        baseFeePerGas: e1559 ? h.baseFeePerGas ?? 0n : void 0,
        getBlobGasPrice: () => e4844 ? blobGasPrice : void 0
      }
    },
    eip: {
      e1559,
      e2929: on(2929),
      e2930: on(2930),
      e3529: on(3529),
      e3651: on(3651),
      e3860: on(3860),
      e4844,
      e6780: on(6780),
      e7623: on(7623),
      e7702: on(7702),
      homestead: common.gteHardfork("homestead"),
      spuriousDragon: common.gteHardfork("spuriousDragon"),
      byzantium: common.gteHardfork("byzantium"),
      istanbul: common.gteHardfork("istanbul")
    }
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/constants.js
var FORMAT = 239;
var MAGIC = 0;
var VERSION = 1;
var MAX_HEADER_SIZE = 49152;
var KIND_TYPE = 1;
var KIND_CODE = 2;
var KIND_CONTAINER = 3;
var KIND_DATA = 4;
var TERMINATOR = 0;
var TYPE_MIN = 4;
var TYPE_MAX = 4096;
var TYPE_DIVISOR = 4;
var CODE_MIN = 1;
var CODE_SIZE_MIN = 1;
var CONTAINER_MIN = 1;
var CONTAINER_MAX = 256;
var CONTAINER_SIZE_MIN = 1;
var INPUTS_MAX = 127;
var OUTPUTS_MAX = 128;
var MAX_STACK_HEIGHT = 1023;

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/errors.js
var EOFErrorMessage = {
  OUT_OF_BOUNDS: "Trying to read out of bounds",
  VERIFY_UINT: "Uint does not match expected value ",
  VERIFY_BYTES: "Bytes do not match expected value",
  FORMAT: "err: invalid format",
  MAGIC: "err: invalid magic",
  VERSION: "err: invalid eof version",
  KIND_TYPE: "err: expected kind types",
  KIND_CODE: "err: expected kind code",
  KIND_DATA: "err: expected kind data",
  TERMINATOR: "err: expected terminator",
  TYPE_SIZE: "missing type size",
  INVALID_TYPE_SIZE: "err: type section size invalid",
  CODE_SIZE: "missing code size",
  CODE_SECTION_SIZE: "code section should be at least one byte",
  INVALID_CODE_SIZE: "code size does not match type size",
  DATA_SIZE: "missing data size",
  CONTAINER_SIZE: "missing container size",
  CONTAINER_SECTION_SIZE: "container section should at least contain one section and at most 255 sections",
  TYPE_SECTIONS: "err: mismatch of code sections count and type signatures",
  INPUTS: "expected inputs",
  OUTPUTS: "expected outputs",
  MAX_INPUTS: "inputs exceeds 127, the maximum, got: ",
  MAX_OUTPUTS: "outputs exceeds 127, the maximum, got: ",
  CODE0_INPUTS: "first code section should have 0 inputs",
  CODE0_OUTPUTS: "first code section should have 0x80 (terminating section) outputs",
  MAX_STACK_HEIGHT: "expected maxStackHeight",
  MAX_STACK_HEIGHT_LIMIT: "stack height limit of 1024 exceeded: ",
  MIN_CODE_SECTIONS: "should have at least 1 code section",
  CODE_SECTION: "expected a code section",
  DATA_SECTION: "Expected data section",
  CONTAINER_SECTION: "expected a container section",
  CONTAINER_SECTION_MIN: "container section should be at least 1 byte",
  INVALID_EOF_CREATE_TARGET: "EOFCREATE targets an undefined container",
  INVALID_RETURN_CONTRACT_TARGET: "RETURNCONTRACT targets an undefined container",
  CONTAINER_DOUBLE_TYPE: "Container is targeted by both EOFCREATE and RETURNCONTRACT",
  UNREACHABLE_CONTAINER_SECTIONS: "Unreachable containers (by both EOFCREATE and RETURNCONTRACT)",
  CONTAINER_TYPE_ERROR: "Container contains opcodes which this mode (deployment mode / init code / runtime mode) cannot have",
  DANGLING_BYTES: "got dangling bytes in body",
  INVALID_OPCODE: "invalid opcode",
  INVALID_TERMINATOR: "invalid terminating opcode",
  OPCODE_INTERMEDIATES_OOB: "invalid opcode: intermediates out-of-bounds",
  INVALID_RJUMP: "invalid rjump* target",
  INVALID_CALL_TARGET: "invalid callf/jumpf target",
  INVALID_CALLF_RETURNING: "invalid callf: calls to non-returning function",
  INVALID_STACK_HEIGHT: "invalid stack height",
  INVALID_JUMPF: "invalid jumpf target (output count)",
  INVALID_RETURNING_SECTION: "invalid returning code section: section is not returning",
  RETURNING_NO_RETURN: "invalid section: section should return but has no RETF/JUMP to return",
  RJUMPV_TABLE_SIZE0: "invalid RJUMPV: table size 0",
  UNREACHABLE_CODE_SECTIONS: "unreachable code sections",
  UNREACHABLE_CODE: "unreachable code (by forward jumps)",
  DATALOADN_OOB: "DATALOADN reading out of bounds",
  MAX_STACK_HEIGHT_VIOLATION: "Max stack height does not match the reported max stack height",
  STACK_UNDERFLOW: "Stack underflow",
  STACK_OVERFLOW: "Stack overflow",
  UNSTABLE_STACK: "Unstable stack (can reach stack under/overflow by jumps)",
  RETF_NO_RETURN: "Trying to return to undefined function",
  RETURN_STACK_OVERFLOW: "Return stack overflow",
  INVALID_EXTCALL_TARGET: "invalid extcall target: address > 20 bytes",
  INVALID_RETURN_CONTRACT_DATA_SIZE: "invalid RETURNCONTRACT: data size lower than expected"
};
function validationError(type, ...args) {
  switch (type) {
    case EOFErrorMessage.OUT_OF_BOUNDS: {
      const pos = args[0];
      if (pos === 0 || pos === 2 || pos === 3 || pos === 6) {
        throw EthereumJSErrorWithoutCode(args[1]);
      }
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.OUT_OF_BOUNDS + ` `);
    }
    case EOFErrorMessage.VERIFY_BYTES: {
      const pos = args[0];
      if (pos === 0 || pos === 2 || pos === 3 || pos === 6) {
        throw EthereumJSErrorWithoutCode(args[1]);
      }
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.VERIFY_BYTES + ` at pos: ${args[0]}: ${args[1]}`);
    }
    case EOFErrorMessage.VERIFY_UINT: {
      const pos = args[0];
      if (pos === 0 || pos === 2 || pos === 3 || pos === 6 || pos === 18) {
        throw EthereumJSErrorWithoutCode(args[1]);
      }
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.VERIFY_UINT + `at pos: ${args[0]}: ${args[1]}`);
    }
    case EOFErrorMessage.TYPE_SIZE: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.TYPE_SIZE + args[0]);
    }
    case EOFErrorMessage.TYPE_SECTIONS: {
      throw EthereumJSErrorWithoutCode(`${EOFErrorMessage.TYPE_SECTIONS} (types ${args[0]} code ${args[1]})`);
    }
    case EOFErrorMessage.INVALID_TYPE_SIZE: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.INVALID_TYPE_SIZE);
    }
    case EOFErrorMessage.INVALID_CODE_SIZE: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.INVALID_CODE_SIZE + args[0]);
    }
    case EOFErrorMessage.INPUTS: {
      throw EthereumJSErrorWithoutCode(`${EOFErrorMessage.INPUTS} - typeSection ${args[0]}`);
    }
    case EOFErrorMessage.OUTPUTS: {
      throw EthereumJSErrorWithoutCode(`${EOFErrorMessage.OUTPUTS} - typeSection ${args[0]}`);
    }
    case EOFErrorMessage.CODE0_INPUTS: {
      throw EthereumJSErrorWithoutCode(`first code section should have 0 inputs`);
    }
    case EOFErrorMessage.CODE0_OUTPUTS: {
      throw EthereumJSErrorWithoutCode(`first code section should have 0 outputs`);
    }
    case EOFErrorMessage.MAX_INPUTS: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.MAX_INPUTS + `${args[1]} - code section ${args[0]}`);
    }
    case EOFErrorMessage.MAX_OUTPUTS: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.MAX_OUTPUTS + `${args[1]} - code section ${args[0]}`);
    }
    case EOFErrorMessage.CODE_SECTION: {
      throw EthereumJSErrorWithoutCode(`expected code: codeSection ${args[0]}: `);
    }
    case EOFErrorMessage.DATA_SECTION: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.DATA_SECTION);
    }
    case EOFErrorMessage.MAX_STACK_HEIGHT: {
      throw EthereumJSErrorWithoutCode(`${EOFErrorMessage.MAX_STACK_HEIGHT} - typeSection ${args[0]}: `);
    }
    case EOFErrorMessage.MAX_STACK_HEIGHT_LIMIT: {
      throw EthereumJSErrorWithoutCode(`${EOFErrorMessage.MAX_STACK_HEIGHT_LIMIT}, got: ${args[1]} - typeSection ${args[0]}`);
    }
    case EOFErrorMessage.DANGLING_BYTES: {
      throw EthereumJSErrorWithoutCode(EOFErrorMessage.DANGLING_BYTES);
    }
    default: {
      throw EthereumJSErrorWithoutCode(type);
    }
  }
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/stackDelta.js
var stackDelta = {
  0: { inputs: 0, outputs: 0, name: "STOP", intermediates: 0, terminating: true },
  1: { inputs: 2, outputs: 1, name: "ADD", intermediates: 0 },
  2: { inputs: 2, outputs: 1, name: "MUL", intermediates: 0 },
  3: { inputs: 2, outputs: 1, name: "SUB", intermediates: 0 },
  4: { inputs: 2, outputs: 1, name: "DIV", intermediates: 0 },
  5: { inputs: 2, outputs: 1, name: "SDIV", intermediates: 0 },
  6: { inputs: 2, outputs: 1, name: "MOD", intermediates: 0 },
  7: { inputs: 2, outputs: 1, name: "SMOD", intermediates: 0 },
  8: { inputs: 3, outputs: 1, name: "ADDMOD", intermediates: 0 },
  9: { inputs: 3, outputs: 1, name: "MULMOD", intermediates: 0 },
  10: { inputs: 2, outputs: 1, name: "EXP", intermediates: 0 },
  11: { inputs: 2, outputs: 1, name: "SIGNEXTEND", intermediates: 0 },
  16: { inputs: 2, outputs: 1, name: "LT", intermediates: 0 },
  17: { inputs: 2, outputs: 1, name: "GT", intermediates: 0 },
  18: { inputs: 2, outputs: 1, name: "SLT", intermediates: 0 },
  19: { inputs: 2, outputs: 1, name: "SGT", intermediates: 0 },
  20: { inputs: 2, outputs: 1, name: "EQ", intermediates: 0 },
  21: { inputs: 1, outputs: 1, name: "ISZERO", intermediates: 0 },
  22: { inputs: 2, outputs: 1, name: "AND", intermediates: 0 },
  23: { inputs: 2, outputs: 1, name: "OR", intermediates: 0 },
  24: { inputs: 2, outputs: 1, name: "XOR", intermediates: 0 },
  25: { inputs: 1, outputs: 1, name: "NOT", intermediates: 0 },
  26: { inputs: 2, outputs: 1, name: "BYTE", intermediates: 0 },
  27: { inputs: 2, outputs: 1, name: "SHL", intermediates: 0 },
  28: { inputs: 2, outputs: 1, name: "SHR", intermediates: 0 },
  29: { inputs: 2, outputs: 1, name: "SAR", intermediates: 0 },
  32: { inputs: 2, outputs: 1, name: "SHA3", intermediates: 0 },
  48: { inputs: 0, outputs: 1, name: "ADDRESS", intermediates: 0 },
  49: { inputs: 1, outputs: 1, name: "BALANCE", intermediates: 0 },
  50: { inputs: 0, outputs: 1, name: "ORIGIN", intermediates: 0 },
  51: { inputs: 0, outputs: 1, name: "CALLER", intermediates: 0 },
  52: { inputs: 0, outputs: 1, name: "CALLVALUE", intermediates: 0 },
  53: { inputs: 1, outputs: 1, name: "CALLDATALOAD", intermediates: 0 },
  54: { inputs: 0, outputs: 1, name: "CALLDATASIZE", intermediates: 0 },
  55: { inputs: 3, outputs: 0, name: "CALLDATACOPY", intermediates: 0 },
  58: { inputs: 0, outputs: 1, name: "GASPRICE", intermediates: 0 },
  61: { inputs: 0, outputs: 1, name: "RETURNDATASIZE", intermediates: 0 },
  62: { inputs: 3, outputs: 0, name: "RETURNDATACOPY", intermediates: 0 },
  64: { inputs: 1, outputs: 1, name: "BLOCKHASH", intermediates: 0 },
  65: { inputs: 0, outputs: 1, name: "COINBASE", intermediates: 0 },
  66: { inputs: 0, outputs: 1, name: "TIMESTAMP", intermediates: 0 },
  67: { inputs: 0, outputs: 1, name: "NUMBER", intermediates: 0 },
  68: { inputs: 0, outputs: 1, name: "PREVRANDAO", intermediates: 0 },
  69: { inputs: 0, outputs: 1, name: "GASLIMIT", intermediates: 0 },
  75: { inputs: 0, outputs: 1, name: "SLOTNUM", intermediates: 0 },
  70: { inputs: 0, outputs: 1, name: "CHAINID", intermediates: 0 },
  71: { inputs: 0, outputs: 1, name: "SELFBALANCE", intermediates: 0 },
  72: { inputs: 0, outputs: 1, name: "BASEFEE", intermediates: 0 },
  73: { inputs: 1, outputs: 1, name: "BLOBAHASH", intermediates: 0 },
  74: { inputs: 0, outputs: 1, name: "BLOBBASEFEE", intermediates: 0 },
  80: { inputs: 1, outputs: 0, name: "POP", intermediates: 0 },
  81: { inputs: 1, outputs: 1, name: "MLOAD", intermediates: 0 },
  82: { inputs: 2, outputs: 0, name: "MSTORE", intermediates: 0 },
  83: { inputs: 2, outputs: 0, name: "MSTORE8", intermediates: 0 },
  84: { inputs: 1, outputs: 1, name: "SLOAD", intermediates: 0 },
  85: { inputs: 2, outputs: 0, name: "SSTORE", intermediates: 0 },
  89: { inputs: 0, outputs: 1, name: "MSIZE", intermediates: 0 },
  91: { inputs: 0, outputs: 0, name: "NOOP", intermediates: 0 },
  92: { inputs: 1, outputs: 1, name: "TLOAD", intermediates: 0 },
  93: { inputs: 2, outputs: 0, name: "TSTORE", intermediates: 0 },
  94: { inputs: 3, outputs: 0, name: "MCOPY", intermediates: 0 },
  95: { inputs: 0, outputs: 1, name: "PUSH0", intermediates: 0 },
  96: { inputs: 0, outputs: 1, name: "PUSH1", intermediates: 1 },
  97: { inputs: 0, outputs: 1, name: "PUSH2", intermediates: 2 },
  98: { inputs: 0, outputs: 1, name: "PUSH3", intermediates: 3 },
  99: { inputs: 0, outputs: 1, name: "PUSH4", intermediates: 4 },
  100: { inputs: 0, outputs: 1, name: "PUSH5", intermediates: 5 },
  101: { inputs: 0, outputs: 1, name: "PUSH6", intermediates: 6 },
  102: { inputs: 0, outputs: 1, name: "PUSH7", intermediates: 7 },
  103: { inputs: 0, outputs: 1, name: "PUSH8", intermediates: 8 },
  104: { inputs: 0, outputs: 1, name: "PUSH9", intermediates: 9 },
  105: { inputs: 0, outputs: 1, name: "PUSH10", intermediates: 10 },
  106: { inputs: 0, outputs: 1, name: "PUSH11", intermediates: 11 },
  107: { inputs: 0, outputs: 1, name: "PUSH12", intermediates: 12 },
  108: { inputs: 0, outputs: 1, name: "PUSH13", intermediates: 13 },
  109: { inputs: 0, outputs: 1, name: "PUSH14", intermediates: 14 },
  110: { inputs: 0, outputs: 1, name: "PUSH15", intermediates: 15 },
  111: { inputs: 0, outputs: 1, name: "PUSH16", intermediates: 16 },
  112: { inputs: 0, outputs: 1, name: "PUSH17", intermediates: 17 },
  113: { inputs: 0, outputs: 1, name: "PUSH18", intermediates: 18 },
  114: { inputs: 0, outputs: 1, name: "PUSH19", intermediates: 19 },
  115: { inputs: 0, outputs: 1, name: "PUSH20", intermediates: 20 },
  116: { inputs: 0, outputs: 1, name: "PUSH21", intermediates: 21 },
  117: { inputs: 0, outputs: 1, name: "PUSH22", intermediates: 22 },
  118: { inputs: 0, outputs: 1, name: "PUSH23", intermediates: 23 },
  119: { inputs: 0, outputs: 1, name: "PUSH24", intermediates: 24 },
  120: { inputs: 0, outputs: 1, name: "PUSH25", intermediates: 25 },
  121: { inputs: 0, outputs: 1, name: "PUSH26", intermediates: 26 },
  122: { inputs: 0, outputs: 1, name: "PUSH27", intermediates: 27 },
  123: { inputs: 0, outputs: 1, name: "PUSH28", intermediates: 28 },
  124: { inputs: 0, outputs: 1, name: "PUSH29", intermediates: 29 },
  125: { inputs: 0, outputs: 1, name: "PUSH30", intermediates: 30 },
  126: { inputs: 0, outputs: 1, name: "PUSH31", intermediates: 31 },
  127: { inputs: 0, outputs: 1, name: "PUSH32", intermediates: 32 },
  128: { inputs: 1, outputs: 2, name: "DUP1", intermediates: 0 },
  129: { inputs: 2, outputs: 3, name: "DUP2", intermediates: 0 },
  130: { inputs: 3, outputs: 4, name: "DUP3", intermediates: 0 },
  131: { inputs: 4, outputs: 5, name: "DUP4", intermediates: 0 },
  132: { inputs: 5, outputs: 6, name: "DUP5", intermediates: 0 },
  133: { inputs: 6, outputs: 7, name: "DUP6", intermediates: 0 },
  134: { inputs: 7, outputs: 8, name: "DUP7", intermediates: 0 },
  135: { inputs: 8, outputs: 9, name: "DUP8", intermediates: 0 },
  136: { inputs: 9, outputs: 10, name: "DUP9", intermediates: 0 },
  137: { inputs: 10, outputs: 11, name: "DUP10", intermediates: 0 },
  138: { inputs: 11, outputs: 12, name: "DUP11", intermediates: 0 },
  139: { inputs: 12, outputs: 13, name: "DUP12", intermediates: 0 },
  140: { inputs: 13, outputs: 14, name: "DUP13", intermediates: 0 },
  141: { inputs: 14, outputs: 15, name: "DUP14", intermediates: 0 },
  142: { inputs: 15, outputs: 16, name: "DUP15", intermediates: 0 },
  143: { inputs: 16, outputs: 17, name: "DUP16", intermediates: 0 },
  144: { inputs: 2, outputs: 2, name: "SWAP1", intermediates: 0 },
  145: { inputs: 3, outputs: 3, name: "SWAP2", intermediates: 0 },
  146: { inputs: 4, outputs: 4, name: "SWAP3", intermediates: 0 },
  147: { inputs: 5, outputs: 5, name: "SWAP4", intermediates: 0 },
  148: { inputs: 6, outputs: 6, name: "SWAP5", intermediates: 0 },
  149: { inputs: 7, outputs: 7, name: "SWAP6", intermediates: 0 },
  150: { inputs: 8, outputs: 8, name: "SWAP7", intermediates: 0 },
  151: { inputs: 9, outputs: 9, name: "SWAP8", intermediates: 0 },
  152: { inputs: 10, outputs: 10, name: "SWAP9", intermediates: 0 },
  153: { inputs: 11, outputs: 11, name: "SWAP10", intermediates: 0 },
  154: { inputs: 12, outputs: 12, name: "SWAP11", intermediates: 0 },
  155: { inputs: 13, outputs: 13, name: "SWAP12", intermediates: 0 },
  156: { inputs: 14, outputs: 14, name: "SWAP13", intermediates: 0 },
  157: { inputs: 15, outputs: 15, name: "SWAP14", intermediates: 0 },
  158: { inputs: 16, outputs: 16, name: "SWAP15", intermediates: 0 },
  159: { inputs: 17, outputs: 17, name: "SWAP16", intermediates: 0 },
  160: { inputs: 2, outputs: 0, name: "LOG0", intermediates: 0 },
  161: { inputs: 3, outputs: 0, name: "LOG1", intermediates: 0 },
  162: { inputs: 4, outputs: 0, name: "LOG2", intermediates: 0 },
  163: { inputs: 5, outputs: 0, name: "LOG3", intermediates: 0 },
  164: { inputs: 6, outputs: 0, name: "LOG4", intermediates: 0 },
  208: { inputs: 1, outputs: 1, name: "DATALOAD", intermediates: 0 },
  209: { inputs: 0, outputs: 1, name: "DATALOADN", intermediates: 2 },
  210: { inputs: 0, outputs: 1, name: "DATASIZE", intermediates: 0 },
  211: { inputs: 3, outputs: 0, name: "DATACOPY", intermediates: 0 },
  224: { inputs: 0, outputs: 0, name: "RJUMP", intermediates: 2 },
  225: { inputs: 1, outputs: 0, name: "RJUMPI", intermediates: 2 },
  // NOTE: for RJUMPV the intermediate byte is set to 0, this has to do with the validation algorithm specifics
  // This has to do with the dynamic intermediate size of RJUMPV, which depends upon the table size byte right after RJUMPV
  226: { inputs: 1, outputs: 0, name: "RJUMPV", intermediates: 0 },
  // CALLF special case for stack validation algorithm: the inputs and outputs MUST stay 0
  // (this is currently the case also in EVM)
  227: { inputs: 0, outputs: 0, name: "CALLF", intermediates: 2 },
  228: { inputs: 0, outputs: 0, name: "RETF", intermediates: 0, terminating: true },
  229: { inputs: 0, outputs: 0, name: "JUMPF", intermediates: 2, terminating: true },
  230: { inputs: 0, outputs: 1, name: "DUPN", intermediates: 1 },
  231: { inputs: 0, outputs: 0, name: "SWAPN", intermediates: 1 },
  232: { inputs: 0, outputs: 0, name: "EXCHANGE", intermediates: 1 },
  236: { inputs: 4, outputs: 1, name: "EOFCREATE", intermediates: 1 },
  238: { inputs: 2, outputs: 0, name: "RETURNCONTRACT", intermediates: 1, terminating: true },
  243: { inputs: 2, outputs: 0, name: "RETURN", intermediates: 0, terminating: true },
  247: { inputs: 1, outputs: 1, name: "RETURNDATALOAD", intermediates: 0 },
  248: { inputs: 4, outputs: 1, name: "EXTCALL", intermediates: 0 },
  249: { inputs: 3, outputs: 1, name: "EXTDELEGATECALL", intermediates: 0 },
  251: { inputs: 3, outputs: 1, name: "EXTSTATICCALL", intermediates: 0 },
  253: { inputs: 2, outputs: 0, name: "REVERT", intermediates: 0, terminating: true },
  254: { inputs: 0, outputs: 0, name: "INVALID", intermediates: 0, terminating: true }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/verify.js
var ContainerSectionType = {
  /** Subcontainer targeted by EOFCREATE (init code). */
  InitCode: "initCode",
  /** Subcontainer targeted by RETURNCONTRACT (deployment code). */
  DeploymentCode: "deploymentCode",
  /** Default runtime code section. */
  RuntimeCode: "runtimeCode"
};
function verifyCode(container, evm, mode = ContainerSectionType.RuntimeCode) {
  return validateOpcodes(container, evm, mode);
}
function readInt16(code, start) {
  return new DataView(code.buffer).getInt16(start);
}
function readUint16(code, start) {
  return new DataView(code.buffer).getUint16(start);
}
function validateOpcodes(container, evm, mode = ContainerSectionType.RuntimeCode) {
  const containerTypeMap = /* @__PURE__ */ new Map();
  const opcodes2 = evm.getActiveOpcodes();
  const opcodeNumbers = /* @__PURE__ */ new Set();
  for (const [key] of opcodes2) {
    opcodeNumbers.add(key);
  }
  opcodeNumbers.add(254);
  opcodeNumbers.delete(56);
  opcodeNumbers.delete(57);
  opcodeNumbers.delete(90);
  opcodeNumbers.delete(59);
  opcodeNumbers.delete(60);
  opcodeNumbers.delete(63);
  opcodeNumbers.delete(242);
  opcodeNumbers.delete(255);
  opcodeNumbers.delete(86);
  opcodeNumbers.delete(87);
  opcodeNumbers.delete(88);
  opcodeNumbers.delete(240);
  opcodeNumbers.delete(245);
  const terminatingOpcodes = /* @__PURE__ */ new Set();
  terminatingOpcodes.add(0);
  terminatingOpcodes.add(243);
  terminatingOpcodes.add(253);
  terminatingOpcodes.add(254);
  terminatingOpcodes.add(238);
  terminatingOpcodes.add(228);
  terminatingOpcodes.add(229);
  terminatingOpcodes.add(224);
  for (const opcode of terminatingOpcodes) {
    if (!opcodeNumbers.has(opcode)) {
      terminatingOpcodes.delete(opcode);
    }
  }
  const validJumps = /* @__PURE__ */ new Set();
  const reachableSections = {};
  let codeSection = -1;
  for (const code of container.body.codeSections) {
    let addJump = function(location) {
      if (intermediateBytes.has(location)) {
        validationError(EOFErrorMessage.INVALID_RJUMP);
      }
      jumpLocations.add(location);
    }, addIntermediate = function(location) {
      if (jumpLocations.has(location)) {
        validationError(EOFErrorMessage.INVALID_RJUMP);
      }
      intermediateBytes.add(location);
    };
    const intermediateBytes = /* @__PURE__ */ new Set();
    const jumpLocations = /* @__PURE__ */ new Set();
    codeSection++;
    reachableSections[codeSection] = /* @__PURE__ */ new Set();
    const nonReturningFunction = container.body.typeSections[codeSection].outputs === 128;
    let sectionHasReturningOpcode = false;
    const reachableOpcodes = /* @__PURE__ */ new Set();
    reachableOpcodes.add(0);
    let ptr = 0;
    let lastOpcode = 0;
    const inputs = container.body.typeSections[codeSection].inputs;
    let maxStackHeight = inputs;
    const stackHeightMin = [inputs];
    const stackHeightMax = [inputs];
    while (ptr < code.length) {
      const successorSet = /* @__PURE__ */ new Set();
      if (!reachableOpcodes.has(ptr)) {
        validationError(EOFErrorMessage.UNREACHABLE_CODE);
      }
      if (stackHeightMin[ptr] === void 0 || stackHeightMax[ptr] === void 0) {
        validationError(EOFErrorMessage.UNREACHABLE_CODE);
      }
      validJumps.add(ptr);
      const opcode = code[ptr];
      const minStackCurrent = stackHeightMin[ptr];
      const maxStackCurrent = stackHeightMax[ptr];
      const opcodeInputs = stackDelta[opcode].inputs;
      const opcodeOutputs = stackDelta[opcode].outputs;
      if (minStackCurrent - opcodeInputs < 0) {
        validationError(EOFErrorMessage.STACK_UNDERFLOW);
      }
      const delta = opcodeOutputs - opcodeInputs;
      let minStackNext = minStackCurrent + delta;
      let maxStackNext = maxStackCurrent + delta;
      if (maxStackNext > 1024) {
        validationError(EOFErrorMessage.STACK_OVERFLOW);
      }
      if (nonReturningFunction && opcode === 228) {
        validationError(EOFErrorMessage.INVALID_RETURNING_SECTION);
      }
      lastOpcode = opcode;
      if (!opcodeNumbers.has(opcode)) {
        validationError(EOFErrorMessage.INVALID_OPCODE);
      }
      if (opcode === 224 || opcode === 225) {
        const target = readInt16(code, ptr + 1) + ptr + 3;
        if (target < 0 || target >= code.length) {
          validationError(EOFErrorMessage.INVALID_RJUMP);
        }
        successorSet.add(target);
        addJump(target);
        reachableOpcodes.add(target);
        if (opcode === 224) {
          if (!reachableOpcodes.has(ptr + 3) && ptr + 3 < code.length) {
            validationError(EOFErrorMessage.UNREACHABLE_CODE);
          }
        }
      } else if (opcode === 226) {
        const tableSize = code[ptr + 1] + 1;
        if (tableSize === void 0) {
          validationError(EOFErrorMessage.OPCODE_INTERMEDIATES_OOB);
        } else if (tableSize === 0) {
          validationError(EOFErrorMessage.RJUMPV_TABLE_SIZE0);
        }
        if (ptr + tableSize * 2 + 2 >= code.length) {
          validationError(EOFErrorMessage.OPCODE_INTERMEDIATES_OOB);
        }
        const newPc = ptr + 2 + tableSize * 2;
        for (let i = 0; i < tableSize; i++) {
          const newPtr = ptr + 2 + i * 2;
          addIntermediate(newPtr);
          addIntermediate(newPtr + 1);
          const target = readInt16(code, newPtr) + newPc;
          if (target < 0 || target >= code.length) {
            validationError(EOFErrorMessage.OPCODE_INTERMEDIATES_OOB);
          }
          successorSet.add(target);
          addJump(target);
          reachableOpcodes.add(target);
        }
        addIntermediate(ptr + 1);
        ptr += 2 * tableSize + 1;
      } else if (opcode === 227 || opcode === 229) {
        const target = readUint16(code, ptr + 1);
        reachableSections[codeSection].add(target);
        if (target >= container.header.codeSizes.length) {
          validationError(EOFErrorMessage.INVALID_CALL_TARGET);
        }
        if (opcode === 227) {
          const targetOutputs = container.body.typeSections[target].outputs;
          const targetInputs = container.body.typeSections[target].inputs;
          if (targetOutputs === 128) {
            validationError(EOFErrorMessage.INVALID_CALLF_RETURNING);
          }
          if (minStackCurrent < targetInputs) {
            validationError(EOFErrorMessage.STACK_UNDERFLOW);
          }
          if (maxStackCurrent + container.body.typeSections[target].maxStackHeight - targetInputs > 1024) {
            validationError(EOFErrorMessage.STACK_OVERFLOW);
          }
          minStackNext += targetOutputs - targetInputs;
          maxStackNext += targetOutputs - targetInputs;
        } else {
          const currentOutputs = container.body.typeSections[codeSection].outputs;
          const targetOutputs = container.body.typeSections[target].outputs;
          const targetInputs = container.body.typeSections[target].inputs;
          const targetNonReturning = targetOutputs === 128;
          if (targetOutputs > currentOutputs && !targetNonReturning) {
            validationError(EOFErrorMessage.INVALID_JUMPF);
          }
          if (nonReturningFunction && targetOutputs <= 127) {
            validationError(EOFErrorMessage.INVALID_RETURNING_SECTION);
          }
          if (targetNonReturning) {
            if (minStackCurrent < targetInputs) {
              validationError(EOFErrorMessage.STACK_UNDERFLOW);
            }
          } else {
            const expectedStack = currentOutputs + targetInputs - targetOutputs;
            if (!(minStackCurrent === maxStackCurrent && maxStackCurrent === expectedStack)) {
              validationError(EOFErrorMessage.INVALID_STACK_HEIGHT);
            }
            sectionHasReturningOpcode = true;
          }
          if (maxStackCurrent + container.body.typeSections[target].maxStackHeight - targetInputs > 1024) {
            validationError(EOFErrorMessage.STACK_OVERFLOW);
          }
        }
      } else if (opcode === 228) {
        const outputs = container.body.typeSections[codeSection].outputs;
        if (!(minStackCurrent === maxStackCurrent && maxStackCurrent === outputs)) {
          validationError(EOFErrorMessage.INVALID_STACK_HEIGHT);
        }
        sectionHasReturningOpcode = true;
      } else if (opcode === 230) {
        const toDup = code[ptr + 1];
        if (toDup + 1 > minStackCurrent) {
          validationError(EOFErrorMessage.STACK_UNDERFLOW);
        }
      } else if (opcode === 231) {
        const toSwap = code[ptr + 1];
        if (toSwap + 2 > minStackCurrent) {
          validationError(EOFErrorMessage.STACK_UNDERFLOW);
        }
      } else if (opcode === 232) {
        const exchangeRaw = code[ptr + 1];
        const n = (exchangeRaw >> 4) + 1;
        const m = (exchangeRaw & 15) + 1;
        if (n + m + 1 > minStackCurrent) {
          validationError(EOFErrorMessage.STACK_UNDERFLOW);
        }
      } else if (opcode === 236) {
        const target = code[ptr + 1];
        if (target >= container.header.containerSizes.length) {
          validationError(EOFErrorMessage.INVALID_EOF_CREATE_TARGET);
        }
        if (containerTypeMap.has(target)) {
          if (containerTypeMap.get(target) !== ContainerSectionType.InitCode) {
            validationError(EOFErrorMessage.CONTAINER_DOUBLE_TYPE);
          }
        }
        containerTypeMap.set(target, ContainerSectionType.InitCode);
      } else if (opcode === 238) {
        if (mode !== ContainerSectionType.InitCode) {
          validationError(EOFErrorMessage.CONTAINER_TYPE_ERROR);
        }
        const target = code[ptr + 1];
        if (target >= container.header.containerSizes.length) {
          validationError(EOFErrorMessage.INVALID_RETURN_CONTRACT_TARGET);
        }
        if (containerTypeMap.has(target)) {
          if (containerTypeMap.get(target) !== ContainerSectionType.DeploymentCode) {
            validationError(EOFErrorMessage.CONTAINER_DOUBLE_TYPE);
          }
        }
        containerTypeMap.set(target, ContainerSectionType.DeploymentCode);
      } else if (opcode === 209) {
        const dataTarget = readUint16(code, ptr + 1);
        const endOfSlice = dataTarget + 32;
        if (container.header.dataSize < endOfSlice) {
          validationError(EOFErrorMessage.DATALOADN_OOB);
        }
      } else if (opcode === 0 || opcode === 243) {
        if (mode === ContainerSectionType.InitCode) {
          validationError(EOFErrorMessage.CONTAINER_TYPE_ERROR);
        }
      }
      const intermediates = stackDelta[opcode].intermediates;
      if (intermediates > 0) {
        for (let i = 1; i <= intermediates; i++) {
          addIntermediate(ptr + i);
        }
        ptr += intermediates;
      }
      if (ptr >= code.length) {
        validationError(EOFErrorMessage.OPCODE_INTERMEDIATES_OOB);
      }
      ptr++;
      if (stackDelta[opcode].terminating === void 0) {
        reachableOpcodes.add(ptr);
        if (opcode !== 224) {
          successorSet.add(ptr);
        }
      }
      for (const successor of successorSet) {
        if (successor < ptr) {
          if (stackHeightMin[successor] !== minStackNext || stackHeightMax[successor] !== maxStackNext) {
            validationError(EOFErrorMessage.UNSTABLE_STACK);
          }
        }
        if (stackHeightMax[successor] === void 0) {
          stackHeightMin[successor] = minStackNext;
          stackHeightMax[successor] = maxStackNext;
        } else {
          stackHeightMin[successor] = Math.min(stackHeightMin[successor], minStackNext);
          stackHeightMax[successor] = Math.max(stackHeightMax[successor], maxStackNext);
        }
      }
      maxStackHeight = Math.max(maxStackNext, maxStackHeight);
    }
    if (!terminatingOpcodes.has(lastOpcode)) {
      validationError(EOFErrorMessage.INVALID_TERMINATOR);
    }
    if (container.body.typeSections[codeSection].maxStackHeight !== maxStackHeight) {
      validationError(EOFErrorMessage.MAX_STACK_HEIGHT_VIOLATION);
    }
    if (maxStackHeight > 1024) {
      validationError(EOFErrorMessage.MAX_STACK_HEIGHT_LIMIT);
    }
    if (!sectionHasReturningOpcode && !nonReturningFunction) {
      validationError(EOFErrorMessage.RETURNING_NO_RETURN);
    }
  }
  const sectionAccumulator = /* @__PURE__ */ new Set();
  sectionAccumulator.add(0);
  const toCheck = [0];
  while (toCheck.length > 0) {
    const checkArray = reachableSections[toCheck.pop()];
    for (const checkSection of checkArray) {
      if (!sectionAccumulator.has(checkSection)) {
        sectionAccumulator.add(checkSection);
        toCheck.push(checkSection);
      }
    }
  }
  if (sectionAccumulator.size !== container.header.codeSizes.length) {
    validationError(EOFErrorMessage.UNREACHABLE_CODE_SECTIONS);
  }
  if (containerTypeMap.size !== container.header.containerSizes.length) {
    validationError(EOFErrorMessage.UNREACHABLE_CONTAINER_SECTIONS);
  }
  return containerTypeMap;
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/container.js
var EOFContainerMode = {
  /** Standard runtime container validation. */
  Default: "default",
  /** Init-mode validation for subcontainers referenced by EOFCREATE. */
  Initmode: "initMode",
  /** Transaction init-mode validation for EOF contract deployment txs. */
  TxInitmode: "txInitMode"
};
var StreamReader = class {
  constructor(stream) {
    this.data = stream;
    this.ptr = 0;
  }
  /**
   * Read `amount` bytes from the stream. Throws when trying to read out of bounds with an optional error string.
   * This also updates the internal pointer
   * @param amount Bytes to read
   * @param errorStr Optional error string to throw when trying to read out-of-bounds
   * @returns The byte array with length `amount`
   */
  readBytes(amount, errorStr) {
    const end = this.ptr + amount;
    if (end > this.data.length) {
      validationError(EOFErrorMessage.OUT_OF_BOUNDS, this.ptr, errorStr);
    }
    const ptr = this.ptr;
    this.ptr += amount;
    return this.data.slice(ptr, end);
  }
  /**
   * Reads an Uint8. Also updates the pointer.
   * @param errorStr Optional error string
   * @returns The uint8
   */
  readUint(errorStr) {
    if (this.ptr >= this.data.length) {
      validationError(EOFErrorMessage.OUT_OF_BOUNDS, this.ptr, errorStr);
    }
    return this.data[this.ptr++];
  }
  /**
   * Verify that the current uint8 pointed to by the pointer is the expected uint8
   * Also updates the pointer
   * @param expect The uint to expect
   * @param errorStr Optional error string when the read uint is not the expected uint
   */
  verifyUint(expect, errorStr) {
    if (this.readUint() !== expect) {
      validationError(EOFErrorMessage.VERIFY_UINT, this.ptr - 1, errorStr);
    }
  }
  /**
   * Same as readUint, except this reads an uint16
   * @param errorStr - Optional error message to include in thrown validation errors
   * @returns Unsigned 16-bit integer read from the stream
   */
  readUint16(errorStr) {
    const end = this.ptr + 2;
    if (end > this.data.length) {
      validationError(EOFErrorMessage.OUT_OF_BOUNDS, this.ptr, errorStr);
    }
    const ptr = this.ptr;
    this.ptr += 2;
    return new DataView(this.data.buffer).getUint16(ptr);
  }
  /**
   * Get the current pointer of the stream
   * @returns The pointer
   */
  getPtr() {
    return this.ptr;
  }
  // Get the remainder bytes of the current stream
  readRemainder() {
    return this.data.slice(this.ptr);
  }
  // Returns `true` if the stream is fully read, or false if there are dangling bytes
  isAtEnd() {
    return this.ptr === this.data.length;
  }
};
var EOFHeader = class {
  /**
   * Create an EOF header. Performs various validation checks inside the constructor
   * @param input either a raw header or a complete container
   */
  constructor(input) {
    if (input.length > MAX_HEADER_SIZE) {
      throw EthereumJSErrorWithoutCode("err: container size more than maximum valid size");
    }
    const stream = new StreamReader(input);
    stream.verifyUint(FORMAT, EOFErrorMessage.FORMAT);
    stream.verifyUint(MAGIC, EOFErrorMessage.MAGIC);
    stream.verifyUint(VERSION, EOFErrorMessage.VERSION);
    if (input.length < 15) {
      throw EthereumJSErrorWithoutCode("err: container size less than minimum valid size");
    }
    stream.verifyUint(KIND_TYPE, EOFErrorMessage.KIND_TYPE);
    const typeSize = stream.readUint16(EOFErrorMessage.TYPE_SIZE);
    if (typeSize < TYPE_MIN) {
      validationError(EOFErrorMessage.INVALID_TYPE_SIZE, typeSize);
    }
    if (typeSize % TYPE_DIVISOR !== 0) {
      validationError(EOFErrorMessage.INVALID_TYPE_SIZE, typeSize);
    }
    if (typeSize > TYPE_MAX) {
      throw EthereumJSErrorWithoutCode(`err: number of code sections must not exceed 1024 (got ${typeSize})`);
    }
    stream.verifyUint(KIND_CODE, EOFErrorMessage.KIND_CODE);
    const codeSize = stream.readUint16(EOFErrorMessage.CODE_SIZE);
    if (codeSize < CODE_MIN) {
      validationError(EOFErrorMessage.MIN_CODE_SECTIONS);
    }
    if (codeSize !== typeSize / TYPE_DIVISOR) {
      validationError(EOFErrorMessage.TYPE_SECTIONS, typeSize / TYPE_DIVISOR, codeSize);
    }
    const codeSizes = [];
    for (let i = 0; i < codeSize; i++) {
      const codeSectionSize = stream.readUint16(EOFErrorMessage.CODE_SECTION);
      if (codeSectionSize < CODE_SIZE_MIN) {
        validationError(EOFErrorMessage.CODE_SECTION_SIZE);
      }
      codeSizes.push(codeSectionSize);
    }
    let nextSection = stream.readUint();
    const containerSizes = [];
    if (nextSection === KIND_CONTAINER) {
      const containerSectionSize = stream.readUint16(EOFErrorMessage.CONTAINER_SIZE);
      if (containerSectionSize < CONTAINER_MIN) {
        validationError(EOFErrorMessage.CONTAINER_SECTION_SIZE);
      }
      if (containerSectionSize > CONTAINER_MAX) {
        validationError(EOFErrorMessage.CONTAINER_SECTION_SIZE);
      }
      for (let i = 0; i < containerSectionSize; i++) {
        const containerSize = stream.readUint16(EOFErrorMessage.CONTAINER_SECTION);
        if (containerSize < CONTAINER_SIZE_MIN) {
          validationError(EOFErrorMessage.CONTAINER_SECTION_MIN);
        }
        containerSizes.push(containerSize);
      }
      nextSection = stream.readUint();
    }
    if (nextSection !== KIND_DATA) {
      validationError(EOFErrorMessage.KIND_DATA);
    }
    this.dataSizePtr = stream.getPtr();
    const dataSize = stream.readUint16(EOFErrorMessage.DATA_SIZE);
    stream.verifyUint(TERMINATOR, EOFErrorMessage.TERMINATOR);
    this.typeSize = typeSize;
    this.codeSizes = codeSizes;
    this.containerSizes = containerSizes;
    this.dataSize = dataSize;
    this.buffer = input.slice(0, stream.getPtr());
    const relativeOffset = this.buffer.length + this.typeSize;
    this.codeStartPos = [relativeOffset];
  }
  sections() {
    return [this.typeSize, this.codeSizes, this.containerSizes, this.dataSize];
  }
  sectionSizes() {
    return [1, this.codeSizes.length, this.containerSizes.length, 1];
  }
  // Returns the code position in the container for the requested section
  // Setting the Program Counter in the EVM to a number of this array would start executing the bytecode of the indexed section
  getCodePosition(section) {
    if (this.codeStartPos[section]) {
      return this.codeStartPos[section];
    }
    const start = this.codeStartPos.length;
    let offset = this.codeStartPos[start - 1];
    for (let i = start; i <= section; i++) {
      offset += this.codeSizes[i - 1];
      this.codeStartPos[i] = offset;
    }
    return offset;
  }
  // Returns the code section for a given program counter position
  getSectionFromProgramCounter(programCounter) {
    const lastIndex = this.codeSizes.length - 1;
    const lastStart = this.getCodePosition(lastIndex);
    const lastEnd = lastStart + this.codeSizes[lastIndex];
    if (programCounter < 0 || programCounter > lastEnd) {
      throw EthereumJSErrorWithoutCode("program counter out of bounds");
    }
    if (this.codeStartPos.length < this.codeSizes.length) {
      this.getCodePosition(this.codeSizes.length - 1);
    }
    for (let i = 0; i < this.codeSizes.length; i++) {
      if (programCounter < this.codeStartPos[i] + this.codeSizes[i]) {
        return i;
      }
    }
    throw EthereumJSErrorWithoutCode(`Invalid program counter value: ${programCounter}`);
  }
};
var EOFBody = class {
  // and these are used for the CALLDATA in the EVM when trying to create a contract via a transaction, and the deployment code is an EOF container
  constructor(buf, header, eofMode = EOFContainerMode.Default, dataSectionAllowedSmaller = false) {
    const stream = new StreamReader(buf);
    const typeSections = [];
    for (let i = 0; i < header.typeSize / 4; i++) {
      const inputs = stream.readUint(EOFErrorMessage.INPUTS);
      const outputs = stream.readUint(EOFErrorMessage.OUTPUTS);
      const maxStackHeight = stream.readUint16(EOFErrorMessage.MAX_STACK_HEIGHT);
      if (i === 0) {
        if (inputs !== 0) {
          validationError(EOFErrorMessage.CODE0_INPUTS);
        }
        if (outputs !== 128) {
          validationError(EOFErrorMessage.CODE0_OUTPUTS);
        }
      }
      if (inputs > INPUTS_MAX) {
        validationError(EOFErrorMessage.MAX_INPUTS, i, inputs);
      }
      if (outputs > OUTPUTS_MAX) {
        validationError(EOFErrorMessage.MAX_OUTPUTS, i, outputs);
      }
      if (maxStackHeight > MAX_STACK_HEIGHT) {
        validationError(EOFErrorMessage.MAX_STACK_HEIGHT_LIMIT, i, maxStackHeight);
      }
      typeSections.push({
        inputs,
        outputs,
        maxStackHeight
      });
    }
    const codeStartPtr = stream.getPtr();
    const codes = [];
    for (const [i, codeSize] of header.codeSizes.entries()) {
      try {
        const code = stream.readBytes(codeSize);
        codes.push(code);
      } catch {
        validationError(EOFErrorMessage.CODE_SECTION, i);
      }
    }
    const entireCodeSection = buf.slice(codeStartPtr, stream.getPtr());
    const containers = [];
    for (const [i, containerSize] of header.containerSizes.entries()) {
      try {
        const container = stream.readBytes(containerSize);
        containers.push(container);
      } catch {
        validationError(EOFErrorMessage.CONTAINER_SECTION, i);
      }
    }
    let dataSection;
    if (eofMode !== EOFContainerMode.Initmode && !dataSectionAllowedSmaller) {
      dataSection = stream.readBytes(header.dataSize, EOFErrorMessage.DATA_SECTION);
      if (eofMode === EOFContainerMode.Default) {
        if (!stream.isAtEnd()) {
          validationError(EOFErrorMessage.DANGLING_BYTES);
        }
      } else {
        this.txCallData = stream.readRemainder();
      }
    } else {
      dataSection = stream.readRemainder();
      if (dataSection.length > header.dataSize) {
        validationError(EOFErrorMessage.DANGLING_BYTES);
      }
    }
    this.typeSections = typeSections;
    this.codeSections = codes;
    this.containerSections = containers;
    this.entireCode = entireCodeSection;
    this.dataSection = dataSection;
    this.buffer = buf;
  }
  sections() {
    return [this.typeSections, this.codeSections, this.dataSection];
  }
  size() {
    return {
      typeSize: this.typeSections.length,
      codeSize: this.codeSections.length,
      dataSize: this.dataSection.length
    };
  }
  sectionSizes() {
    return [
      this.typeSections.map(() => 4),
      this.codeSections.map((b) => b.length),
      this.dataSection.length
    ];
  }
};
var EOFContainer = class {
  /**
   * Parses and validates an EOF container from raw bytes.
   *
   * @param dataSectionAllowedSmaller When `true`, the body data section may be shorter than the header size (deployment subcontainers).
   */
  constructor(buf, eofMode = EOFContainerMode.Default, dataSectionAllowedSmaller = false) {
    this.eofMode = eofMode;
    this.header = new EOFHeader(buf);
    this.body = new EOFBody(buf.slice(this.header.buffer.length), this.header, eofMode, dataSectionAllowedSmaller);
    this.buffer = buf;
  }
};
function validateEOF(input, evm, containerMode = ContainerSectionType.RuntimeCode, eofMode = EOFContainerMode.Default) {
  const container = new EOFContainer(input, eofMode, containerMode === ContainerSectionType.DeploymentCode);
  const containerMap = verifyCode(container, evm, containerMode);
  for (let i = 0; i < container.body.containerSections.length; i++) {
    const subContainer = container.body.containerSections[i];
    const mode = containerMap.get(i);
    validateEOF(subContainer, evm, mode);
  }
  return container;
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/errors.js
var EVMErrorTypeString = "EVMError";
var EVMErrorMessage = {
  OUT_OF_GAS: "out of gas",
  CODESTORE_OUT_OF_GAS: "code store out of gas",
  CODESIZE_EXCEEDS_MAXIMUM: "code size to deposit exceeds maximum code size",
  STACK_UNDERFLOW: "stack underflow",
  STACK_OVERFLOW: "stack overflow",
  INVALID_JUMP: "invalid JUMP",
  INVALID_OPCODE: "invalid opcode",
  OUT_OF_RANGE: "value out of range",
  REVERT: "revert",
  STATIC_STATE_CHANGE: "static state change",
  INTERNAL_ERROR: "internal error",
  CREATE_COLLISION: "create collision",
  STOP: "stop",
  REFUND_EXHAUSTED: "refund exhausted",
  VALUE_OVERFLOW: "value overflow",
  INSUFFICIENT_BALANCE: "insufficient balance",
  INVALID_BYTECODE_RESULT: "invalid bytecode deployed",
  INITCODE_SIZE_VIOLATION: "initcode exceeds max initcode size",
  INVALID_INPUT_LENGTH: "invalid input length",
  INVALID_EOF_FORMAT: "invalid EOF format",
  BLS_12_381_INVALID_INPUT_LENGTH: "invalid input length",
  BLS_12_381_POINT_NOT_ON_CURVE: "point not on curve",
  BLS_12_381_INPUT_EMPTY: "input is empty",
  BLS_12_381_FP_NOT_IN_FIELD: "fp point not in field",
  BN254_FP_NOT_IN_FIELD: "fp point not in field",
  INVALID_COMMITMENT: "kzg commitment does not match versioned hash",
  INVALID_INPUTS: "kzg inputs invalid",
  INVALID_PROOF: "kzg proof invalid"
};
var EVMError = class {
  constructor(error) {
    this.error = error;
    this.errorType = EVMErrorTypeString;
  }
};
EVMError.errorMessages = EVMErrorMessage;

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/evm.js
var import_debug3 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eip7708.js
var EIP7708_SYSTEM_ADDRESS = SYSTEM_ADDRESS_BYTES;
var EIP7708_TRANSFER_TOPIC = hexToBytes4("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
var EIP7708_BURN_TOPIC = hexToBytes4("0xcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca5");
function createEIP7708TransferLog(from, to, value) {
  const fromTopic = setLengthLeft(from.bytes, 32);
  const toTopic = setLengthLeft(to.bytes, 32);
  const data = setLengthLeft(bigIntToBytes(value), 32);
  return [EIP7708_SYSTEM_ADDRESS, [EIP7708_TRANSFER_TOPIC, fromTopic, toTopic], data];
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eip8037.js
function activeCostPerStateByte(common, _blockGasLimit) {
  return common.param("costPerStateByte");
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/util.js
var EOFBYTES = new Uint8Array([FORMAT, MAGIC]);
var EOFHASH = keccak_256(EOFBYTES);
function isEOF(code) {
  const check = code.subarray(0, EOFBYTES.length);
  return equalsBytes(EOFBYTES, check);
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/interpreter.js
var import_debug = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/eof/setup.js
function setupEOF(runState, eofMode = EOFContainerMode.Default) {
  runState.env.eof = {
    container: new EOFContainer(runState.code, eofMode),
    eofRunState: {
      returnStack: []
      // Return stack for RETF/CALLF/JUMPF
    }
  };
  if (runState.env.eof.container.body.txCallData !== void 0) {
    runState.env.callData = runState.env.eof.container.body.txCallData;
  }
  const pc = runState.env.eof.container.header.getCodePosition(0);
  runState.programCounter = pc;
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/memory.js
var ceil = (value, ceiling) => {
  const r = value % ceiling;
  if (r === 0) {
    return value;
  } else {
    return value + ceiling - r;
  }
};
var CONTAINER_SIZE = 8192;
var Memory = class {
  constructor() {
    this._store = new Uint8Array(CONTAINER_SIZE);
  }
  /**
   * Extends the memory given an offset and size. Rounds extended
   * memory to word-size.
   */
  extend(offset, size) {
    if (size === 0) {
      return;
    }
    const newSize = ceil(offset + size, 32);
    const sizeDiff = newSize - this._store.length;
    if (sizeDiff > 0) {
      const expandBy = Math.ceil(sizeDiff / CONTAINER_SIZE) * CONTAINER_SIZE;
      this._store = concatBytes4(this._store, new Uint8Array(expandBy));
    }
  }
  /**
   * Writes a byte array with length `size` to memory, starting from `offset`.
   * @param offset - Starting position
   * @param size - How many bytes to write
   * @param value - Value
   */
  write(offset, size, value) {
    if (size === 0) {
      return;
    }
    this.extend(offset, size);
    if (value.length !== size)
      throw EthereumJSErrorWithoutCode("Invalid value size");
    if (offset + size > this._store.length)
      throw EthereumJSErrorWithoutCode("Value exceeds memory capacity");
    this._store.set(value, offset);
  }
  /**
   * Reads a memory slice from `offset` through `offset + size`, zero-filling past the current length.
   *
   * @param avoidCopy - When true, return a subarray view instead of copying (caller must not mutate)
   */
  read(offset, size, avoidCopy) {
    this.extend(offset, size);
    const loaded = this._store.subarray(offset, offset + size);
    if (avoidCopy === true) {
      return loaded;
    }
    const returnBytes = new Uint8Array(size);
    returnBytes.set(loaded);
    return returnBytes;
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/message.js
var defaults = {
  value: BIGINT_02,
  caller: createZeroAddress(),
  data: new Uint8Array(0),
  depth: 0,
  isStatic: false,
  isCompiled: false,
  delegatecall: false,
  gasRefund: BIGINT_02
};
var Message = class {
  constructor(opts) {
    this.to = opts.to;
    this.value = opts.value ?? defaults.value;
    this.caller = opts.caller ?? defaults.caller;
    this.gasLimit = opts.gasLimit;
    this.data = opts.data ?? defaults.data;
    this.eofCallData = opts.eofCallData;
    this.depth = opts.depth ?? defaults.depth;
    this.code = opts.code;
    this._codeAddress = opts.codeAddress;
    this.isStatic = opts.isStatic ?? defaults.isStatic;
    this.isCompiled = opts.isCompiled ?? defaults.isCompiled;
    this.salt = opts.salt;
    this.selfdestruct = opts.selfdestruct;
    this.createdAddresses = opts.createdAddresses;
    this.delegatecall = opts.delegatecall ?? defaults.delegatecall;
    this.gasRefund = opts.gasRefund ?? defaults.gasRefund;
    this.blobVersionedHashes = opts.blobVersionedHashes;
    this.accessWitness = opts.accessWitness;
    if (this.value < 0) {
      throw EthereumJSErrorWithoutCode(`value field cannot be negative, received ${this.value}`);
    }
  }
  /**
   * Note: should only be called in instances where `_codeAddress` or `to` is defined.
   */
  get codeAddress() {
    const codeAddress = this._codeAddress ?? this.to;
    if (!codeAddress) {
      throw EthereumJSErrorWithoutCode("Missing codeAddress");
    }
    return codeAddress;
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/EIP2929.js
function getAddressAccessCost(runState, address, common, chargeGas = true, isSelfdestruct = false) {
  if (!common.isActivatedEIP(2929))
    return BIGINT_02;
  const isCold = !runState.interpreter.journal.isWarmedAddress(address);
  if (isCold) {
    if (chargeGas && !common.isActivatedEIP(7864)) {
      return common.param("coldaccountaccessGas");
    } else if (chargeGas && common.isActivatedEIP(7864)) {
      return common.param("warmstoragereadGas");
    }
  } else if (chargeGas && !isSelfdestruct) {
    return common.param("warmstoragereadGas");
  }
  return BIGINT_02;
}
function warmAddress(runState, address) {
  if (!runState.interpreter.journal.isWarmedAddress(address)) {
    runState.interpreter.journal.addWarmedAddress(address);
  }
}
function addAddressToBAL(runState, address, common) {
  if (common.isActivatedEIP(7928)) {
    const addressHex = bytesToHex4(address);
    runState.interpreter._evm.blockLevelAccessList?.addAddress(addressHex);
  }
}
function accessAddressEIP2929(runState, address, common, chargeGas = true, isSelfdestruct = false) {
  if (!common.isActivatedEIP(2929))
    return BIGINT_02;
  const cost = getAddressAccessCost(runState, address, common, chargeGas, isSelfdestruct);
  warmAddress(runState, address);
  return cost;
}
function accessStorageEIP2929(runState, key, isSstore, common, chargeGas = true) {
  if (!common.isActivatedEIP(2929))
    return BIGINT_02;
  const address = runState.interpreter.getAddress().bytes;
  const slotIsCold = !runState.interpreter.journal.isWarmedStorage(address, key);
  if (slotIsCold) {
    runState.interpreter.journal.addWarmedStorage(address, key);
    if (chargeGas && !(common.isActivatedEIP(6800) || common.isActivatedEIP(7864))) {
      return common.param("coldsloadGas");
    }
  } else if (chargeGas && (!isSstore || common.isActivatedEIP(6800) || common.isActivatedEIP(7864))) {
    return common.param("warmstoragereadGas");
  }
  return BIGINT_02;
}
function adjustSstoreGasEIP2929(runState, key, defaultCost, costName, common) {
  if (!common.isActivatedEIP(2929))
    return defaultCost;
  const address = runState.interpreter.getAddress().bytes;
  const warmRead = common.param("warmstoragereadGas");
  const coldSload = common.param("coldsloadGas");
  if (runState.interpreter.journal.isWarmedStorage(address, key)) {
    switch (costName) {
      case "noop":
        return warmRead;
      case "initRefund":
        return common.param("sstoreInitEIP2200Gas") - warmRead;
      case "cleanRefund":
        return common.param("sstoreResetGas") - coldSload - warmRead;
    }
  }
  return defaultCost;
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/util.js
var MASK_160 = (BIGINT_1 << BIGINT_160) - BIGINT_1;
function mod2(a, b) {
  let r = a % b;
  if (r < BIGINT_02) {
    r = b + r;
  }
  return r;
}
function fromTwos(a) {
  return BigInt.asIntN(256, a);
}
function toTwos(a) {
  return BigInt.asUintN(256, a);
}
var N = BigInt(1157920892373162e62);
function exponentiation(bas, exp) {
  let t = BIGINT_1;
  while (exp > BIGINT_02) {
    if (exp % BIGINT_2 !== BIGINT_02) {
      t = t * bas % N;
    }
    bas = bas * bas % N;
    exp = exp / BIGINT_2;
  }
  return t;
}
function createAddressFromStackBigInt(value) {
  const maskedValue = value & MASK_160;
  return createAddressFromBigInt(maskedValue);
}
function setLengthLeftStorage(value) {
  if (equalsBytes(value, new Uint8Array(value.length))) {
    return new Uint8Array(0);
  } else {
    return setLengthLeft(value, 32);
  }
}
function trap(err) {
  throw new EVMError(err);
}
function readImmediateByteOrZero(runState) {
  const immediate = runState.code[runState.programCounter] ?? 0;
  runState.programCounter++;
  return immediate;
}
function describeLocation(runState) {
  const keccakFunction = runState.interpreter._evm.common.customCrypto.keccak256 ?? keccak_256;
  const hash2 = bytesToHex4(keccakFunction(runState.interpreter.getCode()));
  const address = runState.interpreter.getAddress().toString();
  const pc = runState.programCounter - 1;
  return `${hash2}/${address}:${pc}`;
}
function divCeil(a, b) {
  const div = a / b;
  const modulus = mod2(a, b);
  if (modulus === BIGINT_02)
    return div;
  return div < BIGINT_02 ? div - BIGINT_1 : div + BIGINT_1;
}
function getDataSlice(data, offset, length) {
  const len = BigInt(data.length);
  if (offset > len) {
    offset = len;
  }
  let end = offset + length;
  if (end > len) {
    end = len;
  }
  data = data.subarray(Number(offset), Number(end));
  data = setLengthRight(data, Number(length));
  return data;
}
function getFullname(code, name) {
  switch (name) {
    case "LOG":
      name += code - 160;
      break;
    case "PUSH":
      name += code - 95;
      break;
    case "DUP":
      name += code - 127;
      break;
    case "SWAP":
      name += code - 143;
      break;
  }
  return name;
}
function jumpIsValid(runState, dest) {
  return runState.validJumps[dest] === 1;
}
function maxCallGas(gasLimit, gasLeft, runState, common) {
  if (common.gteHardfork(Hardfork.TangerineWhistle)) {
    const gasAllowed = gasLeft - gasLeft / BIGINT_64;
    return gasLimit > gasAllowed ? gasAllowed : gasLimit;
  } else {
    return gasLimit;
  }
}
function subMemUsage(runState, offset, length, common) {
  if (length === BIGINT_02)
    return BIGINT_02;
  const newMemoryWordCount = divCeil(offset + length, BIGINT_32);
  if (newMemoryWordCount <= runState.memoryWordCount)
    return BIGINT_02;
  const words = newMemoryWordCount;
  const fee = common.param("memoryGas");
  const quadCoefficient = common.param("quadCoefficientDivGas");
  let cost = words * fee + words * words / quadCoefficient;
  if (cost > runState.highestMemCost) {
    const currentHighestMemCost = runState.highestMemCost;
    runState.highestMemCost = cost;
    cost -= currentHighestMemCost;
  }
  runState.memoryWordCount = newMemoryWordCount;
  return cost;
}
function writeCallOutput(runState, outOffset, outLength) {
  const returnData = runState.interpreter.getReturnData();
  if (returnData.length > 0) {
    const memOffset = Number(outOffset);
    let dataLength = Number(outLength);
    if (BigInt(returnData.length) < dataLength) {
      dataLength = returnData.length;
    }
    const data = getDataSlice(returnData, BIGINT_02, BigInt(dataLength));
    runState.memory.extend(memOffset, dataLength);
    runState.memory.write(memOffset, dataLength, data);
  }
}
function updateSstoreGas(runState, currentStorage, value, common) {
  if (value.length === 0 && currentStorage.length === 0 || value.length > 0 && currentStorage.length > 0) {
    const gas = common.param("sstoreResetGas");
    return gas;
  } else if (value.length === 0 && currentStorage.length > 0) {
    const gas = common.param("sstoreResetGas");
    runState.interpreter.refundGas(common.param("sstoreRefundGas"), "updateSstoreGas");
    return gas;
  } else {
    return common.param("sstoreSetGas");
  }
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/EIP7928.js
function canAfford(runState, regularGas, stateGas = BIGINT_02) {
  const gasLeft = runState.interpreter.getGasLeft();
  const reservoir = runState.interpreter._evm.stateGasReservoir;
  return regularGas + stateGas <= gasLeft + reservoir;
}
function newAccountStateGasCost(common, runState) {
  if (!common.isActivatedEIP(8037)) {
    return BIGINT_02;
  }
  const stateBytesPerNewAccount = common.param("stateBytesPerNewAccount");
  const blockGasLimit2 = runState.env.block.header.gasLimit;
  const costPerStateByte = activeCostPerStateByte(common, blockGasLimit2);
  return stateBytesPerNewAccount * costPerStateByte;
}
async function createNewAccountStateGasIfCharged(runState, common, targetAddress) {
  if (!common.isActivatedEIP(8037)) {
    return BIGINT_02;
  }
  const account = await runState.stateManager.getAccount(new Address(targetAddress));
  if (account !== void 0 && !account.isEmpty()) {
    return BIGINT_02;
  }
  return newAccountStateGasCost(common, runState);
}
function eip7928TrapPreTarget(runState, common, gas) {
  if (common.isActivatedEIP(7928) && gas > runState.interpreter.getGasLeft()) {
    trap(EVMError.errorMessages.OUT_OF_GAS);
  }
}
function eip7928SchedulePostTargetCallOog(runState, outOffset, outLength) {
  runState.eip7928PostTargetCallOog = { outOffset, outLength };
  runState.interpreter._evm.eip7928CallPostTargetOog = true;
  return runState.interpreter.getGasLeft();
}
function eip7928PostTargetCreateOog(_runState, _common, _gas) {
  trap(EVMError.errorMessages.OUT_OF_GAS);
}
function postTargetCallOogOrTrap(runState, common, outOffset, outLength) {
  if (!common.isActivatedEIP(7928)) {
    trap(EVMError.errorMessages.OUT_OF_GAS);
  }
  return eip7928SchedulePostTargetCallOog(runState, outOffset, outLength);
}
function consumeEip7928PostTargetCallOog(runState) {
  const pending = runState.eip7928PostTargetCallOog;
  if (pending === void 0) {
    return;
  }
  runState.eip7928PostTargetCallOog = void 0;
  writeCallOutput(runState, pending.outOffset, pending.outLength);
  trap(EVMError.errorMessages.OUT_OF_GAS);
}
async function getCallNewAccountPostCosts(runState, common, toAddress) {
  let createsNewAccount = false;
  if (common.gteHardfork(Hardfork.SpuriousDragon)) {
    const account = await runState.stateManager.getAccount(toAddress);
    if (account === void 0 || account.isEmpty()) {
      createsNewAccount = true;
    }
  } else if (await runState.stateManager.getAccount(toAddress) === void 0) {
    createsNewAccount = true;
  }
  if (!createsNewAccount) {
    return { regular: BIGINT_02, state: BIGINT_02, createsNewAccount: false };
  }
  return {
    regular: common.param("callNewAccountGas"),
    state: newAccountStateGasCost(common, runState),
    createsNewAccount: true
  };
}
function commitTargetAccess(runState, toAddress, common) {
  if (common.isActivatedEIP(2929)) {
    warmAddress(runState, toAddress.bytes);
  }
  addAddressToBAL(runState, toAddress.bytes, common);
}
function finalizeCallMessageGas(runState, common, gas, currentGasLimit, newAccountStateGas, outOffset, outLength) {
  const gasLimit = maxCallGas(currentGasLimit, runState.interpreter.getGasLeft() - gas, runState, common);
  if (common.isActivatedEIP(7928)) {
    if (!canAfford(runState, gas, newAccountStateGas)) {
      return eip7928SchedulePostTargetCallOog(runState, outOffset, outLength);
    }
  }
  if (gasLimit > runState.interpreter.getGasLeft() - gas) {
    return postTargetCallOogOrTrap(runState, common, outOffset, outLength);
  }
  if (gas > runState.interpreter.getGasLeft()) {
    return postTargetCallOogOrTrap(runState, common, outOffset, outLength);
  }
  if (common.isActivatedEIP(8037) && newAccountStateGas > BIGINT_02) {
    runState.interpreter.chargeStateGas(newAccountStateGas, "CALL pre-charge new_account");
  }
  runState.lastCallNewAccountStateGas = common.isActivatedEIP(8037) ? newAccountStateGas : BIGINT_02;
  runState.messageGasLimit = gasLimit;
  return gas;
}
async function callFamilyGas(runState, gas, common, opts) {
  const { currentGasLimit, toAddress, value, inOffset, inLength, outOffset, outLength, includeValueTransfer, includeNewAccountPostCheck, eip7702GetAccessCost: eip7702GetAccessCost2, eip7702WarmAddress: eip7702WarmAddress2 } = opts;
  gas += subMemUsage(runState, inOffset, inLength, common);
  gas += subMemUsage(runState, outOffset, outLength, common);
  eip7928TrapPreTarget(runState, common, gas);
  let charge2929Gas = true;
  if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.interpreter._evm.getPrecompile(toAddress) === void 0) {
    const coldAccessGas = runState.env.accessWitness.readAccountBasicData(toAddress);
    if (includeValueTransfer && value !== BIGINT_02) {
      const contractAddress = runState.interpreter.getAddress();
      gas += runState.env.accessWitness.writeAccountBasicData(contractAddress);
      gas += runState.env.accessWitness.writeAccountBasicData(toAddress);
    }
    gas += coldAccessGas;
    charge2929Gas = coldAccessGas === BIGINT_02;
  }
  if (common.isActivatedEIP(2929)) {
    gas += getAddressAccessCost(runState, toAddress.bytes, common, charge2929Gas);
  }
  let valueTransferGas = BIGINT_02;
  if (includeValueTransfer && value !== BIGINT_02 && !common.isActivatedEIP(6800) && !common.isActivatedEIP(7864)) {
    valueTransferGas = common.param("callValueTransferGas");
  }
  eip7928TrapPreTarget(runState, common, gas + valueTransferGas);
  commitTargetAccess(runState, toAddress, common);
  gas += valueTransferGas;
  let newAccountStateGas = BIGINT_02;
  if (includeNewAccountPostCheck && (value !== BIGINT_02 || !common.gteHardfork(Hardfork.SpuriousDragon))) {
    const { regular, state } = await getCallNewAccountPostCosts(runState, common, toAddress);
    gas += regular;
    newAccountStateGas = state;
  }
  if (common.isActivatedEIP(7702)) {
    const { gas: delegationGas, delegationAddress } = await eip7702GetAccessCost2(runState, common, toAddress, charge2929Gas);
    gas += delegationGas;
    if (delegationAddress !== null) {
      if (common.isActivatedEIP(7928)) {
        if (gas > runState.interpreter.getGasLeft()) {
          return postTargetCallOogOrTrap(runState, common, outOffset, outLength);
        }
        eip7702WarmAddress2(runState, delegationAddress);
        addAddressToBAL(runState, delegationAddress, common);
      } else {
        eip7702WarmAddress2(runState, delegationAddress);
      }
    }
  }
  return finalizeCallMessageGas(runState, common, gas, currentGasLimit, newAccountStateGas, outOffset, outLength);
}
async function create7928Gas(runState, gas, common, opts, getCreateTargetAddressBytes2) {
  const { offset, length, salt, extraPreTargetGas = BIGINT_02, preChargeLabel } = opts;
  if (common.isActivatedEIP(3860) && length > Number(common.param("maxInitCodeSize")) && !runState.interpreter._evm.allowUnlimitedInitCodeSize) {
    trap(EVMError.errorMessages.INITCODE_SIZE_VIOLATION);
  }
  gas += subMemUsage(runState, offset, length, common);
  if (common.isActivatedEIP(3860)) {
    gas += (length + BIGINT_31) / BIGINT_32 * common.param("initCodeWordGas");
  }
  gas += extraPreTargetGas;
  eip7928TrapPreTarget(runState, common, gas);
  let initCode = new Uint8Array(0);
  if (length !== BIGINT_02) {
    initCode = runState.memory.read(Number(offset), Number(length), true);
  }
  const targetAddress = await getCreateTargetAddressBytes2(runState, initCode, salt);
  const newAccountStateGas = await createNewAccountStateGasIfCharged(runState, common, targetAddress);
  if (common.isActivatedEIP(2929) && !common.isActivatedEIP(8038)) {
    warmAddress(runState, targetAddress);
  }
  if (common.isActivatedEIP(2929)) {
    gas += accessAddressEIP2929(runState, runState.interpreter.getAddress().bytes, common, false);
  }
  if (common.isActivatedEIP(8037)) {
    if (!canAfford(runState, gas, newAccountStateGas)) {
      addAddressToBAL(runState, targetAddress, common);
      runState.lastCreateNewAccountStateGas = BIGINT_02;
      return eip7928PostTargetCreateOog(runState, common, gas);
    }
    if (gas > runState.interpreter.getGasLeft()) {
      addAddressToBAL(runState, targetAddress, common);
      runState.lastCreateNewAccountStateGas = BIGINT_02;
      return eip7928PostTargetCreateOog(runState, common, gas);
    }
    if (gas > BIGINT_02) {
      runState.interpreter.useGas(gas, preChargeLabel);
      gas = BIGINT_02;
    }
    if (newAccountStateGas > BIGINT_02) {
      runState.interpreter.chargeStateGas(newAccountStateGas, `${preChargeLabel} new_account`);
    }
    runState.lastCreateNewAccountStateGas = newAccountStateGas;
  } else if (gas > runState.interpreter.getGasLeft()) {
    addAddressToBAL(runState, targetAddress, common);
    return eip7928PostTargetCreateOog(runState, common, gas);
  }
  if (runState.interpreter.isStatic()) {
    trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
  }
  let gasLimit = BigInt(runState.interpreter.getGasLeft()) - gas;
  gasLimit = maxCallGas(gasLimit, gasLimit, runState, common);
  if (gas > runState.interpreter.getGasLeft()) {
    addAddressToBAL(runState, targetAddress, common);
    return eip7928PostTargetCreateOog(runState, common, gas);
  }
  runState.messageGasLimit = gasLimit;
  return gas;
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/EIP8024.js
function isEIP8024SingleImmediateValid(immediate) {
  return immediate <= 90 || immediate >= 128;
}
function decodeEIP8024SingleImmediate(immediate) {
  if (!isEIP8024SingleImmediateValid(immediate)) {
    trap(EVMError.errorMessages.INVALID_OPCODE);
  }
  return immediate + 145 & 255;
}
function isEIP8024PairImmediateValid(immediate) {
  return immediate <= 81 || immediate >= 128;
}
function decodeEIP8024PairImmediate(immediate) {
  if (!isEIP8024PairImmediateValid(immediate)) {
    trap(EVMError.errorMessages.INVALID_OPCODE);
  }
  const k = immediate ^ 143;
  const q = k >> 4 & 15;
  const r = k & 15;
  if (q < r) {
    return [q + 1, r + 1];
  }
  return [r + 1, 29 - q];
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/functions.js
var handlers = /* @__PURE__ */ new Map([
  // 0x00: STOP
  [
    0,
    function() {
      trap(EVMError.errorMessages.STOP);
    }
  ],
  // 0x01: ADD
  [
    1,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = mod2(a + b, TWO_POW256);
      runState.stack.push(r);
    }
  ],
  // 0x02: MUL
  [
    2,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = mod2(a * b, TWO_POW256);
      runState.stack.push(r);
    }
  ],
  // 0x03: SUB
  [
    3,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = mod2(a - b, TWO_POW256);
      runState.stack.push(r);
    }
  ],
  // 0x04: DIV
  [
    4,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      let r;
      if (b === BIGINT_02) {
        r = BIGINT_02;
      } else {
        r = mod2(a / b, TWO_POW256);
      }
      runState.stack.push(r);
    }
  ],
  // 0x05: SDIV
  [
    5,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      let r;
      if (b === BIGINT_02) {
        r = BIGINT_02;
      } else {
        r = toTwos(fromTwos(a) / fromTwos(b));
      }
      runState.stack.push(r);
    }
  ],
  // 0x06: MOD
  [
    6,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      let r;
      if (b === BIGINT_02) {
        r = b;
      } else {
        r = mod2(a, b);
      }
      runState.stack.push(r);
    }
  ],
  // 0x07: SMOD
  [
    7,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      let r;
      if (b === BIGINT_02) {
        r = b;
      } else {
        r = fromTwos(a) % fromTwos(b);
      }
      runState.stack.push(toTwos(r));
    }
  ],
  // 0x08: ADDMOD
  [
    8,
    function(runState) {
      const [a, b, c] = runState.stack.popN(3);
      let r;
      if (c === BIGINT_02) {
        r = BIGINT_02;
      } else {
        r = mod2(a + b, c);
      }
      runState.stack.push(r);
    }
  ],
  // 0x09: MULMOD
  [
    9,
    function(runState) {
      const [a, b, c] = runState.stack.popN(3);
      let r;
      if (c === BIGINT_02) {
        r = BIGINT_02;
      } else {
        r = mod2(a * b, c);
      }
      runState.stack.push(r);
    }
  ],
  // 0x0a: EXP
  [
    10,
    function(runState) {
      const [base, exponent] = runState.stack.popN(2);
      if (base === BIGINT_2) {
        switch (exponent) {
          case BIGINT_96:
            runState.stack.push(BIGINT_2EXP96);
            return;
          case BIGINT_160:
            runState.stack.push(BIGINT_2EXP160);
            return;
          case BIGINT_224:
            runState.stack.push(BIGINT_2EXP224);
            return;
        }
      }
      if (exponent === BIGINT_02) {
        runState.stack.push(BIGINT_1);
        return;
      }
      if (base === BIGINT_02) {
        runState.stack.push(base);
        return;
      }
      const r = exponentiation(base, exponent);
      runState.stack.push(r);
    }
  ],
  // 0x0b: SIGNEXTEND
  [
    11,
    function(runState) {
      let [k, val] = runState.stack.popN(2);
      if (k < BIGINT_31) {
        const signBit = k * BIGINT_8 + BIGINT_7;
        const mask = (BIGINT_1 << signBit) - BIGINT_1;
        if (val >> signBit & BIGINT_1) {
          val = val | BigInt.asUintN(256, ~mask);
        } else {
          val = val & mask;
        }
      }
      runState.stack.push(val);
    }
  ],
  // 0x10 range - bit ops
  // 0x10: LT
  [
    16,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = a < b ? BIGINT_1 : BIGINT_02;
      runState.stack.push(r);
    }
  ],
  // 0x11: GT
  [
    17,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = a > b ? BIGINT_1 : BIGINT_02;
      runState.stack.push(r);
    }
  ],
  // 0x12: SLT
  [
    18,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = fromTwos(a) < fromTwos(b) ? BIGINT_1 : BIGINT_02;
      runState.stack.push(r);
    }
  ],
  // 0x13: SGT
  [
    19,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = fromTwos(a) > fromTwos(b) ? BIGINT_1 : BIGINT_02;
      runState.stack.push(r);
    }
  ],
  // 0x14: EQ
  [
    20,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = a === b ? BIGINT_1 : BIGINT_02;
      runState.stack.push(r);
    }
  ],
  // 0x15: ISZERO
  [
    21,
    function(runState) {
      const a = runState.stack.pop();
      const r = a === BIGINT_02 ? BIGINT_1 : BIGINT_02;
      runState.stack.push(r);
    }
  ],
  // 0x16: AND
  [
    22,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = a & b;
      runState.stack.push(r);
    }
  ],
  // 0x17: OR
  [
    23,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = a | b;
      runState.stack.push(r);
    }
  ],
  // 0x18: XOR
  [
    24,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      const r = a ^ b;
      runState.stack.push(r);
    }
  ],
  // 0x19: NOT
  [
    25,
    function(runState) {
      const a = runState.stack.pop();
      const r = BigInt.asUintN(256, ~a);
      runState.stack.push(r);
    }
  ],
  // 0x1a: BYTE
  [
    26,
    function(runState) {
      const [pos, word] = runState.stack.popN(2);
      if (pos > BIGINT_32) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const r = word >> (BIGINT_31 - pos) * BIGINT_8 & BIGINT_255;
      runState.stack.push(r);
    }
  ],
  // 0x1b: SHL
  [
    27,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      if (a > BIGINT_256) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const r = b << a & MAX_INTEGER_BIGINT;
      runState.stack.push(r);
    }
  ],
  // 0x1c: SHR
  [
    28,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      if (a > 256) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const r = b >> a;
      runState.stack.push(r);
    }
  ],
  // 0x1d: SAR
  [
    29,
    function(runState) {
      const [a, b] = runState.stack.popN(2);
      let r;
      const bComp = BigInt.asIntN(256, b);
      const isSigned2 = bComp < 0;
      if (a > 256) {
        if (isSigned2) {
          r = MAX_INTEGER_BIGINT;
        } else {
          r = BIGINT_02;
        }
        runState.stack.push(r);
        return;
      }
      const c = b >> a;
      if (isSigned2) {
        const shiftedOutWidth = BIGINT_255 - a;
        const mask = MAX_INTEGER_BIGINT >> shiftedOutWidth << shiftedOutWidth;
        r = c | mask;
      } else {
        r = c;
      }
      runState.stack.push(r);
    }
  ],
  // 0x1e: CLZ
  [
    30,
    function(runState) {
      const x = runState.stack.pop();
      if (x === BIGINT_02) {
        runState.stack.push(BIGINT_256);
        return;
      }
      const binaryStr = x.toString(2);
      const leadingZeros = 256 - binaryStr.length;
      runState.stack.push(BigInt(leadingZeros));
    }
  ],
  // 0x20 range - crypto
  // 0x20: KECCAK256
  [
    32,
    function(runState, common) {
      const [offset, length] = runState.stack.popN(2);
      let data = new Uint8Array(0);
      if (length !== BIGINT_02) {
        data = runState.memory.read(Number(offset), Number(length));
      }
      const r = BigInt(bytesToHex4((common.customCrypto.keccak256 ?? keccak_256)(data)));
      runState.stack.push(r);
    }
  ],
  // 0x30 range - closure state
  // 0x30: ADDRESS
  [
    48,
    function(runState) {
      const address = bytesToBigInt(runState.interpreter.getAddress().bytes);
      runState.stack.push(address);
    }
  ],
  // 0x31: BALANCE
  [
    49,
    async function(runState) {
      const addressBigInt = runState.stack.pop();
      const address = createAddressFromStackBigInt(addressBigInt);
      const balance = await runState.interpreter.getExternalBalance(address);
      runState.stack.push(balance);
    }
  ],
  // 0x32: ORIGIN
  [
    50,
    function(runState) {
      runState.stack.push(runState.interpreter.getTxOrigin());
    }
  ],
  // 0x33: CALLER
  [
    51,
    function(runState) {
      runState.stack.push(runState.interpreter.getCaller());
    }
  ],
  // 0x34: CALLVALUE
  [
    52,
    function(runState) {
      runState.stack.push(runState.interpreter.getCallValue());
    }
  ],
  // 0x35: CALLDATALOAD
  [
    53,
    function(runState) {
      const pos = runState.stack.pop();
      if (pos > runState.interpreter.getCallDataSize()) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const i = Number(pos);
      let loaded = runState.interpreter.getCallData().subarray(i, i + 32);
      loaded = loaded.length ? loaded : Uint8Array.from([0]);
      let r = bytesToBigInt(loaded);
      if (loaded.length < 32) {
        r = r << BIGINT_8 * BigInt(32 - loaded.length);
      }
      runState.stack.push(r);
    }
  ],
  // 0x36: CALLDATASIZE
  [
    54,
    function(runState) {
      const r = runState.interpreter.getCallDataSize();
      runState.stack.push(r);
    }
  ],
  // 0x37: CALLDATACOPY
  [
    55,
    function(runState) {
      const [memOffset, dataOffset, dataLength] = runState.stack.popN(3);
      if (dataLength !== BIGINT_02) {
        const data = getDataSlice(runState.interpreter.getCallData(), dataOffset, dataLength);
        const memOffsetNum = Number(memOffset);
        const dataLengthNum = Number(dataLength);
        runState.memory.write(memOffsetNum, dataLengthNum, data);
      }
    }
  ],
  // 0x38: CODESIZE
  [
    56,
    function(runState) {
      runState.stack.push(runState.interpreter.getCodeSize());
    }
  ],
  // 0x39: CODECOPY
  [
    57,
    function(runState) {
      const [memOffset, codeOffset, dataLength] = runState.stack.popN(3);
      if (dataLength !== BIGINT_02) {
        const data = getDataSlice(runState.interpreter.getCode(), codeOffset, dataLength);
        const memOffsetNum = Number(memOffset);
        const lengthNum = Number(dataLength);
        runState.memory.write(memOffsetNum, lengthNum, data);
      }
    }
  ],
  // 0x3b: EXTCODESIZE
  [
    59,
    async function(runState) {
      const addressBigInt = runState.stack.pop();
      const address = createAddressFromStackBigInt(addressBigInt);
      if (runState.interpreter._evm.common.isActivatedEIP(7928)) {
        runState.interpreter._evm.blockLevelAccessList?.addAddress(address.toString());
      }
      const code = await runState.stateManager.getCode(address);
      if (isEOF(code)) {
        runState.stack.push(BigInt(EOFBYTES.length));
        return;
      }
      const size = BigInt(code.length);
      runState.stack.push(size);
    }
  ],
  // 0x3c: EXTCODECOPY
  [
    60,
    async function(runState) {
      const [addressBigInt, memOffset, codeOffset, dataLength] = runState.stack.popN(4);
      const address = createAddressFromStackBigInt(addressBigInt);
      if (runState.interpreter._evm.common.isActivatedEIP(7928)) {
        runState.interpreter._evm.blockLevelAccessList?.addAddress(address.toString());
      }
      if (dataLength !== BIGINT_02) {
        let code = await runState.stateManager.getCode(address);
        if (isEOF(code)) {
          code = EOFBYTES;
        }
        const data = getDataSlice(code, codeOffset, dataLength);
        const memOffsetNum = Number(memOffset);
        const lengthNum = Number(dataLength);
        runState.memory.write(memOffsetNum, lengthNum, data);
      }
    }
  ],
  // 0x3f: EXTCODEHASH
  [
    63,
    async function(runState) {
      const addressBigInt = runState.stack.pop();
      const address = createAddressFromStackBigInt(addressBigInt);
      if (runState.interpreter._evm.common.isActivatedEIP(7928)) {
        runState.interpreter._evm.blockLevelAccessList?.addAddress(address.toString());
      }
      const code = await runState.stateManager.getCode(address);
      if (isEOF(code)) {
        runState.stack.push(bytesToBigInt(EOFHASH));
        return;
      }
      const account = await runState.stateManager.getAccount(address);
      if (!account || account.isEmpty()) {
        runState.stack.push(BIGINT_02);
        return;
      }
      runState.stack.push(BigInt(bytesToHex4(account.codeHash)));
    }
  ],
  // 0x3d: RETURNDATASIZE
  [
    61,
    function(runState) {
      runState.stack.push(runState.interpreter.getReturnDataSize());
    }
  ],
  // 0x3e: RETURNDATACOPY
  [
    62,
    function(runState) {
      const [memOffset, returnDataOffset, dataLength] = runState.stack.popN(3);
      if (dataLength !== BIGINT_02) {
        const data = getDataSlice(runState.interpreter.getReturnData(), returnDataOffset, dataLength);
        const memOffsetNum = Number(memOffset);
        const lengthNum = Number(dataLength);
        runState.memory.write(memOffsetNum, lengthNum, data);
      }
    }
  ],
  // 0x3a: GASPRICE
  [
    58,
    function(runState) {
      runState.stack.push(runState.interpreter.getTxGasPrice());
    }
  ],
  // '0x40' range - block operations
  // 0x40: BLOCKHASH
  [
    64,
    async function(runState, common) {
      const number = runState.stack.pop();
      if (common.isActivatedEIP(7709)) {
        if (number >= runState.interpreter.getBlockNumber()) {
          runState.stack.push(BIGINT_02);
          return;
        }
        const diff = runState.interpreter.getBlockNumber() - number;
        if (diff > BIGINT_256 || diff <= BIGINT_02) {
          runState.stack.push(BIGINT_02);
          return;
        }
        const historyAddress = new Address(bigIntToAddressBytes(common.param("historyStorageAddress")));
        const historyServeWindow = common.param("historyServeWindow");
        const key = setLengthLeft(bigIntToBytes(number % historyServeWindow), 32);
        if (common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) {
          const statelessGas = runState.env.accessWitness.readAccountStorage(historyAddress, number);
          runState.interpreter.useGas(statelessGas, `BLOCKHASH`);
        }
        const storage = await runState.stateManager.getStorage(historyAddress, key);
        runState.stack.push(bytesToBigInt(storage));
      } else {
        const diff = runState.interpreter.getBlockNumber() - number;
        if (diff > BIGINT_256 || diff <= BIGINT_02) {
          runState.stack.push(BIGINT_02);
          return;
        }
        const block2 = await runState.blockchain.getBlock(Number(number));
        runState.stack.push(bytesToBigInt(block2.hash()));
      }
    }
  ],
  // 0x41: COINBASE
  [
    65,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlockCoinbase());
    }
  ],
  // 0x42: TIMESTAMP
  [
    66,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlockTimestamp());
    }
  ],
  // 0x43: NUMBER
  [
    67,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlockNumber());
    }
  ],
  // 0x44: DIFFICULTY (EIP-4399: supplanted as PREVRANDAO)
  [
    68,
    function(runState, common) {
      if (common.isActivatedEIP(4399)) {
        runState.stack.push(runState.interpreter.getBlockPrevRandao());
      } else {
        runState.stack.push(runState.interpreter.getBlockDifficulty());
      }
    }
  ],
  // 0x45: GASLIMIT
  [
    69,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlockGasLimit());
    }
  ],
  // 0x4b: SLOTNUM (EIP-7843)
  [
    75,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlockSlotNumber());
    }
  ],
  // 0x46: CHAINID
  [
    70,
    function(runState) {
      runState.stack.push(runState.interpreter.getChainId());
    }
  ],
  // 0x47: SELFBALANCE
  [
    71,
    function(runState) {
      runState.stack.push(runState.interpreter.getSelfBalance());
    }
  ],
  // 0x48: BASEFEE
  [
    72,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlockBaseFee());
    }
  ],
  // 0x49: BLOBHASH
  [
    73,
    function(runState) {
      const index = runState.stack.pop();
      if (runState.env.blobVersionedHashes.length > Number(index)) {
        runState.stack.push(BigInt(runState.env.blobVersionedHashes[Number(index)]));
      } else {
        runState.stack.push(BIGINT_02);
      }
    }
  ],
  // 0x4a: BLOBBASEFEE
  [
    74,
    function(runState) {
      runState.stack.push(runState.interpreter.getBlobBaseFee());
    }
  ],
  // 0x50 range - 'storage' and execution
  // 0x50: POP
  [
    80,
    function(runState) {
      runState.stack.pop();
    }
  ],
  // 0x51: MLOAD
  [
    81,
    function(runState) {
      const pos = runState.stack.pop();
      const word = runState.memory.read(Number(pos), 32, true);
      runState.stack.push(bytesToBigInt(word));
    }
  ],
  // 0x52: MSTORE
  [
    82,
    function(runState) {
      const [offset, word] = runState.stack.popN(2);
      const buf = setLengthLeft(bigIntToBytes(word), 32);
      const offsetNum = Number(offset);
      runState.memory.write(offsetNum, 32, buf);
    }
  ],
  // 0x53: MSTORE8
  [
    83,
    function(runState) {
      const [offset, byte] = runState.stack.popN(2);
      const buf = bigIntToBytes(byte & BIGINT_255);
      const offsetNum = Number(offset);
      runState.memory.write(offsetNum, 1, buf);
    }
  ],
  // 0x54: SLOAD
  [
    84,
    async function(runState) {
      const key = runState.stack.pop();
      const keyBuf = setLengthLeft(bigIntToBytes(key), 32);
      const value = await runState.interpreter.storageLoad(keyBuf);
      const valueBigInt = value.length ? bytesToBigInt(value) : BIGINT_02;
      runState.stack.push(valueBigInt);
    }
  ],
  // 0x55: SSTORE
  [
    85,
    async function(runState) {
      const [key, val] = runState.stack.popN(2);
      const keyBuf = setLengthLeft(bigIntToBytes(key), 32);
      let value;
      if (val === BIGINT_02) {
        value = Uint8Array.from([]);
      } else {
        value = bigIntToBytes(val);
      }
      const common = runState.interpreter._evm.common;
      let originalIsZero = false;
      let currentIsZero = false;
      const newIsZero = val === BIGINT_02;
      if (common.isActivatedEIP(8037)) {
        const current = await runState.interpreter.storageLoad(keyBuf, false, false);
        const original = await runState.interpreter.storageLoad(keyBuf, true, false);
        currentIsZero = current.length === 0;
        originalIsZero = original.length === 0;
      }
      await runState.interpreter.storageStore(keyBuf, value);
      if (common.isActivatedEIP(8037) && originalIsZero) {
        const stateBytes = common.param("stateBytesPerStorageSet");
        const costPerStateByte = activeCostPerStateByte(common, runState.env.block.header.gasLimit);
        const amount = stateBytes * costPerStateByte;
        if (currentIsZero && !newIsZero) {
          runState.interpreter.chargeStateGas(amount, "SSTORE");
          const addrKey = runState.interpreter.getAddress().toString();
          const evm = runState.interpreter._evm;
          const prior = evm.createdAccountStateGas.get(addrKey) ?? BIGINT_02;
          evm.createdAccountStateGas.set(addrKey, prior + amount);
        } else if (!currentIsZero && newIsZero) {
          runState.interpreter.creditStateGasRefund(amount, "SSTORE clear");
          const addrKey = runState.interpreter.getAddress().toString();
          const evm = runState.interpreter._evm;
          const prior = evm.createdAccountStateGas.get(addrKey) ?? BIGINT_02;
          const next = prior > amount ? prior - amount : BIGINT_02;
          evm.createdAccountStateGas.set(addrKey, next);
        }
      }
    }
  ],
  // 0x56: JUMP
  [
    86,
    function(runState) {
      const dest = runState.stack.pop();
      if (dest > runState.interpreter.getCodeSize()) {
        trap(EVMError.errorMessages.INVALID_JUMP + " at " + describeLocation(runState));
      }
      const destNum = Number(dest);
      if (!jumpIsValid(runState, destNum)) {
        trap(EVMError.errorMessages.INVALID_JUMP + " at " + describeLocation(runState));
      }
      runState.programCounter = destNum;
    }
  ],
  // 0x57: JUMPI
  [
    87,
    function(runState) {
      const [dest, cond] = runState.stack.popN(2);
      if (cond !== BIGINT_02) {
        if (dest > runState.interpreter.getCodeSize()) {
          trap(EVMError.errorMessages.INVALID_JUMP + " at " + describeLocation(runState));
        }
        const destNum = Number(dest);
        if (!jumpIsValid(runState, destNum)) {
          trap(EVMError.errorMessages.INVALID_JUMP + " at " + describeLocation(runState));
        }
        runState.programCounter = destNum;
      }
    }
  ],
  // 0x58: PC
  [
    88,
    function(runState) {
      runState.stack.push(BigInt(runState.programCounter - 1));
    }
  ],
  // 0x59: MSIZE
  [
    89,
    function(runState) {
      runState.stack.push(runState.memoryWordCount * BIGINT_32);
    }
  ],
  // 0x5a: GAS
  [
    90,
    function(runState) {
      runState.stack.push(runState.interpreter.getGasLeft());
    }
  ],
  // 0x5b: JUMPDEST
  [91, function() {
  }],
  // 0x5c: TLOAD (EIP 1153)
  [
    92,
    function(runState) {
      const key = runState.stack.pop();
      const keyBuf = setLengthLeft(bigIntToBytes(key), 32);
      const value = runState.interpreter.transientStorageLoad(keyBuf);
      const valueBN = value.length ? bytesToBigInt(value) : BIGINT_02;
      runState.stack.push(valueBN);
    }
  ],
  // 0x5d: TSTORE (EIP 1153)
  [
    93,
    function(runState) {
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      const [key, val] = runState.stack.popN(2);
      const keyBuf = setLengthLeft(bigIntToBytes(key), 32);
      let value;
      if (val === BIGINT_02) {
        value = Uint8Array.from([]);
      } else {
        value = bigIntToBytes(val);
      }
      runState.interpreter.transientStorageStore(keyBuf, value);
    }
  ],
  // 0x5e: MCOPY (5656)
  [
    94,
    function(runState) {
      const [dst, src, length] = runState.stack.popN(3);
      const data = runState.memory.read(Number(src), Number(length), true);
      runState.memory.write(Number(dst), Number(length), data);
    }
  ],
  // 0x5f: PUSH0
  [
    95,
    function(runState) {
      runState.stack.push(BIGINT_02);
    }
  ],
  // 0x60: PUSH
  [
    96,
    function(runState, common) {
      const numToPush = runState.opCode - 95;
      if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.env.chargeCodeAccesses === true) {
        const contract = runState.interpreter.getAddress();
        const startOffset = Math.min(runState.code.length, runState.programCounter + 1);
        const endOffset = Math.min(runState.code.length, startOffset + numToPush - 1);
        const statelessGas = runState.env.accessWitness.readAccountCodeChunks(contract, startOffset, endOffset);
        runState.interpreter.useGas(statelessGas, `PUSH`);
      }
      if (!runState.shouldDoJumpAnalysis) {
        runState.stack.push(runState.cachedPushes[runState.programCounter]);
        runState.programCounter += numToPush;
      } else {
        let loadedBytes = runState.code.subarray(runState.programCounter, runState.programCounter + numToPush);
        if (loadedBytes.length < numToPush) {
          loadedBytes = setLengthRight(loadedBytes, numToPush);
        }
        runState.programCounter += numToPush;
        runState.stack.push(bytesToBigInt(loadedBytes));
      }
    }
  ],
  // 0x80: DUP
  [
    128,
    function(runState) {
      const stackPos = runState.opCode - 127;
      runState.stack.dup(stackPos);
    }
  ],
  // 0x90: SWAP
  [
    144,
    function(runState) {
      const stackPos = runState.opCode - 143;
      runState.stack.swap(stackPos);
    }
  ],
  // 0xa0: LOG
  [
    160,
    function(runState) {
      const [memOffset, memLength] = runState.stack.popN(2);
      const topicsCount = runState.opCode - 160;
      const topics = runState.stack.popN(topicsCount);
      const topicsBuf = topics.map(function(a) {
        return setLengthLeft(bigIntToBytes(a), 32);
      });
      let mem = new Uint8Array(0);
      if (memLength !== BIGINT_02) {
        mem = runState.memory.read(Number(memOffset), Number(memLength));
      }
      runState.interpreter.log(mem, topicsCount, topicsBuf);
    }
  ],
  // 0xd0: DATALOAD
  [
    208,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const pos = runState.stack.pop();
      if (pos > runState.env.eof.container.body.dataSection.length) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const i = Number(pos);
      let loaded = runState.env.eof.container.body.dataSection.subarray(i, i + 32);
      loaded = loaded.length ? loaded : Uint8Array.from([0]);
      let r = bytesToBigInt(loaded);
      if (loaded.length < 32) {
        r = r << BIGINT_8 * BigInt(32 - loaded.length);
      }
      runState.stack.push(r);
    }
  ],
  // 0xd1: DATALOADN
  [
    209,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const toLoad = Number(bytesToBigInt(runState.code.subarray(runState.programCounter, runState.programCounter + 2)));
      const data = bytesToBigInt(runState.env.eof.container.body.dataSection.subarray(toLoad, toLoad + 32));
      runState.stack.push(data);
      runState.programCounter += 2;
    }
  ],
  // 0xd2: DATASIZE
  [
    210,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      runState.stack.push(BigInt(runState.env.eof.container.body.dataSection.length));
    }
  ],
  // 0xd3: DATACOPY
  [
    211,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const [memOffset, offset, size] = runState.stack.popN(3);
      if (size !== BIGINT_02) {
        const data = getDataSlice(runState.env.eof.container.body.dataSection, offset, size);
        const memOffsetNum = Number(memOffset);
        const dataLengthNum = Number(size);
        runState.memory.write(memOffsetNum, dataLengthNum, data);
      }
    }
  ],
  // 0xe0: RJUMP
  [
    224,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const code = runState.env.code;
        const rjumpDest = new DataView(code.buffer).getInt16(runState.programCounter);
        runState.programCounter += 2 + rjumpDest;
      }
    }
  ],
  // 0xe1: RJUMPI
  [
    225,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const cond = runState.stack.pop();
        if (cond > 0) {
          const code = runState.env.code;
          const rjumpDest = new DataView(code.buffer).getInt16(runState.programCounter);
          runState.programCounter += rjumpDest;
        }
        runState.programCounter += 2;
      }
    }
  ],
  // 0xe2: RJUMPV
  [
    226,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const code = runState.env.code;
        const jumptableEntries = code[runState.programCounter];
        const jumptableSize = (jumptableEntries + 1) * 2;
        runState.programCounter += 1;
        const jumptableCase = runState.stack.pop();
        if (jumptableCase <= jumptableEntries) {
          const rjumpDest = new DataView(code.buffer).getInt16(runState.programCounter + Number(jumptableCase) * 2);
          runState.programCounter += jumptableSize + rjumpDest;
        } else {
          runState.programCounter += jumptableSize;
        }
      }
    }
  ],
  // 0xe3: CALLF
  [
    227,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const sectionTarget = bytesToInt(runState.code.slice(runState.programCounter, runState.programCounter + 2));
      const stackItems = runState.stack.length;
      const typeSection = runState.env.eof.container.body.typeSections[sectionTarget];
      if (stackItems > 1024 - typeSection.maxStackHeight + typeSection.inputs) {
        trap(EOFErrorMessage.STACK_OVERFLOW);
      }
      if (runState.env.eof.eofRunState.returnStack.length >= 1024) {
        trap(EOFErrorMessage.RETURN_STACK_OVERFLOW);
      }
      runState.env.eof?.eofRunState.returnStack.push(runState.programCounter + 2);
      runState.programCounter = runState.env.eof.container.header.getCodePosition(sectionTarget);
    }
  ],
  // 0xe4: RETF
  [
    228,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const newPc = runState.env.eof.eofRunState.returnStack.pop();
      if (newPc === void 0) {
        trap(EOFErrorMessage.RETF_NO_RETURN);
      }
      runState.programCounter = newPc;
    }
  ],
  // 0xe5: JUMPF
  [
    229,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const sectionTarget = bytesToInt(runState.code.slice(runState.programCounter, runState.programCounter + 2));
      const stackItems = runState.stack.length;
      const typeSection = runState.env.eof.container.body.typeSections[sectionTarget];
      if (stackItems > 1024 - typeSection.maxStackHeight + typeSection.inputs) {
        trap(EOFErrorMessage.STACK_OVERFLOW);
      }
      runState.programCounter = runState.env.eof.container.header.getCodePosition(sectionTarget);
    }
  ],
  // 0xe6: DUPN
  [
    230,
    function(runState, common) {
      if (!common.isActivatedEIP(8024)) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const immediate = readImmediateByteOrZero(runState);
      const toDup = decodeEIP8024SingleImmediate(immediate);
      runState.stack.dup(toDup);
    }
  ],
  // 0xe7: SWAPN
  [
    231,
    function(runState, common) {
      if (!common.isActivatedEIP(8024)) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const immediate = readImmediateByteOrZero(runState);
      const toSwap = decodeEIP8024SingleImmediate(immediate);
      runState.stack.swap(toSwap);
    }
  ],
  // 0xe8: EXCHANGE
  [
    232,
    function(runState, common) {
      if (!common.isActivatedEIP(8024)) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const immediate = readImmediateByteOrZero(runState);
      const [x, y] = decodeEIP8024PairImmediate(immediate);
      runState.stack.exchange(x, y);
    }
  ],
  // 0xec: EOFCREATE
  [
    236,
    async function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        if (runState.interpreter.isStatic()) {
          trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
        }
        const containerIndex = runState.env.code[runState.programCounter];
        const containerCode = runState.env.eof.container.body.containerSections[containerIndex];
        const [value, salt, inputOffset, inputSize] = runState.stack.popN(4);
        const gasLimit = runState.messageGasLimit;
        runState.messageGasLimit = void 0;
        let data = new Uint8Array(0);
        if (inputSize !== BIGINT_02) {
          data = runState.memory.read(Number(inputOffset), Number(inputSize), true);
        }
        runState.programCounter++;
        const ret = await runState.interpreter.eofcreate(gasLimit, value, containerCode, setLengthLeft(bigIntToBytes(salt), 32), data);
        runState.stack.push(ret);
      }
    }
  ],
  // 0xee: RETURNCONTRACT
  [
    238,
    async function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const containerIndex = runState.env.code[runState.programCounter];
        const containerCode = runState.env.eof.container.body.containerSections[containerIndex];
        const deployContainer = new EOFContainer(containerCode, EOFContainerMode.Initmode);
        const [auxDataOffset, auxDataSize] = runState.stack.popN(2);
        let auxData = new Uint8Array(0);
        if (auxDataSize !== BIGINT_02) {
          auxData = runState.memory.read(Number(auxDataOffset), Number(auxDataSize));
        }
        const originalDataSize = deployContainer.header.dataSize;
        const preDeployDataSectionSize = deployContainer.body.dataSection.length;
        const actualSectionSize = preDeployDataSectionSize + Number(auxDataSize);
        if (actualSectionSize < originalDataSize) {
          trap(EOFErrorMessage.INVALID_RETURN_CONTRACT_DATA_SIZE);
        }
        if (actualSectionSize > 65535) {
          trap(EVMError.errorMessages.OUT_OF_GAS);
        }
        const newSize = setLengthLeft(bigIntToBytes(BigInt(actualSectionSize)), 2);
        const dataSizePtr = deployContainer.header.dataSizePtr;
        containerCode[dataSizePtr] = newSize[0];
        containerCode[dataSizePtr + 1] = newSize[1];
        const returnContainer = concatBytes4(containerCode, auxData);
        runState.interpreter.finish(returnContainer);
      }
    }
  ],
  // '0xf0' range - closures
  // 0xf0: CREATE
  [
    240,
    async function(runState, common) {
      const [value, offset, length] = runState.stack.popN(3);
      if (common.isActivatedEIP(3860) && length > Number(common.param("maxInitCodeSize")) && !runState.interpreter._evm.allowUnlimitedInitCodeSize) {
        trap(EVMError.errorMessages.INITCODE_SIZE_VIOLATION);
      }
      const gasLimit = runState.messageGasLimit;
      runState.messageGasLimit = void 0;
      if (runState.eip7928PostTargetCreateOog === true) {
        runState.eip7928PostTargetCreateOog = false;
        runState.stack.push(BIGINT_02);
        return;
      }
      let data = new Uint8Array(0);
      if (length !== BIGINT_02) {
        data = runState.memory.read(Number(offset), Number(length), true);
      }
      if (isEOF(data)) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const ret = await runState.interpreter.create(gasLimit, value, data);
      runState.stack.push(ret);
    }
  ],
  // 0xf5: CREATE2
  [
    245,
    async function(runState, common) {
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      const [value, offset, length, salt] = runState.stack.popN(4);
      if (common.isActivatedEIP(3860) && length > Number(common.param("maxInitCodeSize")) && !runState.interpreter._evm.allowUnlimitedInitCodeSize) {
        trap(EVMError.errorMessages.INITCODE_SIZE_VIOLATION);
      }
      const gasLimit = runState.messageGasLimit;
      runState.messageGasLimit = void 0;
      if (runState.eip7928PostTargetCreateOog === true) {
        runState.eip7928PostTargetCreateOog = false;
        runState.stack.push(BIGINT_02);
        return;
      }
      let data = new Uint8Array(0);
      if (length !== BIGINT_02) {
        data = runState.memory.read(Number(offset), Number(length), true);
      }
      if (isEOF(data)) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const ret = await runState.interpreter.create2(gasLimit, value, data, setLengthLeft(bigIntToBytes(salt), 32));
      runState.stack.push(ret);
    }
  ],
  // 0xf1: CALL
  [
    241,
    async function(runState, common) {
      const [_currentGasLimit, toAddr, value, inOffset, inLength, outOffset, outLength] = runState.stack.popN(7);
      const toAddress = createAddressFromStackBigInt(toAddr);
      let data = new Uint8Array(0);
      if (inLength !== BIGINT_02) {
        data = runState.memory.read(Number(inOffset), Number(inLength), true);
      }
      let gasLimit = runState.messageGasLimit;
      runState.messageGasLimit = void 0;
      if (value !== BIGINT_02) {
        const callStipend = common.param("callStipendGas");
        runState.interpreter.addStipend(callStipend);
        gasLimit += callStipend;
      }
      const ret = await runState.interpreter.call(gasLimit, toAddress, value, data);
      writeCallOutput(runState, outOffset, outLength);
      runState.stack.push(ret);
    }
  ],
  // 0xf2: CALLCODE
  [
    242,
    async function(runState, common) {
      const [_currentGasLimit, toAddr, value, inOffset, inLength, outOffset, outLength] = runState.stack.popN(7);
      const toAddress = createAddressFromStackBigInt(toAddr);
      let gasLimit = runState.messageGasLimit;
      runState.messageGasLimit = void 0;
      if (value !== BIGINT_02) {
        const callStipend = common.param("callStipendGas");
        runState.interpreter.addStipend(callStipend);
        gasLimit += callStipend;
      }
      let data = new Uint8Array(0);
      if (inLength !== BIGINT_02) {
        data = runState.memory.read(Number(inOffset), Number(inLength), true);
      }
      const ret = await runState.interpreter.callCode(gasLimit, toAddress, value, data);
      writeCallOutput(runState, outOffset, outLength);
      runState.stack.push(ret);
    }
  ],
  // 0xf4: DELEGATECALL
  [
    244,
    async function(runState) {
      const value = runState.interpreter.getCallValue();
      const [_currentGasLimit, toAddr, inOffset, inLength, outOffset, outLength] = runState.stack.popN(6);
      const toAddress = createAddressFromStackBigInt(toAddr);
      let data = new Uint8Array(0);
      if (inLength !== BIGINT_02) {
        data = runState.memory.read(Number(inOffset), Number(inLength), true);
      }
      const gasLimit = runState.messageGasLimit;
      runState.messageGasLimit = void 0;
      const ret = await runState.interpreter.callDelegate(gasLimit, toAddress, value, data);
      writeCallOutput(runState, outOffset, outLength);
      runState.stack.push(ret);
    }
  ],
  // 0xf7: RETURNDATALOAD
  [
    247,
    function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const pos = runState.stack.pop();
      if (pos > runState.interpreter.getReturnDataSize()) {
        runState.stack.push(BIGINT_02);
        return;
      }
      const i = Number(pos);
      let loaded = runState.interpreter.getReturnData().subarray(i, i + 32);
      loaded = loaded.length ? loaded : Uint8Array.from([0]);
      let r = bytesToBigInt(loaded);
      if (loaded.length < 32) {
        r = r << BIGINT_8 * BigInt(32 - loaded.length);
      }
      runState.stack.push(r);
    }
  ],
  // 0xf8: EXTCALL
  [
    248,
    async function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const [toAddr, inOffset, inLength, value] = runState.stack.popN(4);
        const gasLimit = runState.messageGasLimit;
        runState.messageGasLimit = void 0;
        if (gasLimit === -BIGINT_1) {
          runState.stack.push(BIGINT_1);
          runState.returnBytes = new Uint8Array(0);
          return;
        }
        const toAddress = createAddressFromStackBigInt(toAddr);
        let data = new Uint8Array(0);
        if (inLength !== BIGINT_02) {
          data = runState.memory.read(Number(inOffset), Number(inLength), true);
        }
        const ret = await runState.interpreter.call(gasLimit, toAddress, value, data);
        runState.stack.push(ret);
      }
    }
  ],
  // 0xf9: EXTDELEGATECALL
  [
    249,
    async function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const value = runState.interpreter.getCallValue();
        const [toAddr, inOffset, inLength] = runState.stack.popN(3);
        const gasLimit = runState.messageGasLimit;
        runState.messageGasLimit = void 0;
        if (gasLimit === -BIGINT_1) {
          runState.stack.push(BIGINT_1);
          runState.returnBytes = new Uint8Array(0);
          return;
        }
        const toAddress = createAddressFromStackBigInt(toAddr);
        const code = await runState.stateManager.getCode(toAddress);
        if (!isEOF(code)) {
          runState.stack.push(BIGINT_1);
          runState.returnBytes = new Uint8Array(0);
          return;
        }
        let data = new Uint8Array(0);
        if (inLength !== BIGINT_02) {
          data = runState.memory.read(Number(inOffset), Number(inLength), true);
        }
        const ret = await runState.interpreter.callDelegate(gasLimit, toAddress, value, data);
        runState.stack.push(ret);
      }
    }
  ],
  // 0xfa: STATICCALL
  [
    250,
    async function(runState) {
      const value = BIGINT_02;
      const [_currentGasLimit, toAddr, inOffset, inLength, outOffset, outLength] = runState.stack.popN(6);
      const toAddress = createAddressFromStackBigInt(toAddr);
      const gasLimit = runState.messageGasLimit;
      runState.messageGasLimit = void 0;
      let data = new Uint8Array(0);
      if (inLength !== BIGINT_02) {
        data = runState.memory.read(Number(inOffset), Number(inLength), true);
      }
      const ret = await runState.interpreter.callStatic(gasLimit, toAddress, value, data);
      writeCallOutput(runState, outOffset, outLength);
      runState.stack.push(ret);
    }
  ],
  // 0xfb: EXTSTATICCALL
  [
    251,
    async function(runState) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      } else {
        const value = BIGINT_02;
        const [toAddr, inOffset, inLength] = runState.stack.popN(3);
        const gasLimit = runState.messageGasLimit;
        runState.messageGasLimit = void 0;
        if (gasLimit === -BIGINT_1) {
          runState.stack.push(BIGINT_1);
          runState.returnBytes = new Uint8Array(0);
          return;
        }
        const toAddress = createAddressFromStackBigInt(toAddr);
        let data = new Uint8Array(0);
        if (inLength !== BIGINT_02) {
          data = runState.memory.read(Number(inOffset), Number(inLength), true);
        }
        const ret = await runState.interpreter.callStatic(gasLimit, toAddress, value, data);
        runState.stack.push(ret);
      }
    }
  ],
  // 0xf3: RETURN
  [
    243,
    function(runState) {
      const [offset, length] = runState.stack.popN(2);
      let returnData = new Uint8Array(0);
      if (length !== BIGINT_02) {
        returnData = runState.memory.read(Number(offset), Number(length));
      }
      runState.interpreter.finish(returnData);
    }
  ],
  // 0xfd: REVERT
  [
    253,
    function(runState) {
      const [offset, length] = runState.stack.popN(2);
      let returnData = new Uint8Array(0);
      if (length !== BIGINT_02) {
        returnData = runState.memory.read(Number(offset), Number(length));
      }
      runState.interpreter.revert(returnData);
    }
  ],
  // '0x70', range - other
  // 0xff: SELFDESTRUCT
  [
    255,
    async function(runState) {
      const selfdestructToAddressBigInt = runState.stack.pop();
      const selfdestructToAddress = createAddressFromStackBigInt(selfdestructToAddressBigInt);
      return runState.interpreter.selfDestruct(selfdestructToAddress);
    }
  ]
]);
var pushFn = handlers.get(96);
for (let i = 97; i <= 127; i++) {
  handlers.set(i, pushFn);
}
var dupFn = handlers.get(128);
for (let i = 129; i <= 143; i++) {
  handlers.set(i, dupFn);
}
var swapFn = handlers.get(144);
for (let i = 145; i <= 159; i++) {
  handlers.set(i, swapFn);
}
var logFn = handlers.get(160);
for (let i = 161; i <= 164; i++) {
  handlers.set(i, logFn);
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/types.js
function isAddOpcode(customOpcode) {
  return "opcode" in customOpcode && "opcodeName" in customOpcode && "baseFee" in customOpcode && "logicFunction" in customOpcode;
}
var EVMMockBlockchain = class {
  async getBlock() {
    return {
      hash() {
        return new Uint8Array(32);
      }
    };
  }
  async putBlock() {
  }
  shallowCopy() {
    return this;
  }
};
var DELEGATION_7702_FLAG = new Uint8Array([239, 1, 0]);

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/EIP1283.js
function updateSstoreGasEIP1283(runState, currentStorage, originalStorage, value, common) {
  if (equalsBytes(currentStorage, value)) {
    return common.param("netSstoreNoopGas");
  }
  if (equalsBytes(originalStorage, currentStorage)) {
    if (originalStorage.length === 0) {
      return common.param("netSstoreInitGas");
    }
    if (value.length === 0) {
      runState.interpreter.refundGas(common.param("netSstoreClearRefundGas"), "EIP-1283 -> netSstoreClearRefund");
    }
    return common.param("netSstoreCleanGas");
  }
  if (originalStorage.length !== 0) {
    if (currentStorage.length === 0) {
      runState.interpreter.subRefund(common.param("netSstoreClearRefundGas"), "EIP-1283 -> netSstoreClearRefund");
    } else if (value.length === 0) {
      runState.interpreter.refundGas(common.param("netSstoreClearRefundGas"), "EIP-1283 -> netSstoreClearRefund");
    }
  }
  if (equalsBytes(originalStorage, value)) {
    if (originalStorage.length === 0) {
      runState.interpreter.refundGas(common.param("netSstoreResetClearRefundGas"), "EIP-1283 -> netSstoreResetClearRefund");
    } else {
      runState.interpreter.refundGas(common.param("netSstoreResetRefundGas"), "EIP-1283 -> netSstoreResetRefund");
    }
  }
  return common.param("netSstoreDirtyGas");
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/EIP2200.js
function chargeSstoreAccessEIP8038(runState, key, common) {
  const address = runState.interpreter.getAddress().bytes;
  const slotIsCold = !runState.interpreter.journal.isWarmedStorage(address, key);
  const accessCost = slotIsCold ? common.param("coldsloadGas") : common.param("warmstoragereadGas");
  const stipendPlus1 = common.param("sstoreSentryEIP2200Gas") + 1n;
  const gate = accessCost > stipendPlus1 ? accessCost : stipendPlus1;
  if (runState.interpreter.getGasLeft() < gate) {
    trap(EVMError.errorMessages.OUT_OF_GAS);
  }
  if (slotIsCold) {
    runState.interpreter.journal.addWarmedStorage(address, key);
  }
  return accessCost;
}
function updateSstoreGasEIP8038(runState, currentStorage, originalStorage, value, _key, common) {
  const currentEqualsNew = equalsBytes(currentStorage, value);
  const originalEqualsCurrent = equalsBytes(originalStorage, currentStorage);
  const originalEqualsNew = equalsBytes(originalStorage, value);
  let gas = 0n;
  if (originalEqualsCurrent && !currentEqualsNew) {
    gas += common.param("storageWriteGas");
  }
  if (!currentEqualsNew) {
    if (originalStorage.length > 0 && currentStorage.length > 0 && value.length === 0) {
      runState.interpreter.refundGas(common.param("refundStorageClearGas"), "EIP-8038 -> refundStorageClear");
    }
    if (originalStorage.length > 0 && currentStorage.length === 0) {
      runState.interpreter.subRefund(common.param("refundStorageClearGas"), "EIP-8038 -> refundStorageClear (reversed)");
    }
    if (originalEqualsNew) {
      runState.interpreter.refundGas(common.param("storageWriteGas"), "EIP-8038 -> storageWrite restore refund");
    }
  }
  return gas;
}
function updateSstoreGasEIP2200(runState, currentStorage, originalStorage, value, key, common) {
  if (runState.interpreter.getGasLeft() <= common.param("sstoreSentryEIP2200Gas")) {
    trap(EVMError.errorMessages.OUT_OF_GAS);
  }
  if (equalsBytes(currentStorage, value)) {
    const sstoreNoopCost = common.param("sstoreNoopEIP2200Gas");
    return adjustSstoreGasEIP2929(runState, key, sstoreNoopCost, "noop", common);
  }
  if (equalsBytes(originalStorage, currentStorage)) {
    if (originalStorage.length === 0) {
      return common.param("sstoreInitEIP2200Gas");
    }
    if (value.length === 0) {
      runState.interpreter.refundGas(common.param("sstoreClearRefundEIP2200Gas"), "EIP-2200 -> sstoreClearRefundEIP2200");
    }
    return common.param("sstoreCleanEIP2200Gas");
  }
  if (originalStorage.length > 0) {
    if (currentStorage.length === 0) {
      runState.interpreter.subRefund(common.param("sstoreClearRefundEIP2200Gas"), "EIP-2200 -> sstoreClearRefundEIP2200");
    } else if (value.length === 0) {
      runState.interpreter.refundGas(common.param("sstoreClearRefundEIP2200Gas"), "EIP-2200 -> sstoreClearRefundEIP2200");
    }
  }
  if (equalsBytes(originalStorage, value)) {
    if (originalStorage.length === 0) {
      const sstoreInitRefund = common.param("sstoreInitRefundEIP2200Gas");
      runState.interpreter.refundGas(adjustSstoreGasEIP2929(runState, key, sstoreInitRefund, "initRefund", common), "EIP-2200 -> initRefund");
    } else {
      const sstoreCleanRefund = common.param("sstoreCleanRefundEIP2200Gas");
      runState.interpreter.refundGas(BigInt(adjustSstoreGasEIP2929(runState, key, sstoreCleanRefund, "cleanRefund", common)), "EIP-2200 -> cleanRefund");
    }
  }
  return common.param("sstoreDirtyEIP2200Gas");
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/gas.js
var EXTCALL_TARGET_MAX = BigInt(2) ** BigInt(8 * 20) - BigInt(1);
async function getCreateTargetAddressBytes(runState, initCode, salt) {
  const caller = runState.interpreter.getAddress();
  if (salt !== void 0) {
    return generateAddress2(caller.bytes, salt, initCode);
  }
  const account = await runState.stateManager.getAccount(caller);
  const nonce = account?.nonce ?? BIGINT_02;
  return generateAddress(caller.bytes, bigIntToBytes(nonce));
}
async function eip7702GetAccessCost(runState, common, address, charge2929Gas) {
  const code = await runState.stateManager.getCode(address);
  if (equalsBytes(code.slice(0, 3), DELEGATION_7702_FLAG)) {
    const delegationAddress = code.slice(3, 24);
    const gas = getAddressAccessCost(runState, delegationAddress, common, charge2929Gas);
    return { gas, delegationAddress };
  }
  return { gas: BIGINT_02, delegationAddress: null };
}
function eip7702WarmAddress(runState, delegationAddress) {
  warmAddress(runState, delegationAddress);
}
var dynamicGasHandlers = /* @__PURE__ */ new Map([
  [
    /* EXP */
    10,
    async function(runState, gas, common) {
      const [_base, exponent] = runState.stack.peek(2);
      if (exponent === BIGINT_02) {
        return gas;
      }
      let byteLength = exponent.toString(2).length / 8;
      if (byteLength > Math.trunc(byteLength)) {
        byteLength = Math.trunc(byteLength) + 1;
      }
      if (byteLength < 1 || byteLength > 32) {
        trap(EVMError.errorMessages.OUT_OF_RANGE);
      }
      const expPricePerByte = common.param("expByteGas");
      gas += BigInt(byteLength) * expPricePerByte;
      return gas;
    }
  ],
  [
    /* KECCAK256 */
    32,
    async function(runState, gas, common) {
      const [offset, length] = runState.stack.peek(2);
      gas += subMemUsage(runState, offset, length, common);
      gas += common.param("keccak256WordGas") * divCeil(length, BIGINT_32);
      return gas;
    }
  ],
  [
    /* BALANCE */
    49,
    async function(runState, gas, common) {
      const address = createAddressFromStackBigInt(runState.stack.peek()[0]);
      let charge2929Gas = true;
      if (common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) {
        const coldAccessGas = runState.env.accessWitness.readAccountBasicData(address);
        gas += coldAccessGas;
        charge2929Gas = coldAccessGas === BIGINT_02;
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessAddressEIP2929(runState, address.bytes, common, charge2929Gas);
      }
      return gas;
    }
  ],
  [
    /* CALLDATACOPY */
    55,
    async function(runState, gas, common) {
      const [memOffset, _dataOffset, dataLength] = runState.stack.peek(3);
      gas += subMemUsage(runState, memOffset, dataLength, common);
      if (dataLength !== BIGINT_02) {
        gas += common.param("copyGas") * divCeil(dataLength, BIGINT_32);
      }
      return gas;
    }
  ],
  [
    /* CODECOPY */
    57,
    async function(runState, gas, common) {
      const [memOffset, _codeOffset, dataLength] = runState.stack.peek(3);
      gas += subMemUsage(runState, memOffset, dataLength, common);
      if (dataLength !== BIGINT_02) {
        gas += common.param("copyGas") * divCeil(dataLength, BIGINT_32);
        if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.env.chargeCodeAccesses === true) {
          const contract = runState.interpreter.getAddress();
          let codeEnd = _codeOffset + dataLength;
          const codeSize = runState.interpreter.getCodeSize();
          if (codeEnd > codeSize) {
            codeEnd = codeSize;
          }
          gas += runState.env.accessWitness.readAccountCodeChunks(contract, Number(_codeOffset), Number(codeEnd));
        }
      }
      return gas;
    }
  ],
  [
    /* EXTCODESIZE */
    59,
    async function(runState, gas, common) {
      const address = createAddressFromStackBigInt(runState.stack.peek()[0]);
      let charge2929Gas = true;
      if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.interpreter._evm.getPrecompile(address) === void 0 && !address.equals(createAddressFromStackBigInt(common.param("systemAddress")))) {
        let coldAccessGas = BIGINT_02;
        coldAccessGas += runState.env.accessWitness.readAccountBasicData(address);
        gas += coldAccessGas;
        charge2929Gas = coldAccessGas === BIGINT_02;
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessAddressEIP2929(runState, address.bytes, common, charge2929Gas);
      }
      if (common.isActivatedEIP(8038)) {
        gas += common.param("warmstoragereadGas");
      }
      return gas;
    }
  ],
  [
    /* EXTCODECOPY */
    60,
    async function(runState, gas, common) {
      const [addressBigInt, memOffset, _codeOffset, dataLength] = runState.stack.peek(4);
      const address = createAddressFromStackBigInt(addressBigInt);
      gas += subMemUsage(runState, memOffset, dataLength, common);
      let charge2929Gas = true;
      if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.interpreter._evm.getPrecompile(address) === void 0 && !address.equals(createAddressFromStackBigInt(common.param("systemAddress")))) {
        let coldAccessGas = BIGINT_02;
        coldAccessGas += runState.env.accessWitness.readAccountBasicData(address);
        gas += coldAccessGas;
        charge2929Gas = coldAccessGas === BIGINT_02;
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessAddressEIP2929(runState, address.bytes, common, charge2929Gas);
      }
      if (common.isActivatedEIP(8038)) {
        gas += common.param("warmstoragereadGas");
      }
      if (dataLength !== BIGINT_02) {
        gas += common.param("copyGas") * divCeil(dataLength, BIGINT_32);
        if (common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) {
          let codeEnd = _codeOffset + dataLength;
          const codeSize = BigInt((await runState.stateManager.getCode(address)).length);
          if (codeEnd > codeSize) {
            codeEnd = codeSize;
          }
          gas += runState.env.accessWitness.readAccountCodeChunks(address, Number(_codeOffset), Number(codeEnd));
        }
      }
      return gas;
    }
  ],
  [
    /* RETURNDATACOPY */
    62,
    async function(runState, gas, common) {
      const [memOffset, returnDataOffset, dataLength] = runState.stack.peek(3);
      if (returnDataOffset + dataLength > runState.interpreter.getReturnDataSize()) {
        if (runState.env.eof === void 0) {
          trap(EVMError.errorMessages.OUT_OF_GAS);
        }
      }
      gas += subMemUsage(runState, memOffset, dataLength, common);
      if (dataLength !== BIGINT_02) {
        gas += common.param("copyGas") * divCeil(dataLength, BIGINT_32);
      }
      return gas;
    }
  ],
  [
    /* EXTCODEHASH */
    63,
    async function(runState, gas, common) {
      const address = createAddressFromStackBigInt(runState.stack.peek()[0]);
      let charge2929Gas = true;
      if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.interpreter._evm.getPrecompile(address) === void 0 && !address.equals(createAddressFromStackBigInt(common.param("systemAddress")))) {
        let coldAccessGas = BIGINT_02;
        coldAccessGas += runState.env.accessWitness.readAccountCodeHash(address);
        gas += coldAccessGas;
        charge2929Gas = coldAccessGas === BIGINT_02;
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessAddressEIP2929(runState, address.bytes, common, charge2929Gas);
      }
      return gas;
    }
  ],
  [
    /* MLOAD */
    81,
    async function(runState, gas, common) {
      const pos = runState.stack.peek()[0];
      gas += subMemUsage(runState, pos, BIGINT_32, common);
      return gas;
    }
  ],
  [
    /* MSTORE */
    82,
    async function(runState, gas, common) {
      const offset = runState.stack.peek()[0];
      gas += subMemUsage(runState, offset, BIGINT_32, common);
      return gas;
    }
  ],
  [
    /* MSTORE8 */
    83,
    async function(runState, gas, common) {
      const offset = runState.stack.peek()[0];
      gas += subMemUsage(runState, offset, BIGINT_1, common);
      return gas;
    }
  ],
  [
    /* SLOAD */
    84,
    async function(runState, gas, common) {
      const key = runState.stack.peek()[0];
      const keyBuf = setLengthLeft(bigIntToBytes(key), 32);
      let charge2929Gas = true;
      if (common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) {
        const address = runState.interpreter.getAddress();
        const coldAccessGas = runState.env.accessWitness.readAccountStorage(address, key);
        gas += coldAccessGas;
        charge2929Gas = coldAccessGas === BIGINT_02;
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessStorageEIP2929(runState, keyBuf, false, common, charge2929Gas);
      }
      return gas;
    }
  ],
  [
    /* SSTORE */
    85,
    async function(runState, gas, common) {
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      const [key, val] = runState.stack.peek(2);
      const keyBytes = setLengthLeft(bigIntToBytes(key), 32);
      let value;
      if (val === BIGINT_02) {
        value = Uint8Array.from([]);
      } else {
        value = bigIntToBytes(val);
      }
      const loadSlot = async () => ({
        currentStorage: setLengthLeftStorage(await runState.interpreter.storageLoad(keyBytes, false, false)),
        originalStorage: setLengthLeftStorage(await runState.interpreter.storageLoad(keyBytes, true, false))
      });
      let sstoreCharge2929Gas = true;
      if (common.isActivatedEIP(8038)) {
        gas += chargeSstoreAccessEIP8038(runState, keyBytes, common);
        const { currentStorage, originalStorage } = await loadSlot();
        gas += updateSstoreGasEIP8038(runState, currentStorage, originalStorage, setLengthLeftStorage(value), keyBytes, common);
        sstoreCharge2929Gas = false;
      } else {
        const { currentStorage, originalStorage } = await loadSlot();
        if (common.hardfork() === Hardfork.Constantinople) {
          gas += updateSstoreGasEIP1283(runState, currentStorage, originalStorage, setLengthLeftStorage(value), common);
        } else if (common.gteHardfork(Hardfork.Istanbul)) {
          if (!common.isActivatedEIP(6800) && !common.isActivatedEIP(7864)) {
            gas += updateSstoreGasEIP2200(runState, currentStorage, originalStorage, setLengthLeftStorage(value), keyBytes, common);
          }
        } else {
          gas += updateSstoreGas(runState, currentStorage, setLengthLeftStorage(value), common);
        }
      }
      if (common.isActivatedEIP(7928)) {
        runState.interpreter._evm.blockLevelAccessList?.addStorageRead(runState.interpreter.getAddress().toString(), keyBytes);
      }
      let charge2929Gas = sstoreCharge2929Gas;
      if (common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) {
        const contract = runState.interpreter.getAddress();
        const coldAccessGas = runState.env.accessWitness.writeAccountStorage(contract, key);
        gas += coldAccessGas;
        charge2929Gas = coldAccessGas === BIGINT_02;
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessStorageEIP2929(runState, keyBytes, true, common, charge2929Gas);
      }
      return gas;
    }
  ],
  [
    /* MCOPY */
    94,
    async function(runState, gas, common) {
      const [dst, src, length] = runState.stack.peek(3);
      const wordsCopied = (length + BIGINT_31) / BIGINT_32;
      gas += BIGINT_3 * wordsCopied;
      gas += subMemUsage(runState, src, length, common);
      gas += subMemUsage(runState, dst, length, common);
      return gas;
    }
  ],
  [
    /* LOG */
    160,
    async function(runState, gas, common) {
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      const [memOffset, memLength] = runState.stack.peek(2);
      const topicsCount = runState.opCode - 160;
      if (topicsCount < 0 || topicsCount > 4) {
        trap(EVMError.errorMessages.OUT_OF_RANGE);
      }
      gas += subMemUsage(runState, memOffset, memLength, common);
      gas += common.param("logTopicGas") * BigInt(topicsCount) + memLength * common.param("logDataGas");
      return gas;
    }
  ],
  /* DATACOPY */
  [
    211,
    async function(runState, gas, common) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const [memOffset, _dataOffset, dataLength] = runState.stack.peek(3);
      gas += subMemUsage(runState, memOffset, dataLength, common);
      if (dataLength !== BIGINT_02) {
        gas += common.param("copyGas") * divCeil(dataLength, BIGINT_32);
      }
      return gas;
    }
  ],
  /* EOFCREATE */
  [
    236,
    async function(runState, gas, common) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const containerIndex = runState.env.code[runState.programCounter + 1];
      const [_value, _salt, inputOffset, inputSize] = runState.stack.peek(4);
      gas += subMemUsage(runState, inputOffset, inputSize, common);
      const container = runState.env.eof.container.body.containerSections[containerIndex];
      gas += common.param("keccak256WordGas") * divCeil(BigInt(container.length), BIGINT_32);
      const gasLeft = runState.interpreter.getGasLeft() - gas;
      runState.messageGasLimit = maxCallGas(gasLeft, gasLeft, runState, common);
      return gas;
    }
  ],
  /* RETURNCONTRACT */
  [
    238,
    async function(runState, gas, common) {
      const [auxDataOffset, auxDataSize] = runState.stack.peek(2);
      gas += subMemUsage(runState, auxDataOffset, auxDataSize, common);
      return gas;
    }
  ],
  [
    /* CREATE */
    240,
    async function(runState, gas, common) {
      const [_value, offset, length] = runState.stack.peek(3);
      if (common.isActivatedEIP(7928)) {
        return create7928Gas(runState, gas, common, { offset, length, preChargeLabel: "CREATE pre-charges" }, getCreateTargetAddressBytes);
      }
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      if (common.isActivatedEIP(2929)) {
        gas += accessAddressEIP2929(runState, runState.interpreter.getAddress().bytes, common, false);
      }
      if (common.isActivatedEIP(3860)) {
        gas += (length + BIGINT_31) / BIGINT_32 * common.param("initCodeWordGas");
      }
      gas += subMemUsage(runState, offset, length, common);
      if (common.isActivatedEIP(8037)) {
        const targetAddress = await getCreateTargetAddressBytes(runState, new Uint8Array());
        const newAccountStateGas = await createNewAccountStateGasIfCharged(runState, common, targetAddress);
        if (gas > BIGINT_02) {
          runState.interpreter.useGas(gas, "CREATE pre-charges");
          gas = BIGINT_02;
        }
        if (newAccountStateGas > BIGINT_02) {
          runState.interpreter.chargeStateGas(newAccountStateGas, "CREATE pre-charge new_account");
        }
        runState.lastCreateNewAccountStateGas = newAccountStateGas;
      }
      let gasLimit = BigInt(runState.interpreter.getGasLeft()) - gas;
      gasLimit = maxCallGas(gasLimit, gasLimit, runState, common);
      runState.messageGasLimit = gasLimit;
      return gas;
    }
  ],
  [
    /* CALL */
    241,
    async function(runState, gas, common) {
      const [currentGasLimit, toAddr, value, inOffset, inLength, outOffset, outLength] = runState.stack.peek(7);
      if (runState.interpreter.isStatic() && value !== BIGINT_02) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      return callFamilyGas(runState, gas, common, {
        currentGasLimit,
        toAddress: createAddressFromStackBigInt(toAddr),
        value,
        inOffset,
        inLength,
        outOffset,
        outLength,
        includeValueTransfer: true,
        includeNewAccountPostCheck: true,
        eip7702GetAccessCost,
        eip7702WarmAddress
      });
    }
  ],
  [
    /* CALLCODE */
    242,
    async function(runState, gas, common) {
      const [currentGasLimit, toAddr, value, inOffset, inLength, outOffset, outLength] = runState.stack.peek(7);
      return callFamilyGas(runState, gas, common, {
        currentGasLimit,
        toAddress: createAddressFromStackBigInt(toAddr),
        value,
        inOffset,
        inLength,
        outOffset,
        outLength,
        includeValueTransfer: true,
        includeNewAccountPostCheck: false,
        eip7702GetAccessCost,
        eip7702WarmAddress
      });
    }
  ],
  [
    /* RETURN */
    243,
    async function(runState, gas, common) {
      const [offset, length] = runState.stack.peek(2);
      gas += subMemUsage(runState, offset, length, common);
      return gas;
    }
  ],
  [
    /* DELEGATECALL */
    244,
    async function(runState, gas, common) {
      const [currentGasLimit, toAddr, inOffset, inLength, outOffset, outLength] = runState.stack.peek(6);
      return callFamilyGas(runState, gas, common, {
        currentGasLimit,
        toAddress: createAddressFromStackBigInt(toAddr),
        value: BIGINT_02,
        inOffset,
        inLength,
        outOffset,
        outLength,
        includeValueTransfer: false,
        includeNewAccountPostCheck: false,
        eip7702GetAccessCost,
        eip7702WarmAddress
      });
    }
  ],
  [
    /* CREATE2 */
    245,
    async function(runState, gas, common) {
      const [_value, offset, length, saltBigInt] = runState.stack.peek(4);
      const salt = setLengthLeft(bigIntToBytes(saltBigInt), 32);
      if (common.isActivatedEIP(7928)) {
        return create7928Gas(runState, gas, common, {
          offset,
          length,
          salt,
          extraPreTargetGas: common.param("keccak256WordGas") * divCeil(length, BIGINT_32),
          preChargeLabel: "CREATE2 pre-charges"
        }, getCreateTargetAddressBytes);
      }
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      gas += subMemUsage(runState, offset, length, common);
      if (common.isActivatedEIP(2929)) {
        gas += accessAddressEIP2929(runState, runState.interpreter.getAddress().bytes, common, false);
      }
      if (common.isActivatedEIP(3860)) {
        gas += (length + BIGINT_31) / BIGINT_32 * common.param("initCodeWordGas");
      }
      gas += common.param("keccak256WordGas") * divCeil(length, BIGINT_32);
      if (common.isActivatedEIP(8037)) {
        let initCode = new Uint8Array(0);
        if (length !== BIGINT_02) {
          initCode = runState.memory.read(Number(offset), Number(length), true);
        }
        const targetAddress = await getCreateTargetAddressBytes(runState, initCode, salt);
        const newAccountStateGas = await createNewAccountStateGasIfCharged(runState, common, targetAddress);
        if (gas > BIGINT_02) {
          runState.interpreter.useGas(gas, "CREATE2 pre-charges");
          gas = BIGINT_02;
        }
        if (newAccountStateGas > BIGINT_02) {
          runState.interpreter.chargeStateGas(newAccountStateGas, "CREATE2 pre-charge new_account");
        }
        runState.lastCreateNewAccountStateGas = newAccountStateGas;
      }
      let gasLimit = runState.interpreter.getGasLeft() - gas;
      gasLimit = maxCallGas(gasLimit, gasLimit, runState, common);
      runState.messageGasLimit = gasLimit;
      return gas;
    }
  ],
  /* EXTCALL */
  [
    248,
    async function(runState, gas, common) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const [toAddr, inOffset, inLength, value] = runState.stack.peek(4);
      if (runState.interpreter.isStatic() && value !== BIGINT_02) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      if (value > BIGINT_02) {
        gas += common.param("callValueTransferGas");
      }
      if (toAddr > EXTCALL_TARGET_MAX) {
        trap(EOFErrorMessage.INVALID_EXTCALL_TARGET);
      }
      gas += subMemUsage(runState, inOffset, inLength, common);
      const toAddress = createAddressFromStackBigInt(toAddr);
      gas += accessAddressEIP2929(runState, toAddress.bytes, common);
      if (value > BIGINT_02) {
        const account = await runState.stateManager.getAccount(toAddress);
        const deadAccount = account === void 0 || account.isEmpty();
        if (deadAccount) {
          gas += common.param("callNewAccountGas");
        }
      }
      const minRetainedGas = common.param("minRetainedGas");
      const minCalleeGas = common.param("minCalleeGas");
      const currentGasAvailable = runState.interpreter.getGasLeft() - gas;
      const reducedGas = currentGasAvailable / BIGINT_64;
      let gasLimit;
      if (reducedGas < minRetainedGas) {
        gasLimit = currentGasAvailable - minRetainedGas;
      } else {
        gasLimit = currentGasAvailable - reducedGas;
      }
      if (runState.env.depth >= Number(common.param("stackLimit")) || runState.env.contract.balance < value || gasLimit < minCalleeGas) {
        gasLimit = -BIGINT_1;
      }
      runState.messageGasLimit = gasLimit;
      return gas;
    }
  ],
  /* EXTDELEGATECALL */
  [
    249,
    async function(runState, gas, common) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const [toAddr, inOffset, inLength] = runState.stack.peek(3);
      if (toAddr > EXTCALL_TARGET_MAX) {
        trap(EOFErrorMessage.INVALID_EXTCALL_TARGET);
      }
      gas += subMemUsage(runState, inOffset, inLength, common);
      const toAddress = createAddressFromStackBigInt(toAddr);
      gas += accessAddressEIP2929(runState, toAddress.bytes, common);
      const minRetainedGas = common.param("minRetainedGas");
      const minCalleeGas = common.param("minCalleeGas");
      const currentGasAvailable = runState.interpreter.getGasLeft() - gas;
      const reducedGas = currentGasAvailable / BIGINT_64;
      let gasLimit;
      if (reducedGas < minRetainedGas) {
        gasLimit = currentGasAvailable - minRetainedGas;
      } else {
        gasLimit = currentGasAvailable - reducedGas;
      }
      if (runState.env.depth >= Number(common.param("stackLimit")) || gasLimit < minCalleeGas) {
        gasLimit = -BIGINT_1;
      }
      runState.messageGasLimit = gasLimit;
      return gas;
    }
  ],
  [
    /* STATICCALL */
    250,
    async function(runState, gas, common) {
      const [currentGasLimit, toAddr, inOffset, inLength, outOffset, outLength] = runState.stack.peek(6);
      return callFamilyGas(runState, gas, common, {
        currentGasLimit,
        toAddress: createAddressFromStackBigInt(toAddr),
        value: BIGINT_02,
        inOffset,
        inLength,
        outOffset,
        outLength,
        includeValueTransfer: false,
        includeNewAccountPostCheck: false,
        eip7702GetAccessCost,
        eip7702WarmAddress
      });
    }
  ],
  /* EXTSTATICCALL */
  [
    251,
    async function(runState, gas, common) {
      if (runState.env.eof === void 0) {
        trap(EVMError.errorMessages.INVALID_OPCODE);
      }
      const [toAddr, inOffset, inLength] = runState.stack.peek(3);
      if (toAddr > EXTCALL_TARGET_MAX) {
        trap(EOFErrorMessage.INVALID_EXTCALL_TARGET);
      }
      gas += subMemUsage(runState, inOffset, inLength, common);
      const toAddress = createAddressFromStackBigInt(toAddr);
      gas += accessAddressEIP2929(runState, toAddress.bytes, common);
      const minRetainedGas = common.param("minRetainedGas");
      const minCalleeGas = common.param("minCalleeGas");
      const currentGasAvailable = runState.interpreter.getGasLeft() - gas;
      const reducedGas = currentGasAvailable / BIGINT_64;
      let gasLimit;
      if (reducedGas < minRetainedGas) {
        gasLimit = currentGasAvailable - minRetainedGas;
      } else {
        gasLimit = currentGasAvailable - reducedGas;
      }
      if (runState.env.depth >= Number(common.param("stackLimit")) || gasLimit < minCalleeGas) {
        gasLimit = -BIGINT_1;
      }
      runState.messageGasLimit = gasLimit;
      return gas;
    }
  ],
  [
    /* REVERT */
    253,
    async function(runState, gas, common) {
      const [offset, length] = runState.stack.peek(2);
      gas += subMemUsage(runState, offset, length, common);
      return gas;
    }
  ],
  [
    /* SELFDESTRUCT */
    255,
    async function(runState, gas, common) {
      if (runState.interpreter.isStatic()) {
        trap(EVMError.errorMessages.STATIC_STATE_CHANGE);
      }
      const selfdestructToaddressBigInt = runState.stack.peek()[0];
      const selfdestructToAddress = createAddressFromStackBigInt(selfdestructToaddressBigInt);
      const contractAddress = runState.interpreter.getAddress();
      const balance = await runState.interpreter.getExternalBalance(contractAddress);
      let newAccountGas = BIGINT_02;
      if (common.gteHardfork(Hardfork.SpuriousDragon)) {
        if (balance > BIGINT_02) {
          const account = await runState.stateManager.getAccount(selfdestructToAddress);
          if (account === void 0 || account.isEmpty()) {
            if (common.isActivatedEIP(8038)) {
              newAccountGas = common.param("accountWriteGas");
            } else {
              newAccountGas = common.param("callNewAccountGas");
            }
          }
        }
      } else if (common.gteHardfork(Hardfork.TangerineWhistle)) {
        const exists = await runState.stateManager.getAccount(selfdestructToAddress) !== void 0;
        if (!exists) {
          newAccountGas = common.param("callNewAccountGas");
        }
      }
      let selfDestructToCharge2929Gas = true;
      if ((common.isActivatedEIP(6800) || common.isActivatedEIP(7864)) && runState.env.chargeCodeAccesses === true) {
        gas += runState.env.accessWitness.readAccountBasicData(contractAddress);
        if (balance > BIGINT_02) {
          gas += runState.env.accessWitness.writeAccountBasicData(contractAddress);
        }
        let selfDestructToColdAccessGas = runState.env.accessWitness.readAccountBasicData(selfdestructToAddress);
        if (balance > BIGINT_02) {
          selfDestructToColdAccessGas += runState.env.accessWitness.writeAccountBasicData(selfdestructToAddress);
        }
        gas += selfDestructToColdAccessGas;
        selfDestructToCharge2929Gas = selfDestructToColdAccessGas === BIGINT_02;
      }
      let coldAccessCost = BIGINT_02;
      if (common.isActivatedEIP(2929)) {
        coldAccessCost = getAddressAccessCost(runState, selfdestructToAddress.bytes, common, selfDestructToCharge2929Gas, true);
        gas += coldAccessCost;
      }
      if (common.isActivatedEIP(7928)) {
        if (gas <= runState.interpreter.getGasLeft()) {
          addAddressToBAL(runState, selfdestructToAddress.bytes, common);
        }
      }
      if (common.isActivatedEIP(2929)) {
        warmAddress(runState, selfdestructToAddress.bytes);
      }
      gas += newAccountGas;
      return gas;
    }
  ]
]);
var logDynamicFunc = dynamicGasHandlers.get(160);
for (let i = 161; i <= 164; i++) {
  dynamicGasHandlers.set(i, logDynamicFunc);
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/opcodes/codes.js
var Opcode = class {
  constructor({ code, name, fullName, fee, isAsync, dynamicGas }) {
    this.code = code;
    this.name = name;
    this.fullName = fullName;
    this.fee = fee;
    this.feeBigInt = BigInt(fee);
    this.isAsync = isAsync;
    this.dynamicGas = dynamicGas;
    this.isInvalid = this.name === "INVALID";
    Object.freeze(this);
  }
};
var defaultOp = (name) => {
  return { name, isAsync: false, dynamicGas: false };
};
var dynamicGasOp = (name) => {
  return { name, isAsync: false, dynamicGas: true };
};
var asyncOp = (name) => {
  return { name, isAsync: true, dynamicGas: false };
};
var asyncAndDynamicGasOp = (name) => {
  return { name, isAsync: true, dynamicGas: true };
};
var opcodes = {
  // 0x0 range - arithmetic ops
  // name, async
  0: defaultOp("STOP"),
  1: defaultOp("ADD"),
  2: defaultOp("MUL"),
  3: defaultOp("SUB"),
  4: defaultOp("DIV"),
  5: defaultOp("SDIV"),
  6: defaultOp("MOD"),
  7: defaultOp("SMOD"),
  8: defaultOp("ADDMOD"),
  9: defaultOp("MULMOD"),
  10: dynamicGasOp("EXP"),
  11: defaultOp("SIGNEXTEND"),
  // 0x10 range - bit ops
  16: defaultOp("LT"),
  17: defaultOp("GT"),
  18: defaultOp("SLT"),
  19: defaultOp("SGT"),
  20: defaultOp("EQ"),
  21: defaultOp("ISZERO"),
  22: defaultOp("AND"),
  23: defaultOp("OR"),
  24: defaultOp("XOR"),
  25: defaultOp("NOT"),
  26: defaultOp("BYTE"),
  // 0x20 range - crypto
  32: dynamicGasOp("KECCAK256"),
  // 0x30 range - closure state
  48: asyncOp("ADDRESS"),
  49: asyncAndDynamicGasOp("BALANCE"),
  50: asyncOp("ORIGIN"),
  51: asyncOp("CALLER"),
  52: asyncOp("CALLVALUE"),
  53: asyncOp("CALLDATALOAD"),
  54: asyncOp("CALLDATASIZE"),
  55: asyncAndDynamicGasOp("CALLDATACOPY"),
  56: defaultOp("CODESIZE"),
  57: dynamicGasOp("CODECOPY"),
  58: defaultOp("GASPRICE"),
  59: asyncAndDynamicGasOp("EXTCODESIZE"),
  60: asyncAndDynamicGasOp("EXTCODECOPY"),
  // '0x40' range - block operations
  64: asyncOp("BLOCKHASH"),
  65: asyncOp("COINBASE"),
  66: asyncOp("TIMESTAMP"),
  67: asyncOp("NUMBER"),
  68: asyncOp("DIFFICULTY"),
  69: asyncOp("GASLIMIT"),
  // 0x50 range - 'storage' and execution
  80: defaultOp("POP"),
  81: dynamicGasOp("MLOAD"),
  82: dynamicGasOp("MSTORE"),
  83: dynamicGasOp("MSTORE8"),
  84: asyncAndDynamicGasOp("SLOAD"),
  85: asyncAndDynamicGasOp("SSTORE"),
  86: defaultOp("JUMP"),
  87: defaultOp("JUMPI"),
  88: defaultOp("PC"),
  89: defaultOp("MSIZE"),
  90: defaultOp("GAS"),
  91: defaultOp("JUMPDEST"),
  // 0x60, range
  96: defaultOp("PUSH"),
  97: defaultOp("PUSH"),
  98: defaultOp("PUSH"),
  99: defaultOp("PUSH"),
  100: defaultOp("PUSH"),
  101: defaultOp("PUSH"),
  102: defaultOp("PUSH"),
  103: defaultOp("PUSH"),
  104: defaultOp("PUSH"),
  105: defaultOp("PUSH"),
  106: defaultOp("PUSH"),
  107: defaultOp("PUSH"),
  108: defaultOp("PUSH"),
  109: defaultOp("PUSH"),
  110: defaultOp("PUSH"),
  111: defaultOp("PUSH"),
  112: defaultOp("PUSH"),
  113: defaultOp("PUSH"),
  114: defaultOp("PUSH"),
  115: defaultOp("PUSH"),
  116: defaultOp("PUSH"),
  117: defaultOp("PUSH"),
  118: defaultOp("PUSH"),
  119: defaultOp("PUSH"),
  120: defaultOp("PUSH"),
  121: defaultOp("PUSH"),
  122: defaultOp("PUSH"),
  123: defaultOp("PUSH"),
  124: defaultOp("PUSH"),
  125: defaultOp("PUSH"),
  126: defaultOp("PUSH"),
  127: defaultOp("PUSH"),
  128: defaultOp("DUP"),
  129: defaultOp("DUP"),
  130: defaultOp("DUP"),
  131: defaultOp("DUP"),
  132: defaultOp("DUP"),
  133: defaultOp("DUP"),
  134: defaultOp("DUP"),
  135: defaultOp("DUP"),
  136: defaultOp("DUP"),
  137: defaultOp("DUP"),
  138: defaultOp("DUP"),
  139: defaultOp("DUP"),
  140: defaultOp("DUP"),
  141: defaultOp("DUP"),
  142: defaultOp("DUP"),
  143: defaultOp("DUP"),
  144: defaultOp("SWAP"),
  145: defaultOp("SWAP"),
  146: defaultOp("SWAP"),
  147: defaultOp("SWAP"),
  148: defaultOp("SWAP"),
  149: defaultOp("SWAP"),
  150: defaultOp("SWAP"),
  151: defaultOp("SWAP"),
  152: defaultOp("SWAP"),
  153: defaultOp("SWAP"),
  154: defaultOp("SWAP"),
  155: defaultOp("SWAP"),
  156: defaultOp("SWAP"),
  157: defaultOp("SWAP"),
  158: defaultOp("SWAP"),
  159: defaultOp("SWAP"),
  160: dynamicGasOp("LOG"),
  161: dynamicGasOp("LOG"),
  162: dynamicGasOp("LOG"),
  163: dynamicGasOp("LOG"),
  164: dynamicGasOp("LOG"),
  // '0xf0' range - closures
  240: asyncAndDynamicGasOp("CREATE"),
  241: asyncAndDynamicGasOp("CALL"),
  242: asyncAndDynamicGasOp("CALLCODE"),
  243: dynamicGasOp("RETURN"),
  // '0x70', range - other
  254: defaultOp("INVALID"),
  255: asyncAndDynamicGasOp("SELFDESTRUCT")
};
var hardforkOpcodes = [
  {
    hardfork: Hardfork.Homestead,
    opcodes: {
      244: asyncAndDynamicGasOp("DELEGATECALL")
      // EIP-7
    }
  },
  {
    hardfork: Hardfork.TangerineWhistle,
    opcodes: {
      84: asyncAndDynamicGasOp("SLOAD"),
      241: asyncAndDynamicGasOp("CALL"),
      242: asyncAndDynamicGasOp("CALLCODE"),
      59: asyncAndDynamicGasOp("EXTCODESIZE"),
      60: asyncAndDynamicGasOp("EXTCODECOPY"),
      244: asyncAndDynamicGasOp("DELEGATECALL"),
      // EIP-7
      255: asyncAndDynamicGasOp("SELFDESTRUCT"),
      49: asyncAndDynamicGasOp("BALANCE")
    }
  },
  {
    hardfork: Hardfork.Byzantium,
    opcodes: {
      253: dynamicGasOp("REVERT"),
      // EIP-140
      250: asyncAndDynamicGasOp("STATICCALL"),
      // EIP-214
      61: asyncOp("RETURNDATASIZE"),
      // EIP-211
      62: asyncAndDynamicGasOp("RETURNDATACOPY")
      // EIP-211
    }
  },
  {
    hardfork: Hardfork.Constantinople,
    opcodes: {
      27: defaultOp("SHL"),
      // EIP-145
      28: defaultOp("SHR"),
      // EIP-145
      29: defaultOp("SAR"),
      // EIP-145
      63: asyncAndDynamicGasOp("EXTCODEHASH"),
      // EIP-1052
      245: asyncAndDynamicGasOp("CREATE2")
      // EIP-1014
    }
  },
  {
    hardfork: Hardfork.Istanbul,
    opcodes: {
      70: defaultOp("CHAINID"),
      // EIP-1344
      71: defaultOp("SELFBALANCE")
      // EIP-1884
    }
  },
  {
    hardfork: Hardfork.Paris,
    opcodes: {
      68: asyncOp("PREVRANDAO")
      // EIP-4399
    }
  }
];
var eipOpcodes = [
  {
    eip: 8024,
    opcodes: {
      230: defaultOp("DUPN"),
      231: defaultOp("SWAPN"),
      232: defaultOp("EXCHANGE")
    }
  },
  {
    eip: 1153,
    opcodes: {
      92: defaultOp("TLOAD"),
      93: defaultOp("TSTORE")
    }
  },
  {
    eip: 3198,
    opcodes: {
      72: defaultOp("BASEFEE")
    }
  },
  {
    eip: 3855,
    opcodes: {
      95: defaultOp("PUSH0")
    }
  },
  {
    eip: 4200,
    opcodes: {
      224: defaultOp("RJUMP"),
      225: defaultOp("RJUMPI"),
      226: defaultOp("RJUMPV")
    }
  },
  {
    eip: 4750,
    opcodes: {
      227: defaultOp("CALLF"),
      228: defaultOp("RETF")
    }
  },
  {
    eip: 4844,
    opcodes: {
      73: defaultOp("BLOBHASH")
    }
  },
  {
    eip: 5656,
    opcodes: {
      94: dynamicGasOp("MCOPY")
    }
  },
  {
    eip: 6206,
    opcodes: {
      229: defaultOp("JUMPF")
    }
  },
  {
    eip: 7069,
    opcodes: {
      247: defaultOp("RETURNDATALOAD"),
      248: asyncAndDynamicGasOp("EXTCALL"),
      249: asyncAndDynamicGasOp("EXTDELEGATECALL"),
      251: asyncAndDynamicGasOp("EXTSTATICCALL")
    }
  },
  {
    eip: 7480,
    opcodes: {
      208: defaultOp("DATALOAD"),
      209: defaultOp("DATALOADN"),
      210: defaultOp("DATASIZE"),
      211: dynamicGasOp("DATACOPY")
    }
  },
  {
    eip: 7516,
    opcodes: {
      74: defaultOp("BLOBBASEFEE")
    }
  },
  {
    eip: 7843,
    opcodes: {
      75: asyncOp("SLOTNUM")
    }
  },
  {
    eip: 7620,
    opcodes: {
      236: asyncAndDynamicGasOp("EOFCREATE"),
      238: asyncAndDynamicGasOp("RETURNCONTRACT")
    }
  },
  {
    eip: 7939,
    opcodes: {
      30: defaultOp("CLZ")
    }
  }
];
function createOpcodes(opcodes2) {
  const result = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(opcodes2)) {
    const code = parseInt(key, 10);
    if (isNaN(value.fee))
      value.fee = 0;
    result.set(code, new Opcode({
      code,
      fullName: getFullname(code, value.name),
      ...value
    }));
  }
  return result;
}
function getOpcodesForHF(common, customOpcodes) {
  let opcodeBuilder = { ...opcodes };
  const handlersCopy = new Map(handlers);
  const dynamicGasHandlersCopy = new Map(dynamicGasHandlers);
  for (let fork = 0; fork < hardforkOpcodes.length; fork++) {
    if (common.gteHardfork(hardforkOpcodes[fork].hardfork)) {
      opcodeBuilder = { ...opcodeBuilder, ...hardforkOpcodes[fork].opcodes };
    }
  }
  for (const eipOps of eipOpcodes) {
    if (common.isActivatedEIP(eipOps.eip)) {
      opcodeBuilder = { ...opcodeBuilder, ...eipOps.opcodes };
    }
  }
  for (const key in opcodeBuilder) {
    const baseFee = Number(common.param(`${opcodeBuilder[key].name.toLowerCase()}Gas`));
    if (baseFee === void 0) {
      throw EthereumJSErrorWithoutCode(`base fee not defined for: ${opcodeBuilder[key].name}`);
    }
    opcodeBuilder[key].fee = baseFee;
  }
  if (customOpcodes) {
    for (const _code of customOpcodes) {
      const code = _code;
      if (!isAddOpcode(code)) {
        delete opcodeBuilder[code.opcode];
        continue;
      }
      const entry = {
        [code.opcode]: {
          name: code.opcodeName,
          isAsync: true,
          dynamicGas: code.gasFunction !== void 0,
          fee: code.baseFee,
          feeBigInt: BigInt(code.baseFee)
        }
      };
      opcodeBuilder = { ...opcodeBuilder, ...entry };
      if (code.gasFunction !== void 0) {
        dynamicGasHandlersCopy.set(code.opcode, code.gasFunction);
      }
      handlersCopy.set(code.opcode, code.logicFunction);
    }
  }
  const ops = createOpcodes(opcodeBuilder);
  const opcodeMap = [];
  for (const [opNumber, op] of ops) {
    const dynamicGas = dynamicGasHandlersCopy.get(opNumber);
    const handler = handlersCopy.get(opNumber);
    opcodeMap[opNumber] = {
      opcodeInfo: op,
      opHandler: handler,
      gasHandler: dynamicGas
    };
  }
  const INVALID = opcodeMap[254];
  for (let i = 0; i <= 255; i++) {
    if (opcodeMap[i] === void 0) {
      opcodeMap[i] = INVALID;
    }
  }
  return {
    dynamicGasHandlers: dynamicGasHandlersCopy,
    handlers: handlersCopy,
    opcodes: ops,
    opcodeMap
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/stack.js
var Stack = class {
  constructor(maxHeight) {
    this._len = 0;
    this._store = [];
    this._maxHeight = maxHeight ?? 1024;
  }
  get length() {
    return this._len;
  }
  /**
   * Pushes a new bigint onto the stack.
   * @param value - Value to push (must fit within the configured max height)
   */
  push(value) {
    if (this._len >= this._maxHeight) {
      throw new EVMError(EVMError.errorMessages.STACK_OVERFLOW);
    }
    this._store[this._len++] = value;
  }
  /**
   * Pops the top value from the stack.
   * @returns The value removed from the stack
   */
  pop() {
    if (this._len < 1) {
      throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW);
    }
    return this._store[--this._len];
  }
  /**
   * Pops multiple items from the stack with the top-most item returned first.
   * @param num - Number of items to pop (defaults to 1)
   * @returns Array containing the popped values
   */
  popN(num = 1) {
    if (this._len < num) {
      throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW);
    }
    if (num === 0) {
      return [];
    }
    const arr = Array(num);
    const cache = this._store;
    for (let pop = 0; pop < num; pop++) {
      arr[pop] = cache[--this._len];
    }
    return arr;
  }
  /**
   * Returns items from the stack without removing them.
   * @param num - Number of items to return (defaults to 1)
   * @returns Array of items, with index 0 representing the top of the stack
   * @throws {@link EVMError} with code STACK_UNDERFLOW if there are not enough items on the stack
   */
  peek(num = 1) {
    const peekArray = Array(num);
    let start = this._len;
    for (let peek = 0; peek < num; peek++) {
      const index = --start;
      if (index < 0) {
        throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW);
      }
      peekArray[peek] = this._store[index];
    }
    return peekArray;
  }
  /**
   * Swaps the top of the stack with another item.
   * @param position - Zero-based index from the top of the stack (0 swaps with the top itself)
   */
  swap(position) {
    if (this._len <= position) {
      throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW);
    }
    const head = this._len - 1;
    const i = head - position;
    const storageCached = this._store;
    const tmp = storageCached[head];
    storageCached[head] = storageCached[i];
    storageCached[i] = tmp;
  }
  // I would say that we do not need this method any more
  // since you can't copy a primitive data type
  // Nevertheless not sure if we "loose" something here?
  // Will keep commented out for now
  /**
   * Pushes a copy of an item deeper in the stack.
   * @param position - One-based index of the item to duplicate
   */
  dup(position) {
    const len = this._len;
    if (len < position) {
      throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW);
    }
    if (len >= this._maxHeight) {
      throw new EVMError(EVMError.errorMessages.STACK_OVERFLOW);
    }
    const i = len - position;
    this._store[this._len++] = this._store[i];
  }
  /**
   * Swaps two arbitrary entries relative to the top of the stack.
   * @param swap1 - Distance from the top (0 = top element) for the first entry
   * @param swap2 - Distance from the top for the second entry
   */
  exchange(swap1, swap2) {
    const headIndex = this._len - 1;
    const exchangeIndex1 = headIndex - swap1;
    const exchangeIndex2 = headIndex - swap2;
    if (exchangeIndex1 < 0 || exchangeIndex2 < 0) {
      throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW);
    }
    const cache = this._store[exchangeIndex2];
    this._store[exchangeIndex2] = this._store[exchangeIndex1];
    this._store[exchangeIndex1] = cache;
  }
  /**
   * Returns a copy of the current stack. This represents the actual state of the stack
   * (not the internal state of the stack, which might have unreachable elements in it)
   */
  getStack() {
    return this._store.slice(0, this._len);
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/interpreter.js
var debugGas = (0, import_debug.default)("evm:gas");
function isEVMError(error) {
  return typeof error === "object" && error !== null && "errorType" in error && error.errorType === EVMErrorTypeString;
}
var Interpreter = class {
  // TODO remove gasLeft as constructor argument
  constructor(evm, stateManager, blockchain, env, gasLeft, journal, performanceLogs, profilerOpts) {
    this.opDebuggers = {};
    this._evm = evm;
    this._stateManager = stateManager;
    this.common = this._evm.common;
    if (this.common.consensusType() === "poa" && this._evm["_optsCached"].cliqueSigner === void 0)
      throw EthereumJSErrorWithoutCode("Must include cliqueSigner function if clique/poa is being used for consensus type");
    this._runState = {
      programCounter: 0,
      opCode: 254,
      // INVALID opcode
      memory: new Memory(),
      memoryWordCount: BIGINT_02,
      highestMemCost: BIGINT_02,
      stack: new Stack(),
      code: new Uint8Array(0),
      validJumps: Uint8Array.from([]),
      cachedPushes: {},
      stateManager: this._stateManager,
      blockchain,
      env,
      shouldDoJumpAnalysis: true,
      interpreter: this,
      gasRefund: env.gasRefund,
      gasLeft,
      stateGasSpilled: BIGINT_02,
      returnBytes: new Uint8Array(0)
    };
    this.journal = journal;
    this._env = env;
    this._result = {
      logs: env.initialLogs ? [...env.initialLogs] : [],
      returnValue: void 0,
      selfdestruct: /* @__PURE__ */ new Map()
    };
    this.profilerOpts = profilerOpts;
    this.performanceLogger = performanceLogs;
  }
  async run(code, opts = {}) {
    if (!this.common.isActivatedEIP(3540) || code[0] !== FORMAT) {
      this._runState.code = code;
    } else if (this.common.isActivatedEIP(3540)) {
      if (code[1] !== MAGIC) {
        return {
          runState: this._runState,
          exceptionError: new EVMError(EVMError.errorMessages.INVALID_BYTECODE_RESULT)
        };
      }
      if (code[2] !== VERSION) {
        return {
          runState: this._runState,
          exceptionError: new EVMError(EVMError.errorMessages.INVALID_EOF_FORMAT)
        };
      }
      this._runState.code = code;
      const isTxCreate = this._env.isCreate && this._env.depth === 0;
      const eofMode = isTxCreate ? EOFContainerMode.TxInitmode : EOFContainerMode.Default;
      try {
        setupEOF(this._runState, eofMode);
      } catch {
        return {
          runState: this._runState,
          exceptionError: new EVMError(EVMError.errorMessages.INVALID_EOF_FORMAT)
          // TODO: verify if all gas should be consumed
        };
      }
      if (isTxCreate) {
        try {
          validateEOF(this._runState.code, this._evm, ContainerSectionType.InitCode, EOFContainerMode.TxInitmode);
        } catch {
          return {
            runState: this._runState,
            exceptionError: new EVMError(EVMError.errorMessages.INVALID_EOF_FORMAT)
            // TODO: verify if all gas should be consumed
          };
        }
      }
    }
    this._runState.programCounter = opts.pc ?? this._runState.programCounter;
    const pc = this._runState.programCounter;
    if (pc !== 0 && (pc < 0 || pc >= this._runState.code.length)) {
      throw EthereumJSErrorWithoutCode("Internal error: program counter not in range");
    }
    let err;
    let cachedOpcodes;
    let doJumpAnalysis = true;
    let timer;
    let overheadTimer;
    if (this.profilerOpts?.enabled === true && this.performanceLogger.hasTimer()) {
      timer = this.performanceLogger.pauseTimer();
      overheadTimer = this.performanceLogger.startTimer("Overhead");
    }
    while (this._runState.programCounter < this._runState.code.length) {
      const programCounter = this._runState.programCounter;
      let opCode;
      let opCodeObj;
      if (doJumpAnalysis) {
        opCode = this._runState.code[programCounter];
        if (opCode === 86 || opCode === 87 || opCode === 94) {
          const { jumps, pushes, opcodesCached } = this._getValidJumpDestinations(this._runState.code);
          this._runState.validJumps = jumps;
          this._runState.cachedPushes = pushes;
          this._runState.shouldDoJumpAnalysis = false;
          cachedOpcodes = opcodesCached;
          doJumpAnalysis = false;
        }
      } else {
        opCodeObj = cachedOpcodes[programCounter];
        opCode = opCodeObj.opcodeInfo.code;
      }
      if (opCode === 254 && this.common.isActivatedEIP(7864) && // is this a code loaded from state using witnesses
      this._runState.env.chargeCodeAccesses === true) {
        const contract = this._runState.interpreter.getAddress();
        if (!await this._runState.stateManager.checkChunkWitnessPresent(contract, programCounter)) {
          throw Error(`Invalid witness with missing codeChunk for pc=${programCounter}`);
        }
      }
      this._runState.opCode = opCode;
      try {
        if (overheadTimer !== void 0) {
          this.performanceLogger.pauseTimer();
        }
        await this.runStep(opCodeObj);
        if (overheadTimer !== void 0) {
          this.performanceLogger.unpauseTimer(overheadTimer);
        }
      } catch (e) {
        this._runState.env.accessWitness?.revert();
        if (overheadTimer !== void 0) {
          this.performanceLogger.unpauseTimer(overheadTimer);
        }
        if (!("errorType" in e && e.errorType === EVMErrorTypeString)) {
          throw e;
        }
        if (e.error !== EVMError.errorMessages.STOP) {
          err = e;
        }
        break;
      }
    }
    if (err === void 0 && this._runState.eip8037BurnLeftoverAfterCreateHaltOntoAlive === true && this._runState.gasLeft > BIGINT_02) {
      this._runState.gasLeft = BIGINT_02;
      err = new EVMError(EVMError.errorMessages.OUT_OF_GAS);
    }
    if (timer !== void 0) {
      this.performanceLogger.stopTimer(overheadTimer, 0);
      this.performanceLogger.unpauseTimer(timer);
    }
    return {
      runState: this._runState,
      exceptionError: err
    };
  }
  /**
   * Executes the opcode to which the program counter is pointing,
   * reducing its base gas cost, and increments the program counter.
   */
  async runStep(opcodeObj) {
    const opEntry = opcodeObj ?? this.lookupOpInfo(this._runState.opCode);
    const opInfo = opEntry.opcodeInfo;
    let timer;
    if (this.profilerOpts?.enabled === true) {
      timer = this.performanceLogger.startTimer(opInfo.name);
    }
    let gas = opInfo.feeBigInt;
    const memorySizeCache = this._runState.memoryWordCount;
    try {
      if (opInfo.dynamicGas) {
        try {
          gas = await opEntry.gasHandler(this._runState, gas, this.common);
        } catch (error) {
          if (isEVMError(error) && (this._evm.events.listenerCount("step") > 0 || this._evm.DEBUG)) {
            await this._runStepHook(gas, this.getGasLeft(), memorySizeCache);
          }
          throw error;
        }
      }
      if (this._evm.events.listenerCount("step") > 0 || this._evm.DEBUG) {
        await this._runStepHook(gas, this.getGasLeft(), memorySizeCache);
      }
      if ((this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864)) && this._env.chargeCodeAccesses === true) {
        const contract = this._runState.interpreter.getAddress();
        const statelessGas = this._runState.env.accessWitness.readAccountCodeChunks(contract, this._runState.programCounter, this._runState.programCounter);
        gas += statelessGas;
        debugGas(`codechunk accessed statelessGas=${statelessGas} (-> ${gas})`);
      }
      if (opInfo.isInvalid) {
        throw new EVMError(EVMError.errorMessages.INVALID_OPCODE);
      }
      this.useGas(gas, opInfo);
      this._runState.programCounter++;
      consumeEip7928PostTargetCallOog(this._runState);
      const opFn = opEntry.opHandler;
      if (opInfo.isAsync) {
        await opFn.apply(null, [this._runState, this.common]);
      } else {
        ;
        opFn.apply(null, [this._runState, this.common]);
      }
      this._runState.env.accessWitness?.commit();
    } finally {
      if (this.profilerOpts?.enabled === true) {
        this.performanceLogger.stopTimer(timer, Number(gas), "opcodes", opInfo.fee, Number(gas) - opInfo.fee);
      }
    }
  }
  /**
   * Get info for an opcode from EVM's list of opcodes.
   */
  lookupOpInfo(op) {
    return this._evm["_opcodeMap"][op];
  }
  async _runStepHook(dynamicFee, gasLeft, memorySize) {
    const opcodeInfo = this.lookupOpInfo(this._runState.opCode).opcodeInfo;
    const section = this._env.eof?.container.header.getSectionFromProgramCounter(this._runState.programCounter);
    let error = void 0;
    let immediate = void 0;
    if (opcodeInfo.code === 253) {
      const [offset, length] = this._runState.stack.peek(2);
      error = new Uint8Array(0);
      if (length !== BIGINT_02) {
        error = this._runState.memory.read(Number(offset), Number(length));
      }
    }
    if (stackDelta[opcodeInfo.code] !== void 0 && stackDelta[opcodeInfo.code].intermediates > 0) {
      immediate = this._runState.code.slice(
        this._runState.programCounter + 1,
        // immediates start "immediately" following current opcode
        this._runState.programCounter + 1 + stackDelta[opcodeInfo.code].intermediates
      );
    }
    const eventObj = {
      pc: this._runState.programCounter,
      gasLeft,
      gasRefund: this._runState.gasRefund,
      opcode: {
        name: opcodeInfo.fullName,
        fee: opcodeInfo.fee,
        dynamicFee,
        isAsync: opcodeInfo.isAsync,
        code: opcodeInfo.code
      },
      stack: this._runState.stack.getStack(),
      depth: this._env.depth,
      address: this._env.address,
      account: this._env.contract,
      memory: this._runState.memory._store.slice(0, Number(memorySize) * 32),
      memoryWordCount: memorySize,
      codeAddress: this._env.codeAddress,
      stateManager: this._runState.stateManager,
      eofSection: section,
      immediate,
      error,
      eofFunctionDepth: this._env.eof !== void 0 ? this._env.eof?.eofRunState.returnStack.length + 1 : void 0
    };
    if (this._evm.DEBUG) {
      let hexStack = [];
      hexStack = eventObj.stack.map((item) => {
        return bigIntToHex(BigInt(item));
      });
      const name = eventObj.opcode.name;
      const opTrace = {
        pc: eventObj.pc,
        op: name,
        gas: bigIntToHex(eventObj.gasLeft),
        gasCost: bigIntToHex(dynamicFee),
        stack: hexStack,
        depth: eventObj.depth
      };
      if (!(name in this.opDebuggers)) {
        this.opDebuggers[name] = (0, import_debug.default)(`evm:ops:${name}`);
      }
      this.opDebuggers[name](JSON.stringify(opTrace));
    }
    await this._evm["_emit"]("step", eventObj);
  }
  // Returns all valid jump and jumpsub destinations.
  _getValidJumpDestinations(code) {
    const jumps = new Uint8Array(code.length);
    const pushes = {};
    const opcodesCached = Array(code.length);
    for (let i = 0; i < code.length; i++) {
      const opcode = code[i];
      opcodesCached[i] = this.lookupOpInfo(opcode);
      if (opcode <= 127) {
        if (opcode >= 96) {
          const bytesToPush = opcode - 95;
          let pushBytes = code.subarray(i + 1, i + opcode - 94);
          if (pushBytes.length < bytesToPush) {
            pushBytes = setLengthRight(pushBytes, bytesToPush);
          }
          const push = bytesToBigInt(pushBytes);
          pushes[i + 1] = push;
          i += bytesToPush;
        } else if (opcode === 91) {
          jumps[i] = 1;
        }
      } else if (this.common.isActivatedEIP(8024) && (opcode === 230 || opcode === 231 || opcode === 232)) {
        const immediate = code[i + 1];
        if (immediate === void 0) {
          continue;
        }
        const skipImmediate = opcode === 232 ? isEIP8024PairImmediateValid(immediate) : isEIP8024SingleImmediateValid(immediate);
        if (skipImmediate === true) {
          i++;
        }
      }
    }
    return { jumps, pushes, opcodesCached };
  }
  /**
   * Subtracts an amount from the gas counter.
   * @param amount - Amount of gas to consume
   * @param context - Usage context for debugging
   * @throws if out of gas
   */
  useGas(amount, context) {
    this._runState.gasLeft -= amount;
    if (this._evm.DEBUG) {
      let tempString = "";
      if (typeof context === "string") {
        tempString = context + ": ";
      } else if (context !== void 0) {
        tempString = `${context.name} fee: `;
      }
      debugGas(`${tempString}used ${amount} gas (-> ${this._runState.gasLeft})`);
    }
    if (this._runState.gasLeft < BIGINT_02) {
      this._runState.gasLeft = BIGINT_02;
      trap(EVMError.errorMessages.OUT_OF_GAS);
    }
  }
  /**
   * Adds a positive amount to the gas counter.
   * @param amount - Amount of gas refunded
   * @param context - Usage context for debugging
   */
  refundGas(amount, context) {
    if (this._evm.DEBUG) {
      debugGas(`${typeof context === "string" ? context + ": " : ""}refund ${amount} gas (-> ${this._runState.gasRefund})`);
    }
    this._runState.gasRefund += amount;
  }
  /**
   * EIP-8037: Charge state-gas. Draws from the per-tx state-gas reservoir
   * first; if the reservoir is exhausted, the remainder is taken from the
   * regular `gasLeft` (which may OOG). Increments `execution_state_gas_used`
   * by the full charged amount.
   * @param amount - Amount of state gas to charge
   * @param context - Usage context for debugging
   * @throws if both pools combined are insufficient (out of gas)
   */
  chargeStateGas(amount, context) {
    if (amount === BIGINT_02)
      return;
    const evm = this._evm;
    let remaining = amount;
    if (evm.stateGasReservoir > BIGINT_02) {
      const fromReservoir = remaining < evm.stateGasReservoir ? remaining : evm.stateGasReservoir;
      evm.stateGasReservoir -= fromReservoir;
      remaining -= fromReservoir;
    }
    if (remaining > BIGINT_02) {
      this.useGas(remaining, context !== void 0 ? `state-gas spill: ${context}` : "state-gas spill");
      this._runState.stateGasSpilled += remaining;
    }
    evm.executionStateGasUsed += amount;
    if (evm.DEBUG) {
      debugGas(`${context !== void 0 ? context + ": " : ""}charged ${amount} state gas (reservoir=${evm.stateGasReservoir}, executionStateGasUsed=${evm.executionStateGasUsed}, gasLeft=${this._runState.gasLeft}, spilled=${this._runState.stateGasSpilled})`);
    }
  }
  /**
   * EIP-8037: credit a state-gas refund to the local frame, in LIFO order.
   * State-gas charges draw from the reservoir first and from `gasLeft` last,
   * so refunds credit the pool charged last first: `gasLeft` up to the
   * frame's spilled amount, then the reservoir. Decrements
   * `execution_state_gas_used` by the full amount.
   * @param amount - The refund amount to credit
   * @param context - Usage context for debugging
   */
  creditStateGasRefund(amount, context) {
    if (amount === BIGINT_02)
      return;
    const evm = this._evm;
    const runState = this._runState;
    const fromGasLeft = amount < runState.stateGasSpilled ? amount : runState.stateGasSpilled;
    runState.gasLeft += fromGasLeft;
    runState.stateGasSpilled -= fromGasLeft;
    evm.stateGasReservoir += amount - fromGasLeft;
    evm.executionStateGasUsed -= amount;
    if (evm.DEBUG) {
      debugGas(`${context !== void 0 ? context + ": " : ""}credited ${amount} state gas refund (gasLeft +${fromGasLeft}, reservoir=${evm.stateGasReservoir}, executionStateGasUsed=${evm.executionStateGasUsed})`);
    }
  }
  /**
   * EIP-8037: Refill the state-gas reservoir, e.g. on revert / exceptional
   * halt or on SSTORE clear-back-to-zero where the slot was zero at tx start.
   * Increments `stateGasReservoir` and decrements `execution_state_gas_used`
   * by the same amount. Refills always go to the reservoir, regardless of
   * whether the original charge spilled to gas_left.
   * @param amount - Amount of state gas to refill
   * @param context - Usage context for debugging
   */
  refillStateGasReservoir(amount, context) {
    if (amount === BIGINT_02)
      return;
    const evm = this._evm;
    evm.stateGasReservoir += amount;
    evm.executionStateGasUsed -= amount;
    if (evm.DEBUG) {
      debugGas(`${context !== void 0 ? context + ": " : ""}refilled ${amount} state gas (reservoir=${evm.stateGasReservoir}, executionStateGasUsed=${evm.executionStateGasUsed})`);
    }
  }
  /**
   * Reduces amount of gas to be refunded by a positive value.
   * @param amount - Amount to subtract from gas refunds
   * @param context - Usage context for debugging
   */
  subRefund(amount, context) {
    if (this._evm.DEBUG) {
      debugGas(`${typeof context === "string" ? context + ": " : ""}sub gas refund ${amount} (-> ${this._runState.gasRefund})`);
    }
    this._runState.gasRefund -= amount;
    if (this._runState.gasRefund < BIGINT_02) {
      this._runState.gasRefund = BIGINT_02;
      trap(EVMError.errorMessages.REFUND_EXHAUSTED);
    }
  }
  /**
   * Increments the internal gasLeft counter. Used for adding callStipend.
   * @param amount - Amount to add
   */
  addStipend(amount) {
    if (this._evm.DEBUG) {
      debugGas(`add stipend ${amount} (-> ${this._runState.gasLeft})`);
    }
    this._runState.gasLeft += amount;
  }
  /**
   * Returns balance of the given account.
   * @param address - Address of account
   */
  async getExternalBalance(address) {
    if (this._evm.common.isActivatedEIP(7928)) {
      this._evm.blockLevelAccessList?.addAddress(address.toString());
    }
    if (address.equals(this._env.address)) {
      return this._env.contract.balance;
    }
    let account = await this._stateManager.getAccount(address);
    if (!account) {
      account = new Account();
    }
    return account.balance;
  }
  /**
   * Store 256-bit a value in memory to persistent storage.
   */
  async storageStore(key, value) {
    let originalValue;
    if (this._evm.common.isActivatedEIP(7928)) {
      originalValue = await this._stateManager.originalStorageCache.get(this._env.address, key);
    }
    await this._stateManager.putStorage(this._env.address, key, value);
    if (this._evm.common.isActivatedEIP(7928)) {
      this._evm.blockLevelAccessList?.addStorageWrite(this._env.address.toString(), key, value, this._evm.blockLevelAccessList.blockAccessIndex, originalValue);
    }
    const account = await this._stateManager.getAccount(this._env.address);
    if (!account) {
      throw EthereumJSErrorWithoutCode("could not read account while persisting memory");
    }
    this._env.contract = account;
  }
  /**
   * Loads a 256-bit value to memory from persistent storage.
   * @param key - Storage key
   * @param original - If true, return the original storage value (default: false)
   * @param trackBAL - If true, track in BAL storageReads (default: true). Set to false for
   *                   implicit reads (e.g., SSTORE gas calculation) that should not appear in BAL.
   */
  async storageLoad(key, original = false, trackBAL = true) {
    if (this._evm.common.isActivatedEIP(7928) && trackBAL) {
      this._evm.blockLevelAccessList?.addStorageRead(this._env.address.toString(), key);
    }
    if (original) {
      return this._stateManager.originalStorageCache.get(this._env.address, key);
    } else {
      return this._stateManager.getStorage(this._env.address, key);
    }
  }
  /**
   * Store 256-bit a value in memory to transient storage.
   * @param address Address to use
   * @param key Storage key
   * @param value Storage value
   */
  transientStorageStore(key, value) {
    return this._evm.transientStorage.put(this._env.address, key, value);
  }
  /**
   * Loads a 256-bit value to memory from transient storage.
   * @param address Address to use
   * @param key Storage key
   */
  transientStorageLoad(key) {
    return this._evm.transientStorage.get(this._env.address, key);
  }
  /**
   * Set the returning output data for the execution.
   * @param returnData - Output data to return
   */
  finish(returnData) {
    this._result.returnValue = returnData;
    trap(EVMError.errorMessages.STOP);
  }
  /**
   * Set the returning output data for the execution. This will halt the
   * execution immediately and set the execution result to "reverted".
   * @param returnData - Output data to return
   */
  revert(returnData) {
    this._result.returnValue = returnData;
    trap(EVMError.errorMessages.REVERT);
  }
  /**
   * Returns address of currently executing account.
   */
  getAddress() {
    return this._env.address;
  }
  /**
   * Returns balance of self.
   */
  getSelfBalance() {
    return this._env.contract.balance;
  }
  /**
   * Returns the deposited value by the instruction/transaction
   * responsible for this execution.
   */
  getCallValue() {
    return this._env.callValue;
  }
  /**
   * Returns input data in current environment. This pertains to the input
   * data passed with the message call instruction or transaction.
   */
  getCallData() {
    return this._env.callData;
  }
  /**
   * Returns size of input data in current environment. This pertains to the
   * input data passed with the message call instruction or transaction.
   */
  getCallDataSize() {
    return BigInt(this._env.callData.length);
  }
  /**
   * Returns caller address. This is the address of the account
   * that is directly responsible for this execution.
   */
  getCaller() {
    return bytesToBigInt(this._env.caller.bytes);
  }
  /**
   * Returns the size of code running in current environment.
   */
  getCodeSize() {
    return BigInt(this._env.code.length);
  }
  /**
   * Returns the code running in current environment.
   */
  getCode() {
    return this._env.code;
  }
  /**
   * Returns the current gasCounter.
   */
  getGasLeft() {
    return this._runState.gasLeft;
  }
  /**
   * Returns size of current return data buffer. This contains the return data
   * from the last executed call, callCode, callDelegate, callStatic or create.
   * Note: create only fills the return data buffer in case of a failure.
   */
  getReturnDataSize() {
    return BigInt(this._runState.returnBytes.length);
  }
  /**
   * Returns the current return data buffer. This contains the return data
   * from last executed call, callCode, callDelegate, callStatic or create.
   * Note: create only fills the return data buffer in case of a failure.
   */
  getReturnData() {
    return this._runState.returnBytes;
  }
  /**
   * Returns true if the current call must be executed statically.
   */
  isStatic() {
    return this._env.isStatic;
  }
  /**
   * Returns price of gas in current environment.
   */
  getTxGasPrice() {
    return this._env.gasPrice;
  }
  /**
   * Returns the execution's origination address. This is the
   * sender of original transaction; it is never an account with
   * non-empty associated code.
   */
  getTxOrigin() {
    return bytesToBigInt(this._env.origin.bytes);
  }
  /**
   * Returns the block's number.
   */
  getBlockNumber() {
    return this._env.block.header.number;
  }
  /**
   * Returns the block's beneficiary address.
   */
  getBlockCoinbase() {
    let coinbase;
    if (this.common.consensusAlgorithm() === ConsensusAlgorithm.Clique) {
      coinbase = this._evm["_optsCached"].cliqueSigner(this._env.block.header);
    } else {
      coinbase = this._env.block.header.coinbase;
    }
    return bytesToBigInt(coinbase.toBytes());
  }
  /**
   * Returns the block's timestamp.
   */
  getBlockTimestamp() {
    return this._env.block.header.timestamp;
  }
  /**
   * Returns the block's difficulty.
   */
  getBlockDifficulty() {
    return this._env.block.header.difficulty;
  }
  /**
   * Returns the block's prevRandao field.
   */
  getBlockPrevRandao() {
    return bytesToBigInt(this._env.block.header.prevRandao);
  }
  /**
   * Returns the block's gas limit.
   */
  getBlockGasLimit() {
    return this._env.block.header.gasLimit;
  }
  /**
   * Returns the block's slot number (EIP-7843).
   */
  getBlockSlotNumber() {
    if (this._env.block.header.slotNumber === void 0) {
      throw EthereumJSErrorWithoutCode("slotNumber is not available on this block");
    }
    return this._env.block.header.slotNumber;
  }
  /**
   * Returns the Base Fee of the block as proposed in [EIP-3198](https://eips.ethereum.org/EIPS/eip-3198)
   */
  getBlockBaseFee() {
    const baseFee = this._env.block.header.baseFeePerGas;
    if (baseFee === void 0) {
      throw EthereumJSErrorWithoutCode("Block has no Base Fee");
    }
    return baseFee;
  }
  /**
   * Returns the Blob Base Fee of the block as proposed in [EIP-7516](https://eips.ethereum.org/EIPS/eip-7516)
   */
  getBlobBaseFee() {
    const blobBaseFee = this._env.block.header.getBlobGasPrice();
    if (blobBaseFee === void 0) {
      throw EthereumJSErrorWithoutCode("Block has no Blob Base Fee");
    }
    return blobBaseFee;
  }
  /**
   * Returns the chain ID for current chain. Introduced for the
   * CHAINID opcode proposed in [EIP-1344](https://eips.ethereum.org/EIPS/eip-1344).
   */
  getChainId() {
    return this.common.chainId();
  }
  /**
   * Sends a message with arbitrary data to a given address path.
   */
  async call(gasLimit, address, value, data) {
    const msg = new Message({
      caller: this._env.address,
      gasLimit,
      to: address,
      value,
      data,
      isStatic: this._env.isStatic,
      depth: this._env.depth + 1,
      blobVersionedHashes: this._env.blobVersionedHashes,
      accessWitness: this._env.accessWitness
    });
    return this._baseCall(msg);
  }
  /**
   * Message-call into this account with an alternative account's code.
   */
  async callCode(gasLimit, address, value, data) {
    const msg = new Message({
      caller: this._env.address,
      gasLimit,
      to: this._env.address,
      codeAddress: address,
      value,
      data,
      isStatic: this._env.isStatic,
      depth: this._env.depth + 1,
      blobVersionedHashes: this._env.blobVersionedHashes,
      accessWitness: this._env.accessWitness
    });
    return this._baseCall(msg);
  }
  /**
   * Sends a message with arbitrary data to a given address path, but disallow
   * state modifications. This includes log, create, selfdestruct and call with
   * a non-zero value.
   */
  async callStatic(gasLimit, address, value, data) {
    const msg = new Message({
      caller: this._env.address,
      gasLimit,
      to: address,
      value,
      data,
      isStatic: true,
      depth: this._env.depth + 1,
      blobVersionedHashes: this._env.blobVersionedHashes,
      accessWitness: this._env.accessWitness
    });
    return this._baseCall(msg);
  }
  /**
   * Message-call into this account with an alternative account's code, but
   * persisting the current values for sender and value.
   */
  async callDelegate(gasLimit, address, value, data) {
    const msg = new Message({
      caller: this._env.caller,
      gasLimit,
      to: this._env.address,
      codeAddress: address,
      value,
      data,
      isStatic: this._env.isStatic,
      delegatecall: true,
      depth: this._env.depth + 1,
      blobVersionedHashes: this._env.blobVersionedHashes,
      accessWitness: this._env.accessWitness
    });
    return this._baseCall(msg);
  }
  async _baseCall(msg) {
    const selfdestruct = new Map(this._result.selfdestruct);
    msg.selfdestruct = selfdestruct;
    msg.gasRefund = this._runState.gasRefund;
    this._runState.returnBytes = new Uint8Array(0);
    let createdAddresses;
    if (this.common.isActivatedEIP(6780)) {
      createdAddresses = new Set(this._result.createdAddresses);
      msg.createdAddresses = createdAddresses;
    }
    this._runState.returnBytes = new Uint8Array(0);
    if (this._env.depth >= Number(this.common.param("stackLimit")) || msg.delegatecall !== true && this._env.contract.balance < msg.value) {
      const preCharged = this._runState.lastCallNewAccountStateGas ?? BIGINT_02;
      if (preCharged > BIGINT_02) {
        this.creditStateGasRefund(preCharged, "CALL fail-fast new_account");
        this._runState.lastCallNewAccountStateGas = BIGINT_02;
      }
      return BIGINT_02;
    }
    const results = await this._evm.runCall({ message: msg });
    if (results.execResult.logs) {
      this._result.logs = this._result.logs.concat(results.execResult.logs);
    }
    this.useGas(results.execResult.executionGasUsed, "CALL, STATICCALL, DELEGATECALL, CALLCODE");
    if (this.common.isActivatedEIP(8037)) {
      this._runState.stateGasSpilled += results.execResult.stateGasSpilled ?? BIGINT_02;
      const preCharged = this._runState.lastCallNewAccountStateGas ?? BIGINT_02;
      if (results.execResult.exceptionError !== void 0 && preCharged > BIGINT_02) {
        this.creditStateGasRefund(preCharged, "CALL child-failure new_account");
      }
      this._runState.lastCallNewAccountStateGas = BIGINT_02;
    }
    if (results.execResult.returnValue !== void 0 && (!results.execResult.exceptionError || results.execResult.exceptionError.error === EVMError.errorMessages.REVERT)) {
      this._runState.returnBytes = results.execResult.returnValue;
    }
    if (!results.execResult.exceptionError) {
      for (const [addressToSelfdestructHex, beneficiaryHex] of selfdestruct) {
        this._result.selfdestruct.set(addressToSelfdestructHex, beneficiaryHex);
      }
      if (this.common.isActivatedEIP(6780)) {
        for (const item of createdAddresses) {
          this._result.createdAddresses.add(item);
        }
      }
      const account = await this._stateManager.getAccount(this._env.address);
      if (!account) {
        throw EthereumJSErrorWithoutCode("could not read contract account");
      }
      this._env.contract = account;
      this._runState.gasRefund = results.execResult.gasRefund ?? BIGINT_02;
    }
    return this._getReturnCode(results);
  }
  /**
   * Creates a new contract with a given value.
   */
  async create(gasLimit, value, codeToRun, salt, eofCallData) {
    const selfdestruct = new Map(this._result.selfdestruct);
    const caller = this._env.address;
    const depth = this._env.depth + 1;
    this._runState.returnBytes = new Uint8Array(0);
    const refundCreatePreCharge = (context) => {
      const preCharged = this._runState.lastCreateNewAccountStateGas ?? BIGINT_02;
      if (preCharged === BIGINT_02)
        return;
      this.creditStateGasRefund(preCharged, context);
      this._runState.lastCreateNewAccountStateGas = BIGINT_02;
    };
    if (this._env.depth >= Number(this.common.param("stackLimit")) || this._env.contract.balance < value) {
      refundCreatePreCharge("CREATE fail-fast new_account");
      return BIGINT_02;
    }
    if (this._env.contract.nonce >= MAX_UINT64) {
      refundCreatePreCharge("CREATE fail-fast new_account");
      return BIGINT_02;
    }
    const targetAddressBytes = salt ? generateAddress2(this._env.address.bytes, salt, codeToRun) : generateAddress(this._env.address.bytes, bigIntToBytes(this._env.contract.nonce));
    if (this.common.isActivatedEIP(8038) && this.common.isActivatedEIP(2929)) {
      this.journal.addWarmedAddress(targetAddressBytes);
    }
    this._env.contract.nonce += BIGINT_1;
    await this.journal.putAccount(this._env.address, this._env.contract);
    if (this.common.isActivatedEIP(7928)) {
      this._evm.blockLevelAccessList.addNonceChange(this._env.address.toString(), this._env.contract.nonce, this._evm.blockLevelAccessList.blockAccessIndex);
    }
    if (this.common.isActivatedEIP(7928)) {
      const toAccount = await this._stateManager.getAccount(new Address(targetAddressBytes));
      if (toAccount !== void 0 && (toAccount.nonce > BIGINT_02 || equalsBytes(toAccount.codeHash, KECCAK256_NULL) === false || equalsBytes(toAccount.storageRoot, KECCAK256_RLP) === false)) {
        this.useGas(gasLimit, "CREATE collision");
        this._evm.blockLevelAccessList.addAddress(bytesToHex4(targetAddressBytes));
        refundCreatePreCharge("CREATE collision new_account");
        return BIGINT_02;
      }
    }
    if (this.common.isActivatedEIP(3860)) {
      if (codeToRun.length > Number(this.common.param("maxInitCodeSize")) && this._evm.allowUnlimitedInitCodeSize === false) {
        refundCreatePreCharge("CREATE fail-fast new_account");
        return BIGINT_02;
      }
    }
    const message = new Message({
      caller,
      gasLimit,
      value,
      data: codeToRun,
      eofCallData,
      salt,
      depth,
      selfdestruct,
      gasRefund: this._runState.gasRefund,
      blobVersionedHashes: this._env.blobVersionedHashes,
      accessWitness: this._env.accessWitness
    });
    let createdAddresses;
    if (this.common.isActivatedEIP(6780)) {
      createdAddresses = new Set(this._result.createdAddresses);
      message.createdAddresses = createdAddresses;
    }
    const results = await this._evm.runCall({ message });
    if (results.execResult.logs) {
      this._result.logs = this._result.logs.concat(results.execResult.logs);
    }
    this.useGas(results.execResult.executionGasUsed, "CREATE");
    if (this.common.isActivatedEIP(8037)) {
      if (results.execResult.exceptionError !== void 0) {
        const haltedOntoAlive = results.execResult.exceptionError.error !== EVMError.errorMessages.REVERT && message.createdTargetAlive === true;
        if (haltedOntoAlive) {
          const preCharged = this._runState.lastCreateNewAccountStateGas ?? BIGINT_02;
          if (preCharged > BIGINT_02) {
            const fromSpill = preCharged < this._runState.stateGasSpilled ? preCharged : this._runState.stateGasSpilled;
            this._runState.stateGasSpilled -= fromSpill;
            this._evm.executionStateGasUsed -= fromSpill;
            const fromReservoir = preCharged - fromSpill;
            if (fromReservoir > BIGINT_02) {
              this.refillStateGasReservoir(fromReservoir, "CREATE halt onto alive reservoir");
            }
            this._runState.lastCreateNewAccountStateGas = BIGINT_02;
            this._runState.eip8037BurnLeftoverAfterCreateHaltOntoAlive = true;
          }
        } else {
          refundCreatePreCharge("CREATE failure new_account");
        }
      } else {
        this._runState.stateGasSpilled += results.execResult.stateGasSpilled ?? BIGINT_02;
        if (message.createdTargetAlive === true) {
          refundCreatePreCharge("CREATE onto alive account new_account");
        }
      }
    }
    if (results.execResult.exceptionError && results.execResult.exceptionError.error === EVMError.errorMessages.REVERT) {
      this._runState.returnBytes = results.execResult.returnValue;
    }
    if (!results.execResult.exceptionError || results.execResult.exceptionError.error === EVMError.errorMessages.CODESTORE_OUT_OF_GAS) {
      for (const [addressToSelfdestructHex, beneficiaryHex] of selfdestruct) {
        this._result.selfdestruct.set(addressToSelfdestructHex, beneficiaryHex);
      }
      if (this.common.isActivatedEIP(6780)) {
        for (const item of createdAddresses) {
          this._result.createdAddresses.add(item);
        }
      }
      const account = await this._stateManager.getAccount(this._env.address);
      if (!account) {
        throw EthereumJSErrorWithoutCode("could not read contract account");
      }
      this._env.contract = account;
      this._runState.gasRefund = results.execResult.gasRefund ?? BIGINT_02;
      if (results.createdAddress) {
        return bytesToBigInt(results.createdAddress.bytes);
      }
    }
    return this._getReturnCode(results, true);
  }
  /**
   * Creates a new contract with a given value. Generates
   * a deterministic address via CREATE2 rules.
   */
  async create2(gasLimit, value, data, salt) {
    return this.create(gasLimit, value, data, salt);
  }
  /**
   * Creates a new contract with a given value. Generates
   * a deterministic address via EOFCREATE rules.
   */
  async eofcreate(gasLimit, value, containerData, salt, callData) {
    return this.create(gasLimit, value, containerData, salt, callData);
  }
  /**
   * Mark account for later deletion and give the remaining balance to the
   * specified beneficiary address. This will cause a trap and the
   * execution will be aborted immediately.
   * @param toAddress - Beneficiary address
   */
  async selfDestruct(toAddress) {
    return this._selfDestruct(toAddress);
  }
  async _selfDestruct(toAddress) {
    const selfdestructAddressHex = bytesToHex4(this._env.address.bytes);
    if (!this._result.selfdestruct.has(selfdestructAddressHex)) {
      this.refundGas(this.common.param("selfdestructRefundGas"));
    }
    this._result.selfdestruct.set(selfdestructAddressHex, toAddress.toString());
    const toSelf = equalsBytes(toAddress.bytes, this._env.address.bytes);
    const contractBalance = this._env.contract.balance;
    if (this.common.isActivatedEIP(7708) && contractBalance > BIGINT_02 && !toSelf) {
      const fromTopic = setLengthLeft(this._env.address.bytes, 32);
      const toTopic = setLengthLeft(toAddress.bytes, 32);
      const data = setLengthLeft(bigIntToBytes(contractBalance), 32);
      const transferLog = [
        EIP7708_SYSTEM_ADDRESS,
        [EIP7708_TRANSFER_TOPIC, fromTopic, toTopic],
        data
      ];
      this._result.logs.push(transferLog);
    }
    let beneficiaryWasNew = false;
    if (!toSelf) {
      let toAccount = await this._stateManager.getAccount(toAddress);
      beneficiaryWasNew = toAccount === void 0 || toAccount.isEmpty();
      if (!toAccount) {
        toAccount = new Account();
      }
      const originalBalance = toAccount.balance;
      toAccount.balance += contractBalance;
      await this.journal.putAccount(toAddress, toAccount);
      if (this.common.isActivatedEIP(7928)) {
        this._evm.blockLevelAccessList.addBalanceChange(toAddress.toString(), toAccount.balance, this._evm.blockLevelAccessList.blockAccessIndex, originalBalance);
      }
    }
    if (this.common.isActivatedEIP(8037) && !toSelf && beneficiaryWasNew && contractBalance > BIGINT_02) {
      const stateBytesPerNewAccount = this.common.param("stateBytesPerNewAccount");
      const blockGasLimit2 = this._env.block.header.gasLimit;
      const costPerStateByte = activeCostPerStateByte(this.common, blockGasLimit2);
      const charge = stateBytesPerNewAccount * costPerStateByte;
      this.chargeStateGas(charge, "SELFDESTRUCT new beneficiary");
    }
    let doModify = !this.common.isActivatedEIP(6780);
    if (!doModify) {
      doModify = this._env.createdAddresses.has(this._env.address.toString());
      if (!doModify) {
        doModify = !toSelf;
      }
    }
    if (this.common.isActivatedEIP(8246) && toSelf) {
      doModify = false;
    }
    if (this.common.isActivatedEIP(7708) && !this.common.isActivatedEIP(8246) && contractBalance > BIGINT_02 && toSelf && doModify) {
      const contractTopic = setLengthLeft(this._env.address.bytes, 32);
      const data = setLengthLeft(bigIntToBytes(contractBalance), 32);
      const burnLog = [EIP7708_SYSTEM_ADDRESS, [EIP7708_BURN_TOPIC, contractTopic], data];
      this._result.logs.push(burnLog);
    }
    if (doModify) {
      const originalBalance = this._env.contract.balance;
      await this._stateManager.modifyAccountFields(this._env.address, {
        balance: BIGINT_02
      });
      if (this.common.isActivatedEIP(7928)) {
        this._evm.blockLevelAccessList.addBalanceChange(this._env.address.toString(), BIGINT_02, this._evm.blockLevelAccessList.blockAccessIndex, originalBalance);
      }
    }
    trap(EVMError.errorMessages.STOP);
  }
  /**
   * Creates a new log in the current environment.
   */
  log(data, numberOfTopics, topics) {
    if (numberOfTopics < 0 || numberOfTopics > 4) {
      trap(EVMError.errorMessages.OUT_OF_RANGE);
    }
    if (topics.length !== numberOfTopics) {
      trap(EVMError.errorMessages.INTERNAL_ERROR);
    }
    const log = [this._env.address.bytes, topics, data];
    this._result.logs.push(log);
  }
  _getReturnCode(results, isEOFCreate = false) {
    if (this._runState.env.eof === void 0 || isEOFCreate) {
      if (results.execResult.exceptionError) {
        return BIGINT_02;
      } else {
        return BIGINT_1;
      }
    } else {
      if (results.execResult.exceptionError !== void 0) {
        if (results.execResult.exceptionError.error === EVMError.errorMessages.REVERT) {
          return BIGINT_1;
        } else {
          return BIGINT_2;
        }
      }
      return BIGINT_02;
    }
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/journal.js
var import_debug2 = __toESM(require_src(), 1);
var Journal = class {
  constructor(stateManager, common) {
    this.DEBUG = isDebugEnabled("ethjs");
    this._debug = (0, import_debug2.default)("evm:journal");
    this.cleanJournal();
    this.journalHeight = 0;
    this.stateManager = stateManager;
    this.common = common;
  }
  /**
   * Clears the internal `accessList` map, and mark this journal to start reporting
   * which addresses and storages have been accessed
   */
  startReportingAccessList() {
    this.accessList = /* @__PURE__ */ new Map();
  }
  /**
   * Clears the internal `preimages` map, and marks this journal to start reporting
   * the images (hashed addresses) of the accounts that have been accessed
   */
  startReportingPreimages() {
    this.preimages = /* @__PURE__ */ new Map();
  }
  async putAccount(address, account) {
    this.touchAddress(address);
    return this.stateManager.putAccount(address, account);
  }
  async deleteAccount(address) {
    this.touchAddress(address);
    await this.stateManager.deleteAccount(address);
  }
  touchAddress(address) {
    const str = address.toString().slice(2);
    this.touchAccount(str);
  }
  touchAccount(address) {
    if (this.preimages !== void 0) {
      const bytesAddress = unprefixedHexToBytes(address);
      if (this.stateManager.getAppliedKey === void 0) {
        throw EthereumJSErrorWithoutCode("touchAccount: stateManager.getAppliedKey can not be undefined if preimage storing is enabled");
      }
      const hashedKey = this.stateManager.getAppliedKey(bytesAddress);
      this.preimages.set(bytesToHex4(hashedKey), bytesAddress);
    }
    if (!this.touched.has(address)) {
      this.touched.add(address);
      const diffArr = this.journalDiff[this.journalDiff.length - 1][1];
      diffArr[2].add(address);
    }
  }
  async commit() {
    this.journalHeight--;
    this.journalDiff.push([this.journalHeight, [/* @__PURE__ */ new Set(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Set()]]);
    await this.stateManager.commit();
  }
  async checkpoint() {
    this.journalHeight++;
    this.journalDiff.push([this.journalHeight, [/* @__PURE__ */ new Set(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Set()]]);
    await this.stateManager.checkpoint();
  }
  async revert() {
    let finalI;
    for (let i = this.journalDiff.length - 1; i >= 0; i--) {
      finalI = i;
      const [height, diff] = this.journalDiff[i];
      if (height < this.journalHeight) {
        break;
      }
      const addressSet = diff[0];
      const slotsMap = diff[1];
      const touchedSet = diff[2];
      for (const address of addressSet) {
        if (this.journal.has(address)) {
          this.journal.delete(address);
        }
      }
      for (const [address, delSlots] of slotsMap) {
        if (this.journal.has(address)) {
          const slots = this.journal.get(address);
          for (const delSlot of delSlots) {
            slots.delete(delSlot);
          }
        }
      }
      for (const address of touchedSet) {
        if (address !== RIPEMD160_ADDRESS_STRING) {
          this.touched.delete(address);
        }
      }
    }
    this.journalDiff = this.journalDiff.slice(0, finalI + 1);
    this.journalHeight--;
    await this.stateManager.revert();
  }
  cleanJournal() {
    this.journalHeight = 0;
    this.journal = /* @__PURE__ */ new Map();
    this.alwaysWarmJournal = /* @__PURE__ */ new Map();
    this.touched = /* @__PURE__ */ new Set();
    this.journalDiff = [[0, [/* @__PURE__ */ new Set(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Set()]]];
  }
  /**
   * Removes accounts from the state trie that have been touched,
   * as defined in EIP-161 (https://eips.ethereum.org/EIPS/eip-161).
   * Also cleanups any other internal fields
   */
  async cleanup() {
    if (this.common.gteHardfork(Hardfork.SpuriousDragon)) {
      for (const addressHex of this.touched) {
        const address = new Address(hexToBytes4(`0x${addressHex}`));
        const account = await this.stateManager.getAccount(address);
        if (account === void 0 || account.isEmpty()) {
          await this.deleteAccount(address);
          if (this.DEBUG) {
            this._debug(`Cleanup touched account address=${address} (>= SpuriousDragon)`);
          }
        }
      }
    }
    this.cleanJournal();
    delete this.accessList;
    delete this.preimages;
  }
  addAlwaysWarmAddress(addressStr, addToAccessList = false) {
    const address = stripHexPrefix2(addressStr);
    if (!this.alwaysWarmJournal.has(address)) {
      this.alwaysWarmJournal.set(address, /* @__PURE__ */ new Set());
    }
    if (addToAccessList && this.accessList !== void 0) {
      if (!this.accessList.has(address)) {
        this.accessList.set(address, /* @__PURE__ */ new Set());
      }
    }
  }
  addAlwaysWarmSlot(addressStr, slotStr, addToAccessList = false) {
    const address = stripHexPrefix2(addressStr);
    this.addAlwaysWarmAddress(address, addToAccessList);
    const slotsSet = this.alwaysWarmJournal.get(address);
    const slot = stripHexPrefix2(slotStr);
    slotsSet.add(slot);
    if (addToAccessList && this.accessList !== void 0) {
      this.accessList.get(address).add(slot);
    }
  }
  /**
   * Returns true if the address is warm in the current context.
   */
  isWarmedAddress(address) {
    const addressHex = bytesToUnprefixedHex(address);
    const warm2 = this.journal.has(addressHex) || this.alwaysWarmJournal.has(addressHex);
    return warm2;
  }
  /**
   * Marks an address as warm in the current context.
   */
  addWarmedAddress(addressArr) {
    const address = bytesToUnprefixedHex(addressArr);
    if (!this.journal.has(address)) {
      this.journal.set(address, /* @__PURE__ */ new Set());
      const diffArr = this.journalDiff[this.journalDiff.length - 1][1];
      diffArr[0].add(address);
    }
    if (this.accessList !== void 0) {
      if (!this.accessList.has(address)) {
        this.accessList.set(address, /* @__PURE__ */ new Set());
      }
    }
  }
  /**
   * Returns true if the storage slot is warm for the given contract address.
   */
  isWarmedStorage(address, slot) {
    const addressHex = bytesToUnprefixedHex(address);
    const slots = this.journal.get(addressHex);
    if (slots === void 0) {
      if (this.alwaysWarmJournal.has(addressHex)) {
        return this.alwaysWarmJournal.get(addressHex).has(bytesToUnprefixedHex(slot));
      }
      return false;
    }
    if (slots.has(bytesToUnprefixedHex(slot))) {
      return true;
    } else if (this.alwaysWarmJournal.has(addressHex)) {
      return this.alwaysWarmJournal.get(addressHex).has(bytesToUnprefixedHex(slot));
    }
    return false;
  }
  /**
   * Marks a storage slot as warm for the given contract address.
   */
  addWarmedStorage(address, slot) {
    const addressHex = bytesToUnprefixedHex(address);
    let slots = this.journal.get(addressHex);
    if (slots === void 0) {
      this.addWarmedAddress(address);
      slots = this.journal.get(addressHex);
    }
    const slotStr = bytesToUnprefixedHex(slot);
    if (!slots.has(slotStr)) {
      slots.add(slotStr);
      const diff = this.journalDiff[this.journalDiff.length - 1][1];
      const addressSlotMap = diff[1];
      if (!addressSlotMap.has(addressHex)) {
        addressSlotMap.set(addressHex, /* @__PURE__ */ new Set());
      }
      const slotsSet = addressSlotMap.get(addressHex);
      slotsSet.add(slotStr);
    }
    if (this.accessList !== void 0) {
      const addrSet = this.accessList.get(addressHex);
      addrSet.add(slotStr);
    }
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/logger.js
var blockGasLimit = 3e7;
var slotTime = 12;
var bpsNormalizer = blockGasLimit / slotTime;
var Timer = class {
  constructor(tag) {
    this.runTime = 0;
    this.tag = tag;
    this.startTime = performance.now();
  }
  pause() {
    this.runTime = this.runTime + performance.now() - this.startTime;
  }
  unpause() {
    this.startTime = performance.now();
  }
  time() {
    return (performance.now() - this.startTime + this.runTime) / 1e3;
  }
};
var EVMPerformanceLogger = class {
  constructor() {
    this.clear();
  }
  clear() {
    this.opcodes = {};
    this.precompiles = {};
  }
  getLogs() {
    function getLogsFor(obj) {
      const output = [];
      for (const key in obj) {
        const field = obj[key];
        const gasPerSecond = field.gasUsed / field.time;
        const entry = {
          calls: field.calls,
          totalTime: Math.round(field.time * 1e6) / 1e3,
          avgTimePerCall: Math.round(field.time / field.calls * 1e6) / 1e3,
          gasUsed: field.gasUsed,
          millionGasPerSecond: Math.round(gasPerSecond / 1e3) / 1e3,
          blocksPerSlot: Math.round(gasPerSecond / bpsNormalizer * 1e3) / 1e3,
          tag: key
        };
        if (field.dynamicGasUsed !== void 0) {
          entry.staticGas = field.staticGas;
          entry.staticGasUsed = field.staticGas * field.calls;
          entry.dynamicGasUsed = field.dynamicGasUsed;
        }
        output.push(entry);
      }
      output.sort((a, b) => {
        return b.millionGasPerSecond - a.millionGasPerSecond;
      });
      return output;
    }
    return {
      opcodes: getLogsFor(this.opcodes),
      precompiles: getLogsFor(this.precompiles)
    };
  }
  hasTimer() {
    return this.currentTimer !== void 0;
  }
  // Start a new timer
  // Only one timer can be timing at the same time
  startTimer(tag) {
    if (this.currentTimer !== void 0) {
      throw EthereumJSErrorWithoutCode("Cannot have two timers running at the same time");
    }
    this.currentTimer = new Timer(tag);
    return this.currentTimer;
  }
  // Pauses current timer and returns that timer
  pauseTimer() {
    const timer = this.currentTimer;
    if (timer === void 0) {
      throw EthereumJSErrorWithoutCode("No timer to pause");
    }
    timer.pause();
    this.currentTimer = void 0;
    return timer;
  }
  // Unpauses current timer and returns that timer
  unpauseTimer(timer) {
    if (this.currentTimer !== void 0) {
      throw EthereumJSErrorWithoutCode("Cannot unpause timer: another timer is already running");
    }
    timer.unpause();
    this.currentTimer = timer;
  }
  // Stops a timer from running
  stopTimer(timer, gasUsed, targetTimer = "opcodes", staticGas, dynamicGas) {
    if (this.currentTimer === void 0 || this.currentTimer !== timer) {
      throw EthereumJSErrorWithoutCode("Cannot stop timer: another timer is already running");
    }
    const time = timer.time();
    const tag = timer.tag;
    this.currentTimer = void 0;
    const target = this[targetTimer];
    if (target[tag] === void 0) {
      target[tag] = {
        calls: 0,
        time: 0,
        gasUsed: 0
      };
    }
    const obj = target[tag];
    obj.calls++;
    obj.time += time;
    obj.gasUsed += gasUsed;
    if (targetTimer === "opcodes") {
      obj.staticGas = staticGas;
      obj.dynamicGasUsed = (obj.dynamicGasUsed ?? 0) + dynamicGas;
    }
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/params.js
var paramsEVM = {
  /**
   * Frontier/Chainstart
   */
  1: {
    // gasConfig
    maxRefundQuotient: 2,
    // Maximum refund quotient; max tx refund is min(tx.gasUsed/maxRefundQuotient, tx.gasRefund)
    // gasPrices
    basefeeGas: 2,
    // Gas base cost, used e.g. for ChainID opcode (Istanbul)
    expGas: 10,
    // Base fee of the EXP opcode
    expByteGas: 10,
    // Times ceil(log256(exponent)) for the EXP instruction
    keccak256Gas: 30,
    // Base fee of the SHA3 opcode
    keccak256WordGas: 6,
    // Once per word of the SHA3 operation's data
    sloadGas: 50,
    // Base fee of the SLOAD opcode
    sstoreSetGas: 2e4,
    // Once per SSTORE operation if the zeroness changes from zero
    sstoreResetGas: 5e3,
    // Once per SSTORE operation if the zeroness does not change from zero
    sstoreRefundGas: 15e3,
    // Once per SSTORE operation if the zeroness changes to zero
    jumpdestGas: 1,
    // Base fee of the JUMPDEST opcode
    logGas: 375,
    // Base fee of the LOG opcode
    logDataGas: 8,
    // Per byte in a LOG* operation's data
    logTopicGas: 375,
    // Multiplied by the * of the LOG*, per LOG transaction. e.g. LOG0 incurs 0 * c_txLogTopicGas, LOG4 incurs 4 * c_txLogTopicGas
    createGas: 32e3,
    // Base fee of the CREATE opcode
    callGas: 40,
    // Base fee of the CALL opcode
    callStipendGas: 2300,
    // Free gas given at beginning of call
    callValueTransferGas: 9e3,
    // Paid for CALL when the value transfer is non-zero
    callNewAccountGas: 25e3,
    // Paid for CALL when the destination address didn't exist prior
    selfdestructRefundGas: 24e3,
    // Refunded following a selfdestruct operation
    memoryGas: 3,
    // Times the address of the (highest referenced byte in memory + 1). NOTE: referencing happens on read, write and in instructions such as RETURN and CALL
    quadCoefficientDivGas: 512,
    // Divisor for the quadratic particle of the memory cost equation
    createDataGas: 200,
    //
    copyGas: 3,
    // Multiplied by the number of 32-byte words that are copied (round up) for any *COPY operation and added
    ecRecoverGas: 3e3,
    sha256Gas: 60,
    sha256WordGas: 12,
    ripemd160Gas: 600,
    ripemd160WordGas: 120,
    identityGas: 15,
    identityWordGas: 3,
    stopGas: 0,
    // Base fee of the STOP opcode
    addGas: 3,
    // Base fee of the ADD opcode
    mulGas: 5,
    // Base fee of the MUL opcode
    subGas: 3,
    // Base fee of the SUB opcode
    divGas: 5,
    // Base fee of the DIV opcode
    sdivGas: 5,
    // Base fee of the SDIV opcode
    modGas: 5,
    // Base fee of the MOD opcode
    smodGas: 5,
    // Base fee of the SMOD opcode
    addmodGas: 8,
    // Base fee of the ADDMOD opcode
    mulmodGas: 8,
    // Base fee of the MULMOD opcode
    signextendGas: 5,
    // Base fee of the SIGNEXTEND opcode
    ltGas: 3,
    // Base fee of the LT opcode
    gtGas: 3,
    // Base fee of the GT opcode
    sltGas: 3,
    // Base fee of the SLT opcode
    sgtGas: 3,
    // Base fee of the SGT opcode
    eqGas: 3,
    // Base fee of the EQ opcode
    iszeroGas: 3,
    // Base fee of the ISZERO opcode
    andGas: 3,
    // Base fee of the AND opcode
    orGas: 3,
    // Base fee of the OR opcode
    xorGas: 3,
    // Base fee of the XOR opcode
    notGas: 3,
    // Base fee of the NOT opcode
    byteGas: 3,
    // Base fee of the BYTE opcode
    addressGas: 2,
    // Base fee of the ADDRESS opcode
    balanceGas: 20,
    // Base fee of the BALANCE opcode
    originGas: 2,
    // Base fee of the ORIGIN opcode
    callerGas: 2,
    // Base fee of the CALLER opcode
    callvalueGas: 2,
    // Base fee of the CALLVALUE opcode
    calldataloadGas: 3,
    // Base fee of the CALLDATALOAD opcode
    calldatasizeGas: 2,
    // Base fee of the CALLDATASIZE opcode
    calldatacopyGas: 3,
    // Base fee of the CALLDATACOPY opcode
    codesizeGas: 2,
    // Base fee of the CODESIZE opcode
    codecopyGas: 3,
    // Base fee of the CODECOPY opcode
    gaspriceGas: 2,
    // Base fee of the GASPRICE opcode
    extcodesizeGas: 20,
    // Base fee of the EXTCODESIZE opcode
    extcodecopyGas: 20,
    // Base fee of the EXTCODECOPY opcode
    blockhashGas: 20,
    // Base fee of the BLOCKHASH opcode
    coinbaseGas: 2,
    // Base fee of the COINBASE opcode
    timestampGas: 2,
    // Base fee of the TIMESTAMP opcode
    numberGas: 2,
    // Base fee of the NUMBER opcode
    difficultyGas: 2,
    // Base fee of the DIFFICULTY opcode
    gaslimitGas: 2,
    // Base fee of the GASLIMIT opcode
    slotnumGas: 2,
    // Base fee of the SLOTNUM opcode (EIP-7843)
    popGas: 2,
    // Base fee of the POP opcode
    mloadGas: 3,
    // Base fee of the MLOAD opcode
    mstoreGas: 3,
    // Base fee of the MSTORE opcode
    mstore8Gas: 3,
    // Base fee of the MSTORE8 opcode
    sstoreGas: 0,
    // Base fee of the SSTORE opcode
    jumpGas: 8,
    // Base fee of the JUMP opcode
    jumpiGas: 10,
    // Base fee of the JUMPI opcode
    pcGas: 2,
    // Base fee of the PC opcode
    msizeGas: 2,
    // Base fee of the MSIZE opcode
    gasGas: 2,
    // Base fee of the GAS opcode
    pushGas: 3,
    // Base fee of the PUSH opcode
    dupGas: 3,
    // Base fee of the DUP opcode
    swapGas: 3,
    // Base fee of the SWAP opcode
    callcodeGas: 40,
    // Base fee of the CALLCODE opcode
    returnGas: 0,
    // Base fee of the RETURN opcode
    invalidGas: 0,
    // Base fee of the INVALID opcode
    selfdestructGas: 0,
    // Base fee of the SELFDESTRUCT opcode
    prevrandaoGas: 0,
    // TODO: these below 0-gas additions might also point to non-clean implementations in the code base
    // evm
    stackLimit: 1024
    // Maximum size of VM stack allowed
  },
  /**
  .  * Homestead HF Meta EIP
  .  */
  606: {
    // gasPrices
    delegatecallGas: 40
    // Base fee of the DELEGATECALL opcode
  },
  /**
  .  * TangerineWhistle HF Meta EIP
  .  */
  608: {
    // gasPrices
    sloadGas: 200,
    // Once per SLOAD operation
    callGas: 700,
    // Once per CALL operation & message call transaction
    extcodesizeGas: 700,
    // Base fee of the EXTCODESIZE opcode
    extcodecopyGas: 700,
    // Base fee of the EXTCODECOPY opcode
    balanceGas: 400,
    // Base fee of the BALANCE opcode
    delegatecallGas: 700,
    // Base fee of the DELEGATECALL opcode
    callcodeGas: 700,
    // Base fee of the CALLCODE opcode
    selfdestructGas: 5e3
    // Base fee of the SELFDESTRUCT opcode
  },
  /**
  .  * Spurious Dragon HF Meta EIP
  .  */
  607: {
    // gasPrices
    expByteGas: 50,
    // Times ceil(log256(exponent)) for the EXP instruction
    // evm
    maxCodeSize: 24576
    // Maximum length of contract code
  },
  /**
  .  * Byzantium HF Meta EIP
  .  */
  609: {
    // gasPrices
    modexpGquaddivisorGas: 20,
    // Gquaddivisor from modexp precompile for gas calculation
    bn254AddGas: 500,
    // Gas costs for curve addition precompile
    bn254MulGas: 4e4,
    // Gas costs for curve multiplication precompile
    bn254PairingGas: 1e5,
    // Base gas costs for curve pairing precompile
    bn254PairingWordGas: 8e4,
    // Gas costs regarding curve pairing precompile input length
    revertGas: 0,
    // Base fee of the REVERT opcode
    staticcallGas: 700,
    // Base fee of the STATICCALL opcode
    returndatasizeGas: 2,
    // Base fee of the RETURNDATASIZE opcode
    returndatacopyGas: 3
    // Base fee of the RETURNDATACOPY opcode
  },
  /**
  .  * Constantinople HF Meta EIP
  .  */
  1013: {
    // gasPrices
    netSstoreNoopGas: 200,
    // Once per SSTORE operation if the value doesn't change
    netSstoreInitGas: 2e4,
    // Once per SSTORE operation from clean zero
    netSstoreCleanGas: 5e3,
    // Once per SSTORE operation from clean non-zero
    netSstoreDirtyGas: 200,
    // Once per SSTORE operation from dirty
    netSstoreClearRefundGas: 15e3,
    // Once per SSTORE operation for clearing an originally existing storage slot
    netSstoreResetRefundGas: 4800,
    // Once per SSTORE operation for resetting to the original non-zero value
    netSstoreResetClearRefundGas: 19800,
    // Once per SSTORE operation for resetting to the original zero value
    shlGas: 3,
    // Base fee of the SHL opcode
    shrGas: 3,
    // Base fee of the SHR opcode
    sarGas: 3,
    // Base fee of the SAR opcode
    extcodehashGas: 400,
    // Base fee of the EXTCODEHASH opcode
    create2Gas: 32e3
    // Base fee of the CREATE2 opcode
  },
  /**
  .  * Petersburg HF Meta EIP
  .  */
  1716: {
    // gasPrices
    netSstoreNoopGas: null,
    // Removed along EIP-1283
    netSstoreInitGas: null,
    // Removed along EIP-1283
    netSstoreCleanGas: null,
    // Removed along EIP-1283
    netSstoreDirtyGas: null,
    // Removed along EIP-1283
    netSstoreClearRefundGas: null,
    // Removed along EIP-1283
    netSstoreResetRefundGas: null,
    // Removed along EIP-1283
    netSstoreResetClearRefundGas: null
    // Removed along EIP-1283
  },
  /**
  .  * Istanbul HF Meta EIP
  .  */
  1679: {
    // gasPrices
    blake2RoundGas: 1,
    // Gas cost per round for the Blake2 F precompile
    bn254AddGas: 150,
    // Gas costs for curve addition precompile
    bn254MulGas: 6e3,
    // Gas costs for curve multiplication precompile
    bn254PairingGas: 45e3,
    // Base gas costs for curve pairing precompile
    bn254PairingWordGas: 34e3,
    // Gas costs regarding curve pairing precompile input length
    sstoreSentryEIP2200Gas: 2300,
    // Minimum gas required to be present for an SSTORE call, not consumed
    sstoreNoopEIP2200Gas: 800,
    // Once per SSTORE operation if the value doesn't change
    sstoreDirtyEIP2200Gas: 800,
    // Once per SSTORE operation if a dirty value is changed
    sstoreInitEIP2200Gas: 2e4,
    // Once per SSTORE operation from clean zero to non-zero
    sstoreInitRefundEIP2200Gas: 19200,
    // Once per SSTORE operation for resetting to the original zero value
    sstoreCleanEIP2200Gas: 5e3,
    // Once per SSTORE operation from clean non-zero to something else
    sstoreCleanRefundEIP2200Gas: 4200,
    // Once per SSTORE operation for resetting to the original non-zero value
    sstoreClearRefundEIP2200Gas: 15e3,
    // Once per SSTORE operation for clearing an originally existing storage slot
    balanceGas: 700,
    // Base fee of the BALANCE opcode
    extcodehashGas: 700,
    // Base fee of the EXTCODEHASH opcode
    chainidGas: 2,
    // Base fee of the CHAINID opcode
    selfbalanceGas: 5,
    // Base fee of the SELFBALANCE opcode
    sloadGas: 800
    // Base fee of the SLOAD opcode
  },
  /**
  .  * DUPN, SWAPN and EXCHANGE instructions
  .  */
  8024: {
    // gasPrices
    dupnGas: 3,
    // Base fee of the DUPN opcode
    swapnGas: 3,
    // Base fee of the SWAPN opcode
    exchangeGas: 3
    // Base fee of the EXCHANGE opcode
  },
  /**
  .  * Transient storage opcodes
  .  */
  1153: {
    // gasPrices
    tstoreGas: 100,
    // Base fee of the TSTORE opcode
    tloadGas: 100
    // Base fee of the TLOAD opcode
  },
  1559: {
    elasticityMultiplier: 2
    // Maximum block gas target elasticity
  },
  /**
  .  * ModExp gas cost
  .  */
  2565: {
    // gasPrices
    modexpGquaddivisorGas: 3
    // Gquaddivisor from modexp precompile for gas calculation
  },
  /**
   * BLS12-381 precompiles
   */
  2537: {
    // gasPrices
    bls12381G1AddGas: 375,
    // Gas cost of a single BLS12-381 G1 addition precompile-call
    bls12381G1MulGas: 12e3,
    // Gas cost of a single BLS12-381 G1 multiplication precompile-call
    bls12381G2AddGas: 600,
    // Gas cost of a single BLS12-381 G2 addition precompile-call
    bls12381G2MulGas: 22500,
    // Gas cost of a single BLS12-381 G2 multiplication precompile-call
    bls12381PairingBaseGas: 37700,
    // Base gas cost of BLS12-381 pairing check
    bls12381PairingPerPairGas: 32600,
    // Per-pair gas cost of BLS12-381 pairing check
    bls12381MapG1Gas: 5500,
    // Gas cost of BLS12-381 map field element to G1
    bls12381MapG2Gas: 23800
    // Gas cost of BLS12-381 map field element to G2
  },
  /**
  .  * Gas cost increases for state access opcodes
  .  */
  2929: {
    // gasPrices
    coldsloadGas: 2100,
    // Gas cost of the first read of storage from a given location (per transaction)
    coldaccountaccessGas: 2600,
    // Gas cost of the first read of a given address (per transaction)
    warmstoragereadGas: 100,
    // Gas cost of reading storage locations which have already loaded 'cold'
    sstoreCleanEIP2200Gas: 2900,
    // Once per SSTORE operation from clean non-zero to something else
    sstoreNoopEIP2200Gas: 100,
    // Once per SSTORE operation if the value doesn't change
    sstoreDirtyEIP2200Gas: 100,
    // Once per SSTORE operation if a dirty value is changed
    sstoreInitRefundEIP2200Gas: 19900,
    // Once per SSTORE operation for resetting to the original zero value
    sstoreCleanRefundEIP2200Gas: 4900,
    // Once per SSTORE operation for resetting to the original non-zero value
    callGas: 0,
    // Base fee of the CALL opcode
    callcodeGas: 0,
    // Base fee of the CALLCODE opcode
    delegatecallGas: 0,
    // Base fee of the DELEGATECALL opcode
    staticcallGas: 0,
    // Base fee of the STATICCALL opcode
    balanceGas: 0,
    // Base fee of the BALANCE opcode
    extcodesizeGas: 0,
    // Base fee of the EXTCODESIZE opcode
    extcodecopyGas: 0,
    // Base fee of the EXTCODECOPY opcode
    extcodehashGas: 0,
    // Base fee of the EXTCODEHASH opcode
    sloadGas: 0,
    // Base fee of the SLOAD opcode
    sstoreGas: 0
    // Base fee of the SSTORE opcode
  },
  /**
   * Save historical block hashes in state (Verkle related usage, UNSTABLE)
   */
  2935: {
    // evm
    historyStorageAddress: "0x0000F90827F1C53A10CB7A02335B175320002935",
    // The address where the historical blockhashes are stored
    historyServeWindow: 8192,
    // The amount of blocks to be served by the historical blockhash contract
    systemAddress: SYSTEM_ADDRESS
    // The system address
  },
  /**
  .  * BASEFEE opcode
  .  */
  3198: {
    // gasPrices
    basefeeGas: 2
    // Gas cost of the BASEFEE opcode
  },
  /**
  .  * Reduction in refunds
  .  */
  3529: {
    // gasConfig
    maxRefundQuotient: 5,
    // Maximum refund quotient; max tx refund is min(tx.gasUsed/maxRefundQuotient, tx.gasRefund)
    // gasPrices
    selfdestructRefundGas: 0,
    // Refunded following a selfdestruct operation
    sstoreClearRefundEIP2200Gas: 4800
    // Once per SSTORE operation for clearing an originally existing storage slot
  },
  /**
  .  * PUSH0 instruction
  .  */
  3855: {
    // gasPrices
    push0Gas: 2
    // Base fee of the PUSH0 opcode
  },
  /**
  .  * Limit and meter initcode
  .  */
  3860: {
    // gasPrices
    initCodeWordGas: 2,
    // Gas to pay for each word (32 bytes) of initcode when creating a contract
    // vm
    maxInitCodeSize: 49152
    // Maximum length of initialization code when creating a contract
  },
  /**
   * EOF - Static relative jumps
   */
  4200: {
    // gasPrices
    rjumpGas: 2,
    // Base fee of the RJUMP opcode
    rjumpiGas: 4,
    // Base fee of the RJUMPI opcode
    rjumpvGas: 4
    // Base fee of the RJUMPV opcode
  },
  /**
  .  * Supplant DIFFICULTY opcode with PREVRANDAO
  .  */
  4399: {
    // gasPrices
    prevrandaoGas: 2
    // Base fee of the PREVRANDAO opcode (previously DIFFICULTY)
  },
  /**
   * EOF - Functions
   */
  4750: {
    // gasPrices
    callfGas: 5,
    // Base fee of the CALLF opcode
    retfGas: 3
    // Base fee of the RETF opcode
  },
  /**
  .  * Shard Blob Transactions
  .  */
  4844: {
    kzgPointEvaluationPrecompileGas: 5e4,
    // The fee associated with the point evaluation precompile
    blobhashGas: 3,
    // Base fee of the BLOBHASH opcode
    // sharding
    blobCommitmentVersionKzg: 1,
    // The number indicated a versioned hash is a KZG commitment
    fieldElementsPerBlob: 4096
    // The number of field elements allowed per blob
  },
  /**
   * MCOPY - Memory copying instruction
   */
  5656: {
    // gasPrices
    mcopyGas: 3
    // Base fee of the MCOPY opcode
  },
  /**
   * EOF - JUMPF and non-returning functions
   */
  6206: {
    // gasPrices
    jumpfGas: 5
    // Base fee of the JUMPF opcode
  },
  /**
  .  * Revamped CALL instructions
  .  */
  7069: {
    /* Note: per EIP these are the additionally required EIPs:
      EIP 150 - This is the entire Tangerine Whistle hardfork
      EIP 211 - (RETURNDATASIZE / RETURNDATACOPY) - Included in Byzantium
      EIP 214 - (STATICCALL) - Included in Byzantium
    */
    // gasPrices
    extcallGas: 0,
    // Base fee of the EXTCALL opcode
    extdelegatecallGas: 0,
    // Base fee of the EXTDELEGATECALL opcode
    extstaticcallGas: 0,
    // Base fee of the EXTSTATICCALL opcode
    returndataloadGas: 3,
    // Base fee of the RETURNDATALOAD opcode
    minRetainedGas: 5e3,
    // Minimum gas retained prior to executing an EXT*CALL opcode (this is the minimum gas available after performing the EXT*CALL)
    minCalleeGas: 2300
    //Minimum gas available to the the address called by an EXT*CALL opcode
  },
  /**
   * EOF - Data section access instructions
   */
  7480: {
    // gasPrices
    dataloadGas: 4,
    // Base fee of the DATALOAD opcode
    dataloadnGas: 3,
    // Base fee of the DATALOADN opcode
    datasizeGas: 2,
    // Base fee of the DATASIZE opcode
    datacopyGas: 3
    // Base fee of the DATACOPY opcode
  },
  /**
  .  * BLOBBASEFEE opcode
  .  */
  7516: {
    // gasPrices
    blobbasefeeGas: 2
    // Gas cost of the BLOBBASEFEE opcode
  },
  /**
  .  * EOF Contract Creation
  .  */
  7620: {
    /* Note: per EIP these are the additionally required EIPs:
      EIP 170 - (Max contract size) - Included in Spurious Dragon
    */
    // gasPrices
    eofcreateGas: 32e3,
    // Base fee of the EOFCREATE opcode (Same as CREATE/CREATE2)
    returncontractGas: 0
    // Base fee of the RETURNCONTRACT opcode
  },
  /**
  .  * Count leading zeros (CLZ) opcode
  .  */
  7939: {
    // gasPrices
    clzGas: 5
    // Base fee of the CLZ opcode (matching MUL as per EIP-7939)
  },
  /**
   * Reduce intrinsic transaction gas (Amsterdam, experimental).
   * Recipient/value/log extras are intrinsic on `@ethereumjs/tx`
   * (`getIntrinsicGas()` / the calldata floor). The EVM still charges
   * new-account state gas at the top frame. Keep in sync with
   * `@ethereumjs/tx` `paramsTx[2780]`.
   */
  2780: {
    txValueCost: 6e3,
    // TX_VALUE_COST: recipient balance write + EIP-7708 transfer log (folded since glamsterdam-devnet v8)
    transferLogCost: 1756,
    // TRANSFER_LOG_COST: in-EVM EIP-7708 emission sites only (not tx-level intrinsic since v8)
    txRecipientAccessGas: 3e3
    // Recipient cost for a non-self-transfer call (= COLD_ACCOUNT_ACCESS under EIP-8038)
  },
  /**
   * Increase max contract code size and initcode size
   */
  7954: {
    // evm
    maxCodeSize: 65536,
    // EIP-7954: Maximum length of contract code (raised from 24 KiB)
    maxInitCodeSize: 131072
    // EIP-7954: Maximum length of initialization code (2 * maxCodeSize, raised from 48 KiB)
  },
  /**
   * State Creation Gas Cost Increase
   * Regular-gas portions of the state-creation cost overrides per the EIP-8037 parameter table,
   * plus the new state-gas constants. State-gas charges are derived from these constants and
   * applied via the reservoir model (see runTx / interpreter).
   */
  8037: {
    // Regular-gas overrides (state portion is metered separately)
    createGas: 11e3,
    // CREATE base regular gas (CREATE_ACCESS = ACCOUNT_WRITE + COLD_STORAGE_ACCESS); state portion = (stateBytesPerNewAccount + L) * costPerStateByte
    create2Gas: 11e3,
    // CREATE2 base regular gas (CREATE_ACCESS = ACCOUNT_WRITE + COLD_STORAGE_ACCESS); state portion = (stateBytesPerNewAccount + L) * costPerStateByte
    callNewAccountGas: 0,
    // CALL* to non-existent: regular gas (down from 25000); state portion = stateBytesPerNewAccount * costPerStateByte (charged only for value-bearing calls)
    createDataGas: 0,
    // Per-byte regular cost of code deposit (down from 200); replaced by costPerStateByte state-gas plus a per-word hash cost (see codeDepositHashWordGas)
    codeDepositHashWordGas: 6,
    // Per 32-byte word regular hash cost on contract creation (6 * ceil(L/32))
    // New state-gas constants (used to compute state-gas charges)
    costPerStateByte: 1530,
    // Cost per state byte
    stateBytesPerStorageSet: 64,
    // Bytes accounted per new storage slot
    stateBytesPerNewAccount: 120,
    // Bytes accounted per newly created account
    stateBytesPerAuthBase: 23,
    // Bytes accounted per EIP-7702 authorization base
    systemMaxSstoresPerCall: 16
    // Reservoir headroom for system contract calls
  },
  /**
   * State Access Gas Cost Increase (Amsterdam, experimental).
   * Repriced access/write constants per the pinned execution-specs Amsterdam
   * gas schedule. The SSTORE model becomes: access cost (cold/warm) always,
   * plus a flat storageWriteGas on the first change to a slot in the
   * transaction (with a matching refund when the slot is restored), plus the
   * EIP-8037 state-gas portion for newly set slots.
   */
  8038: {
    // gasPrices — glamsterdam-devnet v8.1.0 revised schedule (EIPs#12083)
    coldsloadGas: 2100,
    // COLD_STORAGE_ACCESS unchanged from pre-8038
    coldaccountaccessGas: 3e3,
    // COLD_ACCOUNT_ACCESS (+15% from 2600)
    storageWriteGas: 1e4,
    // STORAGE_WRITE: charged on the first change to a storage slot per transaction
    refundStorageClearGas: 11616,
    // STORAGE_CLEAR_REFUND = (STORAGE_WRITE + COLD_STORAGE_ACCESS) * 4800 / 5000
    callValueTransferGas: 11300,
    // CALL_VALUE = ACCOUNT_WRITE (9000) + CALL_STIPEND (2300)
    accountWriteGas: 9e3,
    // ACCOUNT_WRITE: per-operation account leaf write surcharge
    createGas: 12e3,
    // CREATE_ACCESS = ACCOUNT_WRITE + COLD_ACCOUNT_ACCESS
    create2Gas: 12e3
    // CREATE_ACCESS = ACCOUNT_WRITE + COLD_ACCOUNT_ACCESS
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/util.js
var gasLimitCheck = (opts, gasUsed, pName) => {
  if (opts._debug !== void 0) {
    opts._debug(`Run ${pName} precompile data=${short(opts.data)} length=${opts.data.length} gasLimit=${opts.gasLimit} gasUsed=${gasUsed}`);
  }
  if (opts.gasLimit < gasUsed) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: OOG`);
    }
    return false;
  }
  return true;
};
var equalityLengthCheck = (opts, length, pName) => {
  if (opts.data.length !== length) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: Invalid input length length=${opts.data.length} (expected: ${length})`);
    }
    return false;
  }
  return true;
};
var moduloLengthCheck = (opts, length, pName) => {
  if (opts.data.length % length !== 0) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: Invalid input length length=${opts.data.length} (expected: ${length}*k bytes)`);
    }
    return false;
  }
  return true;
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/0a-kzg-point-evaluation.js
var BLS_MODULUS = BigInt("52435875175126190479447740508185965837690552500527637822603658699938581184513");
var modulusBuffer = setLengthLeft(bigIntToBytes(BLS_MODULUS), 32);
async function precompile0a(opts) {
  const pName = getPrecompileName("0a");
  if (opts.common.customCrypto?.kzg === void 0) {
    throw EthereumJSErrorWithoutCode("kzg not initialized");
  }
  const gasUsed = opts.common.param("kzgPointEvaluationPrecompileGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (opts.data.length !== 192) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const version = Number(opts.common.param("blobCommitmentVersionKzg"));
  const fieldElementsPerBlob = opts.common.param("fieldElementsPerBlob");
  const versionedHash = bytesToHex4(opts.data.subarray(0, 32));
  const z = bytesToHex4(opts.data.subarray(32, 64));
  const y = bytesToHex4(opts.data.subarray(64, 96));
  const commitment = bytesToHex4(opts.data.subarray(96, 144));
  const kzgProof = bytesToHex4(opts.data.subarray(144, 192));
  if (computeVersionedHash(commitment, version) !== versionedHash) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: INVALID_COMMITMENT`);
    }
    return EVMErrorResult(new EVMError(EVMError.errorMessages.INVALID_COMMITMENT), opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName}: proof verification with commitment=${commitment} z=${z} y=${y} kzgProof=${kzgProof}`);
  }
  try {
    const res = opts.common.customCrypto?.kzg?.verifyProof(commitment, z, y, kzgProof);
    if (res === false) {
      return EVMErrorResult(new EVMError(EVMError.errorMessages.INVALID_PROOF), opts.gasLimit);
    }
  } catch (err) {
    const error = err instanceof Error ? err : typeof err === "object" && err !== null && "message" in err ? new Error(String(err.message)) : new Error(String(err));
    if (error.message.includes("C_KZG_BADARGS") === true) {
      if (opts._debug !== void 0) {
        opts._debug(`${pName} failed: INVALID_INPUTS`);
      }
      return EVMErrorResult(new EVMError(EVMError.errorMessages.INVALID_INPUTS), opts.gasLimit);
    }
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: Unknown error - ${error.message}`);
    }
    return EVMErrorResult(new EVMError(EVMError.errorMessages.REVERT), opts.gasLimit);
  }
  const fieldElementsBuffer = setLengthLeft(bigIntToBytes(fieldElementsPerBlob), 32);
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return fieldElements=${bytesToHex4(fieldElementsBuffer)} modulus=${bytesToHex4(modulusBuffer)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: concatBytes4(fieldElementsBuffer, modulusBuffer)
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/bls12_381/constants.js
var BLS_FIELD_MODULUS = BigInt("0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab");
var BLS_G1_POINT_BYTE_LENGTH = 128;
var BLS_G2_POINT_BYTE_LENGTH = 256;
var BLS_G1_INFINITY_POINT_BYTES = new Uint8Array(BLS_G1_POINT_BYTE_LENGTH);
var BLS_G2_INFINITY_POINT_BYTES = new Uint8Array(BLS_G2_POINT_BYTE_LENGTH);
var BLS_ZERO_BUFFER = new Uint8Array(32);
var BLS_ONE_BUFFER = concatBytes4(new Uint8Array(31), hexToBytes4("0x01"));
var BLS_GAS_DISCOUNT_PAIRS_G1 = [
  [1, 1e3],
  [2, 949],
  [3, 848],
  [4, 797],
  [5, 764],
  [6, 750],
  [7, 738],
  [8, 728],
  [9, 719],
  [10, 712],
  [11, 705],
  [12, 698],
  [13, 692],
  [14, 687],
  [15, 682],
  [16, 677],
  [17, 673],
  [18, 669],
  [19, 665],
  [20, 661],
  [21, 658],
  [22, 654],
  [23, 651],
  [24, 648],
  [25, 645],
  [26, 642],
  [27, 640],
  [28, 637],
  [29, 635],
  [30, 632],
  [31, 630],
  [32, 627],
  [33, 625],
  [34, 623],
  [35, 621],
  [36, 619],
  [37, 617],
  [38, 615],
  [39, 613],
  [40, 611],
  [41, 609],
  [42, 608],
  [43, 606],
  [44, 604],
  [45, 603],
  [46, 601],
  [47, 599],
  [48, 598],
  [49, 596],
  [50, 595],
  [51, 593],
  [52, 592],
  [53, 591],
  [54, 589],
  [55, 588],
  [56, 586],
  [57, 585],
  [58, 584],
  [59, 582],
  [60, 581],
  [61, 580],
  [62, 579],
  [63, 577],
  [64, 576],
  [65, 575],
  [66, 574],
  [67, 573],
  [68, 572],
  [69, 570],
  [70, 569],
  [71, 568],
  [72, 567],
  [73, 566],
  [74, 565],
  [75, 564],
  [76, 563],
  [77, 562],
  [78, 561],
  [79, 560],
  [80, 559],
  [81, 558],
  [82, 557],
  [83, 556],
  [84, 555],
  [85, 554],
  [86, 553],
  [87, 552],
  [88, 551],
  [89, 550],
  [90, 549],
  [91, 548],
  [92, 547],
  [93, 547],
  [94, 546],
  [95, 545],
  [96, 544],
  [97, 543],
  [98, 542],
  [99, 541],
  [100, 540],
  [101, 540],
  [102, 539],
  [103, 538],
  [104, 537],
  [105, 536],
  [106, 536],
  [107, 535],
  [108, 534],
  [109, 533],
  [110, 532],
  [111, 532],
  [112, 531],
  [113, 530],
  [114, 529],
  [115, 528],
  [116, 528],
  [117, 527],
  [118, 526],
  [119, 525],
  [120, 525],
  [121, 524],
  [122, 523],
  [123, 522],
  [124, 522],
  [125, 521],
  [126, 520],
  [127, 520],
  [128, 519]
];
var BLS_GAS_DISCOUNT_PAIRS_G2 = [
  [1, 1e3],
  [2, 1e3],
  [3, 923],
  [4, 884],
  [5, 855],
  [6, 832],
  [7, 812],
  [8, 796],
  [9, 782],
  [10, 770],
  [11, 759],
  [12, 749],
  [13, 740],
  [14, 732],
  [15, 724],
  [16, 717],
  [17, 711],
  [18, 704],
  [19, 699],
  [20, 693],
  [21, 688],
  [22, 683],
  [23, 679],
  [24, 674],
  [25, 670],
  [26, 666],
  [27, 663],
  [28, 659],
  [29, 655],
  [30, 652],
  [31, 649],
  [32, 646],
  [33, 643],
  [34, 640],
  [35, 637],
  [36, 634],
  [37, 632],
  [38, 629],
  [39, 627],
  [40, 624],
  [41, 622],
  [42, 620],
  [43, 618],
  [44, 615],
  [45, 613],
  [46, 611],
  [47, 609],
  [48, 607],
  [49, 606],
  [50, 604],
  [51, 602],
  [52, 600],
  [53, 598],
  [54, 597],
  [55, 595],
  [56, 593],
  [57, 592],
  [58, 590],
  [59, 589],
  [60, 587],
  [61, 586],
  [62, 584],
  [63, 583],
  [64, 582],
  [65, 580],
  [66, 579],
  [67, 578],
  [68, 576],
  [69, 575],
  [70, 574],
  [71, 573],
  [72, 571],
  [73, 570],
  [74, 569],
  [75, 568],
  [76, 567],
  [77, 566],
  [78, 565],
  [79, 563],
  [80, 562],
  [81, 561],
  [82, 560],
  [83, 559],
  [84, 558],
  [85, 557],
  [86, 556],
  [87, 555],
  [88, 554],
  [89, 553],
  [90, 552],
  [91, 552],
  [92, 551],
  [93, 550],
  [94, 549],
  [95, 548],
  [96, 547],
  [97, 546],
  [98, 545],
  [99, 545],
  [100, 544],
  [101, 543],
  [102, 542],
  [103, 541],
  [104, 541],
  [105, 540],
  [106, 539],
  [107, 538],
  [108, 537],
  [109, 537],
  [110, 536],
  [111, 535],
  [112, 535],
  [113, 534],
  [114, 533],
  [115, 532],
  [116, 532],
  [117, 531],
  [118, 530],
  [119, 530],
  [120, 529],
  [121, 528],
  [122, 528],
  [123, 527],
  [124, 526],
  [125, 526],
  [126, 525],
  [127, 524],
  [128, 524]
];

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/bls.js
var _0n8 = BigInt(0);
var _1n7 = BigInt(1);
var _2n6 = BigInt(2);
var _3n4 = BigInt(3);
function NAfDecomposition(a) {
  const res = [];
  for (; a > _1n7; a >>= _1n7) {
    if ((a & _1n7) === _0n8)
      res.unshift(0);
    else if ((a & _3n4) === _3n4) {
      res.unshift(-1);
      a += _1n7;
    } else
      res.unshift(1);
  }
  return res;
}
function aNonEmpty(arr) {
  if (!Array.isArray(arr) || arr.length === 0)
    throw new Error("expected non-empty array");
}
function createBlsPairing(fields3, G1, G2, params) {
  validateObject(fields3, { Fp: "object", Fr: "object", Fp2: "object", Fp12: "object" }, { Fp6: "object" }, "fields");
  if (typeof G1 !== "function")
    throw new TypeError('"G1_Point" expected point constructor, got type=' + typeof G1);
  if (typeof G2 !== "function")
    throw new TypeError('"G2_Point" expected point constructor, got type=' + typeof G2);
  validateObject(params, { ateLoopSize: "bigint", xNegative: "boolean", twistType: "string" }, { randomBytes: "function", postPrecompute: "function" }, "params");
  const { Fp: Fp4, Fr, Fp2: Fp23, Fp12: Fp123 } = fields3;
  const { twistType, ateLoopSize, xNegative, postPrecompute } = params;
  const fp22 = (c0, c1) => ({ c0, c1 });
  const fp2f = ({ c0, c1 }) => Object.freeze({ c0, c1 });
  const add2 = (a, b) => fp22(Fp4.add(a.c0, b.c0), Fp4.add(a.c1, b.c1));
  const sub2 = (a, b) => fp22(Fp4.sub(a.c0, b.c0), Fp4.sub(a.c1, b.c1));
  const mul2 = (a, b) => {
    const t0 = Fp4.mul(a.c0, b.c0);
    const t1 = Fp4.mul(a.c1, b.c1);
    return fp22(Fp4.sub(t0, t1), Fp4.sub(Fp4.mul(Fp4.add(a.c0, a.c1), Fp4.add(b.c0, b.c1)), Fp4.add(t0, t1)));
  };
  const mul2ByFp = (a, rhs) => fp22(Fp4.mul(a.c0, rhs), Fp4.mul(a.c1, rhs));
  const mul2ByNonresidue = (a) => Fp23.mulByNonresidue(a);
  const mul014ByLine = ({ c0: f0, c1: f1 }, o0, l1, l4, Px, Py) => {
    const o1 = mul2ByFp(l1, Px);
    const o4 = mul2ByFp(l4, Py);
    const { c0: a0, c1: a1, c2: a2 } = f0;
    const { c0: b0, c1: b1, c2: b2 } = f1;
    const t0_0 = mul2(a0, o0);
    const t0_1 = mul2(a1, o1);
    const t0_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(a1, a2), o1), t0_1)), t0_0);
    const t0_c1 = sub2(sub2(mul2(add2(o0, o1), add2(a0, a1)), t0_0), t0_1);
    const t0_c2 = add2(sub2(mul2(add2(a0, a2), o0), t0_0), t0_1);
    const t1_c0 = mul2ByNonresidue(mul2(b2, o4));
    const t1_c1 = mul2(b0, o4);
    const t1_c2 = mul2(b1, o4);
    const s0 = add2(a0, b0);
    const s1 = add2(a1, b1);
    const s2 = add2(a2, b2);
    const o14 = add2(o1, o4);
    const t2_0 = mul2(s0, o0);
    const t2_1 = mul2(s1, o14);
    const t2_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(s1, s2), o14), t2_1)), t2_0);
    const t2_c1 = sub2(sub2(mul2(add2(o0, o14), add2(s0, s1)), t2_0), t2_1);
    const t2_c2 = add2(sub2(mul2(add2(s0, s2), o0), t2_0), t2_1);
    return Object.freeze({
      c0: Object.freeze({
        c0: fp2f(add2(mul2ByNonresidue(t1_c2), t0_c0)),
        c1: fp2f(add2(t1_c0, t0_c1)),
        c2: fp2f(add2(t1_c1, t0_c2))
      }),
      c1: Object.freeze({
        c0: fp2f(sub2(sub2(t2_c0, t0_c0), t1_c0)),
        c1: fp2f(sub2(sub2(t2_c1, t0_c1), t1_c1)),
        c2: fp2f(sub2(sub2(t2_c2, t0_c2), t1_c2))
      })
    });
  };
  const mul034ByLine = ({ c0: f0, c1: f1 }, l0, l3, o4, Px, Py) => {
    const o0 = mul2ByFp(l0, Py);
    const o3 = mul2ByFp(l3, Px);
    const { c0: a0, c1: a1, c2: a2 } = f0;
    const { c0: b0, c1: b1, c2: b2 } = f1;
    const a_c0 = mul2(a0, o0);
    const a_c1 = mul2(a1, o0);
    const a_c2 = mul2(a2, o0);
    const b0m = mul2(b0, o3);
    const b1m = mul2(b1, o4);
    const b_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(b1, b2), o4), b1m)), b0m);
    const b_c1 = sub2(sub2(mul2(add2(o3, o4), add2(b0, b1)), b0m), b1m);
    const b_c2 = add2(sub2(mul2(add2(b0, b2), o3), b0m), b1m);
    const s0 = add2(a0, b0);
    const s1 = add2(a1, b1);
    const s2 = add2(a2, b2);
    const o03 = add2(o0, o3);
    const e0m = mul2(s0, o03);
    const e1m = mul2(s1, o4);
    const e_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(s1, s2), o4), e1m)), e0m);
    const e_c1 = sub2(sub2(mul2(add2(o03, o4), add2(s0, s1)), e0m), e1m);
    const e_c2 = add2(sub2(mul2(add2(s0, s2), o03), e0m), e1m);
    return Object.freeze({
      c0: Object.freeze({
        c0: fp2f(add2(mul2ByNonresidue(b_c2), a_c0)),
        c1: fp2f(add2(b_c0, a_c1)),
        c2: fp2f(add2(b_c1, a_c2))
      }),
      c1: Object.freeze({
        c0: fp2f(sub2(sub2(e_c0, a_c0), b_c0)),
        c1: fp2f(sub2(sub2(e_c1, a_c1), b_c1)),
        c2: fp2f(sub2(sub2(e_c2, a_c2), b_c2))
      })
    });
  };
  let lineFunction;
  if (twistType === "multiplicative") {
    lineFunction = (c0, c1, c2, f, Px, Py) => mul014ByLine(f, c0, c1, c2, Px, Py);
  } else if (twistType === "divisive") {
    lineFunction = (c0, c1, c2, f, Px, Py) => mul034ByLine(f, c2, c1, c0, Px, Py);
  } else
    throw new Error("bls: unknown twist type");
  const Fp2div2 = Fp23.div(Fp23.ONE, Fp23.mul(Fp23.ONE, _2n6));
  function pointDouble(ell, Rx, Ry, Rz) {
    const t0 = Fp23.sqr(Ry);
    const t1 = Fp23.sqr(Rz);
    const t2 = Fp23.mulByB(Fp23.mul(t1, _3n4));
    const t3 = Fp23.mul(t2, _3n4);
    const t4 = Fp23.sub(Fp23.sub(Fp23.sqr(Fp23.add(Ry, Rz)), t1), t0);
    const c0 = Fp23.sub(t2, t0);
    const c1 = Fp23.mul(Fp23.sqr(Rx), _3n4);
    const c2 = Fp23.neg(t4);
    ell.push([c0, c1, c2]);
    Rx = Fp23.mul(Fp23.mul(Fp23.mul(Fp23.sub(t0, t3), Rx), Ry), Fp2div2);
    Ry = Fp23.sub(Fp23.sqr(Fp23.mul(Fp23.add(t0, t3), Fp2div2)), Fp23.mul(Fp23.sqr(t2), _3n4));
    Rz = Fp23.mul(t0, t4);
    return { Rx, Ry, Rz };
  }
  function pointAdd(ell, Rx, Ry, Rz, Qx, Qy) {
    const t0 = Fp23.sub(Ry, Fp23.mul(Qy, Rz));
    const t1 = Fp23.sub(Rx, Fp23.mul(Qx, Rz));
    const c0 = Fp23.sub(Fp23.mul(t0, Qx), Fp23.mul(t1, Qy));
    const c1 = Fp23.neg(t0);
    const c2 = t1;
    ell.push([c0, c1, c2]);
    const t2 = Fp23.sqr(t1);
    const t3 = Fp23.mul(t2, t1);
    const t4 = Fp23.mul(t2, Rx);
    const t5 = Fp23.add(Fp23.sub(t3, Fp23.mul(t4, _2n6)), Fp23.mul(Fp23.sqr(t0), Rz));
    Rx = Fp23.mul(t1, t5);
    Ry = Fp23.sub(Fp23.mul(Fp23.sub(t4, t5), t0), Fp23.mul(t3, Ry));
    Rz = Fp23.mul(Rz, t3);
    return { Rx, Ry, Rz };
  }
  const ATE_NAF = NAfDecomposition(ateLoopSize);
  const calcPairingPrecomputes = (point) => {
    if (!(point instanceof G2))
      throw new TypeError('"point" expected G2 point, got type=' + typeof point);
    const p = point;
    const { x, y } = p.toAffine();
    const Qx = x, Qy = y, negQy = Fp23.neg(y);
    let Rx = Qx, Ry = Qy, Rz = Fp23.ONE;
    const ell = [];
    for (const bit of ATE_NAF) {
      const cur = [];
      ({ Rx, Ry, Rz } = pointDouble(cur, Rx, Ry, Rz));
      if (bit)
        ({ Rx, Ry, Rz } = pointAdd(cur, Rx, Ry, Rz, Qx, bit === -1 ? negQy : Qy));
      ell.push(cur);
    }
    if (postPrecompute) {
      const last2 = ell[ell.length - 1];
      postPrecompute(Rx, Ry, Rz, Qx, Qy, pointAdd.bind(null, last2));
    }
    return ell;
  };
  function millerLoopBatch(pairs, withFinalExponent = false) {
    aarray(pairs, "pairs", (pair, title) => {
      aarray(pair, title);
      if (pair.length !== 3)
        throw new TypeError(`"${title}" expected precompute tuple`);
      aarray(pair[0], title + "[0]");
    });
    let f12 = Fp123.ONE;
    if (pairs.length) {
      const ellLen = pairs[0][0].length;
      for (let i = 0; i < ellLen; i++) {
        if (i !== 0)
          f12 = Fp123.sqr(f12);
        for (const [ell, Px, Py] of pairs) {
          for (const [c0, c1, c2] of ell[i])
            f12 = lineFunction(c0, c1, c2, f12, Px, Py);
        }
      }
    }
    if (xNegative)
      f12 = Fp123.conjugate(f12);
    return withFinalExponent ? Fp123.finalExponentiate(f12) : f12;
  }
  function pairingBatch(pairs, withFinalExponent = true) {
    aarray(pairs, "pairs");
    const res = [];
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      validateObject(pair, { g1: "object", g2: "object" }, {}, "pairs[" + i + "]");
      const { g1: g12, g2: g22 } = pair;
      if (!(g12 instanceof G1))
        throw new TypeError('"pairs[' + i + '].g1" expected G1 point, got type=' + typeof g12);
      if (!(g22 instanceof G2))
        throw new TypeError('"pairs[' + i + '].g2" expected G2 point, got type=' + typeof g22);
      if (g12.is0() || g22.is0())
        throw new Error("pairing is not available for ZERO point");
      g12.assertValidity();
      g22.assertValidity();
      const Qa = g12.toAffine();
      res.push([calcPairingPrecomputes(g22), Qa.x, Qa.y]);
    }
    return millerLoopBatch(res, withFinalExponent);
  }
  function pairing(Q, P, withFinalExponent = true) {
    if (!(Q instanceof G1))
      throw new TypeError('"Q" expected G1 point, got type=' + typeof Q);
    if (!(P instanceof G2))
      throw new TypeError('"P" expected G2 point, got type=' + typeof P);
    return pairingBatch([{ g1: Q, g2: P }], withFinalExponent);
  }
  const lengths = {
    seed: getMinHashLength(Fr.ORDER)
  };
  const rand = params.randomBytes === void 0 ? randomBytes2 : params.randomBytes;
  const randomSecretKey = (seed) => {
    seed = seed === void 0 ? rand(lengths.seed) : seed;
    abytes2(seed, lengths.seed, "seed");
    return mapHashToField(seed, Fr.ORDER);
  };
  Object.freeze(lengths);
  return {
    lengths,
    Fr,
    Fp12: Fp123,
    // NOTE: we re-export Fp12 here because pairing results are Fp12!
    millerLoopBatch,
    pairing,
    pairingBatch,
    calcPairingPrecomputes,
    randomSecretKey
  };
}
function createBlsSig(blsPairing, PubPoint, SigPoint, isSigG1, hashToSigCurve, SignatureCoder) {
  const { Fr, Fp12: Fp123, pairingBatch, randomSecretKey, lengths } = blsPairing;
  if (!SignatureCoder) {
    SignatureCoder = {
      fromBytes: notImplemented,
      fromHex: notImplemented,
      toBytes: notImplemented,
      toHex: notImplemented
    };
  }
  const sigCoder = Object.freeze({ ...SignatureCoder });
  function normPub(point) {
    return point instanceof PubPoint ? point : PubPoint.fromBytes(point);
  }
  function normSig(point) {
    return point instanceof SigPoint ? point : sigCoder.fromBytes(point);
  }
  function amsg(m) {
    if (!(m instanceof SigPoint))
      throw new Error(`expected valid message hashed to ${!isSigG1 ? "G2" : "G1"} curve`);
    return m;
  }
  const pair = !isSigG1 ? (a, b) => ({ g1: a, g2: b }) : (a, b) => ({ g1: b, g2: a });
  return Object.freeze({
    lengths: Object.freeze({ ...lengths, secretKey: Fr.BYTES }),
    keygen(seed) {
      const secretKey = randomSecretKey(seed);
      const publicKey = this.getPublicKey(secretKey);
      return { secretKey, publicKey };
    },
    // P = pk x G
    getPublicKey(secretKey) {
      let sec;
      try {
        sec = PubPoint.Fn.fromBytes(secretKey);
      } catch (error) {
        throw new Error("invalid private key: " + typeof secretKey, { cause: error });
      }
      return PubPoint.BASE.multiply(sec);
    },
    // S = pk x H(m)
    sign(message, secretKey, unusedArg) {
      if (unusedArg != null)
        throw new Error("sign() expects 2 arguments");
      const sec = PubPoint.Fn.fromBytes(secretKey);
      amsg(message).assertValidity();
      return message.multiply(sec);
    },
    // Checks if pairing of public key & hash is equal to pairing of generator & signature.
    // e(P, H(m)) == e(G, S)
    // e(S, G) == e(H(m), P)
    verify(signature, message, publicKey, unusedArg) {
      if (unusedArg != null)
        throw new Error("verify() expects 3 arguments");
      signature = normSig(signature);
      publicKey = normPub(publicKey);
      const P = publicKey.negate();
      const G = PubPoint.BASE;
      const Hm = amsg(message);
      const S = signature;
      try {
        const exp = pairingBatch([pair(P, Hm), pair(G, S)]);
        return Fp123.eql(exp, Fp123.ONE);
      } catch {
        return false;
      }
    },
    // https://ethresear.ch/t/fast-verification-of-multiple-bls-signatures/5407
    // e(G, S) = e(G, SUM(n)(Si)) = MUL(n)(e(G, Si))
    // TODO: maybe `{message: G2Hex, publicKey: G1Hex}[]` instead?
    verifyBatch(signature, items) {
      aNonEmpty(items);
      const sig = normSig(signature);
      const nMessages = items.map((i) => amsg(i.message));
      const nPublicKeys = items.map((i) => normPub(i.publicKey));
      const messagePubKeyMap = /* @__PURE__ */ new Map();
      for (let i = 0; i < nPublicKeys.length; i++) {
        const pub = nPublicKeys[i];
        const msg = nMessages[i];
        let keys = messagePubKeyMap.get(msg);
        if (keys === void 0) {
          keys = [];
          messagePubKeyMap.set(msg, keys);
        }
        keys.push(pub);
      }
      const paired = [];
      const G = PubPoint.BASE;
      try {
        for (const [msg, keys] of messagePubKeyMap) {
          const groupPublicKey = keys.reduce((acc, msg2) => acc.add(msg2));
          paired.push(pair(groupPublicKey, msg));
        }
        paired.push(pair(G.negate(), sig));
        return Fp123.eql(pairingBatch(paired), Fp123.ONE);
      } catch {
        return false;
      }
    },
    // Adds a bunch of public key points together.
    // pk1 + pk2 + pk3 = pkA
    aggregatePublicKeys(publicKeys) {
      aNonEmpty(publicKeys);
      publicKeys = publicKeys.map((pub) => normPub(pub));
      const agg = publicKeys.reduce((sum, p) => sum.add(p), PubPoint.ZERO);
      agg.assertValidity();
      return agg;
    },
    // Adds a bunch of signature points together.
    // pk1 + pk2 + pk3 = pkA
    aggregateSignatures(signatures) {
      aNonEmpty(signatures);
      signatures = signatures.map((sig) => normSig(sig));
      const agg = signatures.reduce((sum, s) => sum.add(s), SigPoint.ZERO);
      agg.assertValidity();
      return agg;
    },
    hash(messageBytes, DST) {
      abytes2(messageBytes);
      const opts = DST === void 0 ? void 0 : { DST };
      return hashToSigCurve(messageBytes, opts);
    },
    Signature: Object.freeze({ ...sigCoder })
  });
}
function blsBasic(fields3, G1_Point2, G2_Point2, params) {
  const { Fp: Fp4, Fr, Fp2: Fp23, Fp6: Fp62, Fp12: Fp123 } = fields3;
  const G1 = { Point: G1_Point2 };
  const G2 = { Point: G2_Point2 };
  const pairingRes = createBlsPairing(fields3, G1_Point2, G2_Point2, params);
  const { millerLoopBatch, pairing, pairingBatch, calcPairingPrecomputes, randomSecretKey, lengths } = pairingRes;
  G1.Point.BASE.precompute(4);
  Object.freeze(G1);
  Object.freeze(G2);
  return Object.freeze({
    lengths: Object.freeze(lengths),
    millerLoopBatch,
    pairing,
    pairingBatch,
    G1,
    G2,
    fields: Object.freeze({ Fr, Fp: Fp4, Fp2: Fp23, Fp6: Fp62, Fp12: Fp123 }),
    params: Object.freeze({
      ateLoopSize: params.ateLoopSize,
      xNegative: params.xNegative,
      twistType: params.twistType,
      postPrecompute: params.postPrecompute
    }),
    utils: Object.freeze({
      randomSecretKey,
      calcPairingPrecomputes
    })
  });
}
function blsHashers(fields3, G1_Point2, G2_Point2, params, hasherParams) {
  const base = blsBasic(fields3, G1_Point2, G2_Point2, params);
  validateObject(hasherParams, { hasherOpts: "object", hasherOptsG1: "object", hasherOptsG2: "object" }, { mapToG1: "function", mapToG2: "function" }, "hasherParams");
  const G1Hasher = createHasher2(G1_Point2, hasherParams.mapToG1 === void 0 ? notImplemented : hasherParams.mapToG1, {
    ...hasherParams.hasherOpts,
    ...hasherParams.hasherOptsG1
  });
  const G2Hasher = createHasher2(G2_Point2, hasherParams.mapToG2 === void 0 ? notImplemented : hasherParams.mapToG2, {
    ...hasherParams.hasherOpts,
    ...hasherParams.hasherOptsG2
  });
  return Object.freeze({ ...base, G1: G1Hasher, G2: G2Hasher });
}
function bls(fields3, G1_Point2, G2_Point2, params, hasherParams, signatureCoders2) {
  const base = blsHashers(fields3, G1_Point2, G2_Point2, params, hasherParams);
  const pairingRes = {
    ...base,
    Fr: base.fields.Fr,
    Fp12: base.fields.Fp12,
    calcPairingPrecomputes: base.utils.calcPairingPrecomputes,
    randomSecretKey: base.utils.randomSecretKey
  };
  const longSignatures = createBlsSig(pairingRes, G1_Point2, G2_Point2, false, base.G2.hashToCurve, signatureCoders2?.LongSignature);
  const shortSignatures = createBlsSig(pairingRes, G2_Point2, G1_Point2, true, base.G1.hashToCurve, signatureCoders2?.ShortSignature);
  return Object.freeze({ ...base, longSignatures, shortSignatures });
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/abstract/tower.js
var _0n9 = /* @__PURE__ */ BigInt(0);
var _1n8 = /* @__PURE__ */ BigInt(1);
var _2n7 = /* @__PURE__ */ BigInt(2);
var _3n5 = /* @__PURE__ */ BigInt(3);
var _6n = /* @__PURE__ */ BigInt(6);
var _12n = /* @__PURE__ */ BigInt(12);
var isObj = (value) => !!value && typeof value === "object";
function calcFrobeniusCoefficients(Fp4, nonResidue, modulus, degree, num = 1, divisor) {
  asafenumber(num, "num");
  asafenumber(degree, "degree");
  const divisorN = divisor === void 0 ? degree : divisor;
  asafenumber(divisorN, "divisor");
  const F2 = Fp4;
  if (typeof modulus !== "bigint" || modulus <= _1n8)
    throw new Error("calcFrobeniusCoefficients: expected valid modulus, got " + modulus);
  if (degree <= 0)
    throw new Error("calcFrobeniusCoefficients: expected positive degree, got " + degree);
  if (num <= 0)
    throw new Error("calcFrobeniusCoefficients: expected positive row count, got " + num);
  if (divisorN <= 0)
    throw new Error("calcFrobeniusCoefficients: expected positive divisor, got " + divisorN);
  const _divisor = BigInt(divisorN);
  const towerModulus = modulus ** BigInt(degree);
  const res = [];
  for (let i = 0; i < num; i++) {
    const a = BigInt(i + 1);
    const powers = [];
    for (let j = 0, qPower = _1n8; j < degree; j++) {
      const numer = a * qPower - a;
      if (numer % _divisor)
        throw new Error("calcFrobeniusCoefficients: inexact tower exponent");
      const power = numer / _divisor % towerModulus;
      powers.push(F2.pow(nonResidue, power));
      qPower *= modulus;
    }
    res.push(powers);
  }
  return res;
}
function psiFrobenius(Fp4, Fp23, base) {
  validateField(Fp4);
  validateField(Fp23);
  validateObject(Fp23, {
    Fp: "object",
    frobeniusMap: "function",
    fromBigTuple: "function",
    mulByB: "function",
    mulByNonresidue: "function",
    reim: "function",
    Fp4Square: "function",
    NONRESIDUE: "object"
  }, {});
  if (!isObj(base) || Array.isArray(base))
    throw new TypeError('"base" expected Fp2 element, got type=' + typeof base);
  if (!Fp23.isValid(base))
    throw new RangeError('"base" expected valid Fp2 element');
  const PSI_X = Fp23.pow(base, (Fp4.ORDER - _1n8) / _3n5);
  const PSI_Y = Fp23.pow(base, (Fp4.ORDER - _1n8) / _2n7);
  function psi2(x, y) {
    const x2 = Fp23.mul(Fp23.frobeniusMap(x, 1), PSI_X);
    const y2 = Fp23.mul(Fp23.frobeniusMap(y, 1), PSI_Y);
    return [x2, y2];
  }
  const PSI2_X = Fp23.pow(base, (Fp4.ORDER ** _2n7 - _1n8) / _3n5);
  const PSI2_Y = Fp23.pow(base, (Fp4.ORDER ** _2n7 - _1n8) / _2n7);
  if (!Fp23.eql(PSI2_Y, Fp23.neg(Fp23.ONE)))
    throw new Error("psiFrobenius: PSI2_Y!==-1");
  function psi22(x, y) {
    return [Fp23.mul(x, PSI2_X), Fp23.neg(y)];
  }
  const mapAffine = (fn) => (c, P) => {
    if (typeof c !== "function")
      throw new TypeError('"c" expected point constructor, got type=' + typeof c);
    validatePointCons(c);
    if (!(P instanceof c))
      throw new TypeError('"P" expected Point instance, got type=' + typeof P);
    const affine = P.toAffine();
    const p = fn(affine.x, affine.y);
    return c.fromAffine({ x: p[0], y: p[1] });
  };
  const G2psi4 = mapAffine(psi2);
  const G2psi22 = mapAffine(psi22);
  return { psi: psi2, psi2: psi22, G2psi: G2psi4, G2psi2: G2psi22, PSI_X, PSI_Y, PSI2_X, PSI2_Y };
}
var _Field2 = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO;
  ONE;
  Fp;
  NONRESIDUE;
  mulByB;
  Fp_NONRESIDUE;
  Fp_div2;
  constructor(Fp4, opts = {}) {
    const { NONRESIDUE = BigInt(-1), FP2_NONRESIDUE, Fp2mulByB } = opts;
    const ORDER2 = Fp4.ORDER;
    const FP2_ORDER = ORDER2 * ORDER2;
    this.Fp = Fp4;
    this.ORDER = FP2_ORDER;
    this.BITS = bitLen(FP2_ORDER);
    this.BYTES = Math.ceil(bitLen(FP2_ORDER) / 8);
    this.isLE = Fp4.isLE;
    this.ZERO = this.create({ c0: Fp4.ZERO, c1: Fp4.ZERO });
    this.ONE = this.create({ c0: Fp4.ONE, c1: Fp4.ZERO });
    this.Fp_NONRESIDUE = Fp4.create(NONRESIDUE);
    this.Fp_div2 = Fp4.div(Fp4.ONE, _2n7);
    this.NONRESIDUE = this.create({ c0: FP2_NONRESIDUE[0], c1: FP2_NONRESIDUE[1] });
    this.mulByB = (num) => {
      const { c0, c1 } = Fp2mulByB(num);
      return Object.freeze({ c0, c1 });
    };
    Object.freeze(this);
  }
  fromBigTuple(tuple) {
    if (!Array.isArray(tuple) || tuple.length !== 2)
      throw new Error("invalid Fp2.fromBigTuple");
    const [c0, c1] = tuple;
    if (typeof c0 !== "bigint" || typeof c1 !== "bigint")
      throw new Error("invalid Fp2.fromBigTuple");
    return this.create({ c0, c1 });
  }
  create(num) {
    const { Fp: Fp4 } = this;
    const c0 = Fp4.create(num.c0);
    const c1 = Fp4.create(num.c1);
    return Object.freeze({ c0, c1 });
  }
  isValid(num) {
    if (!isObj(num))
      throw new TypeError("invalid field element: expected object, got " + typeof num);
    const { c0, c1 } = num;
    const { Fp: Fp4 } = this;
    return Fp4.isValid(c0) && Fp4.isValid(c1);
  }
  is0(num) {
    if (!isObj(num))
      return false;
    const { c0, c1 } = num;
    const { Fp: Fp4 } = this;
    return Fp4.is0(c0) && Fp4.is0(c1);
  }
  isValidNot0(num) {
    return !this.is0(num) && this.isValid(num);
  }
  eql({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp: Fp4 } = this;
    return Fp4.eql(c0, r0) && Fp4.eql(c1, r1);
  }
  neg({ c0, c1 }) {
    const { Fp: Fp4 } = this;
    return Object.freeze({ c0: Fp4.neg(c0), c1: Fp4.neg(c1) });
  }
  pow(num, power) {
    return FpPow(this, num, power);
  }
  invertBatch(nums) {
    return FpInvertBatch(this, nums, true);
  }
  // Normalized
  add(f1, f2) {
    const { Fp: Fp4 } = this;
    const { c0, c1 } = f1;
    const { c0: r0, c1: r1 } = f2;
    return Object.freeze({
      c0: Fp4.add(c0, r0),
      c1: Fp4.add(c1, r1)
    });
  }
  sub({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp: Fp4 } = this;
    return Object.freeze({
      c0: Fp4.sub(c0, r0),
      c1: Fp4.sub(c1, r1)
    });
  }
  mul({ c0, c1 }, rhs) {
    const { Fp: Fp4 } = this;
    if (typeof rhs === "bigint")
      return Object.freeze({ c0: Fp4.mul(c0, rhs), c1: Fp4.mul(c1, rhs) });
    const { c0: r0, c1: r1 } = rhs;
    let t1 = Fp4.mul(c0, r0);
    let t2 = Fp4.mul(c1, r1);
    const o0 = Fp4.sub(t1, t2);
    const o1 = Fp4.sub(Fp4.mul(Fp4.add(c0, c1), Fp4.add(r0, r1)), Fp4.add(t1, t2));
    return Object.freeze({ c0: o0, c1: o1 });
  }
  sqr({ c0, c1 }) {
    const { Fp: Fp4 } = this;
    const a = Fp4.add(c0, c1);
    const b = Fp4.sub(c0, c1);
    const c = Fp4.add(c0, c0);
    return Object.freeze({ c0: Fp4.mul(a, b), c1: Fp4.mul(c, c1) });
  }
  // NonNormalized stuff
  addN(a, b) {
    return this.add(a, b);
  }
  subN(a, b) {
    return this.sub(a, b);
  }
  mulN(a, b) {
    return this.mul(a, b);
  }
  sqrN(a) {
    return this.sqr(a);
  }
  // Why inversion for bigint inside Fp instead of Fp2? it is even used in that context?
  div(lhs, rhs) {
    const { Fp: Fp4 } = this;
    return this.mul(lhs, typeof rhs === "bigint" ? Fp4.inv(Fp4.create(rhs)) : this.inv(rhs));
  }
  inv({ c0: a, c1: b }) {
    const { Fp: Fp4 } = this;
    const factor = Fp4.inv(Fp4.create(a * a + b * b));
    return Object.freeze({ c0: Fp4.mul(factor, Fp4.create(a)), c1: Fp4.mul(factor, Fp4.create(-b)) });
  }
  sqrt(num) {
    const { Fp: Fp4 } = this;
    const Fp23 = this;
    const { c0, c1 } = num;
    if (Fp4.is0(c1)) {
      if (FpLegendre(Fp4, c0) === 1)
        return Fp23.create({ c0: Fp4.sqrt(c0), c1: Fp4.ZERO });
      else
        return Fp23.create({ c0: Fp4.ZERO, c1: Fp4.sqrt(Fp4.div(c0, this.Fp_NONRESIDUE)) });
    }
    const a = Fp4.sqrt(Fp4.sub(Fp4.sqr(c0), Fp4.mul(Fp4.sqr(c1), this.Fp_NONRESIDUE)));
    let d = Fp4.mul(Fp4.add(a, c0), this.Fp_div2);
    const legendre = FpLegendre(Fp4, d);
    if (legendre === -1)
      d = Fp4.sub(d, a);
    const a0 = Fp4.sqrt(d);
    const candidateSqrt = Fp23.create({ c0: a0, c1: Fp4.div(Fp4.mul(c1, this.Fp_div2), a0) });
    if (!Fp23.eql(Fp23.sqr(candidateSqrt), num))
      throw new Error("Cannot find square root");
    const x1 = candidateSqrt;
    const x2 = Fp23.neg(x1);
    const { re: re1, im: im1 } = Fp23.reim(x1);
    const { re: re2, im: im2 } = Fp23.reim(x2);
    if (im1 > im2 || im1 === im2 && re1 > re2)
      return x1;
    return x2;
  }
  // Same as sgn0_m_eq_2 in RFC 9380
  isOdd(x) {
    const { re: x0, im: x1 } = this.reim(x);
    const sign_0 = x0 % _2n7;
    const zero_0 = x0 === _0n9;
    const sign_1 = x1 % _2n7;
    return BigInt(sign_0 || zero_0 && sign_1) == _1n8;
  }
  // Bytes util
  fromBytes(b) {
    const { Fp: Fp4 } = this;
    abytes2(b);
    if (b.length !== this.BYTES)
      throw new Error("fromBytes invalid length=" + b.length);
    return this.create({
      c0: Fp4.fromBytes(b.subarray(0, Fp4.BYTES)),
      c1: Fp4.fromBytes(b.subarray(Fp4.BYTES))
    });
  }
  toBytes({ c0, c1 }) {
    return concatBytes2(this.Fp.toBytes(c0), this.Fp.toBytes(c1));
  }
  cmov({ c0, c1 }, { c0: r0, c1: r1 }, c) {
    const { Fp: Fp4 } = this;
    return this.create({
      c0: Fp4.cmov(c0, r0, c),
      c1: Fp4.cmov(c1, r1, c)
    });
  }
  reim({ c0, c1 }) {
    return { re: c0, im: c1 };
  }
  Fp4Square(a, b) {
    const Fp23 = this;
    const a2 = Fp23.sqr(a);
    const b2 = Fp23.sqr(b);
    return {
      first: Fp23.add(Fp23.mulByNonresidue(b2), a2),
      // b² * Nonresidue + a²
      second: Fp23.sub(Fp23.sub(Fp23.sqr(Fp23.add(a, b)), a2), b2)
      // (a + b)² - a² - b²
    };
  }
  // multiply by u + 1
  mulByNonresidue({ c0, c1 }) {
    const { Fp: Fp4, NONRESIDUE: nr } = this;
    if (nr.c0 === Fp4.ONE && nr.c1 === Fp4.ONE) {
      return Object.freeze({ c0: Fp4.sub(c0, c1), c1: Fp4.add(c0, c1) });
    }
    if (nr.c1 === Fp4.ONE) {
      return Object.freeze({
        c0: Fp4.sub(Fp4.mul(c0, nr.c0), c1),
        c1: Fp4.add(c0, Fp4.mul(c1, nr.c0))
      });
    }
    return this.mul({ c0, c1 }, nr);
  }
  frobeniusMap(num, power) {
    const { c0, c1 } = num;
    const { Fp: Fp4 } = this;
    return Object.freeze({ c0, c1: power % 2 === 0 ? c1 : Fp4.neg(c1) });
  }
};
var _Field6 = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO;
  ONE;
  Fp2;
  constructor(Fp23) {
    this.Fp2 = Fp23;
    this.ORDER = Fp23.Fp.ORDER ** _6n;
    this.BITS = 3 * Fp23.BITS;
    this.BYTES = 3 * Fp23.BYTES;
    this.isLE = Fp23.isLE;
    this.ZERO = this.create({ c0: Fp23.ZERO, c1: Fp23.ZERO, c2: Fp23.ZERO });
    this.ONE = this.create({ c0: Fp23.ONE, c1: Fp23.ZERO, c2: Fp23.ZERO });
    Object.freeze(this);
  }
  // Most callers never touch Frobenius maps, so keep the sextic tables lazy:
  // eagerly deriving them dominates `bls12-381.js` / `bn254.js` import time.
  get FROBENIUS_COEFFICIENTS_1() {
    const frob3 = _FROBENIUS_COEFFICIENTS_6.get(this);
    if (frob3)
      return frob3[0];
    const { Fp2: Fp23 } = this;
    const { Fp: Fp4 } = Fp23;
    const rows = calcFrobeniusCoefficients(Fp23, Fp23.NONRESIDUE, Fp4.ORDER, 6, 2, 3);
    const cache = [Object.freeze(rows[0]), Object.freeze(rows[1])];
    _FROBENIUS_COEFFICIENTS_6.set(this, cache);
    return cache[0];
  }
  get FROBENIUS_COEFFICIENTS_2() {
    const frob3 = _FROBENIUS_COEFFICIENTS_6.get(this);
    if (frob3)
      return frob3[1];
    void this.FROBENIUS_COEFFICIENTS_1;
    return _FROBENIUS_COEFFICIENTS_6.get(this)[1];
  }
  add({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.add(c0, r0),
      c1: Fp23.add(c1, r1),
      c2: Fp23.add(c2, r2)
    });
  }
  sub({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.sub(c0, r0),
      c1: Fp23.sub(c1, r1),
      c2: Fp23.sub(c2, r2)
    });
  }
  mul({ c0, c1, c2 }, rhs) {
    const { Fp2: Fp23 } = this;
    if (typeof rhs === "bigint") {
      return Object.freeze({
        c0: Fp23.mul(c0, rhs),
        c1: Fp23.mul(c1, rhs),
        c2: Fp23.mul(c2, rhs)
      });
    }
    const { c0: r0, c1: r1, c2: r2 } = rhs;
    const t0 = Fp23.mul(c0, r0);
    const t1 = Fp23.mul(c1, r1);
    const t2 = Fp23.mul(c2, r2);
    return Object.freeze({
      // t0 + (c1 + c2) * (r1 * r2) - (T1 + T2) * (u + 1)
      c0: Fp23.add(t0, Fp23.mulByNonresidue(Fp23.sub(Fp23.mul(Fp23.add(c1, c2), Fp23.add(r1, r2)), Fp23.add(t1, t2)))),
      // (c0 + c1) * (r0 + r1) - (T0 + T1) + T2 * (u + 1)
      c1: Fp23.add(Fp23.sub(Fp23.mul(Fp23.add(c0, c1), Fp23.add(r0, r1)), Fp23.add(t0, t1)), Fp23.mulByNonresidue(t2)),
      // T1 + (c0 + c2) * (r0 + r2) - T0 + T2
      c2: Fp23.sub(Fp23.add(t1, Fp23.mul(Fp23.add(c0, c2), Fp23.add(r0, r2))), Fp23.add(t0, t2))
    });
  }
  sqr({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    let t0 = Fp23.sqr(c0);
    let t1 = Fp23.mul(Fp23.mul(c0, c1), _2n7);
    let t3 = Fp23.mul(Fp23.mul(c1, c2), _2n7);
    let t4 = Fp23.sqr(c2);
    return Object.freeze({
      c0: Fp23.add(Fp23.mulByNonresidue(t3), t0),
      // T3 * (u + 1) + T0
      c1: Fp23.add(Fp23.mulByNonresidue(t4), t1),
      // T4 * (u + 1) + T1
      // T1 + (c0 - c1 + c2)² + T3 - T0 - T4
      c2: Fp23.sub(Fp23.sub(Fp23.add(Fp23.add(t1, Fp23.sqr(Fp23.add(Fp23.sub(c0, c1), c2))), t3), t0), t4)
    });
  }
  addN(a, b) {
    return this.add(a, b);
  }
  subN(a, b) {
    return this.sub(a, b);
  }
  mulN(a, b) {
    return this.mul(a, b);
  }
  sqrN(a) {
    return this.sqr(a);
  }
  create(num) {
    const { Fp2: Fp23 } = this;
    const c0 = Fp23.create(num.c0);
    const c1 = Fp23.create(num.c1);
    const c2 = Fp23.create(num.c2);
    return Object.freeze({ c0, c1, c2 });
  }
  isValid(num) {
    if (!isObj(num))
      throw new TypeError("invalid field element: expected object, got " + typeof num);
    const { c0, c1, c2 } = num;
    const { Fp2: Fp23 } = this;
    return Fp23.isValid(c0) && Fp23.isValid(c1) && Fp23.isValid(c2);
  }
  is0(num) {
    if (!isObj(num))
      return false;
    const { c0, c1, c2 } = num;
    const { Fp2: Fp23 } = this;
    return Fp23.is0(c0) && Fp23.is0(c1) && Fp23.is0(c2);
  }
  isValidNot0(num) {
    return !this.is0(num) && this.isValid(num);
  }
  neg({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({ c0: Fp23.neg(c0), c1: Fp23.neg(c1), c2: Fp23.neg(c2) });
  }
  eql({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }) {
    const { Fp2: Fp23 } = this;
    return Fp23.eql(c0, r0) && Fp23.eql(c1, r1) && Fp23.eql(c2, r2);
  }
  sqrt(_) {
    return notImplemented();
  }
  // Do we need division by bigint at all? Should be done via order:
  div(lhs, rhs) {
    const { Fp2: Fp23 } = this;
    const { Fp: Fp4 } = Fp23;
    return this.mul(lhs, typeof rhs === "bigint" ? Fp4.inv(Fp4.create(rhs)) : this.inv(rhs));
  }
  pow(num, power) {
    return FpPow(this, num, power);
  }
  invertBatch(nums) {
    return FpInvertBatch(this, nums, true);
  }
  inv({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    let t0 = Fp23.sub(Fp23.sqr(c0), Fp23.mulByNonresidue(Fp23.mul(c2, c1)));
    let t1 = Fp23.sub(Fp23.mulByNonresidue(Fp23.sqr(c2)), Fp23.mul(c0, c1));
    let t2 = Fp23.sub(Fp23.sqr(c1), Fp23.mul(c0, c2));
    let t4 = Fp23.inv(Fp23.add(Fp23.mulByNonresidue(Fp23.add(Fp23.mul(c2, t1), Fp23.mul(c1, t2))), Fp23.mul(c0, t0)));
    return Object.freeze({ c0: Fp23.mul(t4, t0), c1: Fp23.mul(t4, t1), c2: Fp23.mul(t4, t2) });
  }
  // Bytes utils
  fromBytes(b) {
    const { Fp2: Fp23 } = this;
    abytes2(b);
    if (b.length !== this.BYTES)
      throw new Error("fromBytes invalid length=" + b.length);
    const B2 = Fp23.BYTES;
    return this.create({
      c0: Fp23.fromBytes(b.subarray(0, B2)),
      c1: Fp23.fromBytes(b.subarray(B2, B2 * 2)),
      c2: Fp23.fromBytes(b.subarray(2 * B2))
    });
  }
  toBytes({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    return concatBytes2(Fp23.toBytes(c0), Fp23.toBytes(c1), Fp23.toBytes(c2));
  }
  cmov({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }, c) {
    const { Fp2: Fp23 } = this;
    return this.create({
      c0: Fp23.cmov(c0, r0, c),
      c1: Fp23.cmov(c1, r1, c),
      c2: Fp23.cmov(c2, r2, c)
    });
  }
  fromBigSix(tuple) {
    const { Fp2: Fp23 } = this;
    if (!Array.isArray(tuple) || tuple.length !== 6)
      throw new Error("invalid Fp6.fromBigSix");
    for (let i = 0; i < 6; i++)
      if (typeof tuple[i] !== "bigint")
        throw new Error("invalid Fp6.fromBigSix");
    const t = tuple;
    return this.create({
      c0: Fp23.fromBigTuple(t.slice(0, 2)),
      c1: Fp23.fromBigTuple(t.slice(2, 4)),
      c2: Fp23.fromBigTuple(t.slice(4, 6))
    });
  }
  frobeniusMap(num, power) {
    const { c0, c1, c2 } = num;
    if (power % 6 === 0)
      return Object.freeze({ c0, c1, c2 });
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.frobeniusMap(c0, power),
      c1: Fp23.mul(Fp23.frobeniusMap(c1, power), this.FROBENIUS_COEFFICIENTS_1[power % 6]),
      c2: Fp23.mul(Fp23.frobeniusMap(c2, power), this.FROBENIUS_COEFFICIENTS_2[power % 6])
    });
  }
  mulByFp2({ c0, c1, c2 }, rhs) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.mul(c0, rhs),
      c1: Fp23.mul(c1, rhs),
      c2: Fp23.mul(c2, rhs)
    });
  }
  mulByNonresidue({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({ c0: Fp23.mulByNonresidue(c2), c1: c0, c2: c1 });
  }
  // Sparse multiplication
  mul1({ c0, c1, c2 }, b1) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.mulByNonresidue(Fp23.mul(c2, b1)),
      c1: Fp23.mul(c0, b1),
      c2: Fp23.mul(c1, b1)
    });
  }
  // Sparse multiplication
  mul01({ c0, c1, c2 }, b0, b1) {
    const { Fp2: Fp23 } = this;
    let t0 = Fp23.mul(c0, b0);
    let t1 = Fp23.mul(c1, b1);
    return Object.freeze({
      // ((c1 + c2) * b1 - T1) * (u + 1) + T0
      c0: Fp23.add(Fp23.mulByNonresidue(Fp23.sub(Fp23.mul(Fp23.add(c1, c2), b1), t1)), t0),
      // (b0 + b1) * (c0 + c1) - T0 - T1
      c1: Fp23.sub(Fp23.sub(Fp23.mul(Fp23.add(b0, b1), Fp23.add(c0, c1)), t0), t1),
      // (c0 + c2) * b0 - T0 + T1
      c2: Fp23.add(Fp23.sub(Fp23.mul(Fp23.add(c0, c2), b0), t0), t1)
    });
  }
};
var _FROBENIUS_COEFFICIENTS_6 = /* @__PURE__ */ new WeakMap();
var _Field12 = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO;
  ONE;
  Fp6;
  X_LEN;
  finalExponentiate;
  constructor(Fp62, opts) {
    const { X_LEN, Fp12finalExponentiate } = opts;
    const { Fp2: Fp23 } = Fp62;
    const { Fp: Fp4 } = Fp23;
    this.Fp6 = Fp62;
    this.ORDER = Fp4.ORDER ** _12n;
    this.BITS = 2 * Fp62.BITS;
    this.BYTES = 2 * Fp62.BYTES;
    this.isLE = Fp62.isLE;
    this.ZERO = this.create({ c0: Fp62.ZERO, c1: Fp62.ZERO });
    this.ONE = this.create({ c0: Fp62.ONE, c1: Fp62.ZERO });
    this.X_LEN = X_LEN;
    this.finalExponentiate = (num) => {
      const copy2 = ({ c0, c1 }) => Object.freeze({ c0, c1 });
      const copy6 = ({ c0, c1, c2 }) => Object.freeze({ c0: copy2(c0), c1: copy2(c1), c2: copy2(c2) });
      const res = Fp12finalExponentiate(num);
      return Object.freeze({ c0: copy6(res.c0), c1: copy6(res.c1) });
    };
    Object.freeze(this);
  }
  // Keep the degree-12 Frobenius row lazy too; after the first lookup the cached
  // array is reused exactly like the old eager table.
  get FROBENIUS_COEFFICIENTS() {
    const frob3 = _FROBENIUS_COEFFICIENTS_12.get(this);
    if (frob3)
      return frob3;
    const { Fp2: Fp23 } = this.Fp6;
    const { Fp: Fp4 } = Fp23;
    const cache = Object.freeze(calcFrobeniusCoefficients(Fp23, Fp23.NONRESIDUE, Fp4.ORDER, 12, 1, 6)[0]);
    _FROBENIUS_COEFFICIENTS_12.set(this, cache);
    return cache;
  }
  create(num) {
    const { Fp6: Fp62 } = this;
    const c0 = Fp62.create(num.c0);
    const c1 = Fp62.create(num.c1);
    return Object.freeze({ c0, c1 });
  }
  isValid(num) {
    if (!isObj(num))
      throw new TypeError("invalid field element: expected object, got " + typeof num);
    const { c0, c1 } = num;
    const { Fp6: Fp62 } = this;
    return Fp62.isValid(c0) && Fp62.isValid(c1);
  }
  is0(num) {
    if (!isObj(num))
      return false;
    const { c0, c1 } = num;
    const { Fp6: Fp62 } = this;
    return Fp62.is0(c0) && Fp62.is0(c1);
  }
  isValidNot0(num) {
    return !this.is0(num) && this.isValid(num);
  }
  neg({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({ c0: Fp62.neg(c0), c1: Fp62.neg(c1) });
  }
  eql({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp6: Fp62 } = this;
    return Fp62.eql(c0, r0) && Fp62.eql(c1, r1);
  }
  sqrt(_) {
    return notImplemented();
  }
  inv({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    let t = Fp62.inv(Fp62.sub(Fp62.sqr(c0), Fp62.mulByNonresidue(Fp62.sqr(c1))));
    return Object.freeze({ c0: Fp62.mul(c0, t), c1: Fp62.neg(Fp62.mul(c1, t)) });
  }
  div(lhs, rhs) {
    const { Fp6: Fp62 } = this;
    const { Fp2: Fp23 } = Fp62;
    const { Fp: Fp4 } = Fp23;
    return this.mul(lhs, typeof rhs === "bigint" ? Fp4.inv(Fp4.create(rhs)) : this.inv(rhs));
  }
  pow(num, power) {
    return FpPow(this, num, power);
  }
  invertBatch(nums) {
    return FpInvertBatch(this, nums, true);
  }
  // Normalized
  add({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({
      c0: Fp62.add(c0, r0),
      c1: Fp62.add(c1, r1)
    });
  }
  sub({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({
      c0: Fp62.sub(c0, r0),
      c1: Fp62.sub(c1, r1)
    });
  }
  mul({ c0, c1 }, rhs) {
    const { Fp6: Fp62 } = this;
    if (typeof rhs === "bigint")
      return Object.freeze({ c0: Fp62.mul(c0, rhs), c1: Fp62.mul(c1, rhs) });
    let { c0: r0, c1: r1 } = rhs;
    let t1 = Fp62.mul(c0, r0);
    let t2 = Fp62.mul(c1, r1);
    return Object.freeze({
      c0: Fp62.add(t1, Fp62.mulByNonresidue(t2)),
      // T1 + T2 * v
      // (c0 + c1) * (r0 + r1) - (T1 + T2)
      c1: Fp62.sub(Fp62.mul(Fp62.add(c0, c1), Fp62.add(r0, r1)), Fp62.add(t1, t2))
    });
  }
  sqr({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    let ab = Fp62.mul(c0, c1);
    return Object.freeze({
      // (c1 * v + c0) * (c0 + c1) - AB - AB * v
      c0: Fp62.sub(Fp62.sub(Fp62.mul(Fp62.add(Fp62.mulByNonresidue(c1), c0), Fp62.add(c0, c1)), ab), Fp62.mulByNonresidue(ab)),
      c1: Fp62.add(ab, ab)
    });
  }
  // NonNormalized stuff
  addN(a, b) {
    return this.add(a, b);
  }
  subN(a, b) {
    return this.sub(a, b);
  }
  mulN(a, b) {
    return this.mul(a, b);
  }
  sqrN(a) {
    return this.sqr(a);
  }
  // Bytes utils
  fromBytes(b) {
    const { Fp6: Fp62 } = this;
    abytes2(b);
    if (b.length !== this.BYTES)
      throw new Error("fromBytes invalid length=" + b.length);
    return this.create({
      c0: Fp62.fromBytes(b.subarray(0, Fp62.BYTES)),
      c1: Fp62.fromBytes(b.subarray(Fp62.BYTES))
    });
  }
  toBytes({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    return concatBytes2(Fp62.toBytes(c0), Fp62.toBytes(c1));
  }
  cmov({ c0, c1 }, { c0: r0, c1: r1 }, c) {
    const { Fp6: Fp62 } = this;
    return this.create({
      c0: Fp62.cmov(c0, r0, c),
      c1: Fp62.cmov(c1, r1, c)
    });
  }
  // Utils
  // toString() {
  //   return '' + 'Fp12(' + this.c0 + this.c1 + '* w');
  // },
  // fromTuple(c: [Fp6, Fp6]) {
  //   return new Fp12(...c);
  // }
  fromBigTwelve(tuple) {
    const { Fp6: Fp62 } = this;
    if (!Array.isArray(tuple) || tuple.length !== 12)
      throw new Error("invalid Fp12.fromBigTwelve");
    for (let i = 0; i < 12; i++)
      if (typeof tuple[i] !== "bigint")
        throw new Error("invalid Fp12.fromBigTwelve");
    const t = tuple;
    return this.create({
      c0: Fp62.fromBigSix(t.slice(0, 6)),
      c1: Fp62.fromBigSix(t.slice(6, 12))
    });
  }
  // Raises to q**i -th power
  frobeniusMap(lhs, power) {
    const p = power % 12;
    if (p === 0)
      return Object.freeze({ c0: lhs.c0, c1: lhs.c1 });
    if (p === 6)
      return this.conjugate(lhs);
    const { Fp6: Fp62 } = this;
    const { Fp2: Fp23 } = Fp62;
    const { c0, c1, c2 } = Fp62.frobeniusMap(lhs.c1, power);
    const coeff = this.FROBENIUS_COEFFICIENTS[p];
    return Object.freeze({
      c0: Fp62.frobeniusMap(lhs.c0, power),
      c1: Object.freeze({
        c0: Fp23.mul(c0, coeff),
        c1: Fp23.mul(c1, coeff),
        c2: Fp23.mul(c2, coeff)
      })
    });
  }
  mulByFp2({ c0, c1 }, rhs) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({
      c0: Fp62.mulByFp2(c0, rhs),
      c1: Fp62.mulByFp2(c1, rhs)
    });
  }
  conjugate({ c0, c1 }) {
    return Object.freeze({ c0, c1: this.Fp6.neg(c1) });
  }
  // A cyclotomic group is a subgroup of Fp^n defined by
  //   GΦₙ(p) = {α ∈ Fpⁿ : α^Φₙ(p) = 1}
  // The result of any pairing is in a cyclotomic subgroup
  // https://eprint.iacr.org/2009/565.pdf
  // https://eprint.iacr.org/2010/354.pdf
  _cyclotomicSquare({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    const { Fp2: Fp23 } = Fp62;
    const { c0: c0c0, c1: c0c1, c2: c0c2 } = c0;
    const { c0: c1c0, c1: c1c1, c2: c1c2 } = c1;
    const { first: t3, second: t4 } = Fp23.Fp4Square(c0c0, c1c1);
    const { first: t5, second: t6 } = Fp23.Fp4Square(c1c0, c0c2);
    const { first: t7, second: t8 } = Fp23.Fp4Square(c0c1, c1c2);
    const t9 = Fp23.mulByNonresidue(t8);
    return Object.freeze({
      c0: Object.freeze({
        c0: Fp23.add(Fp23.mul(Fp23.sub(t3, c0c0), _2n7), t3),
        // 2 * (T3 - c0c0)  + T3
        c1: Fp23.add(Fp23.mul(Fp23.sub(t5, c0c1), _2n7), t5),
        // 2 * (T5 - c0c1)  + T5
        c2: Fp23.add(Fp23.mul(Fp23.sub(t7, c0c2), _2n7), t7)
      }),
      // 2 * (T7 - c0c2)  + T7
      c1: Object.freeze({
        c0: Fp23.add(Fp23.mul(Fp23.add(t9, c1c0), _2n7), t9),
        // 2 * (T9 + c1c0) + T9
        c1: Fp23.add(Fp23.mul(Fp23.add(t4, c1c1), _2n7), t4),
        // 2 * (T4 + c1c1) + T4
        c2: Fp23.add(Fp23.mul(Fp23.add(t6, c1c2), _2n7), t6)
      })
    });
  }
  // https://eprint.iacr.org/2009/565.pdf
  _cyclotomicExp(num, n) {
    aInRange("cyclotomic exponent", n, _0n9, _1n8 << BigInt(this.X_LEN));
    if (n === _0n9)
      return this.ONE;
    let z = num;
    for (let i = bitLen(n) - 2; i >= 0; i--) {
      z = this._cyclotomicSquare(z);
      if (bitGet(n, i))
        z = this.mul(z, num);
    }
    return z;
  }
};
var _FROBENIUS_COEFFICIENTS_12 = /* @__PURE__ */ new WeakMap();
function tower12(opts) {
  validateObject(opts, {
    ORDER: "bigint",
    X_LEN: "number",
    FP2_NONRESIDUE: "object",
    Fp2mulByB: "function",
    Fp12finalExponentiate: "function"
  }, { NONRESIDUE: "bigint" });
  asafenumber(opts.X_LEN, "X_LEN");
  if (opts.X_LEN < 1)
    throw new Error("invalid X_LEN");
  const nonresidue = opts.FP2_NONRESIDUE;
  if (!Array.isArray(nonresidue) || nonresidue.length !== 2)
    throw new Error("invalid FP2_NONRESIDUE");
  if (typeof nonresidue[0] !== "bigint" || typeof nonresidue[1] !== "bigint")
    throw new Error("invalid FP2_NONRESIDUE");
  const Fp4 = Field(opts.ORDER);
  const Fp23 = new _Field2(Fp4, opts);
  const Fp62 = new _Field6(Fp23);
  const Fp123 = new _Field12(Fp62, opts);
  return { Fp: Fp4, Fp2: Fp23, Fp6: Fp62, Fp12: Fp123 };
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/bls12-381.js
var _0n10 = BigInt(0);
var _1n9 = BigInt(1);
var _2n8 = BigInt(2);
var _3n6 = BigInt(3);
var _4n5 = BigInt(4);
var BLS_X = BigInt("0xd201000000010000");
var BLS_X_LEN = bitLen(BLS_X);
var bls12_381_CURVE_G1 = {
  p: BigInt("0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab"),
  n: BigInt("0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001"),
  h: BigInt("0x396c8c005555e1568c00aaab0000aaab"),
  a: _0n10,
  b: _4n5,
  Gx: BigInt("0x17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
  Gy: BigInt("0x08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1")
};
var bls12_381_Fr = Field(bls12_381_CURVE_G1.n, {
  modFromBytes: true
});
function bls12FromCompressed(g0, g12, { g2: g22, g3, g4, g5 }) {
  return { c0: { c0: g0, c1: g4, c2: g3 }, c1: { c0: g22, c1: g12, c2: g5 } };
}
function bls12Compress({ c0, c1 }) {
  return { g2: c1.c0, g3: c0.c2, g4: c0.c1, g5: c1.c2 };
}
function bls12CyclotomicSquareCompressed({ g2: g22, g3, g4, g5 }) {
  const { first: h23c0, second: h23c1 } = Fp2.Fp4Square(g4, g5);
  const { first: h45c0, second: h45c1 } = Fp2.Fp4Square(g22, g3);
  const d2 = Fp2.add(g22, g22);
  const d3 = Fp2.add(g3, g3);
  const d4 = Fp2.add(g4, g4);
  const d5 = Fp2.add(g5, g5);
  return {
    g2: Fp2.add(Fp2.mul(Fp2.mulByNonresidue(h23c1), _3n6), d2),
    g3: Fp2.sub(Fp2.mul(h23c0, _3n6), d3),
    g4: Fp2.sub(Fp2.mul(h45c0, _3n6), d4),
    g5: Fp2.add(Fp2.mul(h45c1, _3n6), d5)
  };
}
function bls12RecoverG1Ratio({ g2: g22, g3, g4, g5 }) {
  if (Fp2.is0(g22))
    return { num: Fp2.mul(Fp2.mul(g4, g5), _2n8), den: g3 };
  return {
    num: Fp2.add(Fp2.sub(Fp2.mul(Fp2.sqr(g4), _3n6), Fp2.mul(g3, _2n8)), Fp2.mulByNonresidue(Fp2.sqr(g5))),
    den: Fp2.mul(g22, _4n5)
  };
}
function bls12RecoverG0(g12, { g2: g22, g3, g4, g5 }) {
  const g3g4 = Fp2.mul(g3, g4);
  const t = Fp2.add(Fp2.sub(Fp2.mul(Fp2.sub(Fp2.sqr(g12), g3g4), _2n8), g3g4), Fp2.mul(g22, g5));
  return Fp2.add(Fp2.mulByNonresidue(t), Fp2.ONE);
}
function bls12CyclotomicExpCompressed(num, squarings) {
  const gs = [];
  let g = bls12Compress(num);
  for (const count of squarings) {
    for (let i = 0; i < count; i++)
      g = bls12CyclotomicSquareCompressed(g);
    gs.push(g);
  }
  const isOne = gs.map(({ g2: g22, g3 }) => Fp2.is0(g22) && Fp2.is0(g3));
  const ratios = gs.map(bls12RecoverG1Ratio);
  const invDens = Fp2.invertBatch(ratios.map(({ den }) => den));
  const elems = gs.map((compressed, i) => {
    if (isOne[i])
      return Fp12.ONE;
    const g12 = Fp2.mul(ratios[i].num, invDens[i]);
    return bls12FromCompressed(bls12RecoverG0(g12, compressed), g12, compressed);
  });
  return { result: Fp12.mul(Fp12.mul(elems[0], elems[1]), elems[2]), last: elems[2] };
}
function bls12CyclotomicExpX(num) {
  const { result, last: last2 } = bls12CyclotomicExpCompressed(num, [16, 32, 9]);
  let r = result;
  let s = last2;
  for (let i = 0; i < 3; i++)
    s = Fp12._cyclotomicSquare(s);
  r = Fp12.mul(r, s);
  for (let i = 0; i < 2; i++)
    s = Fp12._cyclotomicSquare(s);
  r = Fp12.mul(r, s);
  s = Fp12._cyclotomicSquare(s);
  return Fp12.mul(r, s);
}
var { Fp, Fp2, Fp6, Fp12 } = tower12({
  ORDER: bls12_381_CURVE_G1.p,
  X_LEN: BLS_X_LEN,
  // Finite extension field over irreducible polynominal.
  // Fp(u) / (u² - β) where β = -1
  // Public `Fp2.NONRESIDUE` below is the sextic-tower value `(1, 1) = u + 1`;
  // the quadratic non-residue for the base Fp2 construction is still `-1`.
  FP2_NONRESIDUE: [_1n9, _1n9],
  Fp2mulByB: ({ c0, c1 }) => {
    const t0 = Fp.mul(c0, _4n5);
    const t1 = Fp.mul(c1, _4n5);
    return { c0: Fp.sub(t0, t1), c1: Fp.add(t0, t1) };
  },
  Fp12finalExponentiate: (num) => {
    const powMinusX = (num2) => Fp12.conjugate(bls12CyclotomicExpX(num2));
    const t0 = Fp12.div(Fp12.frobeniusMap(num, 6), num);
    const t1 = Fp12.mul(Fp12.frobeniusMap(t0, 2), t0);
    const t2 = powMinusX(t1);
    const t3 = Fp12.mul(Fp12.conjugate(Fp12._cyclotomicSquare(t1)), t2);
    const t4 = powMinusX(t3);
    const t5 = powMinusX(t4);
    const t6 = Fp12.mul(powMinusX(t5), Fp12._cyclotomicSquare(t2));
    const t7 = powMinusX(t6);
    const t2_t5_pow_q2 = Fp12.frobeniusMap(Fp12.mul(t2, t5), 2);
    const t4_t1_pow_q3 = Fp12.frobeniusMap(Fp12.mul(t4, t1), 3);
    const t6_t1c_pow_q1 = Fp12.frobeniusMap(Fp12.mul(t6, Fp12.conjugate(t1)), 1);
    const t7_t3c_t1 = Fp12.mul(Fp12.mul(t7, Fp12.conjugate(t3)), t1);
    return Fp12.mul(Fp12.mul(Fp12.mul(t2_t5_pow_q2, t4_t1_pow_q3), t6_t1c_pow_q1), t7_t3c_t1);
  }
});
var frob;
var getFrob = () => frob || (frob = psiFrobenius(Fp, Fp2, Fp2.div(Fp2.ONE, Fp2.NONRESIDUE)));
var G2psi = (c, P) => {
  const fn = getFrob().G2psi;
  G2psi = fn;
  return fn(c, P);
};
var G2psi2 = (c, P) => {
  const fn = getFrob().G2psi2;
  G2psi2 = fn;
  return fn(c, P);
};
var hasher_opts = Object.freeze({
  DST: "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_",
  encodeDST: "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_",
  p: Fp.ORDER,
  m: 2,
  k: 128,
  expand: "xmd",
  hash: sha256
});
var bls12_381_CURVE_G2 = {
  p: Fp2.ORDER,
  n: bls12_381_CURVE_G1.n,
  h: BigInt("0x5d543a95414e7f1091d50792876a202cd91de4547085abaa68a205b2e5a7ddfa628f1cb4d9e82ef21537e293a6691ae1616ec6e786f0c70cf1c38e31c7238e5"),
  a: Fp2.ZERO,
  b: Fp2.fromBigTuple([_4n5, _4n5]),
  Gx: Fp2.fromBigTuple([
    BigInt("0x024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
    BigInt("0x13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")
  ]),
  Gy: Fp2.fromBigTuple([
    BigInt("0x0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
    BigInt("0x0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")
  ])
};
var sortBit = (parts, p) => {
  for (const part of parts) {
    if (part !== _0n10)
      return Boolean(part * _2n8 / p);
  }
  return false;
};
var fp2 = {
  // Generic tower bytes use `c0 || c1`, but the BLS12-381 G2 point/signature wire encoding uses
  // `c1 || c0`, so keep this local wrapper instead of changing generic field serialization.
  encode({ c0, c1 }) {
    const { BYTES: L } = Fp;
    return concatBytes2(numberToBytesBE(c1, L), numberToBytesBE(c0, L));
  },
  decode(bytes) {
    const { BYTES: L } = Fp;
    return Fp2.create({
      c0: decodeFp(bytes.subarray(L)),
      c1: decodeFp(bytes.subarray(0, L))
    });
  }
};
var BaseFp = Fp;
function decodeFp(bytes) {
  return Fp.fromBytes(bytes);
}
var coder = (name, Fp4, b, encode2, decode2, yparts) => {
  const F2 = Fp4;
  const enc = encode2;
  const dec = decode2;
  const W = F2.BYTES;
  return (allowUncompressed) => ({
    encode(point, compressed = true) {
      if (!compressed && !allowUncompressed)
        throw new Error("invalid signature: expected compressed encoding");
      const infinity = point.is0();
      const { x, y } = point.toAffine();
      const bytes = compressed ? enc(x) : concatBytes2(enc(x), enc(y));
      let sort;
      if (compressed && !infinity)
        sort = sortBit(yparts(y), BaseFp.ORDER);
      return setMask(bytes, { compressed, infinity, sort });
    },
    decode(bytes) {
      const raw = allowUncompressed ? abytes2(bytes, void 0, "point") : abytes2(bytes, W, "signature");
      const { compressed, infinity, sort, value } = parseMask(raw);
      if (!allowUncompressed && !compressed)
        throw new Error("invalid signature: expected compressed encoding");
      const len = compressed ? W : 2 * W;
      if (value.length !== len)
        throw new Error(`invalid ${name} point: expected ${len} bytes`);
      if (infinity) {
        for (const b2 of value) {
          if (b2)
            throw new Error(`invalid ${name} point: non-canonical zero`);
        }
        return { x: F2.ZERO, y: F2.ZERO };
      }
      const x = dec(compressed ? value : value.subarray(0, W));
      let y;
      if (compressed) {
        y = F2.sqrt(F2.add(F2.pow(x, _3n6), b));
        if (!y)
          throw new Error(`invalid ${name} point: compressed`);
        if (sortBit(yparts(y), BaseFp.ORDER) !== sort)
          y = F2.neg(y);
      } else {
        y = dec(value.subarray(W));
      }
      if (!compressed && F2.is0(x) && F2.is0(y))
        throw new Error(`invalid ${name} point: uncompressed`);
      return { x, y };
    }
  });
};
function validateMask({ compressed, infinity, sort }) {
  if (!compressed && !infinity && sort || // 0010_0000 = 0x20
  !compressed && infinity && sort || // 0110_0000 = 0x60
  compressed && infinity && sort)
    throw new Error("invalid encoding flag");
}
function parseMask(bytes) {
  bytes = copyBytes(bytes);
  const mask = bytes[0] & 224;
  const compressed = !!(mask >> 7 & 1);
  const infinity = !!(mask >> 6 & 1);
  const sort = !!(mask >> 5 & 1);
  validateMask({ compressed, infinity, sort });
  bytes[0] &= 31;
  return { compressed, infinity, sort, value: bytes };
}
function setMask(bytes, mask) {
  if (bytes[0] & 224)
    throw new Error("setMask: non-empty mask");
  validateMask({ compressed: !!mask.compressed, infinity: !!mask.infinity, sort: !!mask.sort });
  if (mask.compressed)
    bytes[0] |= 128;
  if (mask.infinity)
    bytes[0] |= 64;
  if (mask.sort)
    bytes[0] |= 32;
  return bytes;
}
var g1coder = coder("G1", Fp, Fp.create(bls12_381_CURVE_G1.b), (x) => numberToBytesBE(x, Fp.BYTES), decodeFp, (y) => [y]);
var g1 = { point: g1coder(true), sig: g1coder(false) };
var signatureG1ToBytes = (point) => {
  point.assertValidity();
  return g1.sig.encode(point);
};
function signatureG1FromBytes(bytes) {
  const Point = bls12_381.G1.Point;
  const point = Point.fromAffine(g1.sig.decode(bytes));
  point.assertValidity();
  return point;
}
var g2coder = coder("G2", Fp2, bls12_381_CURVE_G2.b, fp2.encode, fp2.decode, (y) => [
  y.c1,
  y.c0
]);
var g2 = { point: g2coder(true), sig: g2coder(false) };
var signatureG2ToBytes = (point) => {
  point.assertValidity();
  return g2.sig.encode(point);
};
function signatureG2FromBytes(bytes) {
  const Point = bls12_381.G2.Point;
  const point = Point.fromAffine(g2.sig.decode(bytes));
  point.assertValidity();
  return point;
}
var signatureCoders = {
  ShortSignature: {
    fromBytes(bytes) {
      return signatureG1FromBytes(abytes2(bytes));
    },
    fromHex(hex) {
      return signatureG1FromBytes(hexToBytes2(hex));
    },
    toBytes(point) {
      return signatureG1ToBytes(point);
    },
    // Historical alias: BLS signatures have a single compressed byte format here.
    toRawBytes(point) {
      return signatureG1ToBytes(point);
    },
    toHex(point) {
      return bytesToHex2(signatureG1ToBytes(point));
    }
  },
  LongSignature: {
    fromBytes(bytes) {
      return signatureG2FromBytes(abytes2(bytes));
    },
    fromHex(hex) {
      return signatureG2FromBytes(hexToBytes2(hex));
    },
    toBytes(point) {
      return signatureG2ToBytes(point);
    },
    // Historical alias: BLS signatures have a single compressed byte format here.
    toRawBytes(point) {
      return signatureG2ToBytes(point);
    },
    toHex(point) {
      return bytesToHex2(signatureG2ToBytes(point));
    }
  }
};
var fields = {
  Fp,
  Fp2,
  Fp6,
  Fp12,
  Fr: bls12_381_Fr
};
var G1_Point = weierstrass(bls12_381_CURVE_G1, {
  // Public point APIs still accept infinity, even though the Zcash proof
  // encoding rules cited above only define nonzero point encodings.
  allowInfinityPoint: true,
  Fn: bls12_381_Fr,
  fromBytes: g1.point.decode,
  toBytes: (_c, point, isComp) => g1.point.encode(point, isComp),
  // Checks is the point resides in prime-order subgroup.
  // point.isTorsionFree() should return true for valid points
  // It returns false for shitty points.
  // https://eprint.iacr.org/2021/1130.pdf
  isTorsionFree: (c, point) => {
    const beta = BigInt("0x5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffefffe");
    const phi = new c(Fp.mul(point.X, beta), point.Y, point.Z);
    const xP = point.multiplyUnsafe(BLS_X).negate();
    const u2P = xP.multiplyUnsafe(BLS_X);
    return u2P.equals(phi);
  },
  // Clear cofactor of G1
  // https://eprint.iacr.org/2019/403
  clearCofactor: (_c, point) => {
    return point.multiplyUnsafe(BLS_X).add(point);
  }
});
var G2_Point = weierstrass(bls12_381_CURVE_G2, {
  Fp: Fp2,
  // Public point APIs still accept infinity, even though the Zcash proof
  // encoding rules cited above only define nonzero point encodings.
  allowInfinityPoint: true,
  Fn: bls12_381_Fr,
  fromBytes: g2.point.decode,
  toBytes: (_c, point, isComp) => g2.point.encode(point, isComp),
  // https://eprint.iacr.org/2021/1130.pdf
  // Older version: https://eprint.iacr.org/2019/814.pdf
  isTorsionFree: (c, P) => {
    return P.multiplyUnsafe(BLS_X).negate().equals(G2psi(c, P));
  },
  // clear_cofactor_bls12381_g2 from RFC 9380.
  // https://eprint.iacr.org/2017/419.pdf
  // prettier-ignore
  clearCofactor: (c, P) => {
    const x = BLS_X;
    let t1 = P.multiplyUnsafe(x).negate();
    let t2 = G2psi(c, P);
    let t3 = P.double();
    t3 = G2psi2(c, t3);
    t3 = t3.subtract(t2);
    t2 = t1.add(t2);
    t2 = t2.multiplyUnsafe(x).negate();
    t3 = t3.add(t2);
    t3 = t3.subtract(t1);
    const Q = t3.subtract(P);
    return Q;
  }
});
var bls12_hasher_opts = {
  mapToG1,
  mapToG2,
  hasherOpts: hasher_opts,
  // RFC 9380 Appendix J defines distinct G1/G2 RO and NU suite IDs, and
  // draft-irtf-cfrg-bls-signature-06 §4.2.1 gives separate G1/G2 `_NUL_` DSTs.
  // Keep G1 encode-to-curve on the G1 domain instead of inheriting G2's `encodeDST`.
  hasherOptsG1: {
    ...hasher_opts,
    m: 1,
    DST: "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_",
    encodeDST: "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_"
  },
  hasherOptsG2: { ...hasher_opts }
};
var bls12_params = {
  ateLoopSize: BLS_X,
  // The BLS parameter x for BLS12-381
  xNegative: true,
  twistType: "multiplicative",
  randomBytes: randomBytes2
};
var bls12_381 = bls(fields, G1_Point, G2_Point, bls12_params, bls12_hasher_opts, signatureCoders);
var isogenyMapG2 = isogenyMap(Fp2, [
  // xNum
  [
    [
      "0x5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
      "0x5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"
    ],
    [
      "0x0",
      "0x11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"
    ],
    [
      "0x11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
      "0x8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"
    ],
    [
      "0x171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1",
      "0x0"
    ]
  ],
  // xDen
  [
    [
      "0x0",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa63"
    ],
    [
      "0xc",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa9f"
    ],
    ["0x1", "0x0"]
    // LAST 1
  ],
  // yNum
  [
    [
      "0x1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
      "0x1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"
    ],
    [
      "0x0",
      "0x5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"
    ],
    [
      "0x11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
      "0x8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"
    ],
    [
      "0x124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10",
      "0x0"
    ]
  ],
  // yDen
  [
    [
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb"
    ],
    [
      "0x0",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa9d3"
    ],
    [
      "0x12",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa99"
    ],
    ["0x1", "0x0"]
    // LAST 1
  ]
].map((i) => i.map((pair) => Fp2.fromBigTuple(pair.map(BigInt)))));
var isogenyMapG1 = isogenyMap(Fp, [
  // xNum
  [
    "0x11a05f2b1e833340b809101dd99815856b303e88a2d7005ff2627b56cdb4e2c85610c2d5f2e62d6eaeac1662734649b7",
    "0x17294ed3e943ab2f0588bab22147a81c7c17e75b2f6a8417f565e33c70d1e86b4838f2a6f318c356e834eef1b3cb83bb",
    "0xd54005db97678ec1d1048c5d10a9a1bce032473295983e56878e501ec68e25c958c3e3d2a09729fe0179f9dac9edcb0",
    "0x1778e7166fcc6db74e0609d307e55412d7f5e4656a8dbf25f1b33289f1b330835336e25ce3107193c5b388641d9b6861",
    "0xe99726a3199f4436642b4b3e4118e5499db995a1257fb3f086eeb65982fac18985a286f301e77c451154ce9ac8895d9",
    "0x1630c3250d7313ff01d1201bf7a74ab5db3cb17dd952799b9ed3ab9097e68f90a0870d2dcae73d19cd13c1c66f652983",
    "0xd6ed6553fe44d296a3726c38ae652bfb11586264f0f8ce19008e218f9c86b2a8da25128c1052ecaddd7f225a139ed84",
    "0x17b81e7701abdbe2e8743884d1117e53356de5ab275b4db1a682c62ef0f2753339b7c8f8c8f475af9ccb5618e3f0c88e",
    "0x80d3cf1f9a78fc47b90b33563be990dc43b756ce79f5574a2c596c928c5d1de4fa295f296b74e956d71986a8497e317",
    "0x169b1f8e1bcfa7c42e0c37515d138f22dd2ecb803a0c5c99676314baf4bb1b7fa3190b2edc0327797f241067be390c9e",
    "0x10321da079ce07e272d8ec09d2565b0dfa7dccdde6787f96d50af36003b14866f69b771f8c285decca67df3f1605fb7b",
    "0x6e08c248e260e70bd1e962381edee3d31d79d7e22c837bc23c0bf1bc24c6b68c24b1b80b64d391fa9c8ba2e8ba2d229"
  ],
  // xDen
  [
    "0x8ca8d548cff19ae18b2e62f4bd3fa6f01d5ef4ba35b48ba9c9588617fc8ac62b558d681be343df8993cf9fa40d21b1c",
    "0x12561a5deb559c4348b4711298e536367041e8ca0cf0800c0126c2588c48bf5713daa8846cb026e9e5c8276ec82b3bff",
    "0xb2962fe57a3225e8137e629bff2991f6f89416f5a718cd1fca64e00b11aceacd6a3d0967c94fedcfcc239ba5cb83e19",
    "0x3425581a58ae2fec83aafef7c40eb545b08243f16b1655154cca8abc28d6fd04976d5243eecf5c4130de8938dc62cd8",
    "0x13a8e162022914a80a6f1d5f43e7a07dffdfc759a12062bb8d6b44e833b306da9bd29ba81f35781d539d395b3532a21e",
    "0xe7355f8e4e667b955390f7f0506c6e9395735e9ce9cad4d0a43bcef24b8982f7400d24bc4228f11c02df9a29f6304a5",
    "0x772caacf16936190f3e0c63e0596721570f5799af53a1894e2e073062aede9cea73b3538f0de06cec2574496ee84a3a",
    "0x14a7ac2a9d64a8b230b3f5b074cf01996e7f63c21bca68a81996e1cdf9822c580fa5b9489d11e2d311f7d99bbdcc5a5e",
    "0xa10ecf6ada54f825e920b3dafc7a3cce07f8d1d7161366b74100da67f39883503826692abba43704776ec3a79a1d641",
    "0x95fc13ab9e92ad4476d6e3eb3a56680f682b4ee96f7d03776df533978f31c1593174e4b4b7865002d6384d168ecdd0a",
    "0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"
    // LAST 1
  ],
  // yNum
  [
    "0x90d97c81ba24ee0259d1f094980dcfa11ad138e48a869522b52af6c956543d3cd0c7aee9b3ba3c2be9845719707bb33",
    "0x134996a104ee5811d51036d776fb46831223e96c254f383d0f906343eb67ad34d6c56711962fa8bfe097e75a2e41c696",
    "0xcc786baa966e66f4a384c86a3b49942552e2d658a31ce2c344be4b91400da7d26d521628b00523b8dfe240c72de1f6",
    "0x1f86376e8981c217898751ad8746757d42aa7b90eeb791c09e4a3ec03251cf9de405aba9ec61deca6355c77b0e5f4cb",
    "0x8cc03fdefe0ff135caf4fe2a21529c4195536fbe3ce50b879833fd221351adc2ee7f8dc099040a841b6daecf2e8fedb",
    "0x16603fca40634b6a2211e11db8f0a6a074a7d0d4afadb7bd76505c3d3ad5544e203f6326c95a807299b23ab13633a5f0",
    "0x4ab0b9bcfac1bbcb2c977d027796b3ce75bb8ca2be184cb5231413c4d634f3747a87ac2460f415ec961f8855fe9d6f2",
    "0x987c8d5333ab86fde9926bd2ca6c674170a05bfe3bdd81ffd038da6c26c842642f64550fedfe935a15e4ca31870fb29",
    "0x9fc4018bd96684be88c9e221e4da1bb8f3abd16679dc26c1e8b6e6a1f20cabe69d65201c78607a360370e577bdba587",
    "0xe1bba7a1186bdb5223abde7ada14a23c42a0ca7915af6fe06985e7ed1e4d43b9b3f7055dd4eba6f2bafaaebca731c30",
    "0x19713e47937cd1be0dfd0b8f1d43fb93cd2fcbcb6caf493fd1183e416389e61031bf3a5cce3fbafce813711ad011c132",
    "0x18b46a908f36f6deb918c143fed2edcc523559b8aaf0c2462e6bfe7f911f643249d9cdf41b44d606ce07c8a4d0074d8e",
    "0xb182cac101b9399d155096004f53f447aa7b12a3426b08ec02710e807b4633f06c851c1919211f20d4c04f00b971ef8",
    "0x245a394ad1eca9b72fc00ae7be315dc757b3b080d4c158013e6632d3c40659cc6cf90ad1c232a6442d9d3f5db980133",
    "0x5c129645e44cf1102a159f748c4a3fc5e673d81d7e86568d9ab0f5d396a7ce46ba1049b6579afb7866b1e715475224b",
    "0x15e6be4e990f03ce4ea50b3b42df2eb5cb181d8f84965a3957add4fa95af01b2b665027efec01c7704b456be69c8b604"
  ],
  // yDen
  [
    "0x16112c4c3a9c98b252181140fad0eae9601a6de578980be6eec3232b5be72e7a07f3688ef60c206d01479253b03663c1",
    "0x1962d75c2381201e1a0cbd6c43c348b885c84ff731c4d59ca4a10356f453e01f78a4260763529e3532f6102c2e49a03d",
    "0x58df3306640da276faaae7d6e8eb15778c4855551ae7f310c35a5dd279cd2eca6757cd636f96f891e2538b53dbf67f2",
    "0x16b7d288798e5395f20d23bf89edb4d1d115c5dbddbcd30e123da489e726af41727364f2c28297ada8d26d98445f5416",
    "0xbe0e079545f43e4b00cc912f8228ddcc6d19c9f0f69bbb0542eda0fc9dec916a20b15dc0fd2ededda39142311a5001d",
    "0x8d9e5297186db2d9fb266eaac783182b70152c65550d881c5ecd87b6f0f5a6449f38db9dfa9cce202c6477faaf9b7ac",
    "0x166007c08a99db2fc3ba8734ace9824b5eecfdfa8d0cf8ef5dd365bc400a0051d5fa9c01a58b1fb93d1a1399126a775c",
    "0x16a3ef08be3ea7ea03bcddfabba6ff6ee5a4375efa1f4fd7feb34fd206357132b920f5b00801dee460ee415a15812ed9",
    "0x1866c8ed336c61231a1be54fd1d74cc4f9fb0ce4c6af5920abc5750c4bf39b4852cfe2f7bb9248836b233d9d55535d4a",
    "0x167a55cda70a6e1cea820597d94a84903216f763e13d87bb5308592e7ea7d4fbc7385ea3d529b35e346ef48bb8913f55",
    "0x4d2f259eea405bd48f010a01ad2911d9c6dd039bb61a6290e591b36e636a5c871a5c29f4f83060400f8b49cba8f6aa8",
    "0xaccbb67481d033ff5852c1e48c50c477f94ff8aefce42d28c0f9a88cea7913516f968986f7ebbea9684b529e2561092",
    "0xad6b9514c767fe3c3613144b45f1496543346d98adf02267d5ceef9a00d9b8693000763e3b90ac11e99b138573345cc",
    "0x2660400eb2e4f3b628bdd0d53cd76f2bf565b94e72927c1cb748df27942480e420517bd8714cc80d1fadc1326ed06f7",
    "0xe0fa1d816ddc03e6b24255e0d7819c171c40f65e273b853324efcd6356caa205ca2f570f13497804415473a1d634b8f",
    "0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"
    // LAST 1
  ]
].map((i) => i.map((j) => BigInt(j))));
var G1_SWU;
var G2_SWU;
var getG1_SWU = () => G1_SWU || (G1_SWU = mapToCurveSimpleSWU(Fp, {
  A: Fp.create(BigInt("0x144698a3b8e9433d693a02c96d4982b0ea985383ee66a8d8e8981aefd881ac98936f8da0e0f97f5cf428082d584c1d")),
  B: Fp.create(BigInt("0x12e2908d11688030018b12e8753eee3b2016c1f0f24f4070a0b9c14fcef35ef55a23215a316ceaa5d1cc48e98e172be0")),
  Z: Fp.create(BigInt(11))
}));
var getG2_SWU = () => G2_SWU || (G2_SWU = mapToCurveSimpleSWU(Fp2, {
  // SWU map for the RFC 9380 §8.8.2 pre-isogeny G2 curve E':
  // y² = x³ + 240i * x + 1012 + 1012i
  A: Fp2.create({ c0: Fp.create(_0n10), c1: Fp.create(BigInt(240)) }),
  // A' = 240 * I
  B: Fp2.create({ c0: Fp.create(BigInt(1012)), c1: Fp.create(BigInt(1012)) }),
  // B' = 1012 * (1 + I)
  Z: Fp2.create({ c0: Fp.create(BigInt(-2)), c1: Fp.create(BigInt(-1)) })
  // Z: -(2 + I)
}));
function mapToG1(scalars) {
  const { x, y } = getG1_SWU()(Fp.create(scalars[0]));
  return isogenyMapG1(x, y);
}
function mapToG2(scalars) {
  const { x, y } = getG2_SWU()(Fp2.fromBigTuple(scalars));
  return isogenyMapG2(x, y);
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/bls12_381/noble.js
var G1_ZERO = bls12_381.G1.Point.ZERO;
var G2_ZERO = bls12_381.G2.Point.ZERO;
function BLS12_381_ToFp2Point(fpXCoordinate, fpYCoordinate) {
  if (bytesToBigInt(fpXCoordinate) >= BLS_FIELD_MODULUS) {
    throw new EVMError(EVMError.errorMessages.BLS_12_381_FP_NOT_IN_FIELD);
  }
  if (bytesToBigInt(fpYCoordinate) >= BLS_FIELD_MODULUS) {
    throw new EVMError(EVMError.errorMessages.BLS_12_381_FP_NOT_IN_FIELD);
  }
  const fpBytes = concatBytes4(fpXCoordinate.subarray(16), fpYCoordinate.subarray(16));
  const FP = bls12_381.fields.Fp2.fromBytes(fpBytes);
  return FP;
}
function BLS12_381_ToG1Point(input, verifyOrder = true) {
  if (equalsBytes(input, BLS_G1_INFINITY_POINT_BYTES) === true) {
    return G1_ZERO;
  }
  const x = bytesToBigInt(input.subarray(16, BLS_G1_POINT_BYTE_LENGTH / 2));
  const y = bytesToBigInt(input.subarray(80, BLS_G1_POINT_BYTE_LENGTH));
  const G1 = bls12_381.G1.Point.fromAffine({
    x,
    y
  });
  try {
    G1.assertValidity();
  } catch (e) {
    if (verifyOrder || e.message !== "bad point: not in prime-order subgroup")
      throw new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE);
  }
  return G1;
}
function BLS12_381_FromG1Point(input) {
  const xBytes = setLengthLeft(bigIntToBytes(input.x), 64);
  const yBytes = setLengthLeft(bigIntToBytes(input.y), 64);
  return concatBytes4(xBytes, yBytes);
}
function BLS12_381_ToG2Point(input, verifyOrder = true) {
  if (equalsBytes(input, BLS_G2_INFINITY_POINT_BYTES) === true) {
    return G2_ZERO;
  }
  const p_x_1 = input.subarray(0, 64);
  const p_x_2 = input.subarray(64, BLS_G2_POINT_BYTE_LENGTH / 2);
  const p_y_1 = input.subarray(128, 192);
  const p_y_2 = input.subarray(192, BLS_G2_POINT_BYTE_LENGTH);
  const Fp2X = BLS12_381_ToFp2Point(p_x_1, p_x_2);
  const Fp2Y = BLS12_381_ToFp2Point(p_y_1, p_y_2);
  const pG2 = bls12_381.G2.Point.fromAffine({
    x: Fp2X,
    y: Fp2Y
  });
  try {
    pG2.assertValidity();
  } catch (e) {
    if (verifyOrder || e.message !== "bad point: not in prime-order subgroup")
      throw new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE);
  }
  return pG2;
}
function BLS12_381_FromG2Point(input) {
  const xBytes1 = setLengthLeft(bigIntToBytes(input.x.c0), 64);
  const xBytes2 = setLengthLeft(bigIntToBytes(input.x.c1), 64);
  const yBytes1 = setLengthLeft(bigIntToBytes(input.y.c0), 64);
  const yBytes2 = setLengthLeft(bigIntToBytes(input.y.c1), 64);
  return concatBytes4(xBytes1, xBytes2, yBytes1, yBytes2);
}
function BLS12_381_ToFrPoint(input) {
  const Fr = bls12_381.fields.Fr.fromBytes(input);
  if (Fr >= bls12_381.fields.Fr.ORDER) {
    return bls12_381.fields.Fr.create(Fr % bls12_381.fields.Fr.ORDER);
  }
  return bls12_381.fields.Fr.create(Fr);
}
function BLS12_381_ToFpPoint(fpCoordinate) {
  if (bytesToBigInt(fpCoordinate) >= BLS_FIELD_MODULUS) {
    throw new EVMError(EVMError.errorMessages.BLS_12_381_FP_NOT_IN_FIELD);
  }
  const FP = bls12_381.fields.Fp.fromBytes(fpCoordinate.slice(16));
  return FP;
}
var NobleBLS = class {
  addG1(input) {
    const p1 = BLS12_381_ToG1Point(input.subarray(0, BLS_G1_POINT_BYTE_LENGTH), false);
    const p2 = BLS12_381_ToG1Point(input.subarray(BLS_G1_POINT_BYTE_LENGTH, BLS_G1_POINT_BYTE_LENGTH * 2), false);
    const p = p1.add(p2);
    const result = BLS12_381_FromG1Point(p.toAffine());
    return result;
  }
  addG2(input) {
    const p1 = BLS12_381_ToG2Point(input.subarray(0, BLS_G2_POINT_BYTE_LENGTH), false);
    const p2 = BLS12_381_ToG2Point(input.subarray(BLS_G2_POINT_BYTE_LENGTH, BLS_G2_POINT_BYTE_LENGTH * 2), false);
    const p = p1.add(p2);
    const result = BLS12_381_FromG2Point(p.toAffine());
    return result;
  }
  mapFPtoG1(input) {
    const FP = BLS12_381_ToFpPoint(input.subarray(0, 64));
    const result = bls12_381.G1.mapToCurve(FP).toAffine();
    const resultBytes = BLS12_381_FromG1Point(result);
    return resultBytes;
  }
  mapFP2toG2(input) {
    const Fp2Point = BLS12_381_ToFp2Point(input.subarray(0, 64), input.subarray(64, 128));
    const result = bls12_381.G2.mapToCurve([Fp2Point.c0, Fp2Point.c1]).toAffine();
    const resultBytes = BLS12_381_FromG2Point(result);
    return resultBytes;
  }
  msmG1(input) {
    const pairLength = 160;
    const numPairs = input.length / pairLength;
    let pRes = G1_ZERO;
    for (let k = 0; k < numPairs; k++) {
      const pairStart = pairLength * k;
      const G1 = BLS12_381_ToG1Point(input.subarray(pairStart, pairStart + BLS_G1_POINT_BYTE_LENGTH));
      const Fr = BLS12_381_ToFrPoint(input.subarray(pairStart + BLS_G1_POINT_BYTE_LENGTH, pairStart + pairLength));
      let pMul;
      if (Fr === BIGINT_02) {
        pMul = G1_ZERO;
      } else {
        pMul = G1.multiplyUnsafe(Fr);
      }
      pRes = pRes.add(pMul);
    }
    return BLS12_381_FromG1Point(pRes.toAffine());
  }
  msmG2(input) {
    const pairLength = 288;
    const numPairs = input.length / pairLength;
    let pRes = G2_ZERO;
    for (let k = 0; k < numPairs; k++) {
      const pairStart = pairLength * k;
      const G2 = BLS12_381_ToG2Point(input.subarray(pairStart, pairStart + BLS_G2_POINT_BYTE_LENGTH));
      const Fr = BLS12_381_ToFrPoint(input.subarray(pairStart + BLS_G2_POINT_BYTE_LENGTH, pairStart + pairLength));
      let pMul;
      if (Fr === BIGINT_02) {
        pMul = G2_ZERO;
      } else {
        pMul = G2.multiplyUnsafe(Fr);
      }
      pRes = pRes.add(pMul);
    }
    return BLS12_381_FromG2Point(pRes.toAffine());
  }
  pairingCheck(input) {
    const pairLength = 384;
    const pairs = [];
    for (let k = 0; k < input.length / pairLength; k++) {
      const pairStart = pairLength * k;
      const G1 = BLS12_381_ToG1Point(input.subarray(pairStart, pairStart + BLS_G1_POINT_BYTE_LENGTH));
      const g2start = pairStart + BLS_G1_POINT_BYTE_LENGTH;
      const G2 = BLS12_381_ToG2Point(input.subarray(g2start, g2start + BLS_G2_POINT_BYTE_LENGTH));
      pairs.push({ g1: G1, g2: G2 });
    }
    const filteredPairs = pairs.filter((pair) => pair.g1.equals(G1_ZERO) === false && pair.g2.equals(G2_ZERO) === false);
    const FP12 = bls12_381.pairingBatch(filteredPairs, true);
    if (bls12_381.fields.Fp12.eql(FP12, bls12_381.fields.Fp12.ONE)) {
      return BLS_ONE_BUFFER;
    } else {
      return BLS_ZERO_BUFFER;
    }
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/bls12_381/util.js
var ZERO_BYTES_16 = new Uint8Array(16);
var msmGasUsed = (numPairs, gasUsedPerPair, discountTable) => {
  const gasDiscountMax = discountTable[discountTable.length - 1][1];
  let gasDiscountMultiplier;
  if (numPairs <= discountTable.length) {
    if (numPairs === 0) {
      gasDiscountMultiplier = 0;
    } else {
      gasDiscountMultiplier = discountTable[numPairs - 1][1];
    }
  } else {
    gasDiscountMultiplier = gasDiscountMax;
  }
  return BigInt(numPairs) * gasUsedPerPair * BigInt(gasDiscountMultiplier) / BigInt(1e3);
};
var leading16ZeroBytesCheck = (opts, zeroByteRanges, pName, pairStart = 0) => {
  for (const index in zeroByteRanges) {
    const slicedBuffer = opts.data.subarray(zeroByteRanges[index][0] + pairStart, zeroByteRanges[index][1] + pairStart);
    if (!(equalsBytes(slicedBuffer, ZERO_BYTES_16) === true)) {
      if (opts._debug !== void 0) {
        opts._debug(`${pName} failed: Point not on curve`);
      }
      return false;
    }
  }
  return true;
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/0b-bls12-g1add.js
async function precompile0b(opts) {
  const pName = getPrecompileName("0b");
  const bls2 = opts._EVM["_bls"];
  const gasUsed = opts.common.param("bls12381G1AddGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (!equalityLengthCheck(opts, 256, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const zeroByteRanges = [
    [0, 16],
    [64, 80],
    [128, 144],
    [192, 208]
  ];
  if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
  }
  let returnValue;
  try {
    returnValue = bls2.addG1(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/0c-bls12-g1msm.js
async function precompile0c(opts) {
  const pName = getPrecompileName("0d");
  const bls2 = opts._EVM["_bls"];
  const inputData = opts.data;
  if (inputData.length === 0) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: Empty input`);
    }
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INPUT_EMPTY), opts.gasLimit);
  }
  const numPairs = Math.floor(inputData.length / 160);
  const gasUsedPerPair = opts.common.param("bls12381G1MulGas");
  const gasUsed = msmGasUsed(numPairs, gasUsedPerPair, BLS_GAS_DISCOUNT_PAIRS_G1);
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (!moduloLengthCheck(opts, 160, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const zeroByteRanges = [
    [0, 16],
    [64, 80]
  ];
  for (let k = 0; k < numPairs; k++) {
    const pairStart = 160 * k;
    if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName, pairStart)) {
      return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
    }
  }
  let returnValue;
  try {
    returnValue = bls2.msmG1(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/0d-bls12-g2add.js
async function precompile0d(opts) {
  const pName = getPrecompileName("0e");
  const bls2 = opts._EVM["_bls"];
  const gasUsed = opts.common.param("bls12381G2AddGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (!equalityLengthCheck(opts, 512, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const zeroByteRanges = [
    [0, 16],
    [64, 80],
    [128, 144],
    [192, 208],
    [256, 272],
    [320, 336],
    [384, 400],
    [448, 464]
  ];
  if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
  }
  let returnValue;
  try {
    returnValue = bls2.addG2(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/0e-bls12-g2msm.js
async function precompile0e(opts) {
  const pName = getPrecompileName("10");
  const bls2 = opts._EVM["_bls"];
  if (opts.data.length === 0) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: Empty input`);
    }
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INPUT_EMPTY), opts.gasLimit);
  }
  const numPairs = Math.floor(opts.data.length / 288);
  const gasUsedPerPair = opts.common.param("bls12381G2MulGas");
  const gasUsed = msmGasUsed(numPairs, gasUsedPerPair, BLS_GAS_DISCOUNT_PAIRS_G2);
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (!moduloLengthCheck(opts, 288, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const zeroByteRanges = [
    [0, 16],
    [64, 80],
    [128, 144],
    [192, 208]
  ];
  for (let k = 0; k < numPairs; k++) {
    const pairStart = 288 * k;
    if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName, pairStart)) {
      return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
    }
  }
  let returnValue;
  try {
    returnValue = bls2.msmG2(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/0f-bls12-pairing.js
async function precompile0f(opts) {
  const pName = getPrecompileName("11");
  const bls2 = opts._EVM["_bls"];
  const baseGas = opts.common.param("bls12381PairingBaseGas");
  if (opts.data.length === 0) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: Empty input`);
    }
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INPUT_EMPTY), opts.gasLimit);
  }
  const gasUsedPerPair = opts.common.param("bls12381PairingPerPairGas");
  if (!moduloLengthCheck(opts, 384, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const gasUsed = baseGas + gasUsedPerPair * BigInt(Math.floor(opts.data.length / 384));
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const zeroByteRanges = [
    [0, 16],
    [64, 80],
    [128, 144],
    [192, 208],
    [256, 272],
    [320, 336]
  ];
  for (let k = 0; k < opts.data.length / 384; k++) {
    const pairStart = 384 * k;
    if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName, pairStart)) {
      return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
    }
  }
  let returnValue;
  try {
    returnValue = bls2.pairingCheck(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/01-ecrecover.js
function precompile01(opts) {
  const pName = getPrecompileName("01");
  const ecrecoverFunction = opts.common.customCrypto.ecrecover ?? ecrecover;
  const gasUsed = opts.common.param("ecRecoverGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const data = setLengthRight(opts.data, 128, { allowTruncate: true });
  const msgHash = data.subarray(0, 32);
  const v = data.subarray(32, 64);
  const vBigInt = bytesToBigInt(v);
  if (vBigInt !== BIGINT_27 && vBigInt !== BIGINT_28) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: v neither 27 nor 28`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  const r = data.subarray(64, 96);
  const s = data.subarray(96, 128);
  let publicKey;
  try {
    if (opts._debug !== void 0) {
      opts._debug(`${pName}: PK recovery with msgHash=${bytesToHex4(msgHash)} v=${bytesToHex4(v)} r=${bytesToHex4(r)}s=${bytesToHex4(s)}}`);
    }
    publicKey = ecrecoverFunction(msgHash, bytesToBigInt(v), r, s);
  } catch {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: PK recovery failed`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array(0)
    };
  }
  const address = setLengthLeft(publicToAddress(publicKey), 32);
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return address=${bytesToHex4(address)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: address
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/02-sha256.js
function precompile02(opts) {
  const pName = getPrecompileName("02");
  const data = opts.data;
  const sha256Function = opts.common.customCrypto.sha256 ?? sha256;
  let gasUsed = opts.common.param("sha256Gas");
  gasUsed += opts.common.param("sha256WordGas") * BigInt(Math.ceil(data.length / 32));
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const hash2 = sha256Function(data);
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return hash=${bytesToHex4(hash2)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: hash2
  };
}

// node_modules/.pnpm/@noble+hashes@2.4.0/node_modules/@noble/hashes/legacy.js
var Rho160 = /* @__PURE__ */ Uint8Array.from([
  7,
  4,
  13,
  1,
  10,
  6,
  15,
  3,
  12,
  0,
  9,
  5,
  2,
  14,
  11,
  8
]);
var Id160 = /* @__PURE__ */ (() => Uint8Array.from(new Array(16).fill(0).map((_, i) => i)))();
var Pi160 = /* @__PURE__ */ (() => Id160.map((i) => (9 * i + 5) % 16))();
var idxLR = /* @__PURE__ */ (() => {
  const L = [Id160];
  const R = [Pi160];
  const res = [L, R];
  for (let i = 0; i < 4; i++)
    for (let j of res)
      j.push(j[i].map((k) => Rho160[k]));
  return res;
})();
var idxL = /* @__PURE__ */ (() => idxLR[0])();
var idxR = /* @__PURE__ */ (() => idxLR[1])();
var shifts160 = /* @__PURE__ */ [
  [11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8],
  [12, 13, 11, 15, 6, 9, 9, 7, 12, 15, 11, 13, 7, 8, 7, 7],
  [13, 15, 14, 11, 7, 7, 6, 8, 13, 14, 13, 12, 5, 5, 6, 9],
  [14, 11, 12, 14, 8, 6, 5, 5, 15, 12, 15, 14, 9, 9, 8, 6],
  [15, 12, 13, 13, 9, 5, 8, 6, 14, 11, 12, 11, 8, 6, 5, 5]
].map((i) => Uint8Array.from(i));
var shiftsL160 = /* @__PURE__ */ idxL.map((idx, i) => idx.map((j) => shifts160[i][j]));
var shiftsR160 = /* @__PURE__ */ idxR.map((idx, i) => idx.map((j) => shifts160[i][j]));
var Kl160 = /* @__PURE__ */ Uint32Array.from([
  0,
  1518500249,
  1859775393,
  2400959708,
  2840853838
]);
var Kr160 = /* @__PURE__ */ Uint32Array.from([
  1352829926,
  1548603684,
  1836072691,
  2053994217,
  0
]);
function ripemd_f(group, x, y, z) {
  if (group === 0)
    return x ^ y ^ z;
  if (group === 1)
    return x & y | ~x & z;
  if (group === 2)
    return (x | ~y) ^ z;
  if (group === 3)
    return x & z | y & ~z;
  return x ^ (y | ~z);
}
var BUF_160 = /* @__PURE__ */ new Uint32Array(16);
var _RIPEMD160 = class extends HashMD {
  h0 = 1732584193 | 0;
  h1 = 4023233417 | 0;
  h2 = 2562383102 | 0;
  h3 = 271733878 | 0;
  h4 = 3285377520 | 0;
  constructor() {
    super(64, 20, 8, true);
  }
  get() {
    const { h0, h1, h2, h3, h4 } = this;
    return [h0, h1, h2, h3, h4];
  }
  set(h0, h1, h2, h3, h4) {
    this.h0 = h0 | 0;
    this.h1 = h1 | 0;
    this.h2 = h2 | 0;
    this.h3 = h3 | 0;
    this.h4 = h4 | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      BUF_160[i] = view.getUint32(offset, true);
    let al = this.h0 | 0, ar = al, bl = this.h1 | 0, br = bl, cl = this.h2 | 0, cr = cl, dl = this.h3 | 0, dr = dl, el = this.h4 | 0, er = el;
    for (let group = 0; group < 5; group++) {
      const rGroup = 4 - group;
      const hbl = Kl160[group], hbr = Kr160[group];
      const rl = idxL[group], rr = idxR[group];
      const sl = shiftsL160[group], sr = shiftsR160[group];
      for (let i = 0; i < 16; i++) {
        const tl = rotl(al + ripemd_f(group, bl, cl, dl) + BUF_160[rl[i]] + hbl, sl[i]) + el | 0;
        al = el, el = dl, dl = rotl(cl, 10) | 0, cl = bl, bl = tl;
      }
      for (let i = 0; i < 16; i++) {
        const tr = rotl(ar + ripemd_f(rGroup, br, cr, dr) + BUF_160[rr[i]] + hbr, sr[i]) + er | 0;
        ar = er, er = dr, dr = rotl(cr, 10) | 0, cr = br, br = tr;
      }
    }
    this.set(this.h1 + cl + dr | 0, this.h2 + dl + er | 0, this.h3 + el + ar | 0, this.h4 + al + br | 0, this.h0 + bl + cr | 0);
  }
  roundClean() {
    clean(BUF_160);
  }
  destroy() {
    this.destroyed = true;
    clean(this.buffer);
    this.set(0, 0, 0, 0, 0);
  }
};
var ripemd160 = /* @__PURE__ */ createHasher(() => new _RIPEMD160());

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/03-ripemd160.js
function precompile03(opts) {
  const pName = getPrecompileName("03");
  const data = opts.data;
  let gasUsed = opts.common.param("ripemd160Gas");
  gasUsed += opts.common.param("ripemd160WordGas") * BigInt(Math.ceil(data.length / 32));
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const hash2 = setLengthLeft(ripemd160(data), 32);
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return hash=${bytesToHex4(hash2)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: setLengthLeft(ripemd160(data), 32)
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/04-identity.js
function precompile04(opts) {
  const pName = getPrecompileName("04");
  const data = opts.data;
  let gasUsed = opts.common.param("identityGas");
  gasUsed += opts.common.param("identityWordGas") * BigInt(Math.ceil(data.length / 32));
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return data=${short(opts.data)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: Uint8Array.from(data)
    // Copy the memory (`Uint8Array.from()`)
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/05-modexp.js
var BIGINT_4 = BigInt(4);
var BIGINT_16 = BigInt(16);
var BIGINT_480 = BigInt(480);
var BIGINT_200 = BigInt(200);
var BIGINT_500 = BigInt(500);
var BIGINT_1024 = BigInt(1024);
var BIGINT_3072 = BigInt(3072);
var BIGINT_199680 = BigInt(199680);
var BIGINT_2147483647 = BigInt(2147483647);
var maxInt = BigInt(Number.MAX_SAFE_INTEGER);
function multiplicationComplexity(x) {
  let fac1;
  let fac2;
  if (x <= BIGINT_64) {
    return x ** BIGINT_2;
  } else if (x <= BIGINT_1024) {
    fac1 = x ** BIGINT_2 / BIGINT_4;
    fac2 = x * BIGINT_96;
    return fac1 + fac2 - BIGINT_3072;
  } else {
    fac1 = x ** BIGINT_2 / BIGINT_16;
    fac2 = x * BIGINT_480;
    return fac1 + fac2 - BIGINT_199680;
  }
}
function getAdjustedExponentLength(data, opts) {
  let expBytesStart;
  try {
    const baseLen = bytesToBigInt(data.subarray(0, 32));
    expBytesStart = 96 + Number(baseLen);
  } catch {
    expBytesStart = Number.MAX_SAFE_INTEGER - 32;
  }
  const expLen = bytesToBigInt(data.subarray(32, 64));
  let firstExpBytes = data.subarray(expBytesStart, expBytesStart + 32);
  firstExpBytes = setLengthRight(firstExpBytes, 32);
  let firstExpBigInt = bytesToBigInt(firstExpBytes);
  let max32expLen = 0;
  if (expLen < BIGINT_32) {
    max32expLen = 32 - Number(expLen);
  }
  firstExpBigInt = firstExpBigInt >> BIGINT_8 * BigInt(Math.max(max32expLen, 0));
  let bitLen2 = -1;
  while (firstExpBigInt > BIGINT_02) {
    bitLen2 = bitLen2 + 1;
    firstExpBigInt = firstExpBigInt >> BIGINT_1;
  }
  let expLenMinus32OrZero = expLen - BIGINT_32;
  if (expLenMinus32OrZero < BIGINT_02) {
    expLenMinus32OrZero = BIGINT_02;
  }
  let adjustedExpLen = expLenMinus32OrZero * (opts.common.isActivatedEIP(7883) === true ? BIGINT_16 : BIGINT_8);
  if (bitLen2 > 0) {
    adjustedExpLen += BigInt(bitLen2);
  }
  return adjustedExpLen;
}
function expMod(a, power, modulo) {
  if (power === BIGINT_02) {
    return BIGINT_1 % modulo;
  }
  let res = BIGINT_1;
  while (power > BIGINT_02) {
    if (power & BIGINT_1)
      res = res * a % modulo;
    a = a * a % modulo;
    power >>= BIGINT_1;
  }
  return res;
}
function precompile05(opts) {
  const pName = getPrecompileName("05");
  const data = opts.data.length < 96 ? setLengthRight(opts.data, 96) : opts.data;
  let adjustedELen = getAdjustedExponentLength(data, opts);
  if (adjustedELen < BIGINT_1) {
    adjustedELen = BIGINT_1;
  }
  const bLen = bytesToBigInt(data.subarray(0, 32));
  const eLen = bytesToBigInt(data.subarray(32, 64));
  const mLen = bytesToBigInt(data.subarray(64, 96));
  let maxLen = bLen;
  if (maxLen < mLen) {
    maxLen = mLen;
  }
  const Gquaddivisor = opts.common.param("modexpGquaddivisorGas");
  let gasUsed;
  const bStart = BIGINT_96;
  const bEnd = bStart + bLen;
  const eStart = bEnd;
  const eEnd = eStart + eLen;
  const mStart = eEnd;
  const mEnd = mStart + mLen;
  if (opts.common.isActivatedEIP(2565)) {
    const words = (maxLen + BIGINT_7) / BIGINT_8;
    if (opts.common.isActivatedEIP(7883)) {
      gasUsed = adjustedELen * (maxLen > BIGINT_32 ? BIGINT_2 * words * words : BIGINT_16);
      if (gasUsed < BIGINT_500) {
        gasUsed = BIGINT_500;
      }
    } else {
      gasUsed = adjustedELen * words * words / Gquaddivisor;
      if (gasUsed < BIGINT_200) {
        gasUsed = BIGINT_200;
      }
    }
  } else {
    gasUsed = adjustedELen * multiplicationComplexity(maxLen) / Gquaddivisor;
  }
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const maxSize = opts.common.isActivatedEIP(7823) ? BIGINT_1024 : BIGINT_2147483647;
  if (opts._debug !== void 0) {
    const total = BigInt(96) + bLen + eLen + mLen;
    const data2 = BigInt(opts.data.length);
    let msg = `${pName} length values: maxSize(b/e/m)=${maxSize} bLen=${bLen} eLen=${eLen} mLen=${mLen} 96+b+e+m=${total} `;
    msg += `data=${data2} lengthMatch=${total === data2}`;
    opts._debug(msg);
  }
  if (!opts.common.isActivatedEIP(7823) && bLen === BIGINT_02 && mLen === BIGINT_02) {
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  if (bLen > maxSize || eLen > maxSize || mLen > maxSize) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: one or more input values too large`);
    }
    return OOGResult(opts.gasLimit);
  }
  if (mEnd > maxInt) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: total input too large`);
    }
    return OOGResult(opts.gasLimit);
  }
  const B2 = bytesToBigInt(setLengthRight(data.subarray(Number(bStart), Number(bEnd)), Number(bLen)));
  const E = bytesToBigInt(setLengthRight(data.subarray(Number(eStart), Number(eEnd)), Number(eLen)));
  const M = bytesToBigInt(setLengthRight(data.subarray(Number(mStart), Number(mEnd)), Number(mLen)));
  if (opts._debug !== void 0) {
    opts._debug(`${pName} input: B=${B2} E=${E} M=${M}`);
  }
  let R;
  if (M === BIGINT_02) {
    R = new Uint8Array();
  } else {
    R = expMod(B2, E, M);
    if (R === BIGINT_02) {
      R = new Uint8Array();
    } else {
      R = bigIntToBytes(R);
    }
  }
  const res = setLengthLeft(R, Number(mLen));
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(res)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: res
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/06-bn254-add.js
function precompile06(opts) {
  const pName = getPrecompileName("06");
  const gasUsed = opts.common.param("bn254AddGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const input = setLengthRight(opts.data.subarray(0, 128), 128);
  let returnData;
  try {
    returnData = opts._EVM["_bn254"].add(input);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (returnData.length !== 64) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: OOG`);
    }
    return OOGResult(opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnData)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: returnData
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/07-bn254-mul.js
function precompile07(opts) {
  const pName = getPrecompileName("07");
  const gasUsed = opts.common.param("bn254MulGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const input = setLengthRight(opts.data.subarray(0, 128), 128);
  let returnData;
  try {
    returnData = opts._EVM["_bn254"].mul(input);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (returnData.length !== 64) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: OOG`);
    }
    return OOGResult(opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnData)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: returnData
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/08-bn254-pairing.js
function precompile08(opts) {
  const pName = getPrecompileName("08");
  if (!moduloLengthCheck(opts, 192, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const inputDataSize = BigInt(Math.floor(opts.data.length / 192));
  const gasUsed = opts.common.param("bn254PairingGas") + inputDataSize * opts.common.param("bn254PairingWordGas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  let returnData;
  try {
    returnData = opts._EVM["_bn254"].pairing(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (returnData.length !== 32) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: OOG`);
    }
    return OOGResult(opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnData)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: returnData
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/09-blake2f.js
function ADD64AA(v, a, b) {
  const o0 = v[a] + v[b];
  let o1 = v[a + 1] + v[b + 1];
  if (o0 >= 4294967296) {
    o1++;
  }
  v[a] = o0;
  v[a + 1] = o1;
}
function ADD64AC(v, a, b0, b1) {
  let o0 = v[a] + b0;
  if (b0 < 0) {
    o0 += 4294967296;
  }
  let o1 = v[a + 1] + b1;
  if (o0 >= 4294967296) {
    o1++;
  }
  v[a] = o0;
  v[a + 1] = o1;
}
function B2B_G(v, mw, a, b, c, d, ix, iy) {
  const x0 = mw[ix];
  const x1 = mw[ix + 1];
  const y0 = mw[iy];
  const y1 = mw[iy + 1];
  ADD64AA(v, a, b);
  ADD64AC(v, a, x0, x1);
  let xor0 = v[d] ^ v[a];
  let xor1 = v[d + 1] ^ v[a + 1];
  v[d] = xor1;
  v[d + 1] = xor0;
  ADD64AA(v, c, d);
  xor0 = v[b] ^ v[c];
  xor1 = v[b + 1] ^ v[c + 1];
  v[b] = xor0 >>> 24 ^ xor1 << 8;
  v[b + 1] = xor1 >>> 24 ^ xor0 << 8;
  ADD64AA(v, a, b);
  ADD64AC(v, a, y0, y1);
  xor0 = v[d] ^ v[a];
  xor1 = v[d + 1] ^ v[a + 1];
  v[d] = xor0 >>> 16 ^ xor1 << 16;
  v[d + 1] = xor1 >>> 16 ^ xor0 << 16;
  ADD64AA(v, c, d);
  xor0 = v[b] ^ v[c];
  xor1 = v[b + 1] ^ v[c + 1];
  v[b] = xor1 >>> 31 ^ xor0 << 1;
  v[b + 1] = xor0 >>> 31 ^ xor1 << 1;
}
var BLAKE2B_IV32 = new Uint32Array([
  4089235720,
  1779033703,
  2227873595,
  3144134277,
  4271175723,
  1013904242,
  1595750129,
  2773480762,
  2917565137,
  1359893119,
  725511199,
  2600822924,
  4215389547,
  528734635,
  327033209,
  1541459225
]);
var SIGMA8 = [
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  14,
  10,
  4,
  8,
  9,
  15,
  13,
  6,
  1,
  12,
  0,
  2,
  11,
  7,
  5,
  3,
  11,
  8,
  12,
  0,
  5,
  2,
  15,
  13,
  10,
  14,
  3,
  6,
  7,
  1,
  9,
  4,
  7,
  9,
  3,
  1,
  13,
  12,
  11,
  14,
  2,
  6,
  5,
  10,
  4,
  0,
  15,
  8,
  9,
  0,
  5,
  7,
  2,
  4,
  10,
  15,
  14,
  1,
  11,
  12,
  6,
  8,
  3,
  13,
  2,
  12,
  6,
  10,
  0,
  11,
  8,
  3,
  4,
  13,
  7,
  5,
  15,
  14,
  1,
  9,
  12,
  5,
  1,
  15,
  14,
  13,
  4,
  10,
  0,
  7,
  6,
  3,
  9,
  2,
  8,
  11,
  13,
  11,
  7,
  14,
  12,
  1,
  3,
  9,
  5,
  0,
  15,
  4,
  8,
  6,
  2,
  10,
  6,
  15,
  14,
  9,
  11,
  3,
  0,
  8,
  12,
  2,
  13,
  7,
  1,
  4,
  10,
  5,
  10,
  2,
  8,
  4,
  7,
  6,
  1,
  5,
  15,
  11,
  9,
  14,
  3,
  12,
  13,
  0,
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  14,
  10,
  4,
  8,
  9,
  15,
  13,
  6,
  1,
  12,
  0,
  2,
  11,
  7,
  5,
  3
];
var SIGMA82 = new Uint8Array(SIGMA8.map(function(x) {
  return x * 2;
}));
function F(h, m, t, f, rounds) {
  const v = new Uint32Array(32);
  let i = 0;
  for (i = 0; i < 16; i++) {
    v[i] = h[i];
    v[i + 16] = BLAKE2B_IV32[i];
  }
  v[24] = v[24] ^ t[0];
  v[25] = v[25] ^ t[1];
  v[26] = v[26] ^ t[2];
  v[27] = v[27] ^ t[3];
  if (f) {
    v[28] = ~v[28];
    v[29] = ~v[29];
  }
  for (i = 0; i < rounds; i++) {
    const ri = i % 10 * 16;
    B2B_G(v, m, 0, 8, 16, 24, SIGMA82[ri + 0], SIGMA82[ri + 1]);
    B2B_G(v, m, 2, 10, 18, 26, SIGMA82[ri + 2], SIGMA82[ri + 3]);
    B2B_G(v, m, 4, 12, 20, 28, SIGMA82[ri + 4], SIGMA82[ri + 5]);
    B2B_G(v, m, 6, 14, 22, 30, SIGMA82[ri + 6], SIGMA82[ri + 7]);
    B2B_G(v, m, 0, 10, 20, 30, SIGMA82[ri + 8], SIGMA82[ri + 9]);
    B2B_G(v, m, 2, 12, 22, 24, SIGMA82[ri + 10], SIGMA82[ri + 11]);
    B2B_G(v, m, 4, 14, 16, 26, SIGMA82[ri + 12], SIGMA82[ri + 13]);
    B2B_G(v, m, 6, 8, 18, 28, SIGMA82[ri + 14], SIGMA82[ri + 15]);
  }
  for (i = 0; i < 16; i++) {
    h[i] = h[i] ^ v[i] ^ v[i + 16];
  }
}
function precompile09(opts) {
  const pName = getPrecompileName("09");
  const data = opts.data;
  if (data.length !== 213) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: OUT_OF_RANGE dataLength=${data.length}`);
    }
    return {
      returnValue: new Uint8Array(0),
      executionGasUsed: opts.gasLimit,
      exceptionError: new EVMError(EVMError.errorMessages.OUT_OF_RANGE)
    };
  }
  const lastByte = data.subarray(212, 213)[0];
  if (lastByte !== 1 && lastByte !== 0) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: OUT_OF_RANGE lastByte=${lastByte}`);
    }
    return {
      returnValue: new Uint8Array(0),
      executionGasUsed: opts.gasLimit,
      exceptionError: new EVMError(EVMError.errorMessages.OUT_OF_RANGE)
    };
  }
  const rounds = new DataView(data.buffer, data.byteOffset).getUint32(0);
  const hRaw = new DataView(data.buffer, data.byteOffset + 4, 64);
  const mRaw = new DataView(data.buffer, data.byteOffset + 68, 128);
  const tRaw = new DataView(data.buffer, data.byteOffset + 196, 16);
  const f = lastByte === 1;
  let gasUsed = opts.common.param("blake2RoundGas");
  gasUsed *= BigInt(rounds);
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const h = new Uint32Array(16);
  for (let i = 0; i < 16; i++) {
    h[i] = hRaw.getUint32(i * 4, true);
  }
  const m = new Uint32Array(32);
  for (let i = 0; i < 32; i++) {
    m[i] = mRaw.getUint32(i * 4, true);
  }
  const t = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    t[i] = tRaw.getUint32(i * 4, true);
  }
  F(h, m, t, f, rounds);
  const output = new Uint8Array(64);
  const outputView = new DataView(output.buffer);
  for (let i = 0; i < 16; i++) {
    outputView.setUint32(i * 4, h[i], true);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return hash=${bytesToHex4(output)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue: output
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/10-bls12-map-fp-to-g1.js
async function precompile10(opts) {
  const pName = getPrecompileName("12");
  const bls2 = opts._EVM["_bls"];
  const gasUsed = opts.common.param("bls12381MapG1Gas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (!equalityLengthCheck(opts, 64, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const zeroByteRanges = [[0, 16]];
  if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
  }
  let returnValue;
  try {
    returnValue = bls2.mapFPtoG1(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/11-bls12-map-fp2-to-g2.js
async function precompile11(opts) {
  const pName = getPrecompileName("13");
  const bls2 = opts._EVM["_bls"];
  const gasUsed = opts.common.param("bls12381MapG2Gas");
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  if (!equalityLengthCheck(opts, 128, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_INVALID_INPUT_LENGTH), opts.gasLimit);
  }
  const zeroByteRanges = [
    [0, 16],
    [64, 80]
  ];
  if (!leading16ZeroBytesCheck(opts, zeroByteRanges, pName)) {
    return EVMErrorResult(new EVMError(EVMError.errorMessages.BLS_12_381_POINT_NOT_ON_CURVE), opts.gasLimit);
  }
  let returnValue;
  try {
    returnValue = bls2.mapFP2toG2(opts.data);
  } catch (e) {
    const error = e instanceof EVMError ? e : new EVMError(EVMError.errorMessages.REVERT);
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: ${e instanceof Error ? e.message : void 0}`);
    }
    return EVMErrorResult(error, opts.gasLimit);
  }
  if (opts._debug !== void 0) {
    opts._debug(`${pName} return value=${bytesToHex4(returnValue)}`);
  }
  return {
    executionGasUsed: gasUsed,
    returnValue
  };
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/nist.js
var p256_CURVE = /* @__PURE__ */ (() => ({
  p: BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
  n: BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),
  h: BigInt(1),
  a: BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc"),
  b: BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b"),
  Gx: BigInt("0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
  Gy: BigInt("0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5")
}))();
var p256_Point = /* @__PURE__ */ weierstrass(p256_CURVE);
var p256 = /* @__PURE__ */ ecdsa(p256_Point, sha256);

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/100-p256verify.js
var P256VERIFY_GAS_COST = BigInt(6900);
var SUCCESS_RETURN = new Uint8Array(32).fill(0).map((_, i) => i === 31 ? 1 : 0);
var P256_N = BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
var P256_P = BigInt("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
var P256_A = BigInt("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc");
var P256_B = BigInt("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b");
function precompile100(opts) {
  const pName = getPrecompileName("100");
  const gasUsed = P256VERIFY_GAS_COST;
  if (!gasLimitCheck(opts, gasUsed, pName)) {
    return OOGResult(opts.gasLimit);
  }
  const data = opts.data;
  if (data.length !== 160) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: invalid input length ${data.length}, expected 160`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  const msgHash = data.subarray(0, 32);
  const r = data.subarray(32, 64);
  const s = data.subarray(64, 96);
  const qx = data.subarray(96, 128);
  const qy = data.subarray(128, 160);
  const rBigInt = bytesToBigInt(r);
  const sBigInt = bytesToBigInt(s);
  const qxBigInt = bytesToBigInt(qx);
  const qyBigInt = bytesToBigInt(qy);
  if (!(rBigInt > BigInt(0) && rBigInt < P256_N && sBigInt > BigInt(0) && sBigInt < P256_N)) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: signature component out of bounds: r=${bytesToHex4(r)}, s=${bytesToHex4(s)}`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  if (!(qxBigInt >= BigInt(0) && qxBigInt < P256_P && qyBigInt >= BigInt(0) && qyBigInt < P256_P)) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: public key component out of bounds: qx=${bytesToHex4(qx)}, qy=${bytesToHex4(qy)}`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  const leftSide = qyBigInt * qyBigInt % P256_P;
  const rightSide = (qxBigInt * qxBigInt * qxBigInt + P256_A * qxBigInt + P256_B) % P256_P;
  if (leftSide !== rightSide) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: point not on curve`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  if (qxBigInt === BigInt(0) && qyBigInt === BigInt(0)) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: public key is point at infinity`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
  try {
    const publicKey = p256.Point.fromAffine({
      x: qxBigInt,
      y: qyBigInt
    });
    const rBytes = setLengthLeft(r, 32);
    const sBytes = setLengthLeft(s, 32);
    const signatureBytes = new Uint8Array(64);
    signatureBytes.set(rBytes, 0);
    signatureBytes.set(sBytes, 32);
    const signature = p256.Signature.fromBytes(signatureBytes).toBytes();
    const isValid2 = p256.verify(signature, msgHash, publicKey.toBytes(false), {
      lowS: false,
      prehash: false
    });
    if (isValid2) {
      if (opts._debug !== void 0) {
        opts._debug(`${pName} succeeded: signature verification passed`);
      }
      return {
        executionGasUsed: gasUsed,
        returnValue: SUCCESS_RETURN
      };
    } else {
      if (opts._debug !== void 0) {
        opts._debug(`${pName} failed: signature verification failed`);
      }
      return {
        executionGasUsed: gasUsed,
        returnValue: new Uint8Array()
      };
    }
  } catch (error) {
    if (opts._debug !== void 0) {
      opts._debug(`${pName} failed: verification error: ${error}`);
    }
    return {
      executionGasUsed: gasUsed,
      returnValue: new Uint8Array()
    };
  }
}

// node_modules/.pnpm/@noble+curves@2.4.0/node_modules/@noble/curves/bn254.js
var _0n11 = /* @__PURE__ */ BigInt(0);
var _1n10 = /* @__PURE__ */ BigInt(1);
var _2n9 = /* @__PURE__ */ BigInt(2);
var _3n7 = /* @__PURE__ */ BigInt(3);
var _6n2 = /* @__PURE__ */ BigInt(6);
var BN_X = /* @__PURE__ */ BigInt("4965661367192848881");
var BN_X_LEN = /* @__PURE__ */ (() => bitLen(BN_X))();
var SIX_X_SQUARED = /* @__PURE__ */ (() => _6n2 * BN_X ** _2n9)();
var bn254_G1_CURVE = {
  p: BigInt("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47"),
  n: BigInt("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001"),
  // The Ethereum specs define G1 as prime-order but do not spell out the
  // cofactor separately; `h = 1` is the implementation-derived value.
  h: _1n10,
  a: _0n11,
  b: _3n7,
  Gx: _1n10,
  Gy: BigInt(2)
};
var bn254_Fr = /* @__PURE__ */ (() => Field(bn254_G1_CURVE.n))();
var Fp2B = /* @__PURE__ */ (() => ({
  c0: BigInt("19485874751759354771024239261021720505790618469301721065564631296452457478373"),
  c1: BigInt("266929791119991161246907387137283842545076965332900288569378510910307636690")
}))();
var Fp122;
var bn254CyclotomicExpX = (num) => {
  const cyclSqrN = (n, count) => {
    for (let i = 0; i < count; i++)
      n = Fp122._cyclotomicSquare(n);
    return n;
  };
  const x10 = Fp122._cyclotomicSquare(num);
  const x100 = Fp122._cyclotomicSquare(x10);
  const x1000 = Fp122._cyclotomicSquare(x100);
  const x10000 = Fp122._cyclotomicSquare(x1000);
  const x10001 = Fp122.mul(x10000, num);
  const x10011 = Fp122.mul(x10001, x10);
  const x10100 = Fp122.mul(x10011, num);
  const x11001 = Fp122.mul(x1000, x10001);
  const x100010 = Fp122._cyclotomicSquare(x10001);
  const x100111 = Fp122.mul(x10011, x10100);
  const x101001 = Fp122.mul(x10, x100111);
  let r = cyclSqrN(x100010, 6);
  r = Fp122.mul(Fp122.mul(r, x100), x11001);
  r = Fp122.mul(cyclSqrN(r, 7), x11001);
  r = cyclSqrN(r, 8);
  r = Fp122.mul(Fp122.mul(r, x101001), x10);
  r = Fp122.mul(cyclSqrN(r, 6), x10001);
  r = Fp122.mul(cyclSqrN(r, 8), x101001);
  r = Fp122.mul(cyclSqrN(r, 6), x101001);
  r = Fp122.mul(cyclSqrN(r, 10), x100111);
  r = Fp122.mul(Fp122.mul(cyclSqrN(r, 6), x101001), x1000);
  return r;
};
var tower = /* @__PURE__ */ (() => {
  const res = tower12({
    ORDER: bn254_G1_CURVE.p,
    X_LEN: BN_X_LEN,
    // Public `Fp2.NONRESIDUE` below is the sextic-tower seed `(9, 1)`, not the
    // quadratic relation `i^2 + 1 = 0` from the EIP text.
    FP2_NONRESIDUE: [BigInt(9), _1n10],
    Fp2mulByB: (num) => Fp22.mul(num, Fp2B),
    Fp12finalExponentiate: (num) => {
      const powMinusX = (num2) => Fp122.conjugate(bn254CyclotomicExpX(num2));
      const r0 = Fp122.mul(Fp122.conjugate(num), Fp122.inv(num));
      const r = Fp122.mul(Fp122.frobeniusMap(r0, 2), r0);
      const y1 = Fp122._cyclotomicSquare(powMinusX(r));
      const y2 = Fp122.mul(Fp122._cyclotomicSquare(y1), y1);
      const y4 = powMinusX(y2);
      const y6 = powMinusX(Fp122._cyclotomicSquare(y4));
      const y8 = Fp122.mul(Fp122.mul(Fp122.conjugate(y6), y4), Fp122.conjugate(y2));
      const y9 = Fp122.mul(y8, y1);
      return Fp122.mul(Fp122.frobeniusMap(Fp122.mul(Fp122.conjugate(r), y9), 3), Fp122.mul(Fp122.frobeniusMap(y8, 2), Fp122.mul(Fp122.frobeniusMap(y9, 1), Fp122.mul(Fp122.mul(y8, y4), r))));
    }
  });
  Fp122 = res.Fp12;
  return res;
})();
var Fp3 = /* @__PURE__ */ (() => tower.Fp)();
var Fp22 = /* @__PURE__ */ (() => tower.Fp2)();
var frob2;
var getFrob2 = () => frob2 || (frob2 = psiFrobenius(Fp3, Fp22, Fp22.NONRESIDUE));
var psi = (x, y) => {
  const fn = getFrob2().psi;
  psi = fn;
  return fn(x, y);
};
var G2psi3 = (c, P) => {
  const fn = getFrob2().G2psi;
  G2psi3 = fn;
  return fn(c, P);
};
var _postPrecompute = (Rx, Ry, Rz, Qx, Qy, pointAdd) => {
  const q = psi(Qx, Qy);
  ({ Rx, Ry, Rz } = pointAdd(Rx, Ry, Rz, q[0], q[1]));
  const q2 = psi(q[0], q[1]);
  pointAdd(Rx, Ry, Rz, q2[0], Fp22.neg(q2[1]));
};
var bn254_G2_CURVE = /* @__PURE__ */ (() => ({
  p: Fp22.ORDER,
  n: bn254_G1_CURVE.n,
  // As with G1, the Ethereum specs do not spell out the G2 cofactor
  // separately; this literal is the implementation-derived value.
  h: BigInt("0x30644e72e131a029b85045b68181585e06ceecda572a2489345f2299c0f9fa8d"),
  a: Fp22.ZERO,
  b: Fp2B,
  Gx: Fp22.fromBigTuple([
    BigInt("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
    BigInt("11559732032986387107991004021392285783925812861821192530917403151452391805634")
  ]),
  Gy: Fp22.fromBigTuple([
    BigInt("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
    BigInt("4082367875863433681332203403145435568316851327593401208105741076214120093531")
  ])
}))();
var fields2 = /* @__PURE__ */ (() => ({ Fp: Fp3, Fp2: Fp22, Fp6: tower.Fp6, Fp12: Fp122, Fr: bn254_Fr }))();
var bn254_G1 = /* @__PURE__ */ weierstrass(bn254_G1_CURVE, {
  Fp: Fp3,
  Fn: bn254_Fr,
  // Ethereum encodes infinity as `(0, 0)`, so the public point API accepts it
  // even though it is not an affine curve point, and `fromAffine()` stays lazy:
  // adversarial inputs still need `assertValidity()`.
  allowInfinityPoint: true
});
var bn254_G2 = /* @__PURE__ */ weierstrass(bn254_G2_CURVE, {
  Fp: Fp22,
  Fn: bn254_Fr,
  // Ethereum encodes infinity as `((0, 0), (0, 0))`, so the public point API
  // accepts it even though it is not an affine curve point.
  allowInfinityPoint: true,
  // Optimized BN254 G2 subgroup test used to satisfy the EIP-197 order check.
  isTorsionFree: (c, P) => P.multiplyUnsafe(SIX_X_SQUARED).equals(G2psi3(c, P))
  // [p]P = [6X^2]P
});
var bn254_params = /* @__PURE__ */ (() => ({
  // Optimal-ate Miller loop parameter derived from the positive BN seed.
  ateLoopSize: BN_X * _6n2 + _2n9,
  r: bn254_Fr.ORDER,
  xNegative: false,
  // EIP-197 writes G2 as `y^2 = x^3 + 3 / (i + 9)`, so the pairing
  // configuration uses the divisive twist convention.
  twistType: "divisive",
  postPrecompute: _postPrecompute
}))();
var bn254 = /* @__PURE__ */ blsBasic(fields2, bn254_G1, bn254_G2, bn254_params);

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/bn254/noble.js
var G1_INFINITY_POINT_BYTES = new Uint8Array(64);
var G2_INFINITY_POINT_BYTES = new Uint8Array(128);
var G1_POINT_BYTE_LENGTH = 64;
var G1_ELEMENT_BYTE_LENGTH = 32;
var G2_POINT_BYTE_LENGTH = 128;
var ZERO_BUFFER = new Uint8Array(32);
var ONE_BUFFER = concatBytes4(new Uint8Array(31), hexToBytes4("0x01"));
function toG1Point(input) {
  if (equalsBytes(input, G1_INFINITY_POINT_BYTES) === true) {
    return bn254.G1.Point.ZERO;
  }
  const x = bytesToBigInt(input.subarray(0, G1_ELEMENT_BYTE_LENGTH));
  const y = bytesToBigInt(input.subarray(G1_ELEMENT_BYTE_LENGTH, G1_POINT_BYTE_LENGTH));
  const G1 = bn254.G1.Point.fromAffine({
    x,
    y
  });
  G1.assertValidity();
  return G1;
}
function fromG1Point(input) {
  const xBytes = setLengthLeft(bigIntToBytes(input.x), G1_ELEMENT_BYTE_LENGTH);
  const yBytes = setLengthLeft(bigIntToBytes(input.y), G1_ELEMENT_BYTE_LENGTH);
  return concatBytes4(xBytes, yBytes);
}
function toFp2Point(fpXCoordinate, fpYCoordinate) {
  if (bytesToBigInt(fpXCoordinate) >= bn254.fields.Fp2.ORDER) {
    throw new EVMError(EVMError.errorMessages.BN254_FP_NOT_IN_FIELD);
  }
  if (bytesToBigInt(fpYCoordinate) >= bn254.fields.Fp2.ORDER) {
    throw new EVMError(EVMError.errorMessages.BN254_FP_NOT_IN_FIELD);
  }
  const fpBytes = concatBytes4(fpXCoordinate, fpYCoordinate);
  const FP = bn254.fields.Fp2.fromBytes(fpBytes);
  return FP;
}
function toG2Point(input) {
  if (equalsBytes(input, G2_INFINITY_POINT_BYTES) === true) {
    return bn254.G2.Point.ZERO;
  }
  const p_x_2 = input.subarray(0, G1_ELEMENT_BYTE_LENGTH);
  const p_x_1 = input.subarray(G1_ELEMENT_BYTE_LENGTH, G1_ELEMENT_BYTE_LENGTH * 2);
  const start2 = G1_ELEMENT_BYTE_LENGTH * 2;
  const p_y_2 = input.subarray(start2, start2 + G1_ELEMENT_BYTE_LENGTH);
  const p_y_1 = input.subarray(start2 + G1_ELEMENT_BYTE_LENGTH, start2 + G1_ELEMENT_BYTE_LENGTH * 2);
  for (const p of [p_x_1, p_x_2, p_y_1, p_y_2]) {
    const pB = bytesToBigInt(p);
    if (bn254.fields.Fp.create(pB) !== pB) {
      throw new EVMError(EVMError.errorMessages.BN254_FP_NOT_IN_FIELD);
    }
  }
  const Fp2X = toFp2Point(p_x_1, p_x_2);
  const Fp2Y = toFp2Point(p_y_1, p_y_2);
  const pG2 = bn254.G2.Point.fromAffine({
    x: Fp2X,
    y: Fp2Y
  });
  pG2.assertValidity();
  return pG2;
}
var NobleBN254 = class {
  add(input) {
    const p1 = toG1Point(input.slice(0, G1_POINT_BYTE_LENGTH));
    const p2 = toG1Point(input.slice(G1_POINT_BYTE_LENGTH, G1_POINT_BYTE_LENGTH * 2));
    const result = fromG1Point(p1.add(p2).toAffine());
    return result;
  }
  mul(input) {
    const p1 = toG1Point(input.slice(0, G1_POINT_BYTE_LENGTH));
    const scalar = bn254.fields.Fr.create(bytesToBigInt(input.slice(G1_POINT_BYTE_LENGTH, 96)));
    if (scalar === BIGINT_02) {
      return G1_INFINITY_POINT_BYTES;
    }
    const result = fromG1Point(p1.multiply(scalar).toAffine());
    return result;
  }
  pairing(input) {
    const pairLength = 192;
    const pairs = [];
    for (let k = 0; k < input.length / pairLength; k++) {
      const pairStart = pairLength * k;
      const G1 = toG1Point(input.subarray(pairStart, pairStart + G1_POINT_BYTE_LENGTH));
      const g2start = pairStart + G1_POINT_BYTE_LENGTH;
      const G2 = toG2Point(input.subarray(g2start, g2start + G2_POINT_BYTE_LENGTH));
      if (G1 === bn254.G1.Point.ZERO || G2 === bn254.G2.Point.ZERO) {
        continue;
      }
      pairs.push({ g1: G1, g2: G2 });
    }
    const res = bn254.pairingBatch(pairs);
    if (bn254.fields.Fp12.eql(res, bn254.fields.Fp12.ONE) === true) {
      return ONE_BUFFER;
    } else {
      return ZERO_BUFFER;
    }
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/precompiles/index.js
var PrecompileAvailabilityCheck = {
  /** Activated when {@link Common.isActivatedEIP} is true for `param`. */
  EIP: "eip",
  /** Activated when {@link Common.gteHardfork} is true for `param`. */
  Hardfork: "hardfork"
};
var BYTES_19 = "00000000000000000000000000000000000000";
var ripemdPrecompileAddress = BYTES_19 + "03";
var precompileEntries = [
  {
    address: BYTES_19 + "01",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Chainstart
    },
    precompile: precompile01,
    name: "ECRECOVER (0x01)"
  },
  {
    address: BYTES_19 + "02",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Chainstart
    },
    precompile: precompile02,
    name: "SHA256 (0x02)"
  },
  {
    address: BYTES_19 + "03",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Chainstart
    },
    precompile: precompile03,
    name: "RIPEMD160 (0x03)"
  },
  {
    address: BYTES_19 + "04",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Chainstart
    },
    precompile: precompile04,
    name: "IDENTITY (0x04)"
  },
  {
    address: BYTES_19 + "05",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Byzantium
    },
    precompile: precompile05,
    name: "MODEXP (0x05)"
  },
  {
    address: BYTES_19 + "06",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Byzantium
    },
    precompile: precompile06,
    name: "BN254_ADD (0x06)"
  },
  {
    address: BYTES_19 + "07",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Byzantium
    },
    precompile: precompile07,
    name: "BN254_MUL (0x07)"
  },
  {
    address: BYTES_19 + "08",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Byzantium
    },
    precompile: precompile08,
    name: "BN254_PAIRING (0x08)"
  },
  {
    address: BYTES_19 + "09",
    check: {
      type: PrecompileAvailabilityCheck.Hardfork,
      param: Hardfork.Istanbul
    },
    precompile: precompile09,
    name: "BLAKE2f (0x09)"
  },
  {
    address: BYTES_19 + "0a",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 4844
    },
    precompile: precompile0a,
    name: "KZG_POINT_EVALUATION (0x0a)"
  },
  {
    address: BYTES_19 + "0b",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile0b,
    name: "BLS12_G1ADD (0x0b)"
  },
  {
    address: BYTES_19 + "0c",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile0c,
    name: "BLS12_G1MSM (0x0c)"
  },
  {
    address: BYTES_19 + "0d",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile0d,
    name: "BLS12_G2ADD (0x0d)"
  },
  {
    address: BYTES_19 + "0e",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile0e,
    name: "BLS12_G2MSM (0x0e)"
  },
  {
    address: BYTES_19 + "0f",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile0f,
    name: "BLS12_PAIRING (0x0f)"
  },
  {
    address: BYTES_19 + "10",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile10,
    name: "BLS12_MAP_FP_TO_G1 (0x10)"
  },
  {
    address: BYTES_19 + "11",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 2537
    },
    precompile: precompile11,
    name: "BLS12_MAP_FP_TO_G2 (0x11)"
  },
  {
    address: "0000000000000000000000000000000000000100",
    check: {
      type: PrecompileAvailabilityCheck.EIP,
      param: 7951
    },
    precompile: precompile100,
    name: "P256VERIFY (0x100)"
  }
];
var precompiles = {
  [BYTES_19 + "01"]: precompile01,
  [BYTES_19 + "02"]: precompile02,
  [ripemdPrecompileAddress]: precompile03,
  [BYTES_19 + "04"]: precompile04,
  [BYTES_19 + "05"]: precompile05,
  [BYTES_19 + "06"]: precompile06,
  [BYTES_19 + "07"]: precompile07,
  [BYTES_19 + "08"]: precompile08,
  [BYTES_19 + "09"]: precompile09,
  [BYTES_19 + "0a"]: precompile0a,
  [BYTES_19 + "0b"]: precompile0b,
  [BYTES_19 + "0c"]: precompile0c,
  [BYTES_19 + "0d"]: precompile0d,
  [BYTES_19 + "0e"]: precompile0e,
  [BYTES_19 + "0f"]: precompile0f,
  [BYTES_19 + "10"]: precompile10,
  [BYTES_19 + "11"]: precompile11,
  "0000000000000000000000000000000000000100": precompile100
};
function resolvePrecompileAddress(address) {
  if (typeof address === "string") {
    return address.slice(2).padStart(40, "0").toLowerCase();
  }
  return bytesToUnprefixedHex(address.bytes);
}
function getActivePrecompiles(common, customPrecompiles) {
  const precompileMap = /* @__PURE__ */ new Map();
  if (customPrecompiles) {
    for (const precompile of customPrecompiles) {
      precompileMap.set(resolvePrecompileAddress(precompile.address), "function" in precompile ? precompile.function : void 0);
    }
  }
  for (const entry of precompileEntries) {
    if (precompileMap.has(entry.address)) {
      continue;
    }
    const type = entry.check.type;
    if (type === PrecompileAvailabilityCheck.Hardfork && common.gteHardfork(entry.check.param) || entry.check.type === PrecompileAvailabilityCheck.EIP && common.isActivatedEIP(entry.check.param)) {
      precompileMap.set(entry.address, entry.precompile);
    }
  }
  return precompileMap;
}
function getPrecompileName(addressUnprefixedStr) {
  if (addressUnprefixedStr.length < 40) {
    addressUnprefixedStr = addressUnprefixedStr.padStart(40, "0");
  }
  for (const entry of precompileEntries) {
    if (entry.address === addressUnprefixedStr) {
      return entry.name;
    }
  }
  return "";
}

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/transientStorage.js
var TransientStorage = class {
  constructor() {
    this._storage = /* @__PURE__ */ new Map();
    this._changeJournal = [];
    this._indices = [0];
  }
  /**
   * Get the value for the given address and key
   * @param addr the address for which transient storage is accessed
   * @param key the key of the address to get
   */
  get(addr2, key) {
    const map = this._storage.get(addr2.toString());
    if (!map) {
      return new Uint8Array(32);
    }
    const value = map.get(bytesToHex4(key));
    if (!value) {
      return new Uint8Array(32);
    }
    return value;
  }
  /**
   * Put the given value for the address and key
   * @param addr the address of the contract for which the key is being set
   * @param key the slot to set for the address
   * @param value the new value of the transient storage slot to set
   */
  put(addr2, key, value) {
    if (key.length !== 32) {
      throw EthereumJSErrorWithoutCode("Transient storage key must be 32 bytes long");
    }
    if (value.length > 32) {
      throw EthereumJSErrorWithoutCode("Transient storage value cannot be longer than 32 bytes");
    }
    const addrString = addr2.toString();
    if (!this._storage.has(addrString)) {
      this._storage.set(addrString, /* @__PURE__ */ new Map());
    }
    const map = this._storage.get(addrString);
    const keyStr = bytesToHex4(key);
    const prevValue = map.get(keyStr) ?? new Uint8Array(32);
    this._changeJournal.push({
      addr: addrString,
      key: keyStr,
      prevValue
    });
    map.set(keyStr, value);
  }
  /**
   * Commit all the changes since the last checkpoint
   */
  commit() {
    if (this._indices.length === 0)
      throw EthereumJSErrorWithoutCode("Nothing to commit");
    this._indices.pop();
  }
  /**
   * To be called whenever entering a new context. If revert is called after checkpoint, all changes after the latest checkpoint are reverted.
   */
  checkpoint() {
    this._indices.push(this._changeJournal.length);
  }
  /**
   * Revert transient storage to the last checkpoint
   */
  revert() {
    const lastCheckpoint = this._indices.pop();
    if (typeof lastCheckpoint === "undefined")
      throw EthereumJSErrorWithoutCode("Nothing to revert");
    for (let i = this._changeJournal.length - 1; i >= lastCheckpoint; i--) {
      const { key, prevValue, addr: addr2 } = this._changeJournal[i];
      this._storage.get(addr2).set(key, prevValue);
    }
    this._changeJournal.splice(lastCheckpoint, this._changeJournal.length - lastCheckpoint);
  }
  /**
   * Create a JSON representation of the current transient storage state
   */
  toJSON() {
    const result = {};
    for (const [address, map] of this._storage.entries()) {
      result[address] = {};
      for (const [key, value] of map.entries()) {
        result[address][key] = bytesToHex4(value);
      }
    }
    return result;
  }
  /**
   * Clear transient storage state.
   */
  clear() {
    this._storage = /* @__PURE__ */ new Map();
    this._changeJournal = [];
  }
};

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/evm.js
var debug = (0, import_debug3.default)("evm:evm");
var debugGas2 = (0, import_debug3.default)("evm:gas");
var debugPrecompiles = (0, import_debug3.default)("evm:precompiles");
function OOGResult(gasLimit) {
  return {
    returnValue: new Uint8Array(0),
    executionGasUsed: gasLimit,
    exceptionError: new EVMError(EVMError.errorMessages.OUT_OF_GAS)
  };
}
function COOGResult(gasUsedCreateCode) {
  return {
    returnValue: new Uint8Array(0),
    executionGasUsed: gasUsedCreateCode,
    exceptionError: new EVMError(EVMError.errorMessages.CODESTORE_OUT_OF_GAS)
  };
}
function INVALID_BYTECODE_RESULT(gasLimit) {
  return {
    returnValue: new Uint8Array(0),
    executionGasUsed: gasLimit,
    exceptionError: new EVMError(EVMError.errorMessages.INVALID_BYTECODE_RESULT)
  };
}
function CodesizeExceedsMaximumError(gasUsed) {
  return {
    returnValue: new Uint8Array(0),
    executionGasUsed: gasUsed,
    exceptionError: new EVMError(EVMError.errorMessages.CODESIZE_EXCEEDS_MAXIMUM)
  };
}
function EVMErrorResult(error, gasUsed) {
  return {
    returnValue: new Uint8Array(0),
    executionGasUsed: gasUsed,
    exceptionError: error
  };
}
function defaultBlock() {
  return {
    header: {
      number: BIGINT_02,
      coinbase: createZeroAddress(),
      timestamp: BIGINT_02,
      difficulty: BIGINT_02,
      prevRandao: new Uint8Array(32),
      gasLimit: BIGINT_02,
      baseFeePerGas: void 0,
      // EIP-7843 SLOTNUM: mock header uses slot 0 so stand-alone `runCode()`
      // does not throw when the opcode is active. Real blocks still set the
      // consensus field explicitly (or inherit the BlockHeader default of 0n).
      slotNumber: BIGINT_02,
      getBlobGasPrice: () => void 0
    }
  };
}
var EVM = class _EVM {
  get precompiles() {
    return this._precompiles;
  }
  get opcodes() {
    return this._opcodes;
  }
  /**
   *
   * Creates new EVM object
   *
   * @deprecated The direct usage of this constructor is replaced since
   * non-finalized async initialization lead to side effects. Please
   * use the async {@link createEVM} constructor instead (same API).
   *
   * @param opts The EVM options
   */
  constructor(opts) {
    this.stateGasReservoir = BIGINT_02;
    this.executionStateGasUsed = BIGINT_02;
    this.eip7928CallPostTargetOog = false;
    this.eip2780PrepOog = false;
    this.createTxTargetAlive = false;
    this._stateGasSnapshots = [];
    this.createdAccountStateGas = /* @__PURE__ */ new Map();
    this.createdAccountIntrinsicStateGas = /* @__PURE__ */ new Map();
    this.DEBUG = false;
    this.common = opts.common;
    this.blockchain = opts.blockchain;
    this.stateManager = opts.stateManager;
    if (this.common.isActivatedEIP(7864)) {
      const mandatory = ["checkChunkWitnessPresent"];
      for (const m of mandatory) {
        if (!(m in this.stateManager)) {
          throw EthereumJSErrorWithoutCode(`State manager used must implement ${m} if Binary Trees (EIP-7864) is activated`);
        }
      }
    }
    if (this.common.isActivatedEIP(7928)) {
      this.blockLevelAccessList = opts.blockLevelAccessList ?? createBlockLevelAccessList();
    }
    this.events = new import_index2.default();
    this._optsCached = opts;
    const supportedEIPs = [
      1153,
      1559,
      2537,
      2565,
      2718,
      2780,
      2929,
      2930,
      2935,
      3198,
      3529,
      3540,
      3541,
      3554,
      3607,
      3651,
      3670,
      3675,
      3855,
      3860,
      4200,
      4345,
      4399,
      4750,
      4788,
      4844,
      4895,
      5133,
      5450,
      5656,
      6110,
      6206,
      6780,
      7002,
      7069,
      7251,
      7480,
      7516,
      7594,
      7620,
      7623,
      7685,
      7691,
      7692,
      7698,
      7702,
      7708,
      7709,
      7778,
      7823,
      7825,
      7843,
      7864,
      7883,
      7918,
      7928,
      7934,
      7939,
      7951,
      7954,
      7976,
      7981,
      8024,
      8037
    ];
    for (const eip of this.common.eips()) {
      if (!supportedEIPs.includes(eip)) {
        throw EthereumJSErrorWithoutCode(`EIP-${eip} is not supported by the EVM`);
      }
    }
    if (!_EVM.supportedHardforks.includes(this.common.hardfork())) {
      throw EthereumJSErrorWithoutCode(`Hardfork ${this.common.hardfork()} not set as supported in supportedHardforks`);
    }
    this.common.updateParams(opts.params ?? paramsEVM);
    this.allowUnlimitedContractSize = opts.allowUnlimitedContractSize ?? false;
    this.allowUnlimitedInitCodeSize = opts.allowUnlimitedInitCodeSize ?? false;
    this._customOpcodes = opts.customOpcodes;
    this._customPrecompiles = opts.customPrecompiles;
    this.journal = new Journal(this.stateManager, this.common);
    this.transientStorage = new TransientStorage();
    this.common.events.on("hardforkChanged", () => {
      this.getActiveOpcodes();
      this._precompiles = getActivePrecompiles(this.common, this._customPrecompiles);
    });
    this.getActiveOpcodes();
    this._precompiles = getActivePrecompiles(this.common, this._customPrecompiles);
    if (this.common.isActivatedEIP(2537)) {
      this._bls = opts.bls ?? new NobleBLS();
      this._bls.init?.();
    }
    this._bn254 = opts.bn254;
    this._emit = async (topic, data) => {
      const listeners = this.events.listeners(topic);
      for (const listener of listeners) {
        if (listener.length === 2) {
          await new Promise((resolve) => {
            listener(data, resolve);
          });
        } else {
          listener(data);
        }
      }
    };
    this.performanceLogger = new EVMPerformanceLogger();
    this.DEBUG = isDebugEnabled("ethjs");
  }
  /**
   * Returns a list with the currently activated opcodes
   * available for EVM execution
   */
  getActiveOpcodes() {
    const data = getOpcodesForHF(this.common, this._customOpcodes);
    this._opcodes = data.opcodes;
    this._dynamicGasHandlers = data.dynamicGasHandlers;
    this._handlers = data.handlers;
    this._opcodeMap = data.opcodeMap;
    return data.opcodes;
  }
  /**
   * Charge `amount` of EIP-8037 state-gas from the per-tx reservoir, spilling
   * into `gasLimit`. Returns remaining gasLimit and the slice spilled into
   * regular gas, or `undefined` on OOG.
   *
   * The spilled slice must be added to `ExecResult.stateGasSpilled` so a
   * later REVERT can credit it back (`refill_frame_state_gas`). Snapshot
   * restore zeros reservoir / executionStateGasUsed but does not undo the
   * `executionGasUsed += message.gasLimit - gasLimit` fold of this spill.
   */
  chargeFrameStateGas(amount, gasLimit) {
    if (amount === BIGINT_02)
      return { remaining: gasLimit, spilled: BIGINT_02 };
    let spilled = BIGINT_02;
    if (this.stateGasReservoir >= amount) {
      this.stateGasReservoir -= amount;
    } else if (this.stateGasReservoir + gasLimit >= amount) {
      spilled = amount - this.stateGasReservoir;
      this.stateGasReservoir = BIGINT_02;
      gasLimit -= spilled;
    } else {
      return void 0;
    }
    this.executionStateGasUsed += amount;
    return { remaining: gasLimit, spilled };
  }
  async _executeCall(message) {
    let gasLimit = message.gasLimit;
    const fromAddress = message.caller;
    if (this.common.isActivatedEIP(7864)) {
      if (message.accessWitness === void 0) {
        throw EthereumJSErrorWithoutCode("accessWitness is required for EIP-7864");
      }
      const sendsValue = message.value !== BIGINT_02;
      if (message.depth === 0) {
        const originAccessGas = message.accessWitness.readAccountHeader(fromAddress);
        debugGas2(`originAccessGas=${originAccessGas} waived off for origin at depth=0`);
        let destAccessGas = message.accessWitness.readAccountCodeHash(message.to);
        if (sendsValue) {
          destAccessGas += message.accessWitness.writeAccountBasicData(message.to);
        } else {
          destAccessGas += message.accessWitness.readAccountBasicData(message.to);
        }
        debugGas2(`destAccessGas=${destAccessGas} waived off for target at depth=0`);
      }
      let callAccessGas = message.accessWitness.readAccountBasicData(message.to);
      if (sendsValue) {
        callAccessGas += message.accessWitness.writeAccountBasicData(message.to);
      }
      gasLimit -= callAccessGas;
      if (gasLimit < BIGINT_02) {
        if (this.DEBUG) {
          debugGas2(`callAccessGas charged(${callAccessGas}) caused OOG (-> ${gasLimit})`);
        }
        message.accessWitness.revert();
        return { execResult: OOGResult(message.gasLimit) };
      } else {
        if (this.DEBUG) {
          debugGas2(`callAccessGas used (${callAccessGas} gas (-> ${gasLimit}))`);
        }
        message.accessWitness.commit();
      }
    }
    let accessStateSpill = BIGINT_02;
    if (message.depth === 0 && this.common.isActivatedEIP(2780) && !message.delegatecall) {
      if (message.value > BIGINT_02) {
        const recipient = await this.stateManager.getAccount(message.to);
        if (recipient === void 0 || recipient.isEmpty()) {
          const amount = this.common.param("stateBytesPerNewAccount") * activeCostPerStateByte(this.common);
          const charged = this.chargeFrameStateGas(amount, gasLimit);
          if (charged === void 0) {
            this.eip2780PrepOog = true;
            return { execResult: OOGResult(message.gasLimit) };
          }
          gasLimit = charged.remaining;
          accessStateSpill += charged.spilled;
        }
      }
      if (this.common.isActivatedEIP(7702)) {
        const recipientCode = await this.stateManager.getCode(message.to);
        if (equalsBytes(recipientCode.slice(0, 3), DELEGATION_7702_FLAG)) {
          if (this.common.isActivatedEIP(7928)) {
            this.blockLevelAccessList.addAddress(message.to.toString());
          }
          const delegated = recipientCode.slice(3, 23);
          const alreadyWarm = this.journal.isWarmedAddress(delegated);
          const cost = alreadyWarm ? this.common.param("warmstoragereadGas") : this.common.param("coldaccountaccessGas");
          if (gasLimit < cost) {
            this.eip2780PrepOog = true;
            return { execResult: OOGResult(message.gasLimit) };
          }
          gasLimit -= cost;
        }
      }
    }
    let account = await this.stateManager.getAccount(fromAddress);
    if (!account) {
      account = new Account();
    }
    let errorMessage;
    if (!message.delegatecall) {
      try {
        await this._reduceSenderBalance(account, message);
      } catch (e) {
        errorMessage = e;
      }
    }
    let toAccount = await this.stateManager.getAccount(message.to);
    if (!toAccount) {
      if (this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864)) {
        const absenceProofAccessGas = message.accessWitness.readAccountHeader(message.to);
        gasLimit -= absenceProofAccessGas;
        if (gasLimit < BIGINT_02) {
          if (this.DEBUG) {
            debugGas2(`Proof of absence access charged(${absenceProofAccessGas}) caused OOG (-> ${gasLimit})`);
          }
          message.accessWitness?.revert();
          return { execResult: OOGResult(message.gasLimit) };
        } else {
          if (this.DEBUG) {
            debugGas2(`Proof of absence access used (${absenceProofAccessGas} gas (-> ${gasLimit}))`);
          }
          message.accessWitness?.commit();
        }
      }
      toAccount = new Account();
    }
    if (!message.delegatecall) {
      try {
        await this._addToBalance(toAccount, message);
      } catch (e) {
        errorMessage = e;
      }
    }
    if (this.common.isActivatedEIP(7928) && message.codeAddress !== void 0 && message.codeAddress.toString() !== message.to.toString()) {
      this.blockLevelAccessList.addAddress(message.codeAddress.toString());
    }
    await this._loadCode(message);
    let exit = false;
    if (!message.code || typeof message.code !== "function" && message.code.length === 0) {
      exit = true;
      if (this.DEBUG) {
        debug(`Exit early on no code (CALL)`);
      }
    }
    if (errorMessage !== void 0) {
      exit = true;
      if (this.DEBUG) {
        debug(`Exit early on value transfer overflowed (CALL)`);
      }
    }
    let eip7708Log;
    const isTransferToDifferentAccount = !equalsBytes(message.caller.bytes, message.to.bytes);
    if (this.common.isActivatedEIP(7708) && !message.delegatecall && message.value > BIGINT_02 && isTransferToDifferentAccount && errorMessage === void 0) {
      eip7708Log = createEIP7708TransferLog(message.caller, message.to, message.value);
      if (this.DEBUG) {
        debug(`EIP-7708: Created ETH transfer log from ${message.caller} to ${message.to} value=${message.value}`);
      }
    }
    if (exit) {
      const earlyResult = {
        gasRefund: message.gasRefund,
        executionGasUsed: message.gasLimit - gasLimit,
        exceptionError: errorMessage,
        returnValue: new Uint8Array(0),
        logs: eip7708Log ? [eip7708Log] : void 0
      };
      return { execResult: earlyResult };
    }
    let result;
    if (message.isCompiled) {
      let timer;
      let callTimer;
      let target;
      if (this._optsCached.profiler?.enabled === true) {
        target = bytesToUnprefixedHex(message.codeAddress.bytes);
        target = getPrecompileName(target) ?? target.slice(20);
        if (this.performanceLogger.hasTimer()) {
          callTimer = this.performanceLogger.pauseTimer();
        }
        timer = this.performanceLogger.startTimer(target);
      }
      result = await this.runPrecompile(message.code, message.data, gasLimit);
      if (eip7708Log !== void 0) {
        result.logs = result.logs !== void 0 ? [eip7708Log, ...result.logs] : [eip7708Log];
      }
      if (this._optsCached.profiler?.enabled === true) {
        this.performanceLogger.stopTimer(timer, Number(result.executionGasUsed), "precompiles");
        if (callTimer !== void 0) {
          this.performanceLogger.unpauseTimer(callTimer);
        }
      }
      result.gasRefund = message.gasRefund;
    } else {
      if (this.DEBUG) {
        debug(`Start bytecode processing...`);
      }
      result = await this.runInterpreter({
        ...{ codeAddress: message.codeAddress },
        ...message,
        gasLimit
      }, { initialLogs: eip7708Log ? [eip7708Log] : void 0 });
    }
    if (message.depth === 0) {
      this.postMessageCleanup();
    }
    result.executionGasUsed += message.gasLimit - gasLimit;
    if (accessStateSpill > BIGINT_02) {
      result.stateGasSpilled = (result.stateGasSpilled ?? BIGINT_02) + accessStateSpill;
    }
    return {
      execResult: result
    };
  }
  async _executeCreate(message) {
    let gasLimit = message.gasLimit;
    const fromAddress = message.caller;
    if (this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864)) {
      if (message.depth === 0) {
        const originAccessGas = message.accessWitness.readAccountHeader(fromAddress);
        debugGas2(`originAccessGas=${originAccessGas} waived off for origin at depth=0`);
      }
    }
    let account = await this.stateManager.getAccount(message.caller);
    if (!account) {
      account = new Account();
    }
    await this._reduceSenderBalance(account, message);
    if (this.common.isActivatedEIP(3860)) {
      if (message.data.length > Number(this.common.param("maxInitCodeSize")) && !this.allowUnlimitedInitCodeSize) {
        return {
          createdAddress: message.to,
          execResult: {
            returnValue: new Uint8Array(0),
            exceptionError: new EVMError(EVMError.errorMessages.INITCODE_SIZE_VIOLATION),
            executionGasUsed: message.gasLimit
          }
        };
      }
    }
    message.code = message.data;
    message.data = message.eofCallData ?? new Uint8Array();
    message.to = await this._generateAddress(message);
    if (this.common.isActivatedEIP(6780)) {
      message.createdAddresses.add(message.to.toString());
    }
    if (this.DEBUG) {
      debug(`Generated CREATE contract address ${message.to}`);
    }
    let toAccount = await this.stateManager.getAccount(message.to);
    if (!toAccount) {
      toAccount = new Account();
    }
    if (this.common.isActivatedEIP(8037)) {
      const targetAlive = await this.stateManager.getAccount(message.to) !== void 0 && !toAccount.isEmpty();
      message.createdTargetAlive = targetAlive;
      if (message.depth === 0) {
        this.createTxTargetAlive = targetAlive;
      }
    }
    let accessStateSpill = BIGINT_02;
    if (message.depth === 0) {
      if (this.common.isActivatedEIP(8037) && message.createdTargetAlive !== true) {
        const amount = this.common.param("stateBytesPerNewAccount") * activeCostPerStateByte(this.common);
        const charged = this.chargeFrameStateGas(amount, gasLimit);
        if (charged === void 0) {
          this.eip2780PrepOog = true;
          return { createdAddress: message.to, execResult: OOGResult(message.gasLimit) };
        }
        gasLimit = charged.remaining;
        accessStateSpill += charged.spilled;
      }
    }
    if (this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864)) {
      const contractCreateAccessGas = message.accessWitness.writeAccountBasicData(message.to) + message.accessWitness.readAccountCodeHash(message.to);
      gasLimit -= contractCreateAccessGas;
      if (gasLimit < BIGINT_02) {
        if (this.DEBUG) {
          debugGas2(`ContractCreateInit charge(${contractCreateAccessGas}) caused OOG (-> ${gasLimit})`);
          message.accessWitness?.revert();
        }
        return { execResult: OOGResult(message.gasLimit) };
      } else {
        if (this.DEBUG) {
          debugGas2(`ContractCreateInit charged (${contractCreateAccessGas} gas (-> ${gasLimit}))`);
        }
        message.accessWitness?.commit();
      }
    }
    if (toAccount.nonce && toAccount.nonce > BIGINT_02 || !(equalsBytes(toAccount.codeHash, KECCAK256_NULL) === true) || // See EIP 7610 and the discussion `https://ethereum-magicians.org/t/eip-7610-revert-creation-in-case-of-non-empty-storage`
    !(equalsBytes(toAccount.storageRoot, KECCAK256_RLP) === true)) {
      if (this.DEBUG) {
        debug(`Returning on address collision`);
      }
      if (this.common.isActivatedEIP(7928)) {
        this.blockLevelAccessList.addAddress(message.to.toString());
      }
      return {
        createdAddress: message.to,
        execResult: {
          returnValue: new Uint8Array(0),
          exceptionError: new EVMError(EVMError.errorMessages.CREATE_COLLISION),
          executionGasUsed: message.gasLimit
        }
      };
    }
    await this.journal.putAccount(message.to, toAccount);
    await this.stateManager.clearStorage(message.to);
    const newContractEvent = {
      address: message.to,
      code: message.code
    };
    await this._emit("newContract", newContractEvent);
    toAccount = await this.stateManager.getAccount(message.to);
    if (!toAccount) {
      toAccount = new Account();
    }
    if (this.common.gteHardfork(Hardfork.SpuriousDragon)) {
      toAccount.nonce += BIGINT_1;
    }
    if (this.common.isActivatedEIP(7928)) {
      this.blockLevelAccessList.addNonceChange(message.to.toString(), toAccount.nonce, this.blockLevelAccessList.blockAccessIndex);
    }
    let errorMessage;
    try {
      await this._addToBalance(toAccount, message);
    } catch (e) {
      errorMessage = e;
    }
    let exit = false;
    if (message.code === void 0 || typeof message.code !== "function" && message.code.length === 0) {
      exit = true;
      if (this.DEBUG) {
        debug(`Exit early on no code (CREATE)`);
      }
    }
    if (errorMessage !== void 0) {
      exit = true;
      if (this.DEBUG) {
        debug(`Exit early on value transfer overflowed (CREATE)`);
      }
    }
    let eip7708CreateLog;
    if (this.common.isActivatedEIP(7708) && message.value > BIGINT_02 && message.to !== void 0 && !equalsBytes(message.caller.bytes, message.to.bytes) && errorMessage === void 0) {
      eip7708CreateLog = createEIP7708TransferLog(message.caller, message.to, message.value);
      if (this.DEBUG) {
        debug(`EIP-7708: Created ETH transfer log for CREATE from ${message.caller} to ${message.to} value=${message.value}`);
      }
    }
    if (exit) {
      if (this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864)) {
        const createCompleteAccessGas = message.accessWitness.writeAccountHeader(message.to);
        gasLimit -= createCompleteAccessGas;
        if (gasLimit < BIGINT_02) {
          if (this.DEBUG) {
            debug(`ContractCreateComplete access gas (${createCompleteAccessGas}) caused OOG (-> ${gasLimit})`);
          }
          message.accessWitness?.revert();
          return { execResult: OOGResult(message.gasLimit) };
        } else {
          if (this.DEBUG) {
            debug(`ContractCreateComplete access used (${createCompleteAccessGas}) gas (-> ${gasLimit})`);
          }
          message.accessWitness?.commit();
        }
      }
      return {
        createdAddress: message.to,
        execResult: {
          executionGasUsed: message.gasLimit - gasLimit,
          gasRefund: message.gasRefund,
          exceptionError: errorMessage,
          // only defined if addToBalance failed
          returnValue: new Uint8Array(0),
          logs: eip7708CreateLog ? [eip7708CreateLog] : void 0,
          stateGasSpilled: accessStateSpill > BIGINT_02 ? accessStateSpill : void 0
        }
      };
    }
    if (this.DEBUG) {
      debug(`Start bytecode processing...`);
    }
    let result = await this.runInterpreter({ ...message, gasLimit, isCreate: true }, {
      initialLogs: eip7708CreateLog ? [eip7708CreateLog] : void 0
    });
    result.executionGasUsed += message.gasLimit - gasLimit;
    if (accessStateSpill > BIGINT_02) {
      result.stateGasSpilled = (result.stateGasSpilled ?? BIGINT_02) + accessStateSpill;
    }
    let totalGas = result.executionGasUsed;
    let returnFee = BIGINT_02;
    let stateGasCreate = BIGINT_02;
    let stateGasFromReservoir = BIGINT_02;
    let stateGasSpillToGasLeft = BIGINT_02;
    if (!result.exceptionError && !this.common.isActivatedEIP(6800)) {
      if (this.common.isActivatedEIP(8037)) {
        const L = BigInt(result.returnValue.length);
        const words = (L + BigInt(31)) / BigInt(32);
        returnFee = words * this.common.param("codeDepositHashWordGas");
        const costPerStateByte = activeCostPerStateByte(this.common, this._block?.header.gasLimit);
        stateGasCreate = L * costPerStateByte;
        stateGasFromReservoir = stateGasCreate < this.stateGasReservoir ? stateGasCreate : this.stateGasReservoir;
        stateGasSpillToGasLeft = stateGasCreate - stateGasFromReservoir;
      } else {
        returnFee = BigInt(result.returnValue.length) * BigInt(this.common.param("createDataGas"));
      }
      totalGas = totalGas + returnFee + stateGasSpillToGasLeft;
      if (this.DEBUG) {
        debugGas2(`Add return value size fee (${returnFee} to gas used (-> ${totalGas}))`);
      }
    }
    let allowedCodeSize = true;
    if (!result.exceptionError && this.common.gteHardfork(Hardfork.SpuriousDragon) && result.returnValue.length > Number(this.common.param("maxCodeSize"))) {
      allowedCodeSize = false;
    }
    let CodestoreOOG = false;
    let createSucceeded = false;
    if (totalGas <= message.gasLimit && (this.allowUnlimitedContractSize || allowedCodeSize)) {
      if (this.common.isActivatedEIP(3541) && result.returnValue[0] === FORMAT) {
        if (!this.common.isActivatedEIP(3540)) {
          result = { ...result, ...INVALID_BYTECODE_RESULT(message.gasLimit) };
        } else if (
          // TODO check if this is correct
          // Also likely cleanup this eofCallData stuff
          /*(message.depth > 0 && message.eofCallData === undefined) ||
          (message.depth === 0 && !isEOF(message.code))*/
          !isEOF(message.code)
        ) {
          result = { ...result, ...INVALID_BYTECODE_RESULT(message.gasLimit) };
        } else {
          result.executionGasUsed = totalGas;
          createSucceeded = true;
        }
      } else {
        result.executionGasUsed = totalGas;
        createSucceeded = true;
      }
    } else {
      if (this.common.gteHardfork(Hardfork.Homestead)) {
        if (!allowedCodeSize) {
          if (this.DEBUG) {
            debug(`Code size exceeds maximum code size (>= SpuriousDragon)`);
          }
          result = { ...result, ...CodesizeExceedsMaximumError(message.gasLimit) };
        } else {
          if (this.DEBUG) {
            debug(`Contract creation: out of gas`);
          }
          message.accessWitness?.revert();
          result = { ...result, ...OOGResult(message.gasLimit) };
        }
      } else {
        if (totalGas - returnFee <= message.gasLimit) {
          if (this.DEBUG) {
            debug(`Not enough gas to pay the code deposit fee (Frontier)`);
          }
          message.accessWitness?.revert();
          result = { ...result, ...COOGResult(totalGas - returnFee) };
          CodestoreOOG = true;
        } else {
          if (this.DEBUG) {
            debug(`Contract creation: out of gas`);
          }
          message.accessWitness?.revert();
          result = { ...result, ...OOGResult(message.gasLimit) };
        }
      }
    }
    if (this.common.isActivatedEIP(8037) && createSucceeded) {
      if (stateGasCreate > BIGINT_02) {
        this.stateGasReservoir -= stateGasFromReservoir;
        this.executionStateGasUsed += stateGasCreate;
        if (stateGasSpillToGasLeft > BIGINT_02) {
          result.stateGasSpilled = (result.stateGasSpilled ?? BIGINT_02) + stateGasSpillToGasLeft;
        }
      }
      const addrKey = message.to.toString();
      const prior = this.createdAccountStateGas.get(addrKey) ?? BIGINT_02;
      let bakedIn = stateGasCreate;
      const stateBytesPerNewAccount = this.common.param("stateBytesPerNewAccount");
      const costPerStateByte = activeCostPerStateByte(this.common, this._block?.header.gasLimit);
      bakedIn += stateBytesPerNewAccount * costPerStateByte;
      this.createdAccountStateGas.set(addrKey, prior + bakedIn);
    }
    gasLimit = message.gasLimit - result.executionGasUsed;
    if (!result.exceptionError && (this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864))) {
      const createCompleteAccessGas = message.accessWitness.writeAccountHeader(message.to);
      gasLimit -= createCompleteAccessGas;
      if (gasLimit < BIGINT_02) {
        if (this.DEBUG) {
          debug(`ContractCreateComplete access gas (${createCompleteAccessGas}) caused OOG (-> ${gasLimit})`);
        }
        message.accessWitness?.revert();
        result = { ...result, ...OOGResult(message.gasLimit) };
      } else {
        debug(`ContractCreateComplete access used (${createCompleteAccessGas}) gas (-> ${gasLimit})`);
        result.executionGasUsed += createCompleteAccessGas;
      }
    }
    if (!result.exceptionError && result.returnValue !== void 0 && result.returnValue.length !== 0) {
      if (this.common.isActivatedEIP(6800) || this.common.isActivatedEIP(7864)) {
        const byteCodeWriteAccessfee = message.accessWitness.writeAccountCodeChunks(message.to, 0, result.returnValue.length - 1);
        gasLimit -= byteCodeWriteAccessfee;
        if (gasLimit < BIGINT_02) {
          if (this.DEBUG) {
            debug(`byteCodeWrite access gas (${byteCodeWriteAccessfee}) caused OOG (-> ${gasLimit})`);
          }
          message.accessWitness?.revert();
          result = { ...result, ...OOGResult(message.gasLimit) };
        } else {
          debug(`byteCodeWrite access used (${byteCodeWriteAccessfee}) gas (-> ${gasLimit})`);
          message.accessWitness?.commit();
          result.executionGasUsed += byteCodeWriteAccessfee;
        }
      }
      await this.stateManager.putCode(message.to, result.returnValue);
      if (this.common.isActivatedEIP(7928)) {
        this.blockLevelAccessList.addCodeChange(message.to.toString(), result.returnValue, this.blockLevelAccessList.blockAccessIndex);
      }
      if (this.DEBUG) {
        debug(`Code saved on new contract creation`);
      }
    } else if (CodestoreOOG) {
      if (!this.common.gteHardfork(Hardfork.Homestead)) {
        const account2 = await this.stateManager.getAccount(message.to);
        await this.journal.putAccount(message.to, account2 ?? new Account());
      }
    }
    if (message.depth === 0) {
      this.postMessageCleanup();
    }
    return {
      createdAddress: message.to,
      execResult: result
    };
  }
  /**
   * Starts the actual bytecode processing for a CALL or CREATE
   */
  async runInterpreter(message, opts = {}) {
    let contract = await this.stateManager.getAccount(message.to ?? createZeroAddress());
    if (!contract) {
      contract = new Account();
    }
    const env = {
      address: message.to ?? createZeroAddress(),
      caller: message.caller ?? createZeroAddress(),
      callData: message.data ?? Uint8Array.from([0]),
      callValue: message.value ?? BIGINT_02,
      code: message.code,
      isStatic: message.isStatic ?? false,
      isCreate: message.isCreate ?? false,
      depth: message.depth ?? 0,
      gasPrice: this._tx.gasPrice,
      origin: this._tx.origin ?? message.caller ?? createZeroAddress(),
      block: this._block ?? defaultBlock(),
      contract,
      codeAddress: message.codeAddress,
      gasRefund: message.gasRefund,
      chargeCodeAccesses: message.chargeCodeAccesses,
      blobVersionedHashes: message.blobVersionedHashes ?? [],
      accessWitness: message.accessWitness,
      createdAddresses: message.createdAddresses,
      initialLogs: opts.initialLogs
    };
    const interpreter = new Interpreter(this, this.stateManager, this.blockchain, env, message.gasLimit, this.journal, this.performanceLogger, this._optsCached.profiler);
    if (message.selfdestruct) {
      interpreter._result.selfdestruct = message.selfdestruct;
    }
    if (message.createdAddresses) {
      interpreter._result.createdAddresses = message.createdAddresses;
    }
    const interpreterRes = await interpreter.run(message.code, opts);
    let result = interpreter._result;
    let gasUsed = message.gasLimit - interpreterRes.runState.gasLeft;
    if (interpreterRes.exceptionError) {
      if (interpreterRes.exceptionError.error !== EVMError.errorMessages.REVERT && interpreterRes.exceptionError.error !== EVMError.errorMessages.INVALID_EOF_FORMAT) {
        gasUsed = message.gasLimit;
      }
      result = {
        ...result,
        logs: [],
        selfdestruct: /* @__PURE__ */ new Map(),
        createdAddresses: /* @__PURE__ */ new Set()
      };
    }
    message.accessWitness?.commit();
    return {
      ...result,
      runState: {
        ...interpreterRes.runState,
        ...result,
        ...interpreter._env
      },
      exceptionError: interpreterRes.exceptionError,
      gas: interpreterRes.runState?.gasLeft,
      executionGasUsed: gasUsed,
      gasRefund: interpreterRes.runState.gasRefund,
      stateGasSpilled: interpreterRes.runState.stateGasSpilled,
      returnValue: result.returnValue ?? new Uint8Array(0)
    };
  }
  /**
   * Executes an EVM message, determining whether it's a call or create
   * based on the `to` address. It checkpoints the state and reverts changes
   * if an exception happens during the message execution.
   */
  async runCall(opts) {
    let timer;
    if ((opts.depth === 0 || opts.message === void 0) && this._optsCached.profiler?.enabled === true) {
      timer = this.performanceLogger.startTimer("Initialization");
    }
    let message = opts.message;
    let callerAccount;
    if (!message) {
      this._block = opts.block ?? defaultBlock();
      const caller = opts.caller ?? createZeroAddress();
      this._tx = {
        gasPrice: opts.gasPrice ?? BIGINT_02,
        origin: opts.origin ?? caller
      };
      const value = opts.value ?? BIGINT_02;
      if (opts.skipBalance === true) {
        callerAccount = await this.stateManager.getAccount(caller);
        if (!callerAccount) {
          callerAccount = new Account();
        }
        const originalBalance = callerAccount.balance;
        if (callerAccount.balance < value) {
          callerAccount.balance = value;
          await this.journal.putAccount(caller, callerAccount);
          if (this.common.isActivatedEIP(7928)) {
            this.blockLevelAccessList.addBalanceChange(caller.toString(), callerAccount.balance, this.blockLevelAccessList.blockAccessIndex, originalBalance);
          }
        }
      }
      message = new Message({
        caller,
        gasLimit: opts.gasLimit ?? BigInt(16777215),
        to: opts.to,
        value,
        data: opts.data,
        code: opts.code,
        depth: opts.depth,
        isCompiled: opts.isCompiled,
        isStatic: opts.isStatic,
        salt: opts.salt,
        selfdestruct: opts.selfdestruct ?? /* @__PURE__ */ new Map(),
        createdAddresses: opts.createdAddresses ?? /* @__PURE__ */ new Set(),
        delegatecall: opts.delegatecall,
        blobVersionedHashes: opts.blobVersionedHashes
      });
    }
    if (message.depth === 0 && opts.skipNonceIncrement !== true) {
      if (!callerAccount) {
        callerAccount = await this.stateManager.getAccount(message.caller);
      }
      if (!callerAccount) {
        callerAccount = new Account();
      }
      callerAccount.nonce++;
      await this.journal.putAccount(message.caller, callerAccount);
      if (this.common.isActivatedEIP(7928)) {
        this.blockLevelAccessList.addNonceChange(message.caller.toString(), callerAccount.nonce, this.blockLevelAccessList.blockAccessIndex);
      }
      if (this.DEBUG) {
        debug(`Update fromAccount (caller) nonce (-> ${callerAccount.nonce}))`);
      }
    }
    await this._emit("beforeMessage", message);
    if (!message.to && this.common.isActivatedEIP(2929)) {
      message.code = message.data;
      this.journal.addWarmedAddress((await this._generateAddress(message)).bytes);
    }
    if (this.common.isActivatedEIP(7928)) {
      this.blockLevelAccessList?.checkpoint();
    }
    await this.journal.checkpoint();
    if (this.common.isActivatedEIP(1153))
      this.transientStorage.checkpoint();
    if (this.common.isActivatedEIP(8037)) {
      this._stateGasSnapshots.push({
        reservoir: this.stateGasReservoir,
        used: this.executionStateGasUsed,
        createdAccountStateGas: new Map(this.createdAccountStateGas),
        createdAccountIntrinsicStateGas: new Map(this.createdAccountIntrinsicStateGas)
      });
    }
    if (this.DEBUG) {
      debug("-".repeat(100));
      debug(`message checkpoint`);
    }
    let result;
    if (this.DEBUG) {
      const { caller, gasLimit, to, value, delegatecall } = message;
      debug(`New message caller=${caller} gasLimit=${gasLimit} to=${to?.toString() ?? "none"} value=${value} delegatecall=${delegatecall ? "yes" : "no"}`);
    }
    if (message.to) {
      if (this.DEBUG) {
        debug(`Message CALL execution (to: ${message.to})`);
      }
      result = await this._executeCall(message);
    } else {
      if (this.DEBUG) {
        debug(`Message CREATE execution (to: undefined)`);
      }
      result = await this._executeCreate(message);
    }
    if (this.DEBUG) {
      const { executionGasUsed, exceptionError, returnValue } = result.execResult;
      debug(`Received message execResult: [ gasUsed=${executionGasUsed} exceptionError=${exceptionError ? `'${exceptionError.error}'` : "none"} returnValue=${short(returnValue)} gasRefund=${result.execResult.gasRefund ?? 0} ]`);
    }
    const err = result.execResult.exceptionError;
    if (err && err.error !== EVMError.errorMessages.CODESTORE_OUT_OF_GAS) {
      result.execResult.selfdestruct = /* @__PURE__ */ new Map();
      result.execResult.createdAddresses = /* @__PURE__ */ new Set();
      result.execResult.gasRefund = BIGINT_02;
    }
    if (err && !(this.common.hardfork() === Hardfork.Chainstart && err.error === EVMError.errorMessages.CODESTORE_OUT_OF_GAS)) {
      result.execResult.logs = [];
      await this.journal.revert();
      if (this.common.isActivatedEIP(1153))
        this.transientStorage.revert();
      if (this.common.isActivatedEIP(7928)) {
        this.blockLevelAccessList?.revert();
      }
      if (this.common.isActivatedEIP(8037)) {
        const snap = this._stateGasSnapshots.pop();
        if (snap !== void 0) {
          this.stateGasReservoir = snap.reservoir;
          this.executionStateGasUsed = snap.used;
          this.createdAccountStateGas = snap.createdAccountStateGas;
          this.createdAccountIntrinsicStateGas = snap.createdAccountIntrinsicStateGas;
        }
        if (err.error === EVMError.errorMessages.REVERT) {
          const spilled = result.execResult.stateGasSpilled ?? BIGINT_02;
          if (spilled > BIGINT_02) {
            result.execResult.executionGasUsed -= spilled;
          }
        }
        result.execResult.stateGasSpilled = BIGINT_02;
      }
      if (this.DEBUG) {
        debug(`message checkpoint reverted`);
      }
    } else {
      await this.journal.commit();
      if (this.common.isActivatedEIP(1153))
        this.transientStorage.commit();
      if (this.common.isActivatedEIP(7928)) {
        this.blockLevelAccessList?.commit();
      }
      if (this.common.isActivatedEIP(8037)) {
        this._stateGasSnapshots.pop();
      }
      if (this.DEBUG) {
        debug(`message checkpoint committed`);
      }
    }
    await this._emit("afterMessage", result);
    if (message.depth === 0 && this._optsCached.profiler?.enabled === true) {
      this.performanceLogger.stopTimer(timer, 0);
    }
    message.accessWitness?.commit();
    return result;
  }
  /**
   * Bound to the global VM and therefore
   * shouldn't be used directly from the evm class
   */
  async runCode(opts) {
    this._block = opts.block ?? defaultBlock();
    this._tx = {
      gasPrice: opts.gasPrice ?? BIGINT_02,
      origin: opts.origin ?? opts.caller ?? createZeroAddress()
    };
    const message = new Message({
      code: opts.code,
      data: opts.data,
      gasLimit: opts.gasLimit ?? BigInt(16777215),
      to: opts.to ?? createZeroAddress(),
      caller: opts.caller,
      value: opts.value,
      depth: opts.depth,
      selfdestruct: opts.selfdestruct ?? /* @__PURE__ */ new Map(),
      isStatic: opts.isStatic,
      blobVersionedHashes: opts.blobVersionedHashes
    });
    return this.runInterpreter(message, { pc: opts.pc });
  }
  /**
   * Returns the precompile function registered at the given address,
   * or `undefined` if no precompile is active there.
   *
   * Accepts either an `Address` instance or a `0x`-prefixed hex string.
   *
   * ```ts
   * const evm = await createEVM({
   *   customPrecompiles: [{ address: '0x000000000000000000000000000000000000ff01', function: myFn }],
   * })
   * const fn = evm.getPrecompile('0x000000000000000000000000000000000000ff01')
   * ```
   */
  getPrecompile(address) {
    if (typeof address === "string") {
      return this.precompiles.get(address.slice(2).padStart(40, "0").toLowerCase());
    }
    return this.precompiles.get(bytesToUnprefixedHex(address.bytes));
  }
  /**
   * Executes a precompiled contract with given data and gas limit.
   */
  runPrecompile(code, data, gasLimit) {
    if (typeof code !== "function") {
      throw EthereumJSErrorWithoutCode("Invalid precompile");
    }
    const opts = {
      data,
      gasLimit,
      common: this.common,
      _EVM: this,
      _debug: this.DEBUG ? debugPrecompiles : void 0,
      stateManager: this.stateManager
    };
    return code(opts);
  }
  async _loadCode(message) {
    if (!message.code) {
      const precompile = this.getPrecompile(message.codeAddress);
      if (precompile) {
        message.code = precompile;
        message.isCompiled = true;
      } else {
        message.code = await this.stateManager.getCode(message.codeAddress);
        if (this.common.isActivatedEIP(7702) && equalsBytes(message.code.slice(0, 3), DELEGATION_7702_FLAG)) {
          const address = new Address(message.code.slice(3, 24));
          message.code = await this.stateManager.getCode(address);
          if (this.common.isActivatedEIP(7928)) {
            this.blockLevelAccessList?.addAddress(address.toString());
          }
          if (message.depth === 0) {
            this.journal.addAlwaysWarmAddress(address.toString());
          }
        }
        message.isCompiled = false;
        message.chargeCodeAccesses = true;
      }
    }
  }
  async _generateAddress(message) {
    let addr2;
    if (message.salt) {
      addr2 = generateAddress2(message.caller.bytes, message.salt, message.code);
    } else {
      let acc = await this.stateManager.getAccount(message.caller);
      if (!acc) {
        acc = new Account();
      }
      const newNonce = acc.nonce - BIGINT_1;
      addr2 = generateAddress(message.caller.bytes, bigIntToBytes(newNonce));
    }
    return new Address(addr2);
  }
  async _reduceSenderBalance(account, message) {
    const originalBalance = account.balance;
    account.balance -= message.value;
    if (account.balance < BIGINT_02) {
      throw new EVMError(EVMError.errorMessages.INSUFFICIENT_BALANCE);
    }
    if (this.common.isActivatedEIP(7928)) {
      this.blockLevelAccessList.addBalanceChange(message.caller.toString(), account.balance, this.blockLevelAccessList.blockAccessIndex, originalBalance);
    }
    const result = this.journal.putAccount(message.caller, account);
    if (this.DEBUG) {
      debug(`Reduced sender (${message.caller}) balance (-> ${account.balance})`);
    }
    return result;
  }
  async _addToBalance(toAccount, message) {
    const originalBalance = toAccount.balance;
    const newBalance = toAccount.balance + message.value;
    if (newBalance > MAX_INTEGER) {
      throw new EVMError(EVMError.errorMessages.VALUE_OVERFLOW);
    }
    toAccount.balance = newBalance;
    if (this.common.isActivatedEIP(7928)) {
      this.blockLevelAccessList.addAddress(message.to.toString());
      if (message.value !== BIGINT_02) {
        this.blockLevelAccessList.addBalanceChange(message.to.toString(), newBalance, this.blockLevelAccessList.blockAccessIndex, originalBalance);
      }
    }
    await this.journal.putAccount(message.to, toAccount);
    if (this.DEBUG) {
      debug(`Added toAccount (${message.to}) balance (-> ${toAccount.balance})`);
    }
  }
  /**
   * Once the interpreter has finished depth 0, a post-message cleanup should be done
   */
  postMessageCleanup() {
    if (this.common.isActivatedEIP(1153))
      this.transientStorage.clear();
  }
  /**
   * This method copies the EVM, current HF and EIP settings
   * and returns a new EVM instance.
   *
   * Note: this is only a shallow copy and both EVM instances
   * will point to the same underlying state DB.
   */
  shallowCopy() {
    const common = this.common.copy();
    common.setHardfork(this.common.hardfork());
    const opts = {
      ...this._optsCached,
      common,
      stateManager: this.stateManager.shallowCopy()
    };
    opts.stateManager["common"] = common;
    return new _EVM(opts);
  }
  getPerformanceLogs() {
    return this.performanceLogger.getLogs();
  }
  clearPerformanceLogs() {
    this.performanceLogger.clear();
  }
};
EVM.supportedHardforks = [
  Hardfork.Chainstart,
  Hardfork.Homestead,
  Hardfork.Dao,
  Hardfork.TangerineWhistle,
  Hardfork.SpuriousDragon,
  Hardfork.Byzantium,
  Hardfork.Constantinople,
  Hardfork.Petersburg,
  Hardfork.Istanbul,
  Hardfork.MuirGlacier,
  Hardfork.Berlin,
  Hardfork.London,
  Hardfork.ArrowGlacier,
  Hardfork.GrayGlacier,
  Hardfork.MergeNetsplitBlock,
  Hardfork.Paris,
  Hardfork.Shanghai,
  Hardfork.Cancun,
  Hardfork.Prague,
  Hardfork.Osaka,
  Hardfork.Bpo1,
  Hardfork.Bpo2,
  Hardfork.Bpo3,
  Hardfork.Bpo4,
  Hardfork.Bpo5,
  Hardfork.Amsterdam
];

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/binaryTreeAccessWitness.js
var import_debug4 = __toESM(require_src(), 1);
var debug2 = (0, import_debug4.default)("evm:binaryTree:aw");
var WitnessBranchReadCost = BigInt(1900);
var WitnessChunkReadCost = BigInt(200);
var WitnessBranchWriteCost = BigInt(3e3);
var WitnessChunkWriteCost = BigInt(500);
var WitnessChunkFillCost = BigInt(6200);

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/cache/account.js
var import_debug6 = __toESM(require_src(), 1);

// node_modules/.pnpm/lru-cache@11.0.2/node_modules/lru-cache/dist/esm/index.js
var perf = typeof performance === "object" && performance && typeof performance.now === "function" ? performance : Date;
var PROCESS = typeof process === "object" && !!process ? process : {};
var emitWarning = (msg, type, code, fn) => {
  typeof PROCESS.emitWarning === "function" ? PROCESS.emitWarning(msg, type, code, fn) : console.error(`[${code}] ${type}: ${msg}`);
};
var AC = globalThis.AbortController;
var AS = globalThis.AbortSignal;
if (typeof AC === "undefined") {
  AS = class AbortSignal {
    onabort;
    _onabort = [];
    reason;
    aborted = false;
    addEventListener(_, fn) {
      this._onabort.push(fn);
    }
  };
  AC = class AbortController {
    constructor() {
      warnACPolyfill();
    }
    signal = new AS();
    abort(reason) {
      if (this.signal.aborted)
        return;
      this.signal.reason = reason;
      this.signal.aborted = true;
      for (const fn of this.signal._onabort) {
        fn(reason);
      }
      this.signal.onabort?.(reason);
    }
  };
  let printACPolyfillWarning = PROCESS.env?.LRU_CACHE_IGNORE_AC_WARNING !== "1";
  const warnACPolyfill = () => {
    if (!printACPolyfillWarning)
      return;
    printACPolyfillWarning = false;
    emitWarning("AbortController is not defined. If using lru-cache in node 14, load an AbortController polyfill from the `node-abort-controller` package. A minimal polyfill is provided for use by LRUCache.fetch(), but it should not be relied upon in other contexts (eg, passing it to other APIs that use AbortController/AbortSignal might have undesirable effects). You may disable this with LRU_CACHE_IGNORE_AC_WARNING=1 in the env.", "NO_ABORT_CONTROLLER", "ENOTSUP", warnACPolyfill);
  };
}

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/cache/cache.js
var import_debug5 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/cache/code.js
var import_debug7 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/cache/storage.js
var import_debug8 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/cache/originalStorageCache.js
var OriginalStorageCache = class {
  constructor(getStorage) {
    this.map = /* @__PURE__ */ new Map();
    this.getStorage = getStorage;
  }
  async get(address, key) {
    const addressHex = bytesToUnprefixedHex(address.bytes);
    const map = this.map.get(addressHex);
    if (map !== void 0) {
      const keyHex = bytesToUnprefixedHex(key);
      const value2 = map.get(keyHex);
      if (value2 !== void 0) {
        return value2;
      }
    }
    const value = await this.getStorage(address, key);
    this.put(address, key, value);
    return value;
  }
  put(address, key, value) {
    const addressHex = bytesToUnprefixedHex(address.bytes);
    let map = this.map.get(addressHex);
    if (map === void 0) {
      map = /* @__PURE__ */ new Map();
      this.map.set(addressHex, map);
    }
    const keyHex = bytesToUnprefixedHex(key);
    if (map.has(keyHex) === false) {
      map.set(keyHex, value);
    }
  }
  clear() {
    this.map = /* @__PURE__ */ new Map();
  }
};

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/consumeBAL.js
async function consumeBAL(stateManager, bal, expectedStateRoot) {
  for (const acc of bal) {
    if (acc.balanceChanges.length === 0 && acc.nonceChanges.length === 0 && acc.codeChanges.length === 0 && acc.storageChanges.length === 0) {
      continue;
    }
    const address = createAddressFromString(acc.address);
    const lastBalanceChange = acc.balanceChanges.at(-1);
    const balance = lastBalanceChange?.postBalance !== void 0 ? hexToBigInt(lastBalanceChange.postBalance) : void 0;
    const lastNonceChange = acc.nonceChanges.at(-1);
    const nonce = lastNonceChange?.postNonce !== void 0 ? hexToBigInt(lastNonceChange.postNonce) : void 0;
    const code = acc.codeChanges.slice(-1)[0]?.newCode ?? void 0;
    if (code !== void 0) {
      await stateManager.putCode(address, hexToBytes4(code));
    }
    const existingAccount = await stateManager.getAccount(address);
    const finalBalance = balance ?? existingAccount?.balance ?? 0n;
    const finalNonce = nonce ?? existingAccount?.nonce ?? 0n;
    const finalCodeHash = existingAccount?.codeHash ?? KECCAK256_NULL;
    if (finalBalance === 0n && finalNonce === 0n && equalsBytes(finalCodeHash, KECCAK256_NULL) && acc.storageChanges.length === 0) {
      await stateManager.deleteAccount(address);
    } else {
      await stateManager.modifyAccountFields(address, {
        balance,
        nonce
      });
      for (const storage of acc.storageChanges) {
        const value = storage.slotChanges.slice(-1)[0].postValue;
        await stateManager.putStorage(address, setLengthLeft(hexToBytes4(storage.slot), 32), setLengthLeft(hexToBytes4(value), 32));
      }
    }
  }
  if (expectedStateRoot !== void 0) {
    const stateRoot = await stateManager.getStateRoot();
    if (!equalsBytes(expectedStateRoot, stateRoot)) {
      throw EthereumJSErrorWithoutCode(`Expected state root ${bytesToHex4(expectedStateRoot)} but got ${bytesToHex4(stateRoot)}`);
    }
  }
}

// node_modules/.pnpm/@ethereumjs+mpt@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/mpt/dist/esm/mpt.js
var import_debug9 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+mpt@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/mpt/dist/esm/types.js
var ROOT_DB_KEY = utf8ToBytes("__root__");

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/merkleStateManager.js
var import_debug10 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/util.js
async function modifyAccountFields(stateManager, address, accountFields) {
  const account = await stateManager.getAccount(address) ?? new Account();
  account.nonce = accountFields.nonce ?? account.nonce;
  account.balance = accountFields.balance ?? account.balance;
  account.storageRoot = accountFields.storageRoot ?? account.storageRoot;
  account.codeHash = accountFields.codeHash ?? account.codeHash;
  account.codeSize = accountFields.codeSize ?? account.codeSize;
  if (stateManager["_debug"] !== void 0) {
    for (const [field, value] of Object.entries(accountFields)) {
      stateManager["_debug"](`modifyAccountFields address=${address.toString()} ${field}=${value instanceof Uint8Array ? bytesToHex4(value) : value} `);
    }
  }
  await stateManager.putAccount(address, account);
}

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/merkleStateManager.js
var CODEHASH_PREFIX = utf8ToBytes("c");

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/rpcStateManager.js
var import_debug11 = __toESM(require_src(), 1);
var KECCAK256_RLP_EMPTY_ACCOUNT = RLP.encode(new Account().serialize()).slice(2);

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/simpleStateManager.js
var SimpleStateManager = class _SimpleStateManager {
  constructor(opts = {}) {
    this.accountStack = [];
    this.codeStack = [];
    this.storageStack = [];
    this.checkpointSync();
    this.originalStorageCache = new OriginalStorageCache(this.getStorage.bind(this));
    this.common = opts.common;
  }
  topAccountStack() {
    return this.accountStack[this.accountStack.length - 1];
  }
  topCodeStack() {
    return this.codeStack[this.codeStack.length - 1];
  }
  topStorageStack() {
    return this.storageStack[this.storageStack.length - 1];
  }
  // Synchronous version of checkpoint() to allow to call from constructor
  checkpointSync() {
    const newTopA = new Map(this.topAccountStack());
    for (const [address, account] of newTopA) {
      const accountCopy = account !== void 0 ? Object.assign(Object.create(Object.getPrototypeOf(account)), account) : void 0;
      newTopA.set(address, accountCopy);
    }
    this.accountStack.push(newTopA);
    this.codeStack.push(new Map(this.topCodeStack()));
    this.storageStack.push(new Map(this.topStorageStack()));
  }
  async getAccount(address) {
    return this.topAccountStack().get(address.toString());
  }
  async putAccount(address, account) {
    this.topAccountStack().set(address.toString(), account);
  }
  async deleteAccount(address) {
    this.topAccountStack().set(address.toString(), void 0);
  }
  async modifyAccountFields(address, accountFields) {
    await modifyAccountFields(this, address, accountFields);
  }
  async getCode(address) {
    return this.topCodeStack().get(address.toString()) ?? new Uint8Array(0);
  }
  async putCode(address, value) {
    this.topCodeStack().set(address.toString(), value);
    if (await this.getAccount(address) === void 0) {
      await this.putAccount(address, new Account());
    }
    await this.modifyAccountFields(address, {
      codeHash: (this.common?.customCrypto.keccak256 ?? keccak_256)(value)
    });
  }
  async getCodeSize(address) {
    const contractCode = await this.getCode(address);
    return contractCode.length;
  }
  async getStorage(address, key) {
    return this.topStorageStack().get(`${address.toString()}_${bytesToHex4(key)}`) ?? new Uint8Array(0);
  }
  async putStorage(address, key, value) {
    this.topStorageStack().set(`${address.toString()}_${bytesToHex4(key)}`, value);
  }
  async clearStorage(address) {
    const stack = this.topStorageStack();
    const prefix = `${address.toString()}_`;
    for (const key of stack.keys()) {
      if (key.startsWith(prefix))
        stack.delete(key);
    }
  }
  async checkpoint() {
    this.checkpointSync();
  }
  async commit() {
    this.accountStack.splice(-2, 1);
    this.codeStack.splice(-2, 1);
    this.storageStack.splice(-2, 1);
  }
  async revert() {
    this.accountStack.pop();
    this.codeStack.pop();
    this.storageStack.pop();
  }
  async flush() {
  }
  clearCaches() {
  }
  shallowCopy() {
    const copy = new _SimpleStateManager({ common: this.common });
    for (let i = 0; i < this.accountStack.length; i++) {
      copy.accountStack.push(new Map(this.accountStack[i]));
      copy.codeStack.push(new Map(this.codeStack[i]));
      copy.storageStack.push(new Map(this.storageStack[i]));
    }
    return copy;
  }
  /**
   * Apply an EIP-7928 BAL onto this state. See {@link consumeBAL}.
   * Do not pass `expectedStateRoot` — this manager does not implement state roots.
   *
   * @remarks Experimental (Amsterdam): may change on patch releases.
   */
  async consumeBAL(bal, expectedStateRoot) {
    return consumeBAL(this, bal, expectedStateRoot);
  }
  // State root functionality not implemented
  getStateRoot() {
    throw EthereumJSErrorWithoutCode("Method not implemented.");
  }
  setStateRoot() {
    throw EthereumJSErrorWithoutCode("Method not implemented.");
  }
  hasStateRoot() {
    throw EthereumJSErrorWithoutCode("Method not implemented.");
  }
};

// node_modules/.pnpm/@ethereumjs+binarytree@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/binarytree/dist/esm/binaryTree.js
var import_debug12 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+binarytree@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/binarytree/dist/esm/types.js
var ROOT_DB_KEY2 = utf8ToBytes("__root__");

// node_modules/.pnpm/@ethereumjs+statemanager@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/statemanager/dist/esm/statefulBinaryTreeStateManager.js
var import_debug13 = __toESM(require_src(), 1);

// node_modules/.pnpm/@ethereumjs+evm@10.1.3_supports-color@7.2.0/node_modules/@ethereumjs/evm/dist/esm/constructors.js
async function createEVM(createOpts) {
  const opts = createOpts ?? {};
  opts.bn254 = new NobleBN254();
  if (opts.common === void 0) {
    opts.common = new Common({ chain: Mainnet });
  }
  if (opts.blockchain === void 0) {
    opts.blockchain = new EVMMockBlockchain();
  }
  if (opts.stateManager === void 0) {
    opts.stateManager = new SimpleStateManager();
  }
  return new EVM(opts);
}

// packages/executor/src/block/evm.ts
var ZERO_HASH = new Uint8Array(32);
async function makeEvm(env, state, base) {
  const blockchain = {
    getBlock: async (n) => {
      const h = await base.blockHash(BigInt(n)) ?? ZERO_HASH;
      return { hash: () => h };
    },
    putBlock: async () => {
    },
    shallowCopy() {
      return this;
    }
  };
  const evm = await createEVM({ common: env.common, stateManager: state, blockchain });
  fastEipLookup(env.common);
  return evm;
}
function fastEipLookup(common) {
  const active = new Set(common._activatedEIPsCache);
  common.isActivatedEIP = (eip) => active.has(eip);
}

// packages/executor/src/block/trie.ts
function toNibbles(key) {
  const out = new Uint8Array(key.length * 2);
  for (let i = 0; i < key.length; i++) {
    out[2 * i] = key[i] >> 4;
    out[2 * i + 1] = key[i] & 15;
  }
  return out;
}
function hexPrefix(nibbles, leaf) {
  const odd = nibbles.length & 1;
  const out = new Uint8Array((nibbles.length >> 1) + 1);
  out[0] = (leaf ? 2 : 0) + odd << 4;
  let j = 1;
  let i = 0;
  if (odd) {
    out[0] |= nibbles[0];
    i = 1;
  }
  for (; i < nibbles.length; i += 2) out[j++] = nibbles[i] << 4 | nibbles[i + 1];
  return out;
}
function ref(node) {
  const enc = RLP.encode(node);
  return enc.length < 32 ? node : keccak256(enc);
}
function build(items, depth) {
  if (items.length === 1) return [hexPrefix(items[0].nibbles.subarray(depth), true), items[0].value];
  const first = items[0].nibbles;
  let common = first.length - depth;
  for (const it of items) {
    let k = 0;
    while (k < common && depth + k < it.nibbles.length && it.nibbles[depth + k] === first[depth + k]) k++;
    common = k;
  }
  if (common > 0) return [hexPrefix(first.subarray(depth, depth + common), false), ref(build(items, depth + common))];
  const branch = new Array(17).fill(new Uint8Array(0));
  const groups = Array.from({ length: 16 }, () => []);
  for (const it of items) {
    if (it.nibbles.length === depth) branch[16] = it.value;
    else groups[it.nibbles[depth]].push(it);
  }
  for (let n = 0; n < 16; n++) if (groups[n].length > 0) branch[n] = ref(build(groups[n], depth + 1));
  return branch;
}
function trieRoot(entries) {
  if (entries.length === 0) return keccak256(RLP.encode(new Uint8Array(0)));
  const items = entries.map(([k, v]) => ({ nibbles: toNibbles(k), value: v }));
  return keccak256(RLP.encode(build(items, 0)));
}

// packages/executor/src/block/receipts.ts
var hexBytes = (h) => Buffer.from(h.slice(2), "hex");
var ZERO_ROOT = new Uint8Array(32);
function encodeReceipt(r) {
  const first = r.status === void 0 ? ZERO_ROOT : r.status === 1 ? Uint8Array.of(1) : new Uint8Array(0);
  const logs = r.logs.map((l) => [hexBytes(l.address), l.topics.map(hexBytes), hexBytes(l.data)]);
  const body = RLP.encode([first, bigintToMinimalBytes(r.cumulativeGasUsed), r.logsBloom, logs]);
  if (r.type === 0) return body;
  const out = new Uint8Array(body.length + 1);
  out[0] = r.type;
  out.set(body, 1);
  return out;
}
function receiptsRoot(receipts) {
  return trieRoot(receipts.map((r, i) => [RLP.encode(i), encodeReceipt(r)]));
}

// packages/executor/src/block/sequential.ts
async function executeSequential(block2, opts = {}) {
  const base = opts.state ?? InMemoryState.fromBlock(block2);
  const env = makeBlockEnv(block2);
  const blockState = new BlockState(base);
  const txState = new TxState(blockState);
  const evm = await makeEvm(env, txState, base);
  const txs = [];
  const bloom = new Uint8Array(256);
  let gasUsed = 0n;
  for (const input of block2.transactions) {
    const tx = prepareTx(input, env);
    checkStatic(tx, env, gasUsed);
    txState.reset(blockState);
    const out = await processTx(evm, env, tx);
    await blockState.apply(txState.writes);
    gasUsed += out.gasUsed;
    bloomOr(bloom, out.logsBloom);
    txs.push({
      index: tx.index,
      receipt: receiptOf(input.type, out, gasUsed, env.eip.byzantium),
      gasUsed: out.gasUsed,
      beneficiaryFee: out.beneficiaryFee,
      contractAddress: out.contractAddress,
      error: out.error
    });
  }
  const stateDiff = await computeStateDiff(block2.preState, blockDiffSource(blockState));
  return { txs, gasUsed, logsBloom: bloom, receiptsRoot: receiptsRoot(txs.map((t) => t.receipt)), stateDiff };
}
function blockDiffSource(s) {
  const w = s.writes;
  return {
    addresses: /* @__PURE__ */ new Set([...w.accounts.keys(), ...w.storage.keys()]),
    post: async (addr2) => {
      const r = await s.account(addr2);
      if (r === void 0) return void 0;
      return { balance: r.balance, nonce: r.nonce, code: r.codeHash === EMPTY_CODE_HASH ? new Uint8Array(0) : await s.code(r.codeHash) };
    },
    writtenSlots: (addr2) => {
      const st = w.storage.get(addr2);
      return { slots: st?.slots.keys() ?? [], wiped: st?.cleared ?? false };
    },
    postSlot: async (addr2, slot) => bytesToBigInt(await s.storage(addr2, slot))
  };
}

// bench/src/independent.worker.ts
var port = parentPort;
var block;
var last;
port.on("message", async (m) => {
  try {
    if (m.type === "load") {
      block = m.block;
      last = void 0;
      port.postMessage({ type: "loaded" });
    } else if (m.type === "run") {
      if (block === void 0) throw new Error("run before load");
      const t0 = performance.now();
      last = await executeSequential(block);
      port.postMessage({ type: "done", ms: performance.now() - t0 });
    } else {
      if (last === void 0) throw new Error("result before run");
      const fingerprint = {
        stateDiffHash: Buffer.from(stateDiffHash(last.stateDiff)).toString("hex"),
        receiptsRoot: Buffer.from(last.receiptsRoot).toString("hex"),
        gasUsed: last.gasUsed
      };
      port.postMessage({ type: "result", fingerprint, ...m.full ? { result: last } : {} });
    }
  } catch (e) {
    port.postMessage({ type: "error", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
port.postMessage({ type: "ready" });
/*! Bundled license information:

@noble/curves/utils.js:
@noble/curves/abstract/modular.js:
@noble/curves/abstract/curve.js:
@noble/curves/abstract/der.js:
@noble/curves/abstract/weierstrass.js:
@noble/curves/secp256k1.js:
@noble/curves/abstract/bls.js:
@noble/curves/abstract/tower.js:
@noble/curves/bls12-381.js:
@noble/curves/nist.js:
@noble/curves/bn254.js:
  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)
*/
//# sourceMappingURL=independent.js.map
