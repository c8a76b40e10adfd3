import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s2) {
        super();
        if (!exports.IDENTIFIER.test(s2))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s2, c) => `${s2}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _2(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _2;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a2, b3) {
      if (b3 === '""')
        return a2;
      if (a2 === '""')
        return b3;
      if (typeof a2 == "string") {
        if (b3 instanceof Name || a2[a2.length - 1] !== '"')
          return;
        if (typeof b3 != "string")
          return `${a2.slice(0, -1)}${b3}"`;
        if (b3[0] === '"')
          return a2.slice(0, -1) + b3.slice(1);
        return;
      }
      if (typeof b3 == "string" && b3[0] === '"' && !(a2 instanceof Name))
        return `"${a2}${b3.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _2`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s2 = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s2.length;
        s2[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N22) {
        const n = this._currNode;
        if (n instanceof N1 || N22 && n instanceof N22) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N22 ? `${N1.kind}/${N22.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y2) => x === code_1.nil ? y2 : y2 === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y2)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs2, f) {
      if (Array.isArray(xs2)) {
        for (const x of xs2)
          f(x);
      } else {
        f(xs2);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a2, b3) {
      if (a2 === b3) return true;
      if (a2 && b3 && typeof a2 == "object" && typeof b3 == "object") {
        if (a2.constructor !== b3.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a2)) {
          length = a2.length;
          if (length != b3.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a2[i], b3[i])) return false;
          return true;
        }
        if (a2.constructor === RegExp) return a2.source === b3.source && a2.flags === b3.flags;
        if (a2.valueOf !== Object.prototype.valueOf) return a2.valueOf() === b3.valueOf();
        if (a2.toString !== Object.prototype.toString) return a2.toString() === b3.toString();
        keys = Object.keys(a2);
        length = keys.length;
        if (length !== Object.keys(b3).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b3, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a2[key], b3[key])) return false;
        }
        return true;
      }
      return a2 !== a2 && b3 !== b3;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _2, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re2 = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re2.lastIndex = 0;
      return host.replace(re2, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s2 = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s2 = schemelessReference && s2[0] !== "/" ? removeDotSegmentsRelative(s2) : removeDotSegments(s2);
        }
        if (schemelessReference) {
          s2 = serializePathEncoding(s2, true);
        }
        if (authority === void 0 && s2[0] === "/" && s2[1] === "/") {
          s2 = "/%2F" + s2.slice(2);
        }
        uriTokens.push(s2);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s2 = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s2) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s2) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s2) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s2) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s2) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j: j4 } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j4} and ${i} are identical)`,
      params: ({ params: { i, j: j4 } }) => (0, codegen_1._)`{i: ${i}, j: ${j4}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j4 = gen.let("j");
          cxt.setParams({ i, j: j4 });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j4));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j4) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j4, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j4) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j4} = ${i}; ${j4}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j4}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list2 = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list2, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list2, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list2)
        ajv2.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/adapters/check-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s2 = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s2.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s2.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s2.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s2.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s2 = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s2.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s2.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s2.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s2.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m2 = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m2);
      const rhi = ranges.getHi(m2);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m2);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m2;
      else lo = m2 + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s2 = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s2.length === 1) out += "0";
          out += s2;
        } else out += `\\x{${s2}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s2) => {
      if (Utils2.METACHARACTERS.indexOf(s2) >= 0) return `\\${s2}`;
      return s2;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j4 = 1; j4 < targetLength; j4++) if (source[i + j4] !== target[j4]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s2) => {
        const c = s2.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s2}`;
        return s2;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s2) => {
      if (s2.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s2;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s2 = this.start();
    const e = this.end();
    if (this.appendPos < s2) res += this.substring(this.appendPos, s2);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m2 = replacement.length;
    let i = 0;
    while (i < m2) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m2) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m2) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j4 = i + 2;
          for (; j4 < m2; j4++) {
            const digit = replacement.codePointAt(j4);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j4;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j4 = i + 2;
          while (j4 < m2 && replacement.codePointAt(j4) !== Codepoint.CODES["}"]) j4++;
          if (j4 >= m2) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j4);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j4 + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m2) res += replacement.substring(last, m2);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s2 = this.start();
    const e = this.end();
    if (this.appendPos < s2) res += this.substring(this.appendPos, s2);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s2, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j4 = 0; j4 < len; j4 += 2) {
        if (r < this.runes[j4]) return false;
        if (r <= this.runes[j4 + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m2 = base - 1;
    return m2 >= 0 && r <= this.runes[m2 << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j4 = 0; j4 < len; j4 += 2) {
        if (r < this.runes[j4]) return -1;
        if (r <= this.runes[j4 + 1]) return Math.floor(j4 / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m2 = base - 1;
    return m2 >= 0 && r <= this.runes[m2 << 1 | 1] ? m2 : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j4 = this.sparse[pc];
    return j4 < this.size && this.densePcs[j4] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j4 = this.size++;
    this.sparse[pc] = j4;
    this.densePcs[j4] = pc;
    return j4;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m2 = new Machine2();
    m2.prog = re2.prog;
    m2.re2 = re2;
    m2.q0 = new Queue(m2.prog.numInst());
    m2.q1 = new Queue(m2.prog.numInst());
    m2.addStack = new Int32Array(2 * (m2.prog.numInst() + 1));
    m2.matched = false;
    m2.matchcap = new Int32Array(m2.prog.numCap < 2 ? 2 : m2.prog.numCap);
    m2.ncap = 0;
    return m2;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j4 = 0; j4 < runq.size; j4++) {
        const pc = runq.densePcs[j4];
        const i = this.prog.inst[pc];
        const capOffset = j4 * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a2, b3) => a2 - b3);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j4 = 0; j4 < runq.size; j4++) {
      const pc = runq.densePcs[j4];
      const capOffset = j4 * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q3, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q3, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q3, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j4 = 0; j4 < lbState.size; j4++) this.add(q3, lbState.pcs[j4], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q3, pos) {
    let size = 0;
    for (let j4 = 0; j4 < q3.size; j4++) {
      const pc = q3.densePcs[j4];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q3, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q3.contains(pc)) {
        const d = q3.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q3.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q3.denseCaps.length) q3.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q3.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a2, b3) => {
  if (a2.length !== b3.length) return false;
  for (let i = 0; i < a2.length; i++) if (a2[i] !== b3[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j4 = 0; j4 < inst.runes.length; j4 += 2) addRange(inst.runes[j4], inst.runes[j4 + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a2, b3) => a2 - b3),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table2 = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table2;
    else state.nextAnchored = table2;
    return table2;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table2 = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table2 !== null) {
      const cached = table2[cls];
      if (cached !== null) return cached;
    } else {
      table2 = this.allocTable(state, anchor);
      if (table2 === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a2, b3) => a2 - b3);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table2[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a2, b3) => a2 - b3);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b3 = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b3.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b3.ncap > 0) b3.cap[0] = pos;
      if (b3.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b3.ncap > 0) b3.cap[0] = pos;
        if (b3.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b3);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b3.matchcap.subarray(0, ncap));
    bitStatePool.push(b3);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m2 = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m2[inst.out];
        let matchArg = m2[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m2[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m2[pc] = m2[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m2[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m2[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a2, b3) => a2 - b3);
        } else for (let j4 = 0; j4 < inst.runes.length; j4++) runes.push(inst.runes[j4]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m2[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a2, b3) => a2 - b3);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m2[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m2[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re2) {
    const regex = new Regexp2(re2.op);
    regex.flags = re2.flags;
    regex.subs = re2.subs;
    regex.runes = re2.runes;
    regex.cap = re2.cap;
    regex.min = re2.min;
    regex.max = re2.max;
    regex.name = re2.name;
    regex.namedGroups = re2.namedGroups;
    regex.lb = re2.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m2 = 0;
    if (this.op === Regexp2.Op.CAPTURE) m2 = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m2 < n) m2 = n;
    }
    return m2;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re2 = root;
    let result;
    for (; ; ) {
      if (re2.subs.length === 0) result = handler.leaf(re2);
      else {
        const state = handler.enter(re2);
        if (state.result === void 0) {
          stack.push({
            re: re2,
            state,
            i: 0
          });
          re2 = re2.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re2 = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a2, b3) => parent[a2] - parent[b3] || unit[a2] - unit[b3]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a2, b3) => depth[a2] - depth[b3]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m2 = units[mid];
      if (m2 === u) return this.childNode[mid];
      if (m2 < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s2) => {
        const arr = new Array(s2.str.length);
        for (let i = 0; i < s2.str.length; i++) arr[i] = s2.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s2) => s2.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re2) {
    if (!re2) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re2, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re2) => PrefilterTree2.leaf(re2),
    enter: (re2) => PrefilterTree2.enter(re2),
    child: (re2, state, result) => PrefilterTree2.child(re2, state, result),
    leave: (re2, state) => PrefilterTree2.leave(re2, state)
  };
  static leaf(re2) {
    if (re2.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re2.runes.length === 0 || (re2.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re2.runes.length; i++) {
      if (Unicode.isUnsearchable(re2.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re2.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re2) {
    switch (re2.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re2.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re2, state, s2) {
    if (state.subs === void 0) {
      state.sub = s2;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s2.type === Prefilter.Type.NONE) return;
      if (s2.type === Prefilter.Type.AND) {
        for (let j4 = 0; j4 < s2.subs.length; j4++) state.subs.push(s2.subs[j4]);
        return;
      }
      state.subs.push(s2);
      return;
    }
    if (s2.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s2.type === Prefilter.Type.OR) {
      for (let j4 = 0; j4 < s2.subs.length; j4++) state.subs.push(s2.subs[j4]);
      return;
    }
    state.subs.push(s2);
  }
  static leave(re2, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re2) {
    const c = new Compiler2();
    const f = c.compile(re2);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m2 = c.newInst(Inst.MATCH);
      c.prog.getInst(m2.i).arg = i;
      c.prog.patch(f.out, m2.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re2) => this.leaf(re2),
      enter: (re2) => this.enter(re2),
      child: (re2, state, result) => this.child(re2, state, result),
      leave: (re2, state) => this.leave(re2, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a2, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a2);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re2) {
    return RegexpWalker.walk(re2, this.walker);
  }
  leaf(re2) {
    switch (re2.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re2.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re2.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re2.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re2.runes, re2.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re2) {
    switch (re2.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re2.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re2, state, f1) {
    if (re2.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re2.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re2, state) {
    switch (re2.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re2.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re2.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re2.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re2.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re2.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re2) {
    if (re2 === null) return null;
    return RegexpWalker.walk(re2, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re2) => Simplify2.leaf(re2),
    enter: (re2) => Simplify2.enter(re2),
    child: (re2, state, result, i) => Simplify2.child(re2, state, result, i),
    leave: (re2, state) => Simplify2.leave(re2, state)
  };
  static leaf(re2) {
    if (re2.op === Regexp.Op.CHAR_CLASS) {
      if (re2.runes === null) return re2;
      if (re2.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re2.runes.length === 2 && re2.runes[0] === 0 && re2.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re2.runes.length === 4 && re2.runes[0] === 0 && re2.runes[1] === Codepoint.CODES["\n"] - 1 && re2.runes[2] === Codepoint.CODES["\n"] + 1 && re2.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re2;
  }
  static enter(re2) {
    switch (re2.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re2.min === 0 && re2.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re2 };
    }
  }
  static child(re2, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re2.subs[i]) state.changed = true;
    if (re2.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j4 = 0; j4 < nsub.subs.length; j4++) state.subs.push(nsub.subs[j4]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j4 = 0; j4 < nsub.subs.length; j4++) state.subs.push(nsub.subs[j4]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re2, state) {
    switch (re2.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re2.subs[0]) {
          const nre = Regexp.fromRegexp(re2);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re2;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re2.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re2);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re2;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re2.op, re2.flags, state.sub, re2);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re2, state.sub);
      default:
        return re2;
    }
  }
  static simplifyRepeat(re2, sub) {
    if (re2.max === -1) {
      if (re2.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re2.flags, sub, null);
      if (re2.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re2.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re2.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re2.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re2.min === 1 && re2.max === 1) return sub;
    let prefixSubs = null;
    if (re2.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re2.min; i++) prefixSubs.push(sub);
    }
    if (re2.max > re2.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re2.flags, sub, null);
      for (let i = re2.min + 1; i < re2.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re2.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j4 = 0; j4 < sub.subs.length; j4++) newSubs.push(sub.subs[j4]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re2) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re2 !== null && re2.op === op && (re2.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re2.subs[0]) return re2;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a2, b3) => array[2 * a2] - array[2 * b3] || array[2 * b3 + 1] - array[2 * a2 + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w3 = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w3 - 1] + 1) {
        if (hi > this.r[w3 - 1]) this.r[w3 - 1] = hi;
        continue;
      }
      this.r[w3] = lo;
      this.r[w3 + 1] = hi;
      w3 += 2;
    }
    this.len = w3;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table2) {
    for (let i = 0; i < table2.length; ++i) {
      const lo = table2.getLo(i);
      const hi = table2.getHi(i);
      const stride = table2.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table2) {
    let nextLo = 0;
    for (let i = 0; i < table2.length; ++i) {
      const lo = table2.getLo(i);
      const hi = table2.getHi(i);
      const stride = table2.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table2, sign) {
    return sign < 0 ? this.appendNegatedTable(table2) : this.appendTable(table2);
  }
  negateClass() {
    let nextLo = 0;
    let w3 = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w3] = nextLo;
        this.r[w3 + 1] = lo - 1;
        w3 += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w3;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g2, foldCase) {
    let cls = g2.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g2.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s2) {
    this.position += s2.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s2) {
    return this.str.startsWith(s2, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re2) {
    if (re2.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re2.op === Regexp.Op.CONCAT && re2.subs.length > 0) {
      const sub = re2.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re2;
  }
  static literalRegexp(s2, flags) {
    const re2 = new Regexp(Regexp.Op.LITERAL);
    re2.flags = flags;
    re2.runes = Utils.stringToRunes(s2);
    return re2;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re2) {
    return re2.op === Regexp.Op.LITERAL && re2.runes.length === 1 || re2.op === Regexp.Op.CHAR_CLASS || re2.op === Regexp.Op.ANY_CHAR_NOT_NL || re2.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re2, r) {
    switch (re2.op) {
      case Regexp.Op.LITERAL:
        return re2.runes.length === 1 && re2.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re2.runes.length; i += 2) if (re2.runes[i] <= r && r <= re2.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y2 = Utils.unhex(c);
        if (x < 0 || y2 < 0) break;
        return x * 16 + y2;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re2) {
    if (re2 === null) return false;
    if (re2.op === Regexp.Op.CAPTURE) return true;
    if (re2.subs) {
      for (let sub of re2.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re2 = this.free;
    if (re2 !== null && re2.subs !== null && re2.subs.length > 0) {
      this.free = re2.subs[0];
      re2.reinit();
      re2.op = op;
    } else {
      re2 = new Regexp(op);
      this.numRegexp += 1;
    }
    return re2;
  }
  reuse(re2) {
    if (this.height !== null && this.height.has(re2)) this.height.delete(re2);
    if (re2.subs !== null && re2.subs.length > 0) re2.subs[0] = this.free;
    this.free = re2;
  }
  checkLimits(re2) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re2);
    this.checkHeight(re2);
  }
  checkSize(re2) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re2.op === Regexp.Op.REPEAT) {
        let n = re2.max;
        if (n === -1) n = re2.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re2, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re2, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re2)) return this.size.get(re2);
    }
    let size = 0;
    switch (re2.op) {
      case Regexp.Op.LITERAL:
        size = re2.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re2.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re2.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re2.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re2.subs) size = size + this.calcSize(sub);
        if (re2.subs.length > 1) size = size + re2.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re2.subs[0]);
        if (re2.max === -1) {
          if (re2.min === 0) size = 2 + sub;
          else size = 1 + re2.min * sub;
          break;
        }
        size = re2.max * sub + (re2.max - re2.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re2, size);
    return size;
  }
  checkHeight(re2) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re2, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re2, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re2)) return this.height.get(re2);
    }
    let h = 1;
    for (let sub of re2.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re2, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re2) {
    this.numRunes += re2.runes.length;
    if (re2.op === Regexp.Op.CHAR_CLASS && re2.runes.length === 2 && re2.runes[0] === re2.runes[1]) {
      if (this.maybeConcat(re2.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re2.op = Regexp.Op.LITERAL;
      re2.runes = [re2.runes[0]];
      re2.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re2.op === Regexp.Op.CHAR_CLASS && re2.runes.length === 4 && re2.runes[0] === re2.runes[1] && re2.runes[2] === re2.runes[3] && Unicode.simpleFold(re2.runes[0]) === re2.runes[2] && Unicode.simpleFold(re2.runes[2]) === re2.runes[0] || re2.op === Regexp.Op.CHAR_CLASS && re2.runes.length === 2 && re2.runes[0] + 1 === re2.runes[1] && Unicode.simpleFold(re2.runes[0]) === re2.runes[1] && Unicode.simpleFold(re2.runes[1]) === re2.runes[0]) {
      if (this.maybeConcat(re2.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re2.op = Regexp.Op.LITERAL;
      re2.runes = [re2.runes[0]];
      re2.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re2);
    this.checkLimits(re2);
    return re2;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re2 = this.newRegexp(Regexp.Op.LITERAL);
    re2.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re2.runes = [r];
    return re2;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re2 = this.newRegexp(op);
    re2.flags = this.flags;
    return this.push(re2);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re2 = this.newRegexp(op);
    re2.min = min;
    re2.max = max;
    re2.flags = flags;
    re2.subs = [sub];
    this.stack[n - 1] = re2;
    this.checkLimits(re2);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re2, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re2, n) {
    if (re2.op === Regexp.Op.REPEAT) {
      let m2 = re2.max;
      if (m2 === 0) return true;
      if (m2 < 0) m2 = re2.min;
      if (m2 > n) return false;
      if (m2 > 0) n = Math.trunc(n / m2);
    }
    for (let sub of re2.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re2) {
    if (re2.op === Regexp.Op.CHAR_CLASS) {
      re2.runes = new CharClass(Array.from(re2.runes)).cleanClass().toArray();
      if (re2.runes.length === 2 && re2.runes[0] === 0 && re2.runes[1] === Unicode.MAX_RUNE) {
        re2.runes = /* @__PURE__ */ new Int32Array(0);
        re2.op = Regexp.Op.ANY_CHAR;
      } else if (re2.runes.length === 4 && re2.runes[0] === 0 && re2.runes[1] === Codepoint.CODES["\n"] - 1 && re2.runes[2] === Codepoint.CODES["\n"] + 1 && re2.runes[3] === Unicode.MAX_RUNE) {
        re2.runes = /* @__PURE__ */ new Int32Array(0);
        re2.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j4 = 0; j4 < sub.subs.length; j4++) newsubs[i++] = sub.subs[j4];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re2 = this.newRegexp(op);
    re2.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re2.subs = this.factor(re2.subs);
      if (re2.subs.length === 1) {
        const old = re2;
        re2 = re2.subs[0];
        this.reuse(old);
      }
    }
    return re2;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s2 = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re2 = array[s2 + i];
        if (re2.op === Regexp.Op.CONCAT && re2.subs.length > 0) re2 = re2.subs[0];
        if (re2.op === Regexp.Op.LITERAL) {
          istr = re2.runes;
          istrlen = re2.runes.length;
          iflags = re2.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s2 + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j4 = start; j4 < i; j4++) {
          array[s2 + j4] = this.removeLeadingString(array[s2 + j4], strlen);
          this.checkLimits(array[s2 + j4]);
        }
        const suffix = this.collapse(array.slice(s2 + start, s2 + i), Regexp.Op.ALTERNATE);
        const re2 = this.newRegexp(Regexp.Op.CONCAT);
        re2.subs = [prefix, suffix];
        array[lenout++] = re2;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s2 = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s2 + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s2 + start];
      else {
        const prefix = first;
        for (let j4 = start; j4 < i; j4++) {
          const reuse = j4 !== start;
          array[s2 + j4] = this.removeLeadingRegexp(array[s2 + j4], reuse);
          this.checkLimits(array[s2 + j4]);
        }
        const suffix = this.collapse(array.slice(s2 + start, s2 + i), Regexp.Op.ALTERNATE);
        const re2 = this.newRegexp(Regexp.Op.CONCAT);
        re2.subs = [prefix, suffix];
        array[lenout++] = re2;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s2 = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s2 + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s2 + start];
      else {
        let max = start;
        for (let j4 = start + 1; j4 < i; j4++) {
          const subMax = array[s2 + max];
          const subJ = array[s2 + j4];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j4;
        }
        const tmp = array[s2 + start];
        array[s2 + start] = array[s2 + max];
        array[s2 + max] = tmp;
        for (let j4 = start + 1; j4 < i; j4++) {
          Parser2.mergeCharClass(array[s2 + start], array[s2 + j4]);
          this.reuse(array[s2 + j4]);
        }
        this.cleanAlt(array[s2 + start]);
        array[lenout++] = array[s2 + start];
      }
      if (i < lensub) array[lenout++] = array[s2 + i];
      start = i + 1;
    }
    lensub = lenout;
    s2 = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s2 + i].op === Regexp.Op.EMPTY_MATCH && array[s2 + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s2 + i];
    }
    lensub = lenout;
    s2 = 0;
    return array.slice(s2, lensub);
  }
  removeLeadingString(re2, n) {
    if (re2.op === Regexp.Op.CONCAT && re2.subs.length > 0) {
      const sub = this.removeLeadingString(re2.subs[0], n);
      re2.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re2.subs.length) {
          case 0:
          case 1:
            re2.op = Regexp.Op.EMPTY_MATCH;
            re2.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re2;
            re2 = re2.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re2.subs = re2.subs.slice(1, re2.subs.length);
        }
      }
      return re2;
    }
    if (re2.op === Regexp.Op.LITERAL) {
      re2.runes = re2.runes.slice(n, re2.runes.length);
      if (re2.runes.length === 0) re2.op = Regexp.Op.EMPTY_MATCH;
    }
    return re2;
  }
  removeLeadingRegexp(re2, reuse) {
    if (re2.op === Regexp.Op.CONCAT && re2.subs.length > 0) {
      if (reuse) this.reuse(re2.subs[0]);
      re2.subs = re2.subs.slice(1, re2.subs.length);
      switch (re2.subs.length) {
        case 0:
          re2.op = Regexp.Op.EMPTY_MATCH;
          re2.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re2;
          re2 = re2.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re2;
    }
    if (reuse) this.reuse(re2);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j4 = 0;
              while (j4 < lit.length) {
                const codepoint = lit.codePointAt(j4);
                this.literal(codepoint);
                j4 += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re2 = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re2.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re2.runes = cc2.toArray();
              this.push(re2);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re2.runes = cc.toArray();
            this.push(re2);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re2);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s2 = t.rest();
    if (s2.startsWith("(?P<") || s2.startsWith("(?<")) {
      const begin = s2.charAt(2) === "P" ? 4 : 3;
      const end = s2.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s2);
      const name = s2.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s2.substring(0, end + 1));
      const re2 = this.op(Regexp.Op.LEFT_PAREN);
      re2.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re2.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re2 = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re2.flags = this.flags;
    re2.lb = ++this.nlb;
    return this.push(re2);
  }
  parseNegLookBehind() {
    const re2 = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re2.flags = this.flags;
    re2.lb = -++this.nlb;
    return this.push(re2);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g2 = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g2 === null) return false;
    cc.appendGroup(g2, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g2 = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g2 === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g2, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re2 = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re2.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s2 = t.rest();
        if (s2 === "-" || !s2.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re2.runes = cc.toArray();
    this.push(re2);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re2 = Parser.parse(expr, mode);
    const maxCap = re2.maxCap();
    const namedGroups = re2.namedGroups;
    re2 = Simplify.simplify(re2);
    const prefilter = PrefilterTree.build(re2);
    const prog = Compiler.compileRegexp(re2);
    const re22 = new RE22(expr, prog, maxCap, longest);
    re22.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re22.prefixComplete = prefixCompl;
    re22.prefix = prefixStr;
    re22.prefixUTF8 = Utils.stringToUtf8ByteArray(re22.prefix);
    if (re22.prefix.length > 0) re22.prefixRune = re22.prefix.codePointAt(0);
    re22.namedGroups = namedGroups;
    return re22;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s2) {
    return RE22.compile(pattern).match(s2);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m2) {
    this.machinePool.push(m2);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m2 = this.get();
    if (!m2) m2 = Machine.fromRE2(this);
    m2.init(ncap);
    const cap = m2.match(input, pos, anchor, lbState) ? m2.submatches() : null;
    this.put(m2);
    return cap;
  }
  match(s2) {
    return this.executeEngine(MachineInput.fromUTF16(s2), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b3) {
    return this.executeEngine(MachineInput.fromUTF8(b3), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a2 = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a2 === null || a2.length === 0) break;
      out += src.substring(lastMatchEnd, a2[0]);
      if (a2[1] > lastMatchEnd || a2[0] === 0) {
        out += replFunc(src.substring(a2[0], a2[1]));
        numReplaces++;
      }
      lastMatchEnd = a2[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a2[1]) searchPos += width;
      else if (searchPos + 1 > a2[1]) searchPos++;
      else searchPos = a2[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a2) {
    if (a2 === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a2.length < n) {
      let a22 = new Array(n).fill(-1);
      for (let i = 0; i < a2.length; i++) a22[i] = a2[i];
      a2 = a22;
    }
    return a2;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b3) {
    const a2 = this.executeEngine(MachineInput.fromUTF8(b3), 0, RE2Flags.UNANCHORED, 2);
    if (a2 === null) return null;
    return b3.slice(a2[0], a2[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b3) {
    const a2 = this.executeEngine(MachineInput.fromUTF8(b3), 0, RE2Flags.UNANCHORED, 2);
    if (a2 === null) return null;
    return a2.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s2) {
    const a2 = this.executeEngine(MachineInput.fromUTF16(s2), 0, RE2Flags.UNANCHORED, 2);
    if (a2 === null) return "";
    return s2.substring(a2[0], a2[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s2) {
    return this.executeEngine(MachineInput.fromUTF16(s2), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b3) {
    const a2 = this.executeEngine(MachineInput.fromUTF8(b3), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a2 === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a2.length && a2[2 * i] >= 0) ret[i] = b3.slice(a2[2 * i], a2[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b3) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b3), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s2) {
    const a2 = this.executeEngine(MachineInput.fromUTF16(s2), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a2 === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a2.length && a2[2 * i] >= 0) ret[i] = s2.substring(a2[2 * i], a2[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s2) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s2), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b3, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b3), n, (match) => b3.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b3, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b3), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s2, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s2), n, (match) => s2.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s2, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s2), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b3, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b3), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j4 = 0; j4 < slice.length; j4++) if (match[2 * j4] >= 0) slice[j4] = b3.slice(match[2 * j4], match[2 * j4 + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b3, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b3), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s2, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s2), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j4 = 0; j4 < slice.length; j4++) if (match[2 * j4] >= 0) slice[j4] = s2.substring(match[2 * j4], match[2 * j4 + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s2, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s2), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re2 = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re2));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j4 = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j4 < size) {
                    const hexChar = data[j4];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j4++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j4 = 0; j4 < 4; j4++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j4])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j4 = i + 3;
                let hasHex = false;
                let closed = false;
                while (j4 < size) {
                  const hexChar = data[j4];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j4++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m2, input) => {
  const result = m2.matchArray();
  result.index = m2.start(0);
  result.input = input;
  result.groups = m2.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m2 = this.matcher(input);
    return m2.find() ? execResult(m2, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m2 = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m2.find()) {
      if (last === 0 && m2.end() === 0) {
        last = m2.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m2.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m2.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m2.substring(last, m2.start()));
      last = m2.end();
    }
    if (limit === 0 && last !== m2.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m2.substring(last, m2.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m2.inputLength() && last > 0)) result.push(m2.substring(last, m2.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m2 = this.matcher(input);
    while (m2.find()) yield execResult(m2, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/compile-cache.ts
function createCompileCache(max, onEvict) {
  const map = /* @__PURE__ */ new Map();
  return {
    get(key, compile) {
      if (map.has(key)) {
        const hit = map.get(key);
        map.delete(key);
        map.set(key, hit);
        return hit;
      }
      const value = compile();
      map.set(key, value);
      if (map.size > max) {
        const oldest = map.keys().next().value;
        const dropped = map.get(oldest);
        map.delete(oldest);
        onEvict?.(dropped);
      }
      return value;
    },
    get size() {
      return map.size;
    }
  };
}

// src/regex.ts
var PATTERN_SYNTAX = "an RE2 regular expression: no lookaround or backreferences, (?i) for case-insensitive";
var cache = createCompileCache(500);
function compileUserPattern(pattern) {
  const hit = cache.get(pattern, () => compileUncached(pattern));
  return typeof hit === "string" ? { error: hit } : hit;
}
function compileUncached(pattern) {
  let re2;
  try {
    re2 = RE2JS.compile(pattern);
  } catch (err) {
    if (!(err instanceof RE2JSException)) throw err;
    return err.message.replace(/^error parsing regexp:\s*/, "");
  }
  return {
    test: (text) => re2.test(text),
    // Empty matches (e.g. `x*`) must not insert the replacement between every character.
    replaceAll: (text, replacement) => re2.matcher(text).replaceAll((m2) => m2 === "" ? "" : replacement)
  };
}

// src/json.ts
function stableStringify(value) {
  if (value === void 0) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + stableStringify(value[i]);
    return out + "]";
  }
  return stableStringifyWith(value, NONE_KNOWN);
}
var NONE_KNOWN = Object.freeze({});
function stableStringifyWith(obj, known) {
  const keys = Object.keys(obj).sort();
  let out = "{";
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === void 0) continue;
    out += (first ? "" : ",") + JSON.stringify(k) + ":" + (Object.prototype.hasOwnProperty.call(known, k) ? known[k] : stableStringify(v));
    first = false;
  }
  return out + "}";
}
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s2) => s2.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAtPointer(data, pointer) {
  let cur = data;
  for (const seg of splitPointer(pointer)) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}

// src/trace/format.ts
function previewValue(value, max = 80) {
  let text;
  if (value === void 0) text = "undefined";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}\u2026` : text;
}
function renderPath(root, segments) {
  let out = root;
  for (const seg of segments) {
    if (typeof seg === "number" || /^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === "" ? "(root)" : out;
}
function formatAjvError(error, data, root) {
  const segments = splitPointer(error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `${renderPath(root, [...segments, String(params.missingProperty)])} is missing (required)`;
    case "additionalProperties":
      return `${renderPath(root, segments)} has unexpected property "${String(params.additionalProperty)}"`;
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map((v) => previewValue(v, 40)).join(", ") : "";
      return `${renderPath(root, segments)} must be one of ${allowed}; got ${previewValue(valueAtPointer(data, error.instancePath))}`;
    }
    case "const":
      return `${renderPath(root, segments)} must be ${previewValue(params.allowedValue)}; got ${previewValue(valueAtPointer(data, error.instancePath))}`;
    default:
      return `${renderPath(root, segments)} ${error.message ?? "is invalid"}; got ${previewValue(valueAtPointer(data, error.instancePath))}`;
  }
}
function formatAjvErrors(errors, data, root) {
  if (!errors || errors.length === 0) return `${root || "(root)"} is invalid`;
  const useful = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf" && e.keyword !== "if");
  const list2 = useful.length > 0 ? useful : errors;
  const first = formatAjvError(list2[0], data, root);
  return list2.length > 1 ? `${first} (and ${list2.length - 1} more problem${list2.length > 2 ? "s" : ""})` : first;
}

// src/user-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/ajv-formats.ts
var import_ajv_formats = __toESM(require_dist(), 1);
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;

// evalgate-standalone:case
var xs = be;
var m = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://evalgate.dev/schemas/case.schema.json", title: "evalgate case", description: "One eval scenario that guards a resolved agent failure (evals/cases/<workflow>/<case-id>.yaml).", type: "object", required: ["id", "title", "guards", "workflow", "severity", "input", "checks"], additionalProperties: false, properties: { id: { type: "string", pattern: "^[a-z0-9-]+$", description: "Unique across the repository: lowercase letters, digits and dashes." }, title: { type: "string", minLength: 1, description: "One-line summary of the failure this case guards." }, description: { type: "string", description: "Free-form notes (not used by evalgate)." }, guards: { description: 'Issue this case guards: an issue number, or "owner/repo#123".', anyOf: [{ type: "integer", minimum: 1, maximum: 9007199254740991 }, { type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100}#[1-9][0-9]{0,14}$" }] }, workflow: { type: "string", minLength: 1, description: "Workflow of the agent (used for owners and grouping)." }, severity: { enum: ["sev0", "sev1", "sev2", "sev3"], description: "Severity of the original failure; sev0/sev1 run in both suites by default, sev2/sev3 in coverage only." }, failure_class: { enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"], description: "Class of the original failure." }, boundary: { enum: ["prompt", "tool_contract", "context_source", "model_route", "permission", "downstream_api"], description: "Boundary where the failure crossed." }, suites: { type: "array", items: { enum: ["benchmark", "coverage"] }, minItems: 1, uniqueItems: true, description: "Suites this case runs in. Default: sev0/sev1 -> [benchmark, coverage], sev2/sev3 -> [coverage]." }, trials: { type: "integer", minimum: 1, description: "Trials per run (default: `trials` from evalgate.yml, 1)." }, timeout_ms: { type: "integer", minimum: 1, maximum: 2147483647, description: "Per-trial timeout (default: harness.timeout_ms from evalgate.yml, 60000)." }, input: { description: "Passed to the harness as JSON on stdin." }, fixtures: { type: "string", minLength: 1, description: "Recorded tool responses for replay, relative to this file (EVALGATE_FIXTURES gets the absolute path)." }, checks: { type: "array", minItems: 1, items: { $ref: "#/definitions/check" }, description: "Assertions on the trace; the first failing one names the failure class." } }, definitions: { check: { type: "object", description: "One deterministic assertion on a trace; `type` selects the kind.", required: ["type"], properties: { type: { enum: ["trajectory", "tool_not_called", "tool_args", "output_schema", "output_match", "budget", "no_loop", "side_effects", "no_tool_errors", "command"], description: "Check type." } }, allOf: [{ if: { properties: { type: { const: "trajectory" } }, required: ["type"] }, then: { $ref: "#/definitions/trajectory" } }, { if: { properties: { type: { const: "tool_not_called" } }, required: ["type"] }, then: { $ref: "#/definitions/tool_not_called" } }, { if: { properties: { type: { const: "tool_args" } }, required: ["type"] }, then: { $ref: "#/definitions/tool_args" } }, { if: { properties: { type: { const: "output_schema" } }, required: ["type"] }, then: { $ref: "#/definitions/output_schema" } }, { if: { properties: { type: { const: "output_match" } }, required: ["type"] }, then: { $ref: "#/definitions/output_match" } }, { if: { properties: { type: { const: "budget" } }, required: ["type"] }, then: { $ref: "#/definitions/budget" } }, { if: { properties: { type: { const: "no_loop" } }, required: ["type"] }, then: { $ref: "#/definitions/no_loop" } }, { if: { properties: { type: { const: "side_effects" } }, required: ["type"] }, then: { $ref: "#/definitions/side_effects" } }, { if: { properties: { type: { const: "no_tool_errors" } }, required: ["type"] }, then: { $ref: "#/definitions/no_tool_errors" } }, { if: { properties: { type: { const: "command" } }, required: ["type"] }, then: { $ref: "#/definitions/command" } }] }, trajectory: { type: "object", title: "trajectory", description: "Level trace: the tools called, compared with an expected sequence (default class bad_decision).", properties: { type: { const: "trajectory", description: "Level trace: the tools called, compared with an expected sequence (default class bad_decision)." }, mode: { enum: ["exact", "in_order", "unordered", "subset", "superset"], default: "in_order", description: "exact: same calls in the same order; in_order: these tools appear in this order (others may interleave); unordered: same multiset in any order; subset: every listed tool is called; superset: only listed tools are called." }, tools: { type: "array", items: { type: "string", minLength: 1 }, description: "Expected tool names." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tools"], additionalProperties: false }, tool_not_called: { type: "object", title: "tool_not_called", description: "Level trace: the tool is never called (default class bad_decision).", properties: { type: { const: "tool_not_called", description: "Level trace: the tool is never called (default class bad_decision)." }, tool: { type: "string", minLength: 1, description: "Tool name that must not be called." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tool"], additionalProperties: false }, tool_args: { type: "object", title: "tool_args", description: "Level node: every call of the tool has arguments matching `schema` and/or `args` (default class bad_decision).", properties: { type: { const: "tool_args", description: "Level node: every call of the tool has arguments matching `schema` and/or `args` (default class bad_decision)." }, tool: { type: "string", minLength: 1, description: "Tool whose calls are checked." }, schema: { type: "object", description: "JSON Schema every call's arguments must satisfy." }, args: { description: "Expected arguments, compared according to `match`." }, match: { enum: ["exact", "subset", "superset"], default: "subset", description: "How `args` is compared: exact, subset (expected args are contained in the actual), superset." }, ignore: { type: "array", items: { type: "string", minLength: 1 }, description: "Volatile fields to ignore (dotted paths, `*` wildcards), e.g. request_id, meta.*" }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tool"], additionalProperties: false, anyOf: [{ required: ["schema"] }, { required: ["args"] }] }, output_schema: { type: "object", title: "output_schema", description: "Level system: the final output satisfies a JSON Schema (default class bad_output).", properties: { type: { const: "output_schema", description: "Level system: the final output satisfies a JSON Schema (default class bad_output)." }, schema: { type: "object", description: "JSON Schema for the trace output." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "schema"], additionalProperties: false }, output_match: { type: "object", title: "output_match", description: "Level system: a string in the output matches a regular expression (default class bad_output).", properties: { type: { const: "output_match", description: "Level system: a string in the output matches a regular expression (default class bad_output)." }, path: { type: "string", description: "Dotted path into the output (whole output when absent)." }, pattern: { type: "string", description: "JavaScript regular expression." }, negate: { type: "boolean", default: false, description: "Pass when the pattern does NOT match." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "pattern"], additionalProperties: false }, budget: { type: "object", title: "budget", description: "Level trace: resource ceilings. Cost/tokens/steps/tool calls fail as cost_blowup, latency as timeout.", properties: { type: { const: "budget", description: "Level trace: resource ceilings. Cost/tokens/steps/tool calls fail as cost_blowup, latency as timeout." }, max_steps: { type: "integer", minimum: 0, description: "Maximum number of steps." }, max_tool_calls: { type: "integer", minimum: 0, description: "Maximum number of tool calls." }, max_tokens: { type: "integer", minimum: 0, description: "Maximum input+output tokens." }, max_cost_usd: { type: "number", minimum: 0, description: "Maximum cost in USD." }, max_latency_ms: { type: "integer", minimum: 0, description: "Maximum latency in milliseconds." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type"], additionalProperties: false, anyOf: [{ required: ["max_steps"] }, { required: ["max_tool_calls"] }, { required: ["max_tokens"] }, { required: ["max_cost_usd"] }, { required: ["max_latency_ms"] }] }, no_loop: { type: "object", title: "no_loop", description: "Level trace: the same tool with the same arguments is not called more than max_repeats times (default class bad_decision).", properties: { type: { const: "no_loop", description: "Level trace: the same tool with the same arguments is not called more than max_repeats times (default class bad_decision)." }, max_repeats: { type: "integer", minimum: 1, default: 1, description: "Allowed identical calls." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type"], additionalProperties: false }, side_effects: { type: "object", title: "side_effects", description: "Level trace: exactly-once side effects: the tool succeeds exactly `exactly` times (default class bad_decision).", properties: { type: { const: "side_effects", description: "Level trace: exactly-once side effects: the tool succeeds exactly `exactly` times (default class bad_decision)." }, tool: { type: "string", minLength: 1, description: "Tool with a side effect (e.g. a payment)." }, exactly: { type: "integer", minimum: 0, description: "Required number of successful calls." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tool", "exactly"], additionalProperties: false }, no_tool_errors: { type: "object", title: "no_tool_errors", description: "Level trace: no step has status error (default class tool_error).", properties: { type: { const: "no_tool_errors", description: "Level trace: no step has status error (default class tool_error)." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type"], additionalProperties: false }, command: { type: "object", title: "command", description: 'Level system: a custom evaluator (e.g. an LLM judge). Gets the trace JSON on stdin, prints {"pass":bool,"score":0..1,"reason":str} (default class bad_output).', properties: { type: { const: "command", description: 'Level system: a custom evaluator (e.g. an LLM judge). Gets the trace JSON on stdin, prints {"pass":bool,"score":0..1,"reason":str} (default class bad_output).' }, run: { type: "string", minLength: 1, description: "Shell command, run in the repository root." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "run"], additionalProperties: false } } };
var cs = Object.prototype.hasOwnProperty;
var K = require_ucs2length().default;
var ms = require_equal().default;
var us = new RegExp("^[a-z0-9-]+$", "u");
var ds = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100}#[1-9][0-9]{0,14}$", "u");
var w = { type: "object", description: "One deterministic assertion on a trace; `type` selects the kind.", required: ["type"], properties: { type: { enum: ["trajectory", "tool_not_called", "tool_args", "output_schema", "output_match", "budget", "no_loop", "side_effects", "no_tool_errors", "command"], description: "Check type." } }, allOf: [{ if: { properties: { type: { const: "trajectory" } }, required: ["type"] }, then: { $ref: "#/definitions/trajectory" } }, { if: { properties: { type: { const: "tool_not_called" } }, required: ["type"] }, then: { $ref: "#/definitions/tool_not_called" } }, { if: { properties: { type: { const: "tool_args" } }, required: ["type"] }, then: { $ref: "#/definitions/tool_args" } }, { if: { properties: { type: { const: "output_schema" } }, required: ["type"] }, then: { $ref: "#/definitions/output_schema" } }, { if: { properties: { type: { const: "output_match" } }, required: ["type"] }, then: { $ref: "#/definitions/output_match" } }, { if: { properties: { type: { const: "budget" } }, required: ["type"] }, then: { $ref: "#/definitions/budget" } }, { if: { properties: { type: { const: "no_loop" } }, required: ["type"] }, then: { $ref: "#/definitions/no_loop" } }, { if: { properties: { type: { const: "side_effects" } }, required: ["type"] }, then: { $ref: "#/definitions/side_effects" } }, { if: { properties: { type: { const: "no_tool_errors" } }, required: ["type"] }, then: { $ref: "#/definitions/no_tool_errors" } }, { if: { properties: { type: { const: "command" } }, required: ["type"] }, then: { $ref: "#/definitions/command" } }] };
var q = { type: "object", title: "trajectory", description: "Level trace: the tools called, compared with an expected sequence (default class bad_decision).", properties: { type: { const: "trajectory", description: "Level trace: the tools called, compared with an expected sequence (default class bad_decision)." }, mode: { enum: ["exact", "in_order", "unordered", "subset", "superset"], default: "in_order", description: "exact: same calls in the same order; in_order: these tools appear in this order (others may interleave); unordered: same multiset in any order; subset: every listed tool is called; superset: only listed tools are called." }, tools: { type: "array", items: { type: "string", minLength: 1 }, description: "Expected tool names." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tools"], additionalProperties: false };
var j = { type: "object", title: "tool_not_called", description: "Level trace: the tool is never called (default class bad_decision).", properties: { type: { const: "tool_not_called", description: "Level trace: the tool is never called (default class bad_decision)." }, tool: { type: "string", minLength: 1, description: "Tool name that must not be called." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tool"], additionalProperties: false };
var b = { type: "object", title: "tool_args", description: "Level node: every call of the tool has arguments matching `schema` and/or `args` (default class bad_decision).", properties: { type: { const: "tool_args", description: "Level node: every call of the tool has arguments matching `schema` and/or `args` (default class bad_decision)." }, tool: { type: "string", minLength: 1, description: "Tool whose calls are checked." }, schema: { type: "object", description: "JSON Schema every call's arguments must satisfy." }, args: { description: "Expected arguments, compared according to `match`." }, match: { enum: ["exact", "subset", "superset"], default: "subset", description: "How `args` is compared: exact, subset (expected args are contained in the actual), superset." }, ignore: { type: "array", items: { type: "string", minLength: 1 }, description: "Volatile fields to ignore (dotted paths, `*` wildcards), e.g. request_id, meta.*" }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tool"], additionalProperties: false, anyOf: [{ required: ["schema"] }, { required: ["args"] }] };
var $ = { type: "object", title: "output_schema", description: "Level system: the final output satisfies a JSON Schema (default class bad_output).", properties: { type: { const: "output_schema", description: "Level system: the final output satisfies a JSON Schema (default class bad_output)." }, schema: { type: "object", description: "JSON Schema for the trace output." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "schema"], additionalProperties: false };
var P = { type: "object", title: "output_match", description: "Level system: a string in the output matches a regular expression (default class bad_output).", properties: { type: { const: "output_match", description: "Level system: a string in the output matches a regular expression (default class bad_output)." }, path: { type: "string", description: "Dotted path into the output (whole output when absent)." }, pattern: { type: "string", description: "JavaScript regular expression." }, negate: { type: "boolean", default: false, description: "Pass when the pattern does NOT match." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "pattern"], additionalProperties: false };
var g = { type: "object", title: "budget", description: "Level trace: resource ceilings. Cost/tokens/steps/tool calls fail as cost_blowup, latency as timeout.", properties: { type: { const: "budget", description: "Level trace: resource ceilings. Cost/tokens/steps/tool calls fail as cost_blowup, latency as timeout." }, max_steps: { type: "integer", minimum: 0, description: "Maximum number of steps." }, max_tool_calls: { type: "integer", minimum: 0, description: "Maximum number of tool calls." }, max_tokens: { type: "integer", minimum: 0, description: "Maximum input+output tokens." }, max_cost_usd: { type: "number", minimum: 0, description: "Maximum cost in USD." }, max_latency_ms: { type: "integer", minimum: 0, description: "Maximum latency in milliseconds." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type"], additionalProperties: false, anyOf: [{ required: ["max_steps"] }, { required: ["max_tool_calls"] }, { required: ["max_tokens"] }, { required: ["max_cost_usd"] }, { required: ["max_latency_ms"] }] };
var z = { type: "object", title: "no_loop", description: "Level trace: the same tool with the same arguments is not called more than max_repeats times (default class bad_decision).", properties: { type: { const: "no_loop", description: "Level trace: the same tool with the same arguments is not called more than max_repeats times (default class bad_decision)." }, max_repeats: { type: "integer", minimum: 1, default: 1, description: "Allowed identical calls." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type"], additionalProperties: false };
var S = { type: "object", title: "side_effects", description: "Level trace: exactly-once side effects: the tool succeeds exactly `exactly` times (default class bad_decision).", properties: { type: { const: "side_effects", description: "Level trace: exactly-once side effects: the tool succeeds exactly `exactly` times (default class bad_decision)." }, tool: { type: "string", minLength: 1, description: "Tool with a side effect (e.g. a payment)." }, exactly: { type: "integer", minimum: 0, description: "Required number of successful calls." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "tool", "exactly"], additionalProperties: false };
var D = { type: "object", title: "no_tool_errors", description: "Level trace: no step has status error (default class tool_error).", properties: { type: { const: "no_tool_errors", description: "Level trace: no step has status error (default class tool_error)." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type"], additionalProperties: false };
var A = { type: "object", title: "command", description: 'Level system: a custom evaluator (e.g. an LLM judge). Gets the trace JSON on stdin, prints {"pass":bool,"score":0..1,"reason":str} (default class bad_output).', properties: { type: { const: "command", description: 'Level system: a custom evaluator (e.g. an LLM judge). Gets the trace JSON on stdin, prints {"pass":bool,"score":0..1,"reason":str} (default class bad_output).' }, run: { type: "string", minLength: 1, description: "Shell command, run in the repository root." }, class: { description: "Failure class this check assigns when it fails (overrides the default for the check type).", enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] } }, required: ["type", "run"], additionalProperties: false };
function te(t, { instancePath: i = "", parentData: Xe, parentDataProperty: Qe, rootData: we2 = t } = {}) {
  let e = null, s2 = 0;
  const Ye = s2, L2 = s2, G = s2;
  let Y = true;
  const ee2 = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "trajectory") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var U2 = y2 === s2;
    } else var U2 = true;
  }
  var o = ee2 === s2;
  if (s2 = G, e !== null && (G ? e.length = G : e = null), o) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/trajectory/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: q.required, parentSchema: q, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.tools === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/trajectory/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'", schema: q.required, parentSchema: q, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "mode" || r === "tools" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/trajectory/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: q, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "trajectory") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/trajectory/properties/type/const", keyword: "const", params: { allowedValue: "trajectory" }, message: "must be equal to constant", schema: "trajectory", parentSchema: q.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var v = p === s2;
      }
      if (t.mode !== void 0) {
        let r = t.mode;
        const p = s2, u = q.properties.mode.enum;
        if (!(r === "exact" || r === "in_order" || r === "unordered" || r === "subset" || r === "superset")) {
          const n = { instancePath: i + "/mode", schemaPath: "#/definitions/trajectory/properties/mode/enum", keyword: "enum", params: { allowedValues: q.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: q.properties.mode.enum, parentSchema: q.properties.mode, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var v = p === s2;
      }
      if (t.tools !== void 0) {
        let r = t.tools;
        const p = s2, u = s2;
        if (Array.isArray(r)) {
          let n = true;
          const x = r.length;
          for (let M2 = 0; M2 < x; M2++) {
            let h = r[M2];
            const R = s2, W2 = s2;
            if (typeof h == "string") {
              if (K(h) < 1) {
                const V = { instancePath: i + "/tools/" + M2, schemaPath: "#/definitions/trajectory/properties/tools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: q.properties.tools.items, data: h };
                e === null ? e = [V] : e.push(V), s2++;
              }
            } else {
              const V = { instancePath: i + "/tools/" + M2, schemaPath: "#/definitions/trajectory/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: q.properties.tools.items.type, parentSchema: q.properties.tools.items, data: h };
              e === null ? e = [V] : e.push(V), s2++;
            }
            var O = R === s2;
            O || (n = false);
          }
        } else {
          const n = { instancePath: i + "/tools", schemaPath: "#/definitions/trajectory/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: q.properties.tools.type, parentSchema: q.properties.tools, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var v = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = q.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/trajectory/properties/class/enum", keyword: "enum", params: { allowedValues: q.properties.class.enum }, message: "must be equal to one of the allowed values", schema: q.properties.class.enum, parentSchema: q.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var v = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/trajectory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: q.type, parentSchema: q, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var N3 = c === s2, o = l === s2;
    Y = o;
  }
  if (!Y) {
    const l = { instancePath: i, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[0].if, parentSchema: w.allOf[0], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = L2 === s2;
  const d = s2, C = s2;
  let F2 = true;
  const k = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "tool_not_called") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var J2 = y2 === s2;
    } else var J2 = true;
  }
  var T2 = k === s2;
  if (s2 = C, e !== null && (C ? e.length = C : e = null), T2) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/tool_not_called/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: j.required, parentSchema: j, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.tool === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/tool_not_called/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: j.required, parentSchema: j, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "tool" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/tool_not_called/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: j, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "tool_not_called") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/tool_not_called/properties/type/const", keyword: "const", params: { allowedValue: "tool_not_called" }, message: "must be equal to constant", schema: "tool_not_called", parentSchema: j.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var Z = p === s2;
      }
      if (t.tool !== void 0) {
        let r = t.tool;
        const p = s2, u = s2;
        if (typeof r == "string") {
          if (K(r) < 1) {
            const n = { instancePath: i + "/tool", schemaPath: "#/definitions/tool_not_called/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j.properties.tool, data: r };
            e === null ? e = [n] : e.push(n), s2++;
          }
        } else {
          const n = { instancePath: i + "/tool", schemaPath: "#/definitions/tool_not_called/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.properties.tool.type, parentSchema: j.properties.tool, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var Z = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = j.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/tool_not_called/properties/class/enum", keyword: "enum", params: { allowedValues: j.properties.class.enum }, message: "must be equal to one of the allowed values", schema: j.properties.class.enum, parentSchema: j.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var Z = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/tool_not_called/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: j.type, parentSchema: j, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var ke2 = c === s2, T2 = l === s2;
    F2 = T2;
  }
  if (!F2) {
    const l = { instancePath: i, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[1].if, parentSchema: w.allOf[1], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = d === s2;
  const qe = s2, H2 = s2;
  let Se = true;
  const xe = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "tool_args") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Pe2 = y2 === s2;
    } else var Pe2 = true;
  }
  var re2 = xe === s2;
  if (s2 = H2, e !== null && (H2 ? e.length = H2 : e = null), re2) {
    const l = s2, c = s2, y2 = s2, _2 = s2;
    let f = false;
    const r = s2;
    if (t && typeof t == "object" && !Array.isArray(t) && t.schema === void 0) {
      const u = { instancePath: i, schemaPath: "#/definitions/tool_args/anyOf/0/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: b.anyOf[0].required, parentSchema: b.anyOf[0], data: t };
      e === null ? e = [u] : e.push(u), s2++;
    }
    var ie = r === s2;
    if (f = f || ie, !f) {
      const u = s2;
      if (t && typeof t == "object" && !Array.isArray(t) && t.args === void 0) {
        const n = { instancePath: i, schemaPath: "#/definitions/tool_args/anyOf/1/required", keyword: "required", params: { missingProperty: "args" }, message: "must have required property 'args'", schema: b.anyOf[1].required, parentSchema: b.anyOf[1], data: t };
        e === null ? e = [n] : e.push(n), s2++;
      }
      var ie = u === s2;
      f = f || ie;
    }
    if (f) s2 = _2, e !== null && (_2 ? e.length = _2 : e = null);
    else {
      const u = { instancePath: i, schemaPath: "#/definitions/tool_args/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: b.anyOf, parentSchema: b, data: t };
      e === null ? e = [u] : e.push(u), s2++;
    }
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const a2 = { instancePath: i, schemaPath: "#/definitions/tool_args/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: b.required, parentSchema: b, data: t };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      if (t.tool === void 0) {
        const a2 = { instancePath: i, schemaPath: "#/definitions/tool_args/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: b.required, parentSchema: b, data: t };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const u = s2;
      for (const a2 in t) if (!(a2 === "type" || a2 === "tool" || a2 === "schema" || a2 === "args" || a2 === "match" || a2 === "ignore" || a2 === "class")) {
        const n = { instancePath: i, schemaPath: "#/definitions/tool_args/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: b, data: t };
        e === null ? e = [n] : e.push(n), s2++;
      }
      if (t.type !== void 0) {
        let a2 = t.type;
        const n = s2;
        if (a2 !== "tool_args") {
          const x = { instancePath: i + "/type", schemaPath: "#/definitions/tool_args/properties/type/const", keyword: "const", params: { allowedValue: "tool_args" }, message: "must be equal to constant", schema: "tool_args", parentSchema: b.properties.type, data: a2 };
          e === null ? e = [x] : e.push(x), s2++;
        }
        var X = n === s2;
      }
      if (t.tool !== void 0) {
        let a2 = t.tool;
        const n = s2, x = s2;
        if (typeof a2 == "string") {
          if (K(a2) < 1) {
            const h = { instancePath: i + "/tool", schemaPath: "#/definitions/tool_args/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.tool, data: a2 };
            e === null ? e = [h] : e.push(h), s2++;
          }
        } else {
          const h = { instancePath: i + "/tool", schemaPath: "#/definitions/tool_args/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.tool.type, parentSchema: b.properties.tool, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var X = n === s2;
      }
      if (t.schema !== void 0) {
        let a2 = t.schema;
        const n = s2;
        if (!(a2 && typeof a2 == "object" && !Array.isArray(a2))) {
          const h = { instancePath: i + "/schema", schemaPath: "#/definitions/tool_args/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.schema.type, parentSchema: b.properties.schema, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        const x = s2;
        var X = n === s2;
      }
      if (t.match !== void 0) {
        let a2 = t.match;
        const n = s2, x = b.properties.match.enum;
        if (!(a2 === "exact" || a2 === "subset" || a2 === "superset")) {
          const h = { instancePath: i + "/match", schemaPath: "#/definitions/tool_args/properties/match/enum", keyword: "enum", params: { allowedValues: b.properties.match.enum }, message: "must be equal to one of the allowed values", schema: b.properties.match.enum, parentSchema: b.properties.match, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var X = n === s2;
      }
      if (t.ignore !== void 0) {
        let a2 = t.ignore;
        const n = s2, x = s2;
        if (Array.isArray(a2)) {
          let h = true;
          const R = a2.length;
          for (let W2 = 0; W2 < R; W2++) {
            let V = a2[W2];
            const ps = s2, qs = s2;
            if (typeof V == "string") {
              if (K(V) < 1) {
                const Q = { instancePath: i + "/ignore/" + W2, schemaPath: "#/definitions/tool_args/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.ignore.items, data: V };
                e === null ? e = [Q] : e.push(Q), s2++;
              }
            } else {
              const Q = { instancePath: i + "/ignore/" + W2, schemaPath: "#/definitions/tool_args/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.ignore.items.type, parentSchema: b.properties.ignore.items, data: V };
              e === null ? e = [Q] : e.push(Q), s2++;
            }
            var es = ps === s2;
            es || (h = false);
          }
        } else {
          const h = { instancePath: i + "/ignore", schemaPath: "#/definitions/tool_args/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: b.properties.ignore.type, parentSchema: b.properties.ignore, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var X = n === s2;
      }
      if (t.class !== void 0) {
        let a2 = t.class;
        const n = s2, x = b.properties.class.enum;
        if (!(a2 === "tool_error" || a2 === "bad_decision" || a2 === "bad_output" || a2 === "timeout" || a2 === "cost_blowup")) {
          const h = { instancePath: i + "/class", schemaPath: "#/definitions/tool_args/properties/class/enum", keyword: "enum", params: { allowedValues: b.properties.class.enum }, message: "must be equal to one of the allowed values", schema: b.properties.class.enum, parentSchema: b.properties.class, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var X = n === s2;
      }
    } else {
      const u = { instancePath: i, schemaPath: "#/definitions/tool_args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.type, parentSchema: b, data: t };
      e === null ? e = [u] : e.push(u), s2++;
    }
    var hs = c === s2, re2 = l === s2;
    Se = re2;
  }
  if (!Se) {
    const l = { instancePath: i, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[2].if, parentSchema: w.allOf[2], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = qe === s2;
  const ss = s2, oe2 = s2;
  let Oe = true;
  const je = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "output_schema") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Ae = y2 === s2;
    } else var Ae = true;
  }
  var ae2 = je === s2;
  if (s2 = oe2, e !== null && (oe2 ? e.length = oe2 : e = null), ae2) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/output_schema/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: $.required, parentSchema: $, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.schema === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/output_schema/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: $.required, parentSchema: $, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "schema" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/output_schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: $, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "output_schema") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/output_schema/properties/type/const", keyword: "const", params: { allowedValue: "output_schema" }, message: "must be equal to constant", schema: "output_schema", parentSchema: $.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var Le = p === s2;
      }
      if (t.schema !== void 0) {
        let r = t.schema;
        const p = s2;
        if (!(r && typeof r == "object" && !Array.isArray(r))) {
          const n = { instancePath: i + "/schema", schemaPath: "#/definitions/output_schema/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: $.properties.schema.type, parentSchema: $.properties.schema, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        const u = s2;
        var Le = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = $.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/output_schema/properties/class/enum", keyword: "enum", params: { allowedValues: $.properties.class.enum }, message: "must be equal to one of the allowed values", schema: $.properties.class.enum, parentSchema: $.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var Le = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/output_schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: $.type, parentSchema: $, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var fs = c === s2, ae2 = l === s2;
    Oe = ae2;
  }
  if (!Oe) {
    const l = { instancePath: i, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[3].if, parentSchema: w.allOf[3], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = ss === s2;
  const ts = s2, ne2 = s2;
  let Ne2 = true;
  const Fe = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "output_match") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Te = y2 === s2;
    } else var Te = true;
  }
  var le = Fe === s2;
  if (s2 = ne2, e !== null && (ne2 ? e.length = ne2 : e = null), le) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/output_match/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: P.required, parentSchema: P, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.pattern === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/output_match/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: P.required, parentSchema: P, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "path" || r === "pattern" || r === "negate" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/output_match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: P, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "output_match") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/output_match/properties/type/const", keyword: "const", params: { allowedValue: "output_match" }, message: "must be equal to constant", schema: "output_match", parentSchema: P.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var se2 = p === s2;
      }
      if (t.path !== void 0) {
        let r = t.path;
        const p = s2;
        if (typeof r != "string") {
          const n = { instancePath: i + "/path", schemaPath: "#/definitions/output_match/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.path.type, parentSchema: P.properties.path, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        const u = s2;
        var se2 = p === s2;
      }
      if (t.pattern !== void 0) {
        let r = t.pattern;
        const p = s2;
        if (typeof r != "string") {
          const n = { instancePath: i + "/pattern", schemaPath: "#/definitions/output_match/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.pattern.type, parentSchema: P.properties.pattern, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        const u = s2;
        var se2 = p === s2;
      }
      if (t.negate !== void 0) {
        let r = t.negate;
        const p = s2;
        if (typeof r != "boolean") {
          const n = { instancePath: i + "/negate", schemaPath: "#/definitions/output_match/properties/negate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: P.properties.negate.type, parentSchema: P.properties.negate, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        const u = s2;
        var se2 = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = P.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/output_match/properties/class/enum", keyword: "enum", params: { allowedValues: P.properties.class.enum }, message: "must be equal to one of the allowed values", schema: P.properties.class.enum, parentSchema: P.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var se2 = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/output_match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.type, parentSchema: P, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var ys = c === s2, le = l === s2;
    Ne2 = le;
  }
  if (!Ne2) {
    const l = { instancePath: i, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[4].if, parentSchema: w.allOf[4], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = ts === s2;
  const rs = s2, pe = s2;
  let $e = true;
  const Ve = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "budget") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var ze = y2 === s2;
    } else var ze = true;
  }
  var ce2 = Ve === s2;
  if (s2 = pe, e !== null && (pe ? e.length = pe : e = null), ce2) {
    const l = s2, c = s2, y2 = s2, _2 = s2;
    let f = false;
    const r = s2;
    if (t && typeof t == "object" && !Array.isArray(t) && t.max_steps === void 0) {
      const u = { instancePath: i, schemaPath: "#/definitions/budget/anyOf/0/required", keyword: "required", params: { missingProperty: "max_steps" }, message: "must have required property 'max_steps'", schema: g.anyOf[0].required, parentSchema: g.anyOf[0], data: t };
      e === null ? e = [u] : e.push(u), s2++;
    }
    var E = r === s2;
    if (f = f || E, !f) {
      const u = s2;
      if (t && typeof t == "object" && !Array.isArray(t) && t.max_tool_calls === void 0) {
        const n = { instancePath: i, schemaPath: "#/definitions/budget/anyOf/1/required", keyword: "required", params: { missingProperty: "max_tool_calls" }, message: "must have required property 'max_tool_calls'", schema: g.anyOf[1].required, parentSchema: g.anyOf[1], data: t };
        e === null ? e = [n] : e.push(n), s2++;
      }
      var E = u === s2;
      if (f = f || E, !f) {
        const n = s2;
        if (t && typeof t == "object" && !Array.isArray(t) && t.max_tokens === void 0) {
          const M2 = { instancePath: i, schemaPath: "#/definitions/budget/anyOf/2/required", keyword: "required", params: { missingProperty: "max_tokens" }, message: "must have required property 'max_tokens'", schema: g.anyOf[2].required, parentSchema: g.anyOf[2], data: t };
          e === null ? e = [M2] : e.push(M2), s2++;
        }
        var E = n === s2;
        if (f = f || E, !f) {
          const M2 = s2;
          if (t && typeof t == "object" && !Array.isArray(t) && t.max_cost_usd === void 0) {
            const R = { instancePath: i, schemaPath: "#/definitions/budget/anyOf/3/required", keyword: "required", params: { missingProperty: "max_cost_usd" }, message: "must have required property 'max_cost_usd'", schema: g.anyOf[3].required, parentSchema: g.anyOf[3], data: t };
            e === null ? e = [R] : e.push(R), s2++;
          }
          var E = M2 === s2;
          if (f = f || E, !f) {
            const R = s2;
            if (t && typeof t == "object" && !Array.isArray(t) && t.max_latency_ms === void 0) {
              const V = { instancePath: i, schemaPath: "#/definitions/budget/anyOf/4/required", keyword: "required", params: { missingProperty: "max_latency_ms" }, message: "must have required property 'max_latency_ms'", schema: g.anyOf[4].required, parentSchema: g.anyOf[4], data: t };
              e === null ? e = [V] : e.push(V), s2++;
            }
            var E = R === s2;
            f = f || E;
          }
        }
      }
    }
    if (f) s2 = _2, e !== null && (_2 ? e.length = _2 : e = null);
    else {
      const u = { instancePath: i, schemaPath: "#/definitions/budget/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: g.anyOf, parentSchema: g, data: t };
      e === null ? e = [u] : e.push(u), s2++;
    }
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const a2 = { instancePath: i, schemaPath: "#/definitions/budget/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: g.required, parentSchema: g, data: t };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const u = s2;
      for (const a2 in t) if (!(a2 === "type" || a2 === "max_steps" || a2 === "max_tool_calls" || a2 === "max_tokens" || a2 === "max_cost_usd" || a2 === "max_latency_ms" || a2 === "class")) {
        const n = { instancePath: i, schemaPath: "#/definitions/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: t };
        e === null ? e = [n] : e.push(n), s2++;
      }
      if (t.type !== void 0) {
        let a2 = t.type;
        const n = s2;
        if (a2 !== "budget") {
          const x = { instancePath: i + "/type", schemaPath: "#/definitions/budget/properties/type/const", keyword: "const", params: { allowedValue: "budget" }, message: "must be equal to constant", schema: "budget", parentSchema: g.properties.type, data: a2 };
          e === null ? e = [x] : e.push(x), s2++;
        }
        var B2 = n === s2;
      }
      if (t.max_steps !== void 0) {
        let a2 = t.max_steps;
        const n = s2;
        if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2) && isFinite(a2))) {
          const h = { instancePath: i + "/max_steps", schemaPath: "#/definitions/budget/properties/max_steps/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: g.properties.max_steps.type, parentSchema: g.properties.max_steps, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        const x = s2;
        if (typeof a2 == "number" && isFinite(a2) && (a2 < 0 || isNaN(a2))) {
          const h = { instancePath: i + "/max_steps", schemaPath: "#/definitions/budget/properties/max_steps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: g.properties.max_steps, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var B2 = n === s2;
      }
      if (t.max_tool_calls !== void 0) {
        let a2 = t.max_tool_calls;
        const n = s2;
        if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2) && isFinite(a2))) {
          const h = { instancePath: i + "/max_tool_calls", schemaPath: "#/definitions/budget/properties/max_tool_calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: g.properties.max_tool_calls.type, parentSchema: g.properties.max_tool_calls, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        const x = s2;
        if (typeof a2 == "number" && isFinite(a2) && (a2 < 0 || isNaN(a2))) {
          const h = { instancePath: i + "/max_tool_calls", schemaPath: "#/definitions/budget/properties/max_tool_calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: g.properties.max_tool_calls, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var B2 = n === s2;
      }
      if (t.max_tokens !== void 0) {
        let a2 = t.max_tokens;
        const n = s2;
        if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2) && isFinite(a2))) {
          const h = { instancePath: i + "/max_tokens", schemaPath: "#/definitions/budget/properties/max_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: g.properties.max_tokens.type, parentSchema: g.properties.max_tokens, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        const x = s2;
        if (typeof a2 == "number" && isFinite(a2) && (a2 < 0 || isNaN(a2))) {
          const h = { instancePath: i + "/max_tokens", schemaPath: "#/definitions/budget/properties/max_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: g.properties.max_tokens, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var B2 = n === s2;
      }
      if (t.max_cost_usd !== void 0) {
        let a2 = t.max_cost_usd;
        const n = s2, x = s2;
        if (typeof a2 == "number" && isFinite(a2)) {
          if (a2 < 0 || isNaN(a2)) {
            const h = { instancePath: i + "/max_cost_usd", schemaPath: "#/definitions/budget/properties/max_cost_usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: g.properties.max_cost_usd, data: a2 };
            e === null ? e = [h] : e.push(h), s2++;
          }
        } else {
          const h = { instancePath: i + "/max_cost_usd", schemaPath: "#/definitions/budget/properties/max_cost_usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: g.properties.max_cost_usd.type, parentSchema: g.properties.max_cost_usd, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var B2 = n === s2;
      }
      if (t.max_latency_ms !== void 0) {
        let a2 = t.max_latency_ms;
        const n = s2;
        if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2) && isFinite(a2))) {
          const h = { instancePath: i + "/max_latency_ms", schemaPath: "#/definitions/budget/properties/max_latency_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: g.properties.max_latency_ms.type, parentSchema: g.properties.max_latency_ms, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        const x = s2;
        if (typeof a2 == "number" && isFinite(a2) && (a2 < 0 || isNaN(a2))) {
          const h = { instancePath: i + "/max_latency_ms", schemaPath: "#/definitions/budget/properties/max_latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: g.properties.max_latency_ms, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var B2 = n === s2;
      }
      if (t.class !== void 0) {
        let a2 = t.class;
        const n = s2, x = g.properties.class.enum;
        if (!(a2 === "tool_error" || a2 === "bad_decision" || a2 === "bad_output" || a2 === "timeout" || a2 === "cost_blowup")) {
          const h = { instancePath: i + "/class", schemaPath: "#/definitions/budget/properties/class/enum", keyword: "enum", params: { allowedValues: g.properties.class.enum }, message: "must be equal to one of the allowed values", schema: g.properties.class.enum, parentSchema: g.properties.class, data: a2 };
          e === null ? e = [h] : e.push(h), s2++;
        }
        var B2 = n === s2;
      }
    } else {
      const u = { instancePath: i, schemaPath: "#/definitions/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
      e === null ? e = [u] : e.push(u), s2++;
    }
    var _s = c === s2, ce2 = l === s2;
    $e = ce2;
  }
  if (!$e) {
    const l = { instancePath: i, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[5].if, parentSchema: w.allOf[5], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = rs === s2;
  const is = s2, me = s2;
  let Ze = true;
  const Je = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "no_loop") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Me = y2 === s2;
    } else var Me = true;
  }
  var ue = Je === s2;
  if (s2 = me, e !== null && (me ? e.length = me : e = null), ue) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/no_loop/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: z.required, parentSchema: z, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "max_repeats" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/no_loop/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: z, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "no_loop") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/no_loop/properties/type/const", keyword: "const", params: { allowedValue: "no_loop" }, message: "must be equal to constant", schema: "no_loop", parentSchema: z.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var De = p === s2;
      }
      if (t.max_repeats !== void 0) {
        let r = t.max_repeats;
        const p = s2;
        if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
          const n = { instancePath: i + "/max_repeats", schemaPath: "#/definitions/no_loop/properties/max_repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: z.properties.max_repeats.type, parentSchema: z.properties.max_repeats, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        const u = s2;
        if (typeof r == "number" && isFinite(r) && (r < 1 || isNaN(r))) {
          const n = { instancePath: i + "/max_repeats", schemaPath: "#/definitions/no_loop/properties/max_repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: z.properties.max_repeats, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var De = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = z.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/no_loop/properties/class/enum", keyword: "enum", params: { allowedValues: z.properties.class.enum }, message: "must be equal to one of the allowed values", schema: z.properties.class.enum, parentSchema: z.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var De = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/no_loop/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: z.type, parentSchema: z, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var gs = c === s2, ue = l === s2;
    Ze = ue;
  }
  if (!Ze) {
    const l = { instancePath: i, schemaPath: "#/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[6].if, parentSchema: w.allOf[6], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = is === s2;
  const os = s2, de2 = s2;
  let Ee = true;
  const Ie = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "side_effects") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Ke = y2 === s2;
    } else var Ke = true;
  }
  var he2 = Ie === s2;
  if (s2 = de2, e !== null && (de2 ? e.length = de2 : e = null), he2) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/side_effects/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: S.required, parentSchema: S, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.tool === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/side_effects/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: S.required, parentSchema: S, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.exactly === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/side_effects/required", keyword: "required", params: { missingProperty: "exactly" }, message: "must have required property 'exactly'", schema: S.required, parentSchema: S, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "tool" || r === "exactly" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/side_effects/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: S, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "side_effects") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/side_effects/properties/type/const", keyword: "const", params: { allowedValue: "side_effects" }, message: "must be equal to constant", schema: "side_effects", parentSchema: S.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var fe = p === s2;
      }
      if (t.tool !== void 0) {
        let r = t.tool;
        const p = s2, u = s2;
        if (typeof r == "string") {
          if (K(r) < 1) {
            const n = { instancePath: i + "/tool", schemaPath: "#/definitions/side_effects/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.properties.tool, data: r };
            e === null ? e = [n] : e.push(n), s2++;
          }
        } else {
          const n = { instancePath: i + "/tool", schemaPath: "#/definitions/side_effects/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.properties.tool.type, parentSchema: S.properties.tool, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var fe = p === s2;
      }
      if (t.exactly !== void 0) {
        let r = t.exactly;
        const p = s2;
        if (!(typeof r == "number" && !(r % 1) && !isNaN(r) && isFinite(r))) {
          const n = { instancePath: i + "/exactly", schemaPath: "#/definitions/side_effects/properties/exactly/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: S.properties.exactly.type, parentSchema: S.properties.exactly, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        const u = s2;
        if (typeof r == "number" && isFinite(r) && (r < 0 || isNaN(r))) {
          const n = { instancePath: i + "/exactly", schemaPath: "#/definitions/side_effects/properties/exactly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: S.properties.exactly, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var fe = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = S.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/side_effects/properties/class/enum", keyword: "enum", params: { allowedValues: S.properties.class.enum }, message: "must be equal to one of the allowed values", schema: S.properties.class.enum, parentSchema: S.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var fe = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/side_effects/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: S.type, parentSchema: S, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var vs = c === s2, he2 = l === s2;
    Ee = he2;
  }
  if (!Ee) {
    const l = { instancePath: i, schemaPath: "#/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[7].if, parentSchema: w.allOf[7], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = os === s2;
  const as = s2, ye2 = s2;
  let Ce = true;
  const Re = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "no_tool_errors") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Ge = y2 === s2;
    } else var Ge = true;
  }
  var _e = Re === s2;
  if (s2 = ye2, e !== null && (ye2 ? e.length = ye2 : e = null), _e) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/no_tool_errors/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: D.required, parentSchema: D, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/no_tool_errors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: D, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "no_tool_errors") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/no_tool_errors/properties/type/const", keyword: "const", params: { allowedValue: "no_tool_errors" }, message: "must be equal to constant", schema: "no_tool_errors", parentSchema: D.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var ns = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = D.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/no_tool_errors/properties/class/enum", keyword: "enum", params: { allowedValues: D.properties.class.enum }, message: "must be equal to one of the allowed values", schema: D.properties.class.enum, parentSchema: D.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var ns = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/no_tool_errors/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: D.type, parentSchema: D, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var bs = c === s2, _e = l === s2;
    Ce = _e;
  }
  if (!Ce) {
    const l = { instancePath: i, schemaPath: "#/allOf/8/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[8].if, parentSchema: w.allOf[8], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = as === s2;
  const ls = s2, ge = s2;
  let Ue = true;
  const He = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    let l;
    if (t.type === void 0 && (l = "type")) {
      const c = {};
      e === null ? e = [c] : e.push(c), s2++;
    } else if (t.type !== void 0) {
      let c = t.type;
      const y2 = s2;
      if (c !== "command") {
        const _2 = {};
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var Be = y2 === s2;
    } else var Be = true;
  }
  var ve2 = He === s2;
  if (s2 = ge, e !== null && (ge ? e.length = ge : e = null), ve2) {
    const l = s2, c = s2, y2 = s2;
    if (t && typeof t == "object" && !Array.isArray(t)) {
      if (t.type === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/command/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: A.required, parentSchema: A, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      if (t.run === void 0) {
        const r = { instancePath: i, schemaPath: "#/definitions/command/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: A.required, parentSchema: A, data: t };
        e === null ? e = [r] : e.push(r), s2++;
      }
      const f = s2;
      for (const r in t) if (!(r === "type" || r === "run" || r === "class")) {
        const p = { instancePath: i, schemaPath: "#/definitions/command/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: A, data: t };
        e === null ? e = [p] : e.push(p), s2++;
      }
      if (t.type !== void 0) {
        let r = t.type;
        const p = s2;
        if (r !== "command") {
          const u = { instancePath: i + "/type", schemaPath: "#/definitions/command/properties/type/const", keyword: "const", params: { allowedValue: "command" }, message: "must be equal to constant", schema: "command", parentSchema: A.properties.type, data: r };
          e === null ? e = [u] : e.push(u), s2++;
        }
        var We = p === s2;
      }
      if (t.run !== void 0) {
        let r = t.run;
        const p = s2, u = s2;
        if (typeof r == "string") {
          if (K(r) < 1) {
            const n = { instancePath: i + "/run", schemaPath: "#/definitions/command/properties/run/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: A.properties.run, data: r };
            e === null ? e = [n] : e.push(n), s2++;
          }
        } else {
          const n = { instancePath: i + "/run", schemaPath: "#/definitions/command/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: A.properties.run.type, parentSchema: A.properties.run, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var We = p === s2;
      }
      if (t.class !== void 0) {
        let r = t.class;
        const p = s2, u = A.properties.class.enum;
        if (!(r === "tool_error" || r === "bad_decision" || r === "bad_output" || r === "timeout" || r === "cost_blowup")) {
          const n = { instancePath: i + "/class", schemaPath: "#/definitions/command/properties/class/enum", keyword: "enum", params: { allowedValues: A.properties.class.enum }, message: "must be equal to one of the allowed values", schema: A.properties.class.enum, parentSchema: A.properties.class, data: r };
          e === null ? e = [n] : e.push(n), s2++;
        }
        var We = p === s2;
      }
    } else {
      const f = { instancePath: i, schemaPath: "#/definitions/command/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: A.type, parentSchema: A, data: t };
      e === null ? e = [f] : e.push(f), s2++;
    }
    var ws = c === s2, ve2 = l === s2;
    Ue = ve2;
  }
  if (!Ue) {
    const l = { instancePath: i, schemaPath: "#/allOf/9/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: w.allOf[9].if, parentSchema: w.allOf[9], data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  var I = ls === s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.type === void 0) {
      const l = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: w.required, parentSchema: w, data: t };
      e === null ? e = [l] : e.push(l), s2++;
    }
    if (t.type !== void 0) {
      let l = t.type;
      const c = s2, y2 = w.properties.type.enum;
      if (!(l === "trajectory" || l === "tool_not_called" || l === "tool_args" || l === "output_schema" || l === "output_match" || l === "budget" || l === "no_loop" || l === "side_effects" || l === "no_tool_errors" || l === "command")) {
        const _2 = { instancePath: i + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: w.properties.type.enum }, message: "must be equal to one of the allowed values", schema: w.properties.type.enum, parentSchema: w.properties.type, data: l };
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var ks = c === s2;
    }
  } else {
    const l = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: w.type, parentSchema: w, data: t };
    e === null ? e = [l] : e.push(l), s2++;
  }
  return te.errors = e, s2 === 0;
}
function be(t, { instancePath: i = "", parentData: Xe, parentDataProperty: Qe, rootData: we2 = t } = {}) {
  let e = null, s2 = 0;
  const Ye = s2;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.id === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (t.title === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (t.guards === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "guards" }, message: "must have required property 'guards'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (t.workflow === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (t.severity === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (t.input === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (t.checks === void 0) {
      const o = { instancePath: i, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: m.required, parentSchema: m, data: t };
      e === null ? e = [o] : e.push(o), s2++;
    }
    const U2 = s2;
    for (const o in t) if (!cs.call(m.properties, o)) {
      const v = { instancePath: i, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: t };
      e === null ? e = [v] : e.push(v), s2++;
    }
    if (t.id !== void 0) {
      let o = t.id;
      const v = s2, O = s2;
      if (typeof o == "string") {
        if (!us.test(o)) {
          const N3 = { instancePath: i + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: m.properties.id, data: o };
          e === null ? e = [N3] : e.push(N3), s2++;
        }
      } else {
        const N3 = { instancePath: i + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.id.type, parentSchema: m.properties.id, data: o };
        e === null ? e = [N3] : e.push(N3), s2++;
      }
      var L2 = v === s2;
    }
    if (t.title !== void 0) {
      let o = t.title;
      const v = s2, O = s2;
      if (typeof o == "string") {
        if (K(o) < 1) {
          const d = { instancePath: i + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.title, data: o };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.title.type, parentSchema: m.properties.title, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.description !== void 0) {
      let o = t.description;
      const v = s2;
      if (typeof o != "string") {
        const d = { instancePath: i + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.description.type, parentSchema: m.properties.description, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      const O = s2;
      var L2 = v === s2;
    }
    if (t.guards !== void 0) {
      let o = t.guards;
      const v = s2, O = s2;
      let N3 = false;
      const d = s2;
      if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
        const k = { instancePath: i + "/guards", schemaPath: "#/properties/guards/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: m.properties.guards.anyOf[0].type, parentSchema: m.properties.guards.anyOf[0], data: o };
        e === null ? e = [k] : e.push(k), s2++;
      }
      const C = s2;
      if (typeof o == "number" && isFinite(o)) {
        if (o > 9007199254740991 || isNaN(o)) {
          const k = { instancePath: i + "/guards", schemaPath: "#/properties/guards/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: m.properties.guards.anyOf[0], data: o };
          e === null ? e = [k] : e.push(k), s2++;
        }
        if (o < 1 || isNaN(o)) {
          const k = { instancePath: i + "/guards", schemaPath: "#/properties/guards/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: m.properties.guards.anyOf[0], data: o };
          e === null ? e = [k] : e.push(k), s2++;
        }
      }
      var G = d === s2;
      if (N3 = N3 || G, !N3) {
        const k = s2, J2 = s2;
        if (typeof o == "string") {
          if (!ds.test(o)) {
            const Z = { instancePath: i + "/guards", schemaPath: "#/properties/guards/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100}#[1-9][0-9]{0,14}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100}#[1-9][0-9]{0,14}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100}#[1-9][0-9]{0,14}$", parentSchema: m.properties.guards.anyOf[1], data: o };
            e === null ? e = [Z] : e.push(Z), s2++;
          }
        } else {
          const Z = { instancePath: i + "/guards", schemaPath: "#/properties/guards/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.guards.anyOf[1].type, parentSchema: m.properties.guards.anyOf[1], data: o };
          e === null ? e = [Z] : e.push(Z), s2++;
        }
        var G = k === s2;
        N3 = N3 || G;
      }
      if (N3) s2 = O, e !== null && (O ? e.length = O : e = null);
      else {
        const k = { instancePath: i + "/guards", schemaPath: "#/properties/guards/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: m.properties.guards.anyOf, parentSchema: m.properties.guards, data: o };
        e === null ? e = [k] : e.push(k), s2++;
      }
      var L2 = v === s2;
    }
    if (t.workflow !== void 0) {
      let o = t.workflow;
      const v = s2, O = s2;
      if (typeof o == "string") {
        if (K(o) < 1) {
          const d = { instancePath: i + "/workflow", schemaPath: "#/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.workflow, data: o };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: i + "/workflow", schemaPath: "#/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.workflow.type, parentSchema: m.properties.workflow, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.severity !== void 0) {
      let o = t.severity;
      const v = s2, O = m.properties.severity.enum;
      if (!(o === "sev0" || o === "sev1" || o === "sev2" || o === "sev3")) {
        const d = { instancePath: i + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: m.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: m.properties.severity.enum, parentSchema: m.properties.severity, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.failure_class !== void 0) {
      let o = t.failure_class;
      const v = s2, O = m.properties.failure_class.enum;
      if (!(o === "tool_error" || o === "bad_decision" || o === "bad_output" || o === "timeout" || o === "cost_blowup")) {
        const d = { instancePath: i + "/failure_class", schemaPath: "#/properties/failure_class/enum", keyword: "enum", params: { allowedValues: m.properties.failure_class.enum }, message: "must be equal to one of the allowed values", schema: m.properties.failure_class.enum, parentSchema: m.properties.failure_class, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.boundary !== void 0) {
      let o = t.boundary;
      const v = s2, O = m.properties.boundary.enum;
      if (!(o === "prompt" || o === "tool_contract" || o === "context_source" || o === "model_route" || o === "permission" || o === "downstream_api")) {
        const d = { instancePath: i + "/boundary", schemaPath: "#/properties/boundary/enum", keyword: "enum", params: { allowedValues: m.properties.boundary.enum }, message: "must be equal to one of the allowed values", schema: m.properties.boundary.enum, parentSchema: m.properties.boundary, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.suites !== void 0) {
      let o = t.suites;
      const v = s2, O = s2;
      if (Array.isArray(o)) {
        if (o.length < 1) {
          const T2 = { instancePath: i + "/suites", schemaPath: "#/properties/suites/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: m.properties.suites, data: o };
          e === null ? e = [T2] : e.push(T2), s2++;
        }
        let d = true;
        const C = o.length;
        for (let T2 = 0; T2 < C; T2++) {
          let Z = o[T2];
          const ke2 = s2, qe = m.properties.suites.items.enum;
          if (!(Z === "benchmark" || Z === "coverage")) {
            const H2 = { instancePath: i + "/suites/" + T2, schemaPath: "#/properties/suites/items/enum", keyword: "enum", params: { allowedValues: m.properties.suites.items.enum }, message: "must be equal to one of the allowed values", schema: m.properties.suites.items.enum, parentSchema: m.properties.suites.items, data: Z };
            e === null ? e = [H2] : e.push(H2), s2++;
          }
          var Y = ke2 === s2;
          Y || (d = false);
        }
        let F2, k = o.length, J2;
        if (F2 = true, k > 1) {
          e: for (; k--; ) for (J2 = k; J2--; ) if (ms(o[k], o[J2])) {
            const T2 = { instancePath: i + "/suites", schemaPath: "#/properties/suites/uniqueItems", keyword: "uniqueItems", params: { i: k, j: J2 }, message: "must NOT have duplicate items (items ## " + J2 + " and " + k + " are identical)", schema: true, parentSchema: m.properties.suites, data: o };
            e === null ? e = [T2] : e.push(T2), s2++, F2 = false;
            break e;
          }
        }
      } else {
        const d = { instancePath: i + "/suites", schemaPath: "#/properties/suites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: m.properties.suites.type, parentSchema: m.properties.suites, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.trials !== void 0) {
      let o = t.trials;
      const v = s2;
      if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
        const d = { instancePath: i + "/trials", schemaPath: "#/properties/trials/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: m.properties.trials.type, parentSchema: m.properties.trials, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      const O = s2;
      if (typeof o == "number" && isFinite(o) && (o < 1 || isNaN(o))) {
        const d = { instancePath: i + "/trials", schemaPath: "#/properties/trials/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: m.properties.trials, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.timeout_ms !== void 0) {
      let o = t.timeout_ms;
      const v = s2;
      if (!(typeof o == "number" && !(o % 1) && !isNaN(o) && isFinite(o))) {
        const d = { instancePath: i + "/timeout_ms", schemaPath: "#/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: m.properties.timeout_ms.type, parentSchema: m.properties.timeout_ms, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      const O = s2;
      if (typeof o == "number" && isFinite(o)) {
        if (o > 2147483647 || isNaN(o)) {
          const d = { instancePath: i + "/timeout_ms", schemaPath: "#/properties/timeout_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: m.properties.timeout_ms, data: o };
          e === null ? e = [d] : e.push(d), s2++;
        }
        if (o < 1 || isNaN(o)) {
          const d = { instancePath: i + "/timeout_ms", schemaPath: "#/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: m.properties.timeout_ms, data: o };
          e === null ? e = [d] : e.push(d), s2++;
        }
      }
      var L2 = v === s2;
    }
    if (t.fixtures !== void 0) {
      let o = t.fixtures;
      const v = s2, O = s2;
      if (typeof o == "string") {
        if (K(o) < 1) {
          const d = { instancePath: i + "/fixtures", schemaPath: "#/properties/fixtures/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.fixtures, data: o };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: i + "/fixtures", schemaPath: "#/properties/fixtures/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.fixtures.type, parentSchema: m.properties.fixtures, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
    if (t.checks !== void 0) {
      let o = t.checks;
      const v = s2, O = s2;
      if (Array.isArray(o)) {
        if (o.length < 1) {
          const F2 = { instancePath: i + "/checks", schemaPath: "#/properties/checks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: m.properties.checks, data: o };
          e === null ? e = [F2] : e.push(F2), s2++;
        }
        let d = true;
        const C = o.length;
        for (let F2 = 0; F2 < C; F2++) {
          let k = o[F2];
          const J2 = s2;
          te(k, { instancePath: i + "/checks/" + F2, parentData: o, parentDataProperty: F2, rootData: we2 }) || (e = e === null ? te.errors : e.concat(te.errors), s2 = e.length);
          var ee2 = J2 === s2;
          ee2 || (d = false);
        }
      } else {
        const d = { instancePath: i + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: m.properties.checks.type, parentSchema: m.properties.checks, data: o };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var L2 = v === s2;
    }
  } else {
    const U2 = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: t };
    e === null ? e = [U2] : e.push(U2), s2++;
  }
  return be.errors = e, s2 === 0;
}

// evalgate-standalone:config
var J = j2;
var s = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://evalgate.dev/schemas/config.schema.json", title: "evalgate.yml", description: "evalgate configuration. Everything is optional except harness.command.", type: "object", required: ["harness"], additionalProperties: false, properties: { harness: { type: "object", required: ["command"], additionalProperties: false, description: "How to run the agent system under test.", properties: { command: { type: "string", minLength: 1, description: "Shell command run in the repository root, e.g. node agent/run.js." }, protocol: { enum: ["exec", "jsonl"], default: "exec", description: "exec: one process per trial (input on stdin, trace on stdout); jsonl: one long-lived process per worker." }, timeout_ms: { type: "integer", minimum: 1, maximum: 2147483647, default: 6e4, description: "Per-trial timeout; a case can override it." }, retries: { type: "integer", minimum: 0, maximum: 10, default: 2, description: "Retries for `error` outcomes only (failures are never retried); at most 10, since each retry is another agent run." }, env: { type: "object", additionalProperties: { type: ["string", "number", "boolean"] }, default: {}, description: "Extra environment variables for the harness." }, paths: { type: "array", items: { type: "string", minLength: 1 }, default: [], description: "Globs of what counts as the harness (default: the whole repository). The cases, fixtures, config, holdout bundle and every file the harness command's script imports always count. PRs that touch none of it skip the run (guard checks still run)." }, ignore: { type: "array", items: { type: "string", minLength: 1 }, default: [], description: 'Globs declared not to affect the harness (e.g. docs/**, "*.md"): a PR touching only these skips the run, and they are left out of the harness fingerprint. Never excludes the cases, fixtures, config or files the harness command imports.' }, max_output_bytes: { type: "integer", minimum: 1, default: 8388608, description: "Cap on a trial's stdout in bytes (default 8 MiB)." } } }, cases: { type: "string", minLength: 1, default: "evals/cases/**/*.{yaml,yml}", description: "Glob of case files, relative to the repository root." }, concurrency: { type: "integer", minimum: 1, default: 4, description: "Trials run in parallel." }, trials: { type: "integer", minimum: 1, default: 1, description: "Default trials per case." }, max_trials: { type: "integer", minimum: 1, maximum: 1e3, default: 200, description: "Ceiling of head trials per case for the gate's adaptive re-trials (stochastic cases stop as soon as their test is settled; unchanged cases need ~25-30)." }, max_baseline_trials: { type: "integer", minimum: 1, maximum: 1e3, default: 400, description: "Ceiling of trials per stochastic case when a baseline is written (evalgate baseline, the action's baseline mode)." }, gate: { type: "object", additionalProperties: false, description: "How a comparison turns into a verdict.", properties: { alpha: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.05, description: "False-block rate per decision." }, power: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.9, description: "Probability of catching a drop of min_drop." }, min_drop: { type: "number", exclusiveMinimum: 0, maximum: 1, default: 0.2, description: "Smallest pass-rate drop that must be caught with `power`." }, baseline: { enum: ["stored", "rerun", "auto"], default: "auto", description: "stored: stored results of the merge base; rerun: run the base commit in the same job; auto: stored when present, else rerun." }, holdout_tolerance: { type: "number", minimum: 0, maximum: 1, default: 0.05, description: "Holdout pass-rate drop tolerated before blocking." }, max_runs: { type: ["integer", "null"], minimum: 1, default: null, description: "Ceiling of head harness runs per gate and suite (null: none). Configured trials always run; re-trials are spent sev0 first; cases left undecided are inconclusive." }, on_error: { enum: ["block", "warn"], default: "block", description: "What persistent `error` outcomes do where the baseline passed." }, budgets: { type: "object", additionalProperties: false, description: "Cost and latency regressions.", properties: { cost_increase_pct: { type: "number", minimum: 0, default: 20, description: "Allowed increase of cost per successful run, percent." }, p95_latency_increase_pct: { type: "number", minimum: 0, default: 25, description: "Allowed increase of p95 latency, percent." }, enforce: { type: "boolean", default: false, description: "Block (instead of warn) when a budget is exceeded." } } } } }, owners: { type: "object", additionalProperties: { type: "array", items: { type: "string", minLength: 1 } }, default: {}, description: "Workflow -> owners (GitHub users or @org/team) assigned when a guarded issue is reopened." }, triage: { type: "object", additionalProperties: false, description: "Failure class -> remediation label (and optional owner). Defaults: bad_output fix:prompt, bad_decision fix:harness, tool_error fix:tool-contract, timeout fix:budget, cost_blowup fix:budget.", properties: { tool_error: { type: "object", required: ["label"], additionalProperties: false, properties: { label: { type: "string", minLength: 1, description: "Label applied to issues of this class." }, owner: { type: "string", minLength: 1, description: "Owner assigned to issues of this class." } } }, bad_decision: { type: "object", required: ["label"], additionalProperties: false, properties: { label: { type: "string", minLength: 1, description: "Label applied to issues of this class." }, owner: { type: "string", minLength: 1, description: "Owner assigned to issues of this class." } } }, bad_output: { type: "object", required: ["label"], additionalProperties: false, properties: { label: { type: "string", minLength: 1, description: "Label applied to issues of this class." }, owner: { type: "string", minLength: 1, description: "Owner assigned to issues of this class." } } }, timeout: { type: "object", required: ["label"], additionalProperties: false, properties: { label: { type: "string", minLength: 1, description: "Label applied to issues of this class." }, owner: { type: "string", minLength: 1, description: "Owner assigned to issues of this class." } } }, cost_blowup: { type: "object", required: ["label"], additionalProperties: false, properties: { label: { type: "string", minLength: 1, description: "Label applied to issues of this class." }, owner: { type: "string", minLength: 1, description: "Owner assigned to issues of this class." } } } } }, redact: { type: "array", items: { type: "string", minLength: 1 }, default: [], description: "Regular expressions whose matches are masked in everything evalgate posts." }, pricing: { type: "object", description: "USD per million tokens by model id, used when a step has tokens and a model but no cost_usd. Keys match the step's model exactly, case-insensitively, without a provider prefix (openai/...), or as the longest key the model starts with followed by '-' (dated snapshots).", propertyNames: { minLength: 1 }, additionalProperties: { type: "object", additionalProperties: false, required: ["input", "output"], properties: { input: { type: "number", minimum: 0, description: "USD per million input tokens." }, output: { type: "number", minimum: 0, description: "USD per million output tokens." }, cached_input: { type: "number", minimum: 0, description: "USD per million cached input tokens (defaults to input)." } } }, default: {}, examples: [{ "gpt-4.1-mini": { input: 0.4, output: 1.6, cached_input: 0.1 } }] } } };
var U = Object.prototype.hasOwnProperty;
var b2 = require_ucs2length().default;
function j2(g2, { instancePath: o = "", parentData: E, parentDataProperty: V, rootData: B2 = g2 } = {}) {
  let e = null, r = 0;
  const W2 = r;
  if (g2 && typeof g2 == "object" && !Array.isArray(g2)) {
    if (g2.harness === void 0) {
      const i = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "harness" }, message: "must have required property 'harness'", schema: s.required, parentSchema: s, data: g2 };
      e === null ? e = [i] : e.push(i), r++;
    }
    const x = r;
    for (const i in g2) if (!U.call(s.properties, i)) {
      const f = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: i }, message: "must NOT have additional properties", schema: false, parentSchema: s, data: g2 };
      e === null ? e = [f] : e.push(f), r++;
    }
    if (g2.harness !== void 0) {
      let i = g2.harness;
      const f = r, w3 = r;
      if (i && typeof i == "object" && !Array.isArray(i)) {
        if (i.command === void 0) {
          const p = { instancePath: o + "/harness", schemaPath: "#/properties/harness/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: s.properties.harness.required, parentSchema: s.properties.harness, data: i };
          e === null ? e = [p] : e.push(p), r++;
        }
        const N3 = r;
        for (const p in i) if (!(p === "command" || p === "protocol" || p === "timeout_ms" || p === "retries" || p === "env" || p === "paths" || p === "ignore" || p === "max_output_bytes")) {
          const t = { instancePath: o + "/harness", schemaPath: "#/properties/harness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: p }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.harness, data: i };
          e === null ? e = [t] : e.push(t), r++;
        }
        if (i.command !== void 0) {
          let p = i.command;
          const t = r, m2 = r;
          if (typeof p == "string") {
            if (b2(p) < 1) {
              const h = { instancePath: o + "/harness/command", schemaPath: "#/properties/harness/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.harness.properties.command, data: p };
              e === null ? e = [h] : e.push(h), r++;
            }
          } else {
            const h = { instancePath: o + "/harness/command", schemaPath: "#/properties/harness/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.harness.properties.command.type, parentSchema: s.properties.harness.properties.command, data: p };
            e === null ? e = [h] : e.push(h), r++;
          }
          var P4 = t === r;
        }
        if (i.protocol !== void 0) {
          let p = i.protocol;
          const t = r, m2 = s.properties.harness.properties.protocol.enum;
          if (!(p === "exec" || p === "jsonl")) {
            const c = { instancePath: o + "/harness/protocol", schemaPath: "#/properties/harness/properties/protocol/enum", keyword: "enum", params: { allowedValues: s.properties.harness.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: s.properties.harness.properties.protocol.enum, parentSchema: s.properties.harness.properties.protocol, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          var P4 = t === r;
        }
        if (i.timeout_ms !== void 0) {
          let p = i.timeout_ms;
          const t = r;
          if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
            const c = { instancePath: o + "/harness/timeout_ms", schemaPath: "#/properties/harness/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.harness.properties.timeout_ms.type, parentSchema: s.properties.harness.properties.timeout_ms, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          const m2 = r;
          if (typeof p == "number" && isFinite(p)) {
            if (p > 2147483647 || isNaN(p)) {
              const c = { instancePath: o + "/harness/timeout_ms", schemaPath: "#/properties/harness/properties/timeout_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: s.properties.harness.properties.timeout_ms, data: p };
              e === null ? e = [c] : e.push(c), r++;
            }
            if (p < 1 || isNaN(p)) {
              const c = { instancePath: o + "/harness/timeout_ms", schemaPath: "#/properties/harness/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.harness.properties.timeout_ms, data: p };
              e === null ? e = [c] : e.push(c), r++;
            }
          }
          var P4 = t === r;
        }
        if (i.retries !== void 0) {
          let p = i.retries;
          const t = r;
          if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
            const c = { instancePath: o + "/harness/retries", schemaPath: "#/properties/harness/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.harness.properties.retries.type, parentSchema: s.properties.harness.properties.retries, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          const m2 = r;
          if (typeof p == "number" && isFinite(p)) {
            if (p > 10 || isNaN(p)) {
              const c = { instancePath: o + "/harness/retries", schemaPath: "#/properties/harness/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: s.properties.harness.properties.retries, data: p };
              e === null ? e = [c] : e.push(c), r++;
            }
            if (p < 0 || isNaN(p)) {
              const c = { instancePath: o + "/harness/retries", schemaPath: "#/properties/harness/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.harness.properties.retries, data: p };
              e === null ? e = [c] : e.push(c), r++;
            }
          }
          var P4 = t === r;
        }
        if (i.env !== void 0) {
          let p = i.env;
          const t = r, m2 = r;
          if (p && typeof p == "object" && !Array.isArray(p)) {
            const c = r;
            for (const n in p) {
              let a2 = p[n];
              const l = r;
              if (typeof a2 != "string" && !(typeof a2 == "number" && isFinite(a2)) && typeof a2 != "boolean") {
                const d = { instancePath: o + "/harness/env/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/harness/properties/env/additionalProperties/type", keyword: "type", params: { type: s.properties.harness.properties.env.additionalProperties.type }, message: "must be string,number,boolean", schema: s.properties.harness.properties.env.additionalProperties.type, parentSchema: s.properties.harness.properties.env.additionalProperties, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              const y2 = r;
              var $2 = l === r;
            }
          } else {
            const c = { instancePath: o + "/harness/env", schemaPath: "#/properties/harness/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.harness.properties.env.type, parentSchema: s.properties.harness.properties.env, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          var P4 = t === r;
        }
        if (i.paths !== void 0) {
          let p = i.paths;
          const t = r, m2 = r;
          if (Array.isArray(p)) {
            let c = true;
            const n = p.length;
            for (let a2 = 0; a2 < n; a2++) {
              let l = p[a2];
              const y2 = r, d = r;
              if (typeof l == "string") {
                if (b2(l) < 1) {
                  const u = { instancePath: o + "/harness/paths/" + a2, schemaPath: "#/properties/harness/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.harness.properties.paths.items, data: l };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/harness/paths/" + a2, schemaPath: "#/properties/harness/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.harness.properties.paths.items.type, parentSchema: s.properties.harness.properties.paths.items, data: l };
                e === null ? e = [u] : e.push(u), r++;
              }
              var A2 = y2 === r;
              A2 || (c = false);
            }
          } else {
            const c = { instancePath: o + "/harness/paths", schemaPath: "#/properties/harness/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: s.properties.harness.properties.paths.type, parentSchema: s.properties.harness.properties.paths, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          var P4 = t === r;
        }
        if (i.ignore !== void 0) {
          let p = i.ignore;
          const t = r, m2 = r;
          if (Array.isArray(p)) {
            let c = true;
            const n = p.length;
            for (let a2 = 0; a2 < n; a2++) {
              let l = p[a2];
              const y2 = r, d = r;
              if (typeof l == "string") {
                if (b2(l) < 1) {
                  const u = { instancePath: o + "/harness/ignore/" + a2, schemaPath: "#/properties/harness/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.harness.properties.ignore.items, data: l };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/harness/ignore/" + a2, schemaPath: "#/properties/harness/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.harness.properties.ignore.items.type, parentSchema: s.properties.harness.properties.ignore.items, data: l };
                e === null ? e = [u] : e.push(u), r++;
              }
              var O = y2 === r;
              O || (c = false);
            }
          } else {
            const c = { instancePath: o + "/harness/ignore", schemaPath: "#/properties/harness/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: s.properties.harness.properties.ignore.type, parentSchema: s.properties.harness.properties.ignore, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          var P4 = t === r;
        }
        if (i.max_output_bytes !== void 0) {
          let p = i.max_output_bytes;
          const t = r;
          if (!(typeof p == "number" && !(p % 1) && !isNaN(p) && isFinite(p))) {
            const c = { instancePath: o + "/harness/max_output_bytes", schemaPath: "#/properties/harness/properties/max_output_bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.harness.properties.max_output_bytes.type, parentSchema: s.properties.harness.properties.max_output_bytes, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          const m2 = r;
          if (typeof p == "number" && isFinite(p) && (p < 1 || isNaN(p))) {
            const c = { instancePath: o + "/harness/max_output_bytes", schemaPath: "#/properties/harness/properties/max_output_bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.harness.properties.max_output_bytes, data: p };
            e === null ? e = [c] : e.push(c), r++;
          }
          var P4 = t === r;
        }
      } else {
        const N3 = { instancePath: o + "/harness", schemaPath: "#/properties/harness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.harness.type, parentSchema: s.properties.harness, data: i };
        e === null ? e = [N3] : e.push(N3), r++;
      }
      var _2 = f === r;
    }
    if (g2.cases !== void 0) {
      let i = g2.cases;
      const f = r, w3 = r;
      if (typeof i == "string") {
        if (b2(i) < 1) {
          const p = { instancePath: o + "/cases", schemaPath: "#/properties/cases/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.cases, data: i };
          e === null ? e = [p] : e.push(p), r++;
        }
      } else {
        const p = { instancePath: o + "/cases", schemaPath: "#/properties/cases/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.cases.type, parentSchema: s.properties.cases, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.concurrency !== void 0) {
      let i = g2.concurrency;
      const f = r;
      if (!(typeof i == "number" && !(i % 1) && !isNaN(i) && isFinite(i))) {
        const p = { instancePath: o + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.concurrency.type, parentSchema: s.properties.concurrency, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      const w3 = r;
      if (typeof i == "number" && isFinite(i) && (i < 1 || isNaN(i))) {
        const p = { instancePath: o + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.concurrency, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.trials !== void 0) {
      let i = g2.trials;
      const f = r;
      if (!(typeof i == "number" && !(i % 1) && !isNaN(i) && isFinite(i))) {
        const p = { instancePath: o + "/trials", schemaPath: "#/properties/trials/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.trials.type, parentSchema: s.properties.trials, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      const w3 = r;
      if (typeof i == "number" && isFinite(i) && (i < 1 || isNaN(i))) {
        const p = { instancePath: o + "/trials", schemaPath: "#/properties/trials/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.trials, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.max_trials !== void 0) {
      let i = g2.max_trials;
      const f = r;
      if (!(typeof i == "number" && !(i % 1) && !isNaN(i) && isFinite(i))) {
        const p = { instancePath: o + "/max_trials", schemaPath: "#/properties/max_trials/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.max_trials.type, parentSchema: s.properties.max_trials, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      const w3 = r;
      if (typeof i == "number" && isFinite(i)) {
        if (i > 1e3 || isNaN(i)) {
          const p = { instancePath: o + "/max_trials", schemaPath: "#/properties/max_trials/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: s.properties.max_trials, data: i };
          e === null ? e = [p] : e.push(p), r++;
        }
        if (i < 1 || isNaN(i)) {
          const p = { instancePath: o + "/max_trials", schemaPath: "#/properties/max_trials/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.max_trials, data: i };
          e === null ? e = [p] : e.push(p), r++;
        }
      }
      var _2 = f === r;
    }
    if (g2.max_baseline_trials !== void 0) {
      let i = g2.max_baseline_trials;
      const f = r;
      if (!(typeof i == "number" && !(i % 1) && !isNaN(i) && isFinite(i))) {
        const p = { instancePath: o + "/max_baseline_trials", schemaPath: "#/properties/max_baseline_trials/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: s.properties.max_baseline_trials.type, parentSchema: s.properties.max_baseline_trials, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      const w3 = r;
      if (typeof i == "number" && isFinite(i)) {
        if (i > 1e3 || isNaN(i)) {
          const p = { instancePath: o + "/max_baseline_trials", schemaPath: "#/properties/max_baseline_trials/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: s.properties.max_baseline_trials, data: i };
          e === null ? e = [p] : e.push(p), r++;
        }
        if (i < 1 || isNaN(i)) {
          const p = { instancePath: o + "/max_baseline_trials", schemaPath: "#/properties/max_baseline_trials/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.max_baseline_trials, data: i };
          e === null ? e = [p] : e.push(p), r++;
        }
      }
      var _2 = f === r;
    }
    if (g2.gate !== void 0) {
      let i = g2.gate;
      const f = r, w3 = r;
      if (i && typeof i == "object" && !Array.isArray(i)) {
        const p = r;
        for (const t in i) if (!(t === "alpha" || t === "power" || t === "min_drop" || t === "baseline" || t === "holdout_tolerance" || t === "max_runs" || t === "on_error" || t === "budgets")) {
          const m2 = { instancePath: o + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.gate, data: i };
          e === null ? e = [m2] : e.push(m2), r++;
        }
        if (i.alpha !== void 0) {
          let t = i.alpha;
          const m2 = r, h = r;
          if (typeof t == "number" && isFinite(t)) {
            if (t >= 1 || isNaN(t)) {
              const c = { instancePath: o + "/gate/alpha", schemaPath: "#/properties/gate/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: s.properties.gate.properties.alpha, data: t };
              e === null ? e = [c] : e.push(c), r++;
            }
            if (t <= 0 || isNaN(t)) {
              const c = { instancePath: o + "/gate/alpha", schemaPath: "#/properties/gate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: s.properties.gate.properties.alpha, data: t };
              e === null ? e = [c] : e.push(c), r++;
            }
          } else {
            const c = { instancePath: o + "/gate/alpha", schemaPath: "#/properties/gate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.gate.properties.alpha.type, parentSchema: s.properties.gate.properties.alpha, data: t };
            e === null ? e = [c] : e.push(c), r++;
          }
          var v = m2 === r;
        }
        if (i.power !== void 0) {
          let t = i.power;
          const m2 = r, h = r;
          if (typeof t == "number" && isFinite(t)) {
            if (t >= 1 || isNaN(t)) {
              const n = { instancePath: o + "/gate/power", schemaPath: "#/properties/gate/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: s.properties.gate.properties.power, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
            if (t <= 0 || isNaN(t)) {
              const n = { instancePath: o + "/gate/power", schemaPath: "#/properties/gate/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: s.properties.gate.properties.power, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
          } else {
            const n = { instancePath: o + "/gate/power", schemaPath: "#/properties/gate/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.gate.properties.power.type, parentSchema: s.properties.gate.properties.power, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
        if (i.min_drop !== void 0) {
          let t = i.min_drop;
          const m2 = r, h = r;
          if (typeof t == "number" && isFinite(t)) {
            if (t > 1 || isNaN(t)) {
              const n = { instancePath: o + "/gate/min_drop", schemaPath: "#/properties/gate/properties/min_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: s.properties.gate.properties.min_drop, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
            if (t <= 0 || isNaN(t)) {
              const n = { instancePath: o + "/gate/min_drop", schemaPath: "#/properties/gate/properties/min_drop/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: s.properties.gate.properties.min_drop, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
          } else {
            const n = { instancePath: o + "/gate/min_drop", schemaPath: "#/properties/gate/properties/min_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.gate.properties.min_drop.type, parentSchema: s.properties.gate.properties.min_drop, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
        if (i.baseline !== void 0) {
          let t = i.baseline;
          const m2 = r, h = s.properties.gate.properties.baseline.enum;
          if (!(t === "stored" || t === "rerun" || t === "auto")) {
            const n = { instancePath: o + "/gate/baseline", schemaPath: "#/properties/gate/properties/baseline/enum", keyword: "enum", params: { allowedValues: s.properties.gate.properties.baseline.enum }, message: "must be equal to one of the allowed values", schema: s.properties.gate.properties.baseline.enum, parentSchema: s.properties.gate.properties.baseline, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
        if (i.holdout_tolerance !== void 0) {
          let t = i.holdout_tolerance;
          const m2 = r, h = r;
          if (typeof t == "number" && isFinite(t)) {
            if (t > 1 || isNaN(t)) {
              const n = { instancePath: o + "/gate/holdout_tolerance", schemaPath: "#/properties/gate/properties/holdout_tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: s.properties.gate.properties.holdout_tolerance, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
            if (t < 0 || isNaN(t)) {
              const n = { instancePath: o + "/gate/holdout_tolerance", schemaPath: "#/properties/gate/properties/holdout_tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.gate.properties.holdout_tolerance, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
          } else {
            const n = { instancePath: o + "/gate/holdout_tolerance", schemaPath: "#/properties/gate/properties/holdout_tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.gate.properties.holdout_tolerance.type, parentSchema: s.properties.gate.properties.holdout_tolerance, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
        if (i.max_runs !== void 0) {
          let t = i.max_runs;
          const m2 = r;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t)) && t !== null) {
            const n = { instancePath: o + "/gate/max_runs", schemaPath: "#/properties/gate/properties/max_runs/type", keyword: "type", params: { type: s.properties.gate.properties.max_runs.type }, message: "must be integer,null", schema: s.properties.gate.properties.max_runs.type, parentSchema: s.properties.gate.properties.max_runs, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          const h = r;
          if (typeof t == "number" && isFinite(t) && (t < 1 || isNaN(t))) {
            const n = { instancePath: o + "/gate/max_runs", schemaPath: "#/properties/gate/properties/max_runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: s.properties.gate.properties.max_runs, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
        if (i.on_error !== void 0) {
          let t = i.on_error;
          const m2 = r, h = s.properties.gate.properties.on_error.enum;
          if (!(t === "block" || t === "warn")) {
            const n = { instancePath: o + "/gate/on_error", schemaPath: "#/properties/gate/properties/on_error/enum", keyword: "enum", params: { allowedValues: s.properties.gate.properties.on_error.enum }, message: "must be equal to one of the allowed values", schema: s.properties.gate.properties.on_error.enum, parentSchema: s.properties.gate.properties.on_error, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
        if (i.budgets !== void 0) {
          let t = i.budgets;
          const m2 = r, h = r;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            const n = r;
            for (const a2 in t) if (!(a2 === "cost_increase_pct" || a2 === "p95_latency_increase_pct" || a2 === "enforce")) {
              const l = { instancePath: o + "/gate/budgets", schemaPath: "#/properties/gate/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.gate.properties.budgets, data: t };
              e === null ? e = [l] : e.push(l), r++;
            }
            if (t.cost_increase_pct !== void 0) {
              let a2 = t.cost_increase_pct;
              const l = r, y2 = r;
              if (typeof a2 == "number" && isFinite(a2)) {
                if (a2 < 0 || isNaN(a2)) {
                  const d = { instancePath: o + "/gate/budgets/cost_increase_pct", schemaPath: "#/properties/gate/properties/budgets/properties/cost_increase_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.gate.properties.budgets.properties.cost_increase_pct, data: a2 };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/gate/budgets/cost_increase_pct", schemaPath: "#/properties/gate/properties/budgets/properties/cost_increase_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.gate.properties.budgets.properties.cost_increase_pct.type, parentSchema: s.properties.gate.properties.budgets.properties.cost_increase_pct, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              var L2 = l === r;
            }
            if (t.p95_latency_increase_pct !== void 0) {
              let a2 = t.p95_latency_increase_pct;
              const l = r, y2 = r;
              if (typeof a2 == "number" && isFinite(a2)) {
                if (a2 < 0 || isNaN(a2)) {
                  const u = { instancePath: o + "/gate/budgets/p95_latency_increase_pct", schemaPath: "#/properties/gate/properties/budgets/properties/p95_latency_increase_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.gate.properties.budgets.properties.p95_latency_increase_pct, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/gate/budgets/p95_latency_increase_pct", schemaPath: "#/properties/gate/properties/budgets/properties/p95_latency_increase_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.gate.properties.budgets.properties.p95_latency_increase_pct.type, parentSchema: s.properties.gate.properties.budgets.properties.p95_latency_increase_pct, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var L2 = l === r;
            }
            if (t.enforce !== void 0) {
              let a2 = t.enforce;
              const l = r;
              if (typeof a2 != "boolean") {
                const u = { instancePath: o + "/gate/budgets/enforce", schemaPath: "#/properties/gate/properties/budgets/properties/enforce/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: s.properties.gate.properties.budgets.properties.enforce.type, parentSchema: s.properties.gate.properties.budgets.properties.enforce, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              const y2 = r;
              var L2 = l === r;
            }
          } else {
            const n = { instancePath: o + "/gate/budgets", schemaPath: "#/properties/gate/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.gate.properties.budgets.type, parentSchema: s.properties.gate.properties.budgets, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var v = m2 === r;
        }
      } else {
        const p = { instancePath: o + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.gate.type, parentSchema: s.properties.gate, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.owners !== void 0) {
      let i = g2.owners;
      const f = r, w3 = r;
      if (i && typeof i == "object" && !Array.isArray(i)) {
        const p = r;
        for (const t in i) {
          let m2 = i[t];
          const h = r, c = r;
          if (Array.isArray(m2)) {
            let n = true;
            const a2 = m2.length;
            for (let l = 0; l < a2; l++) {
              let y2 = m2[l];
              const d = r, u = r;
              if (typeof y2 == "string") {
                if (b2(y2) < 1) {
                  const k = { instancePath: o + "/owners/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + l, schemaPath: "#/properties/owners/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.owners.additionalProperties.items, data: y2 };
                  e === null ? e = [k] : e.push(k), r++;
                }
              } else {
                const k = { instancePath: o + "/owners/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + l, schemaPath: "#/properties/owners/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.owners.additionalProperties.items.type, parentSchema: s.properties.owners.additionalProperties.items, data: y2 };
                e === null ? e = [k] : e.push(k), r++;
              }
              var T2 = d === r;
              T2 || (n = false);
            }
          } else {
            const n = { instancePath: o + "/owners/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/owners/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: s.properties.owners.additionalProperties.type, parentSchema: s.properties.owners.additionalProperties, data: m2 };
            e === null ? e = [n] : e.push(n), r++;
          }
          var K2 = h === r;
        }
      } else {
        const p = { instancePath: o + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.owners.type, parentSchema: s.properties.owners, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.triage !== void 0) {
      let i = g2.triage;
      const f = r, w3 = r;
      if (i && typeof i == "object" && !Array.isArray(i)) {
        const p = r;
        for (const t in i) if (!(t === "tool_error" || t === "bad_decision" || t === "bad_output" || t === "timeout" || t === "cost_blowup")) {
          const m2 = { instancePath: o + "/triage", schemaPath: "#/properties/triage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.triage, data: i };
          e === null ? e = [m2] : e.push(m2), r++;
        }
        if (i.tool_error !== void 0) {
          let t = i.tool_error;
          const m2 = r, h = r;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.label === void 0) {
              const n = { instancePath: o + "/triage/tool_error", schemaPath: "#/properties/triage/properties/tool_error/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: s.properties.triage.properties.tool_error.required, parentSchema: s.properties.triage.properties.tool_error, data: t };
              e === null ? e = [n] : e.push(n), r++;
            }
            const c = r;
            for (const n in t) if (!(n === "label" || n === "owner")) {
              const a2 = { instancePath: o + "/triage/tool_error", schemaPath: "#/properties/triage/properties/tool_error/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.triage.properties.tool_error, data: t };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            if (t.label !== void 0) {
              let n = t.label;
              const a2 = r, l = r;
              if (typeof n == "string") {
                if (b2(n) < 1) {
                  const y2 = { instancePath: o + "/triage/tool_error/label", schemaPath: "#/properties/triage/properties/tool_error/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.tool_error.properties.label, data: n };
                  e === null ? e = [y2] : e.push(y2), r++;
                }
              } else {
                const y2 = { instancePath: o + "/triage/tool_error/label", schemaPath: "#/properties/triage/properties/tool_error/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.tool_error.properties.label.type, parentSchema: s.properties.triage.properties.tool_error.properties.label, data: n };
                e === null ? e = [y2] : e.push(y2), r++;
              }
              var F2 = a2 === r;
            }
            if (t.owner !== void 0) {
              let n = t.owner;
              const a2 = r, l = r;
              if (typeof n == "string") {
                if (b2(n) < 1) {
                  const d = { instancePath: o + "/triage/tool_error/owner", schemaPath: "#/properties/triage/properties/tool_error/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.tool_error.properties.owner, data: n };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/triage/tool_error/owner", schemaPath: "#/properties/triage/properties/tool_error/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.tool_error.properties.owner.type, parentSchema: s.properties.triage.properties.tool_error.properties.owner, data: n };
                e === null ? e = [d] : e.push(d), r++;
              }
              var F2 = a2 === r;
            }
          } else {
            const c = { instancePath: o + "/triage/tool_error", schemaPath: "#/properties/triage/properties/tool_error/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.triage.properties.tool_error.type, parentSchema: s.properties.triage.properties.tool_error, data: t };
            e === null ? e = [c] : e.push(c), r++;
          }
          var S2 = m2 === r;
        }
        if (i.bad_decision !== void 0) {
          let t = i.bad_decision;
          const m2 = r, h = r;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.label === void 0) {
              const a2 = { instancePath: o + "/triage/bad_decision", schemaPath: "#/properties/triage/properties/bad_decision/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: s.properties.triage.properties.bad_decision.required, parentSchema: s.properties.triage.properties.bad_decision, data: t };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            const n = r;
            for (const a2 in t) if (!(a2 === "label" || a2 === "owner")) {
              const l = { instancePath: o + "/triage/bad_decision", schemaPath: "#/properties/triage/properties/bad_decision/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.triage.properties.bad_decision, data: t };
              e === null ? e = [l] : e.push(l), r++;
            }
            if (t.label !== void 0) {
              let a2 = t.label;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const d = { instancePath: o + "/triage/bad_decision/label", schemaPath: "#/properties/triage/properties/bad_decision/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.bad_decision.properties.label, data: a2 };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/triage/bad_decision/label", schemaPath: "#/properties/triage/properties/bad_decision/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.bad_decision.properties.label.type, parentSchema: s.properties.triage.properties.bad_decision.properties.label, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              var M2 = l === r;
            }
            if (t.owner !== void 0) {
              let a2 = t.owner;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const u = { instancePath: o + "/triage/bad_decision/owner", schemaPath: "#/properties/triage/properties/bad_decision/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.bad_decision.properties.owner, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/triage/bad_decision/owner", schemaPath: "#/properties/triage/properties/bad_decision/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.bad_decision.properties.owner.type, parentSchema: s.properties.triage.properties.bad_decision.properties.owner, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var M2 = l === r;
            }
          } else {
            const n = { instancePath: o + "/triage/bad_decision", schemaPath: "#/properties/triage/properties/bad_decision/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.triage.properties.bad_decision.type, parentSchema: s.properties.triage.properties.bad_decision, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var S2 = m2 === r;
        }
        if (i.bad_output !== void 0) {
          let t = i.bad_output;
          const m2 = r, h = r;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.label === void 0) {
              const a2 = { instancePath: o + "/triage/bad_output", schemaPath: "#/properties/triage/properties/bad_output/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: s.properties.triage.properties.bad_output.required, parentSchema: s.properties.triage.properties.bad_output, data: t };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            const n = r;
            for (const a2 in t) if (!(a2 === "label" || a2 === "owner")) {
              const l = { instancePath: o + "/triage/bad_output", schemaPath: "#/properties/triage/properties/bad_output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.triage.properties.bad_output, data: t };
              e === null ? e = [l] : e.push(l), r++;
            }
            if (t.label !== void 0) {
              let a2 = t.label;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const d = { instancePath: o + "/triage/bad_output/label", schemaPath: "#/properties/triage/properties/bad_output/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.bad_output.properties.label, data: a2 };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/triage/bad_output/label", schemaPath: "#/properties/triage/properties/bad_output/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.bad_output.properties.label.type, parentSchema: s.properties.triage.properties.bad_output.properties.label, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              var D3 = l === r;
            }
            if (t.owner !== void 0) {
              let a2 = t.owner;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const u = { instancePath: o + "/triage/bad_output/owner", schemaPath: "#/properties/triage/properties/bad_output/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.bad_output.properties.owner, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/triage/bad_output/owner", schemaPath: "#/properties/triage/properties/bad_output/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.bad_output.properties.owner.type, parentSchema: s.properties.triage.properties.bad_output.properties.owner, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var D3 = l === r;
            }
          } else {
            const n = { instancePath: o + "/triage/bad_output", schemaPath: "#/properties/triage/properties/bad_output/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.triage.properties.bad_output.type, parentSchema: s.properties.triage.properties.bad_output, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var S2 = m2 === r;
        }
        if (i.timeout !== void 0) {
          let t = i.timeout;
          const m2 = r, h = r;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.label === void 0) {
              const a2 = { instancePath: o + "/triage/timeout", schemaPath: "#/properties/triage/properties/timeout/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: s.properties.triage.properties.timeout.required, parentSchema: s.properties.triage.properties.timeout, data: t };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            const n = r;
            for (const a2 in t) if (!(a2 === "label" || a2 === "owner")) {
              const l = { instancePath: o + "/triage/timeout", schemaPath: "#/properties/triage/properties/timeout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.triage.properties.timeout, data: t };
              e === null ? e = [l] : e.push(l), r++;
            }
            if (t.label !== void 0) {
              let a2 = t.label;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const d = { instancePath: o + "/triage/timeout/label", schemaPath: "#/properties/triage/properties/timeout/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.timeout.properties.label, data: a2 };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/triage/timeout/label", schemaPath: "#/properties/triage/properties/timeout/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.timeout.properties.label.type, parentSchema: s.properties.triage.properties.timeout.properties.label, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              var C = l === r;
            }
            if (t.owner !== void 0) {
              let a2 = t.owner;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const u = { instancePath: o + "/triage/timeout/owner", schemaPath: "#/properties/triage/properties/timeout/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.timeout.properties.owner, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/triage/timeout/owner", schemaPath: "#/properties/triage/properties/timeout/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.timeout.properties.owner.type, parentSchema: s.properties.triage.properties.timeout.properties.owner, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var C = l === r;
            }
          } else {
            const n = { instancePath: o + "/triage/timeout", schemaPath: "#/properties/triage/properties/timeout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.triage.properties.timeout.type, parentSchema: s.properties.triage.properties.timeout, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var S2 = m2 === r;
        }
        if (i.cost_blowup !== void 0) {
          let t = i.cost_blowup;
          const m2 = r, h = r;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.label === void 0) {
              const a2 = { instancePath: o + "/triage/cost_blowup", schemaPath: "#/properties/triage/properties/cost_blowup/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: s.properties.triage.properties.cost_blowup.required, parentSchema: s.properties.triage.properties.cost_blowup, data: t };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            const n = r;
            for (const a2 in t) if (!(a2 === "label" || a2 === "owner")) {
              const l = { instancePath: o + "/triage/cost_blowup", schemaPath: "#/properties/triage/properties/cost_blowup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.triage.properties.cost_blowup, data: t };
              e === null ? e = [l] : e.push(l), r++;
            }
            if (t.label !== void 0) {
              let a2 = t.label;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const d = { instancePath: o + "/triage/cost_blowup/label", schemaPath: "#/properties/triage/properties/cost_blowup/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.cost_blowup.properties.label, data: a2 };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/triage/cost_blowup/label", schemaPath: "#/properties/triage/properties/cost_blowup/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.cost_blowup.properties.label.type, parentSchema: s.properties.triage.properties.cost_blowup.properties.label, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              var G = l === r;
            }
            if (t.owner !== void 0) {
              let a2 = t.owner;
              const l = r, y2 = r;
              if (typeof a2 == "string") {
                if (b2(a2) < 1) {
                  const u = { instancePath: o + "/triage/cost_blowup/owner", schemaPath: "#/properties/triage/properties/cost_blowup/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.triage.properties.cost_blowup.properties.owner, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/triage/cost_blowup/owner", schemaPath: "#/properties/triage/properties/cost_blowup/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.triage.properties.cost_blowup.properties.owner.type, parentSchema: s.properties.triage.properties.cost_blowup.properties.owner, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var G = l === r;
            }
          } else {
            const n = { instancePath: o + "/triage/cost_blowup", schemaPath: "#/properties/triage/properties/cost_blowup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.triage.properties.cost_blowup.type, parentSchema: s.properties.triage.properties.cost_blowup, data: t };
            e === null ? e = [n] : e.push(n), r++;
          }
          var S2 = m2 === r;
        }
      } else {
        const p = { instancePath: o + "/triage", schemaPath: "#/properties/triage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.triage.type, parentSchema: s.properties.triage, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.redact !== void 0) {
      let i = g2.redact;
      const f = r, w3 = r;
      if (Array.isArray(i)) {
        let p = true;
        const t = i.length;
        for (let m2 = 0; m2 < t; m2++) {
          let h = i[m2];
          const c = r, n = r;
          if (typeof h == "string") {
            if (b2(h) < 1) {
              const a2 = { instancePath: o + "/redact/" + m2, schemaPath: "#/properties/redact/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.redact.items, data: h };
              e === null ? e = [a2] : e.push(a2), r++;
            }
          } else {
            const a2 = { instancePath: o + "/redact/" + m2, schemaPath: "#/properties/redact/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: s.properties.redact.items.type, parentSchema: s.properties.redact.items, data: h };
            e === null ? e = [a2] : e.push(a2), r++;
          }
          var H2 = c === r;
          H2 || (p = false);
        }
      } else {
        const p = { instancePath: o + "/redact", schemaPath: "#/properties/redact/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: s.properties.redact.type, parentSchema: s.properties.redact, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
    if (g2.pricing !== void 0) {
      let i = g2.pricing;
      const f = r, w3 = r;
      if (i && typeof i == "object" && !Array.isArray(i)) {
        for (const t in i) {
          const m2 = r;
          if (typeof t == "string" && b2(t) < 1) {
            const h = { instancePath: o + "/pricing", schemaPath: "#/properties/pricing/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: s.properties.pricing.propertyNames, data: t, propertyName: t };
            e === null ? e = [h] : e.push(h), r++;
          }
          var R = m2 === r;
          if (!R) {
            const h = { instancePath: o + "/pricing", schemaPath: "#/properties/pricing/propertyNames", keyword: "propertyNames", params: { propertyName: t }, message: "property name must be valid", schema: s.properties.pricing.propertyNames, parentSchema: s.properties.pricing, data: i };
            e === null ? e = [h] : e.push(h), r++;
          }
        }
        const p = r;
        for (const t in i) {
          let m2 = i[t];
          const h = r, c = r;
          if (m2 && typeof m2 == "object" && !Array.isArray(m2)) {
            if (m2.input === void 0) {
              const a2 = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pricing/additionalProperties/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: s.properties.pricing.additionalProperties.required, parentSchema: s.properties.pricing.additionalProperties, data: m2 };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            if (m2.output === void 0) {
              const a2 = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pricing/additionalProperties/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: s.properties.pricing.additionalProperties.required, parentSchema: s.properties.pricing.additionalProperties, data: m2 };
              e === null ? e = [a2] : e.push(a2), r++;
            }
            const n = r;
            for (const a2 in m2) if (!(a2 === "input" || a2 === "output" || a2 === "cached_input")) {
              const l = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pricing/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties", schema: false, parentSchema: s.properties.pricing.additionalProperties, data: m2 };
              e === null ? e = [l] : e.push(l), r++;
            }
            if (m2.input !== void 0) {
              let a2 = m2.input;
              const l = r, y2 = r;
              if (typeof a2 == "number" && isFinite(a2)) {
                if (a2 < 0 || isNaN(a2)) {
                  const d = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/pricing/additionalProperties/properties/input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.pricing.additionalProperties.properties.input, data: a2 };
                  e === null ? e = [d] : e.push(d), r++;
                }
              } else {
                const d = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/input", schemaPath: "#/properties/pricing/additionalProperties/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.pricing.additionalProperties.properties.input.type, parentSchema: s.properties.pricing.additionalProperties.properties.input, data: a2 };
                e === null ? e = [d] : e.push(d), r++;
              }
              var q3 = l === r;
            }
            if (m2.output !== void 0) {
              let a2 = m2.output;
              const l = r, y2 = r;
              if (typeof a2 == "number" && isFinite(a2)) {
                if (a2 < 0 || isNaN(a2)) {
                  const u = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/pricing/additionalProperties/properties/output/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.pricing.additionalProperties.properties.output, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/output", schemaPath: "#/properties/pricing/additionalProperties/properties/output/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.pricing.additionalProperties.properties.output.type, parentSchema: s.properties.pricing.additionalProperties.properties.output, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var q3 = l === r;
            }
            if (m2.cached_input !== void 0) {
              let a2 = m2.cached_input;
              const l = r, y2 = r;
              if (typeof a2 == "number" && isFinite(a2)) {
                if (a2 < 0 || isNaN(a2)) {
                  const u = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/cached_input", schemaPath: "#/properties/pricing/additionalProperties/properties/cached_input/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: s.properties.pricing.additionalProperties.properties.cached_input, data: a2 };
                  e === null ? e = [u] : e.push(u), r++;
                }
              } else {
                const u = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1") + "/cached_input", schemaPath: "#/properties/pricing/additionalProperties/properties/cached_input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: s.properties.pricing.additionalProperties.properties.cached_input.type, parentSchema: s.properties.pricing.additionalProperties.properties.cached_input, data: a2 };
                e === null ? e = [u] : e.push(u), r++;
              }
              var q3 = l === r;
            }
          } else {
            const n = { instancePath: o + "/pricing/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pricing/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.pricing.additionalProperties.type, parentSchema: s.properties.pricing.additionalProperties, data: m2 };
            e === null ? e = [n] : e.push(n), r++;
          }
          var z3 = h === r;
        }
      } else {
        const p = { instancePath: o + "/pricing", schemaPath: "#/properties/pricing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.properties.pricing.type, parentSchema: s.properties.pricing, data: i };
        e === null ? e = [p] : e.push(p), r++;
      }
      var _2 = f === r;
    }
  } else {
    const x = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: s.type, parentSchema: s, data: g2 };
    e === null ? e = [x] : e.push(x), r++;
  }
  return j2.errors = e, r === 0;
}

// evalgate-standalone:trace
var W = w2;
var P2 = { type: "object", required: ["type", "name"], properties: { type: { description: '"llm", "tool", or any other step kind.', type: "string", minLength: 1 }, name: { description: "Tool name for tool steps (e.g. billing.issue_refund); a label for other steps.", type: "string", minLength: 1 }, model: { type: "string" }, args: { description: "Arguments the tool was called with." }, result: { description: "What the tool returned." }, status: { type: "string", enum: ["ok", "error"] }, error: { description: "Error message when status is error.", type: "string" }, input_tokens: { type: "number", minimum: 0 }, output_tokens: { type: "number", minimum: 0 }, cached_input_tokens: { description: "The part of input_tokens read from the provider's prompt cache (priced at pricing cached_input).", type: "number", minimum: 0 }, cost_usd: { description: "Cost of the step in USD; when absent and the step has a model and tokens, evalgate.yml pricing applies.", type: "number", minimum: 0 }, latency_ms: { type: "number", minimum: 0 } } };
var N = require_ucs2length().default;
function w2(l, { instancePath: n = "", parentData: T2, parentDataProperty: L2, rootData: S2 = l } = {}) {
  let e = null, s2 = 0;
  const O = s2;
  if (l && typeof l == "object" && !Array.isArray(l)) {
    if (l.output === void 0) {
      const a2 = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'" };
      e === null ? e = [a2] : e.push(a2), s2++;
    }
    if (l.steps === void 0) {
      const a2 = { instancePath: n, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property 'steps'" };
      e === null ? e = [a2] : e.push(a2), s2++;
    }
    if (l.steps !== void 0) {
      let a2 = l.steps;
      const h = s2, k = s2;
      if (Array.isArray(a2)) {
        let _2 = true;
        const o = a2.length;
        for (let p = 0; p < o; p++) {
          let i = a2[p];
          const d = s2, u = s2, A2 = s2;
          if (i && typeof i == "object" && !Array.isArray(i)) {
            if (i.type === void 0) {
              const t = { instancePath: n + "/steps/" + p, schemaPath: "#/definitions/step/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              e === null ? e = [t] : e.push(t), s2++;
            }
            if (i.name === void 0) {
              const t = { instancePath: n + "/steps/" + p, schemaPath: "#/definitions/step/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              e === null ? e = [t] : e.push(t), s2++;
            }
            if (i.type !== void 0) {
              let t = i.type;
              const m2 = s2, y2 = s2;
              if (typeof t == "string") {
                if (N(t) < 1) {
                  const f = { instancePath: n + "/steps/" + p + "/type", schemaPath: "#/definitions/step/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  e === null ? e = [f] : e.push(f), s2++;
                }
              } else {
                const f = { instancePath: n + "/steps/" + p + "/type", schemaPath: "#/definitions/step/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [f] : e.push(f), s2++;
              }
              var c = m2 === s2;
            }
            if (i.name !== void 0) {
              let t = i.name;
              const m2 = s2, y2 = s2;
              if (typeof t == "string") {
                if (N(t) < 1) {
                  const r = { instancePath: n + "/steps/" + p + "/name", schemaPath: "#/definitions/step/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  e === null ? e = [r] : e.push(r), s2++;
                }
              } else {
                const r = { instancePath: n + "/steps/" + p + "/name", schemaPath: "#/definitions/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              var c = m2 === s2;
            }
            if (i.model !== void 0) {
              let t = i.model;
              const m2 = s2;
              if (typeof t != "string") {
                const r = { instancePath: n + "/steps/" + p + "/model", schemaPath: "#/definitions/step/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              const y2 = s2;
              var c = m2 === s2;
            }
            if (i.status !== void 0) {
              let t = i.status;
              const m2 = s2;
              if (typeof t != "string") {
                const g2 = { instancePath: n + "/steps/" + p + "/status", schemaPath: "#/definitions/step/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [g2] : e.push(g2), s2++;
              }
              const y2 = s2, f = P2.properties.status.enum;
              if (!(t === "ok" || t === "error")) {
                const g2 = { instancePath: n + "/steps/" + p + "/status", schemaPath: "#/definitions/step/properties/status/enum", keyword: "enum", params: { allowedValues: P2.properties.status.enum }, message: "must be equal to one of the allowed values" };
                e === null ? e = [g2] : e.push(g2), s2++;
              }
              var c = m2 === s2;
            }
            if (i.error !== void 0) {
              let t = i.error;
              const m2 = s2;
              if (typeof t != "string") {
                const r = { instancePath: n + "/steps/" + p + "/error", schemaPath: "#/definitions/step/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              const y2 = s2;
              var c = m2 === s2;
            }
            if (i.input_tokens !== void 0) {
              let t = i.input_tokens;
              const m2 = s2, y2 = s2;
              if (typeof t == "number") {
                if (t < 0 || isNaN(t)) {
                  const r = { instancePath: n + "/steps/" + p + "/input_tokens", schemaPath: "#/definitions/step/properties/input_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [r] : e.push(r), s2++;
                }
              } else {
                const r = { instancePath: n + "/steps/" + p + "/input_tokens", schemaPath: "#/definitions/step/properties/input_tokens/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              var c = m2 === s2;
            }
            if (i.output_tokens !== void 0) {
              let t = i.output_tokens;
              const m2 = s2, y2 = s2;
              if (typeof t == "number") {
                if (t < 0 || isNaN(t)) {
                  const r = { instancePath: n + "/steps/" + p + "/output_tokens", schemaPath: "#/definitions/step/properties/output_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [r] : e.push(r), s2++;
                }
              } else {
                const r = { instancePath: n + "/steps/" + p + "/output_tokens", schemaPath: "#/definitions/step/properties/output_tokens/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              var c = m2 === s2;
            }
            if (i.cached_input_tokens !== void 0) {
              let t = i.cached_input_tokens;
              const m2 = s2, y2 = s2;
              if (typeof t == "number") {
                if (t < 0 || isNaN(t)) {
                  const r = { instancePath: n + "/steps/" + p + "/cached_input_tokens", schemaPath: "#/definitions/step/properties/cached_input_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [r] : e.push(r), s2++;
                }
              } else {
                const r = { instancePath: n + "/steps/" + p + "/cached_input_tokens", schemaPath: "#/definitions/step/properties/cached_input_tokens/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              var c = m2 === s2;
            }
            if (i.cost_usd !== void 0) {
              let t = i.cost_usd;
              const m2 = s2, y2 = s2;
              if (typeof t == "number") {
                if (t < 0 || isNaN(t)) {
                  const r = { instancePath: n + "/steps/" + p + "/cost_usd", schemaPath: "#/definitions/step/properties/cost_usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [r] : e.push(r), s2++;
                }
              } else {
                const r = { instancePath: n + "/steps/" + p + "/cost_usd", schemaPath: "#/definitions/step/properties/cost_usd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              var c = m2 === s2;
            }
            if (i.latency_ms !== void 0) {
              let t = i.latency_ms;
              const m2 = s2, y2 = s2;
              if (typeof t == "number") {
                if (t < 0 || isNaN(t)) {
                  const r = { instancePath: n + "/steps/" + p + "/latency_ms", schemaPath: "#/definitions/step/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  e === null ? e = [r] : e.push(r), s2++;
                }
              } else {
                const r = { instancePath: n + "/steps/" + p + "/latency_ms", schemaPath: "#/definitions/step/properties/latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                e === null ? e = [r] : e.push(r), s2++;
              }
              var c = m2 === s2;
            }
          } else {
            const t = { instancePath: n + "/steps/" + p, schemaPath: "#/definitions/step/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [t] : e.push(t), s2++;
          }
          var D3 = u === s2, q3 = d === s2;
          q3 || (_2 = false);
        }
      } else {
        const _2 = { instancePath: n + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var b3 = h === s2;
    }
    if (l.usage !== void 0) {
      let a2 = l.usage;
      const h = s2, k = s2;
      if (a2 && typeof a2 == "object" && !Array.isArray(a2)) {
        if (a2.input_tokens !== void 0) {
          let o = a2.input_tokens;
          const p = s2, i = s2;
          if (typeof o == "number") {
            if (o < 0 || isNaN(o)) {
              const d = { instancePath: n + "/usage/input_tokens", schemaPath: "#/properties/usage/properties/input_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [d] : e.push(d), s2++;
            }
          } else {
            const d = { instancePath: n + "/usage/input_tokens", schemaPath: "#/properties/usage/properties/input_tokens/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [d] : e.push(d), s2++;
          }
          var v = p === s2;
        }
        if (a2.output_tokens !== void 0) {
          let o = a2.output_tokens;
          const p = s2, i = s2;
          if (typeof o == "number") {
            if (o < 0 || isNaN(o)) {
              const u = { instancePath: n + "/usage/output_tokens", schemaPath: "#/properties/usage/properties/output_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [u] : e.push(u), s2++;
            }
          } else {
            const u = { instancePath: n + "/usage/output_tokens", schemaPath: "#/properties/usage/properties/output_tokens/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [u] : e.push(u), s2++;
          }
          var v = p === s2;
        }
        if (a2.cost_usd !== void 0) {
          let o = a2.cost_usd;
          const p = s2, i = s2;
          if (typeof o == "number") {
            if (o < 0 || isNaN(o)) {
              const u = { instancePath: n + "/usage/cost_usd", schemaPath: "#/properties/usage/properties/cost_usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              e === null ? e = [u] : e.push(u), s2++;
            }
          } else {
            const u = { instancePath: n + "/usage/cost_usd", schemaPath: "#/properties/usage/properties/cost_usd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            e === null ? e = [u] : e.push(u), s2++;
          }
          var v = p === s2;
        }
      } else {
        const o = { instancePath: n + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [o] : e.push(o), s2++;
      }
      var b3 = h === s2;
    }
    if (l.latency_ms !== void 0) {
      let a2 = l.latency_ms;
      const h = s2, k = s2;
      if (typeof a2 == "number") {
        if (a2 < 0 || isNaN(a2)) {
          const o = { instancePath: n + "/latency_ms", schemaPath: "#/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [o] : e.push(o), s2++;
        }
      } else {
        const o = { instancePath: n + "/latency_ms", schemaPath: "#/properties/latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [o] : e.push(o), s2++;
      }
      var b3 = h === s2;
    }
    if (l.warnings !== void 0) {
      let a2 = l.warnings;
      const h = s2, k = s2;
      if (Array.isArray(a2)) {
        let o = true;
        const p = a2.length;
        for (let i = 0; i < p; i++) {
          let d = a2[i];
          const u = s2;
          if (typeof d != "string") {
            const t = { instancePath: n + "/warnings/" + i, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [t] : e.push(t), s2++;
          }
          const A2 = s2;
          var j4 = u === s2;
          j4 || (o = false);
        }
      } else {
        const o = { instancePath: n + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [o] : e.push(o), s2++;
      }
      var b3 = h === s2;
    }
  } else {
    const a2 = { instancePath: n, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [a2] : e.push(a2), s2++;
  }
  return w2.errors = e, s2 === 0;
}

// evalgate-standalone:results
var Ne = oe;
var ae = { $schema: "http://json-schema.org/draft-07/schema#", $id: "evalgate/results@1", title: "evalgate results", description: "The JSON record of one suite run at one commit (SPEC 5). runs counts evaluated trials (pass or fail); errors counts trials that still errored after retries.", type: "object", additionalProperties: false, required: ["schema", "suite", "commit", "ref", "created_at", "harness", "cases", "totals", "holdout_totals", "notices"], properties: { schema: { const: "evalgate/results@1" }, suite: { enum: ["benchmark", "coverage"] }, commit: { type: "string", pattern: "^[0-9a-f]{7,64}$" }, ref: { type: "string", maxLength: 512 }, created_at: { type: "string", format: "date-time", maxLength: 64 }, harness: { type: "object", additionalProperties: false, required: ["command", "config_hash"], properties: { command: { type: "string", maxLength: 4e3 }, config_hash: { type: "string", maxLength: 128 }, uncommitted: { type: "array", maxItems: 10, items: { type: "string", maxLength: 1e3 } } } }, cases: { type: "array", maxItems: 2e5, items: { $ref: "#/definitions/caseResult" } }, totals: { $ref: "#/definitions/totals" }, holdout_totals: { oneOf: [{ type: "null" }, { $ref: "#/definitions/totals" }] }, notices: { type: "array", maxItems: 100, items: { type: "string", maxLength: 4e3 } } }, definitions: { count: { type: "integer", minimum: 0 }, nonneg: { type: "number", minimum: 0 }, failureClass: { enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] }, checkLevel: { enum: ["system", "trace", "node"] }, checkType: { enum: ["trajectory", "tool_not_called", "tool_args", "output_schema", "output_match", "budget", "no_loop", "side_effects", "no_tool_errors", "command"] }, levelCount: { type: "object", additionalProperties: false, required: ["checks", "failures"], properties: { checks: { $ref: "#/definitions/count" }, failures: { $ref: "#/definitions/count" } } }, guards: { oneOf: [{ type: "null" }, { type: "integer", minimum: 1, maximum: 9007199254740991 }, { type: "string", maxLength: 300, pattern: "^([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100})?#[0-9]{1,15}$" }] }, trial: { type: "object", additionalProperties: false, required: ["trial", "outcome", "failures", "latency_ms", "tokens", "cost_usd", "retries"], properties: { trial: { type: "integer", minimum: 1 }, outcome: { enum: ["pass", "fail", "error"] }, class: { $ref: "#/definitions/failureClass" }, failures: { type: "array", maxItems: 200, items: { type: "object", additionalProperties: false, required: ["index", "type", "level", "class", "message"], properties: { index: { type: "integer", minimum: -1, description: "Index of the check in the case file; -1 for a failure not tied to a check (timeout, a failed step in a case without checks)." }, type: { $ref: "#/definitions/checkType" }, level: { $ref: "#/definitions/checkLevel" }, class: { $ref: "#/definitions/failureClass" }, message: { type: "string", maxLength: 4e3 } } } }, error: { type: "string", maxLength: 4e3 }, latency_ms: { $ref: "#/definitions/nonneg" }, tokens: { $ref: "#/definitions/count" }, cost_usd: { $ref: "#/definitions/nonneg" }, retries: { $ref: "#/definitions/count" }, reused_from: { type: "string", pattern: "^[0-9a-f]{7,64}$", description: "Commit of the earlier gate of the same change this trial was reused from (same harness fingerprint): not run by this gate." }, stderr_tail: { type: "string", maxLength: 8e3 }, trace_excerpt: { type: "string", maxLength: 8e3 }, warnings: { type: "array", maxItems: 50, items: { type: "string", maxLength: 1e3 }, description: "What trace conversion and pricing guessed or skipped (convention detected, tool named from the span name, arguments or tokens missing, spans skipped)." }, cost_source: { enum: ["reported", "priced", "none"], description: "Where cost_usd came from: the harness, evalgate.yml pricing, or nowhere." } } }, caseResult: { type: "object", additionalProperties: false, required: ["id", "guards", "workflow", "severity", "holdout", "definition_hash", "levels", "trials", "passes", "runs", "errors"], properties: { id: { type: "string", minLength: 1, maxLength: 200, pattern: "^[a-z0-9-]+$" }, guards: { $ref: "#/definitions/guards" }, workflow: { oneOf: [{ type: "null" }, { type: "string", maxLength: 200 }] }, severity: { oneOf: [{ type: "null" }, { enum: ["sev0", "sev1", "sev2", "sev3"] }] }, holdout: { type: "boolean" }, definition_hash: { type: "string", pattern: "^[0-9a-f]{64}$" }, file: { type: "string", maxLength: 1e3 }, line: { type: "integer", minimum: 1 }, title: { type: "string", maxLength: 1e3 }, levels: { type: "object", additionalProperties: false, required: ["system", "trace", "node"], properties: { system: { $ref: "#/definitions/levelCount" }, trace: { $ref: "#/definitions/levelCount" }, node: { $ref: "#/definitions/levelCount" } } }, trials: { type: "array", maxItems: 1e3, items: { $ref: "#/definitions/trial" } }, passes: { $ref: "#/definitions/count" }, runs: { $ref: "#/definitions/count" }, errors: { $ref: "#/definitions/count" }, stochastic: { type: "boolean", description: "The case declares trials > 1." }, fingerprint: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the definition hash and the harness identity; equal fingerprints may be pooled." } }, if: { properties: { holdout: { const: true } } }, then: { properties: { id: { pattern: "^holdout-[0-9a-f]{16}$" }, guards: { type: "null" }, workflow: { type: "null" }, severity: { type: "null" }, trials: { items: { not: { anyOf: [{ required: ["error"] }, { required: ["stderr_tail"] }, { required: ["trace_excerpt"] }, { required: ["warnings"] }] }, properties: { failures: { maxItems: 0 } } } } }, not: { anyOf: [{ required: ["file"] }, { required: ["line"] }, { required: ["title"] }] } } }, totals: { type: "object", additionalProperties: false, required: ["cases", "runs", "passes", "errors", "pass_rate", "pass_at_k", "pass_pow_k", "k", "cost_usd", "cost_per_success_usd", "latency_p50_ms", "latency_p95_ms", "tokens", "failures_by_class", "failures_by_level"], properties: { cases: { $ref: "#/definitions/count" }, runs: { $ref: "#/definitions/count" }, passes: { $ref: "#/definitions/count" }, errors: { $ref: "#/definitions/count" }, pass_rate: { type: "number", minimum: 0, maximum: 1 }, pass_at_k: { type: "number", minimum: 0, maximum: 1 }, pass_pow_k: { type: "number", minimum: 0, maximum: 1 }, k: { $ref: "#/definitions/count" }, cost_usd: { $ref: "#/definitions/nonneg" }, cost_per_success_usd: { oneOf: [{ type: "null" }, { $ref: "#/definitions/nonneg" }] }, latency_p50_ms: { $ref: "#/definitions/nonneg" }, latency_p95_ms: { $ref: "#/definitions/nonneg" }, tokens: { $ref: "#/definitions/count" }, failures_by_class: { type: "object", additionalProperties: false, required: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"], properties: { tool_error: { $ref: "#/definitions/count" }, bad_decision: { $ref: "#/definitions/count" }, bad_output: { $ref: "#/definitions/count" }, timeout: { $ref: "#/definitions/count" }, cost_blowup: { $ref: "#/definitions/count" } } }, failures_by_level: { type: "object", additionalProperties: false, required: ["system", "trace", "node"], properties: { system: { $ref: "#/definitions/count" }, trace: { $ref: "#/definitions/count" }, node: { $ref: "#/definitions/count" } } } } } } };
var ee = Object.prototype.hasOwnProperty;
var z2 = require_ucs2length().default;
var ce = new RegExp("^[0-9a-f]{7,64}$", "u");
var ve = require_formats().fullFormats["date-time"];
var ne = { type: "object", additionalProperties: false, required: ["id", "guards", "workflow", "severity", "holdout", "definition_hash", "levels", "trials", "passes", "runs", "errors"], properties: { id: { type: "string", minLength: 1, maxLength: 200, pattern: "^[a-z0-9-]+$" }, guards: { $ref: "#/definitions/guards" }, workflow: { oneOf: [{ type: "null" }, { type: "string", maxLength: 200 }] }, severity: { oneOf: [{ type: "null" }, { enum: ["sev0", "sev1", "sev2", "sev3"] }] }, holdout: { type: "boolean" }, definition_hash: { type: "string", pattern: "^[0-9a-f]{64}$" }, file: { type: "string", maxLength: 1e3 }, line: { type: "integer", minimum: 1 }, title: { type: "string", maxLength: 1e3 }, levels: { type: "object", additionalProperties: false, required: ["system", "trace", "node"], properties: { system: { $ref: "#/definitions/levelCount" }, trace: { $ref: "#/definitions/levelCount" }, node: { $ref: "#/definitions/levelCount" } } }, trials: { type: "array", maxItems: 1e3, items: { $ref: "#/definitions/trial" } }, passes: { $ref: "#/definitions/count" }, runs: { $ref: "#/definitions/count" }, errors: { $ref: "#/definitions/count" }, stochastic: { type: "boolean", description: "The case declares trials > 1." }, fingerprint: { type: "string", pattern: "^[0-9a-f]{64}$", description: "sha256 of the definition hash and the harness identity; equal fingerprints may be pooled." } }, if: { properties: { holdout: { const: true } } }, then: { properties: { id: { pattern: "^holdout-[0-9a-f]{16}$" }, guards: { type: "null" }, workflow: { type: "null" }, severity: { type: "null" }, trials: { items: { not: { anyOf: [{ required: ["error"] }, { required: ["stderr_tail"] }, { required: ["trace_excerpt"] }, { required: ["warnings"] }] }, properties: { failures: { maxItems: 0 } } } } }, not: { anyOf: [{ required: ["file"] }, { required: ["line"] }, { required: ["title"] }] } } };
var be2 = new RegExp("^holdout-[0-9a-f]{16}$", "u");
var ke = new RegExp("^[a-z0-9-]+$", "u");
var we = new RegExp("^([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100})?#[0-9]{1,15}$", "u");
var de = new RegExp("^[0-9a-f]{64}$", "u");
function F(i, { instancePath: t = "", parentData: M2, parentDataProperty: Q, rootData: V = i } = {}) {
  let e = null, s2 = 0;
  const U2 = s2;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.checks === void 0) {
      const P4 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
      e === null ? e = [P4] : e.push(P4), s2++;
    }
    if (i.failures === void 0) {
      const P4 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'" };
      e === null ? e = [P4] : e.push(P4), s2++;
    }
    const W2 = s2;
    for (const P4 in i) if (!(P4 === "checks" || P4 === "failures")) {
      const D3 = { instancePath: t, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: P4 }, message: "must NOT have additional properties" };
      e === null ? e = [D3] : e.push(D3), s2++;
    }
    if (i.checks !== void 0) {
      let P4 = i.checks;
      const D3 = s2, S2 = s2;
      if (!(typeof P4 == "number" && !(P4 % 1) && !isNaN(P4))) {
        const _2 = { instancePath: t + "/checks", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      const m2 = s2;
      if (typeof P4 == "number" && (P4 < 0 || isNaN(P4))) {
        const _2 = { instancePath: t + "/checks", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [_2] : e.push(_2), s2++;
      }
      var x = S2 === s2, A2 = D3 === s2;
    }
    if (i.failures !== void 0) {
      let P4 = i.failures;
      const D3 = s2, S2 = s2;
      if (!(typeof P4 == "number" && !(P4 % 1) && !isNaN(P4))) {
        const L2 = { instancePath: t + "/failures", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [L2] : e.push(L2), s2++;
      }
      const m2 = s2;
      if (typeof P4 == "number" && (P4 < 0 || isNaN(P4))) {
        const L2 = { instancePath: t + "/failures", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [L2] : e.push(L2), s2++;
      }
      var R = S2 === s2, A2 = D3 === s2;
    }
  } else {
    const W2 = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [W2] : e.push(W2), s2++;
  }
  return F.errors = e, s2 === 0;
}
var H = { type: "object", additionalProperties: false, required: ["trial", "outcome", "failures", "latency_ms", "tokens", "cost_usd", "retries"], properties: { trial: { type: "integer", minimum: 1 }, outcome: { enum: ["pass", "fail", "error"] }, class: { $ref: "#/definitions/failureClass" }, failures: { type: "array", maxItems: 200, items: { type: "object", additionalProperties: false, required: ["index", "type", "level", "class", "message"], properties: { index: { type: "integer", minimum: -1, description: "Index of the check in the case file; -1 for a failure not tied to a check (timeout, a failed step in a case without checks)." }, type: { $ref: "#/definitions/checkType" }, level: { $ref: "#/definitions/checkLevel" }, class: { $ref: "#/definitions/failureClass" }, message: { type: "string", maxLength: 4e3 } } } }, error: { type: "string", maxLength: 4e3 }, latency_ms: { $ref: "#/definitions/nonneg" }, tokens: { $ref: "#/definitions/count" }, cost_usd: { $ref: "#/definitions/nonneg" }, retries: { $ref: "#/definitions/count" }, reused_from: { type: "string", pattern: "^[0-9a-f]{7,64}$", description: "Commit of the earlier gate of the same change this trial was reused from (same harness fingerprint): not run by this gate." }, stderr_tail: { type: "string", maxLength: 8e3 }, trace_excerpt: { type: "string", maxLength: 8e3 }, warnings: { type: "array", maxItems: 50, items: { type: "string", maxLength: 1e3 }, description: "What trace conversion and pricing guessed or skipped (convention detected, tool named from the span name, arguments or tokens missing, spans skipped)." }, cost_source: { enum: ["reported", "priced", "none"], description: "Where cost_usd came from: the harness, evalgate.yml pricing, or nowhere." } } };
var se = { enum: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"] };
var he = { enum: ["trajectory", "tool_not_called", "tool_args", "output_schema", "output_match", "budget", "no_loop", "side_effects", "no_tool_errors", "command"] };
var ye = { enum: ["system", "trace", "node"] };
function re(i, { instancePath: t = "", parentData: M2, parentDataProperty: Q, rootData: V = i } = {}) {
  let e = null, s2 = 0;
  const U2 = s2;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.trial === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trial" }, message: "must have required property 'trial'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    if (i.outcome === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    if (i.failures === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    if (i.latency_ms === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latency_ms" }, message: "must have required property 'latency_ms'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    if (i.tokens === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    if (i.cost_usd === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_usd" }, message: "must have required property 'cost_usd'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    if (i.retries === void 0) {
      const n = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "retries" }, message: "must have required property 'retries'" };
      e === null ? e = [n] : e.push(n), s2++;
    }
    const y2 = s2;
    for (const n in i) if (!ee.call(H.properties, n)) {
      const g2 = { instancePath: t, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties" };
      e === null ? e = [g2] : e.push(g2), s2++;
    }
    if (i.trial !== void 0) {
      let n = i.trial;
      const g2 = s2;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n))) {
        const N3 = { instancePath: t + "/trial", schemaPath: "#/properties/trial/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [N3] : e.push(N3), s2++;
      }
      const q3 = s2;
      if (typeof n == "number" && (n < 1 || isNaN(n))) {
        const N3 = { instancePath: t + "/trial", schemaPath: "#/properties/trial/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        e === null ? e = [N3] : e.push(N3), s2++;
      }
      var x = g2 === s2;
    }
    if (i.outcome !== void 0) {
      let n = i.outcome;
      const g2 = s2, q3 = H.properties.outcome.enum;
      if (!(n === "pass" || n === "fail" || n === "error")) {
        const d = { instancePath: t + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: H.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.class !== void 0) {
      let n = i.class;
      const g2 = s2, q3 = s2, N3 = se.enum;
      if (!(n === "tool_error" || n === "bad_decision" || n === "bad_output" || n === "timeout" || n === "cost_blowup")) {
        const v = { instancePath: t + "/class", schemaPath: "#/definitions/failureClass/enum", keyword: "enum", params: { allowedValues: se.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      var A2 = q3 === s2, x = g2 === s2;
    }
    if (i.failures !== void 0) {
      let n = i.failures;
      const g2 = s2, q3 = s2;
      if (Array.isArray(n)) {
        if (n.length > 200) {
          const w3 = { instancePath: t + "/failures", schemaPath: "#/properties/failures/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
          e === null ? e = [w3] : e.push(w3), s2++;
        }
        let d = true;
        const v = n.length;
        for (let w3 = 0; w3 < v; w3++) {
          let $2 = n[w3];
          const G = s2, j4 = s2;
          if ($2 && typeof $2 == "object" && !Array.isArray($2)) {
            if ($2.index === void 0) {
              const o = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/required", keyword: "required", params: { missingProperty: "index" }, message: "must have required property 'index'" };
              e === null ? e = [o] : e.push(o), s2++;
            }
            if ($2.type === void 0) {
              const o = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              e === null ? e = [o] : e.push(o), s2++;
            }
            if ($2.level === void 0) {
              const o = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'" };
              e === null ? e = [o] : e.push(o), s2++;
            }
            if ($2.class === void 0) {
              const o = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'" };
              e === null ? e = [o] : e.push(o), s2++;
            }
            if ($2.message === void 0) {
              const o = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              e === null ? e = [o] : e.push(o), s2++;
            }
            const r = s2;
            for (const o in $2) if (!(o === "index" || o === "type" || o === "level" || o === "class" || o === "message")) {
              const p = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties" };
              e === null ? e = [p] : e.push(p), s2++;
            }
            if ($2.index !== void 0) {
              let o = $2.index;
              const p = s2;
              if (!(typeof o == "number" && !(o % 1) && !isNaN(o))) {
                const l = { instancePath: t + "/failures/" + w3 + "/index", schemaPath: "#/properties/failures/items/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                e === null ? e = [l] : e.push(l), s2++;
              }
              const c = s2;
              if (typeof o == "number" && (o < -1 || isNaN(o))) {
                const l = { instancePath: t + "/failures/" + w3 + "/index", schemaPath: "#/properties/failures/items/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                e === null ? e = [l] : e.push(l), s2++;
              }
              var R = p === s2;
            }
            if ($2.type !== void 0) {
              let o = $2.type;
              const p = s2, c = s2, l = he.enum;
              if (!(o === "trajectory" || o === "tool_not_called" || o === "tool_args" || o === "output_schema" || o === "output_match" || o === "budget" || o === "no_loop" || o === "side_effects" || o === "no_tool_errors" || o === "command")) {
                const u = { instancePath: t + "/failures/" + w3 + "/type", schemaPath: "#/definitions/checkType/enum", keyword: "enum", params: { allowedValues: he.enum }, message: "must be equal to one of the allowed values" };
                e === null ? e = [u] : e.push(u), s2++;
              }
              var W2 = c === s2, R = p === s2;
            }
            if ($2.level !== void 0) {
              let o = $2.level;
              const p = s2, c = s2, l = ye.enum;
              if (!(o === "system" || o === "trace" || o === "node")) {
                const u = { instancePath: t + "/failures/" + w3 + "/level", schemaPath: "#/definitions/checkLevel/enum", keyword: "enum", params: { allowedValues: ye.enum }, message: "must be equal to one of the allowed values" };
                e === null ? e = [u] : e.push(u), s2++;
              }
              var P4 = c === s2, R = p === s2;
            }
            if ($2.class !== void 0) {
              let o = $2.class;
              const p = s2, c = s2, l = se.enum;
              if (!(o === "tool_error" || o === "bad_decision" || o === "bad_output" || o === "timeout" || o === "cost_blowup")) {
                const u = { instancePath: t + "/failures/" + w3 + "/class", schemaPath: "#/definitions/failureClass/enum", keyword: "enum", params: { allowedValues: se.enum }, message: "must be equal to one of the allowed values" };
                e === null ? e = [u] : e.push(u), s2++;
              }
              var D3 = c === s2, R = p === s2;
            }
            if ($2.message !== void 0) {
              let o = $2.message;
              const p = s2, c = s2;
              if (typeof o == "string") {
                if (z2(o) > 4e3) {
                  const a2 = { instancePath: t + "/failures/" + w3 + "/message", schemaPath: "#/properties/failures/items/properties/message/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" };
                  e === null ? e = [a2] : e.push(a2), s2++;
                }
              } else {
                const a2 = { instancePath: t + "/failures/" + w3 + "/message", schemaPath: "#/properties/failures/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [a2] : e.push(a2), s2++;
              }
              var R = p === s2;
            }
          } else {
            const r = { instancePath: t + "/failures/" + w3, schemaPath: "#/properties/failures/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            e === null ? e = [r] : e.push(r), s2++;
          }
          var S2 = G === s2;
          S2 || (d = false);
        }
      } else {
        const d = { instancePath: t + "/failures", schemaPath: "#/properties/failures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.error !== void 0) {
      let n = i.error;
      const g2 = s2, q3 = s2;
      if (typeof n == "string") {
        if (z2(n) > 4e3) {
          const d = { instancePath: t + "/error", schemaPath: "#/properties/error/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: t + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.latency_ms !== void 0) {
      let n = i.latency_ms;
      const g2 = s2, q3 = s2, N3 = s2;
      if (typeof n == "number") {
        if (n < 0 || isNaN(n)) {
          const v = { instancePath: t + "/latency_ms", schemaPath: "#/definitions/nonneg/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [v] : e.push(v), s2++;
        }
      } else {
        const v = { instancePath: t + "/latency_ms", schemaPath: "#/definitions/nonneg/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      var m2 = q3 === s2, x = g2 === s2;
    }
    if (i.tokens !== void 0) {
      let n = i.tokens;
      const g2 = s2, q3 = s2;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n))) {
        const v = { instancePath: t + "/tokens", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      const N3 = s2;
      if (typeof n == "number" && (n < 0 || isNaN(n))) {
        const v = { instancePath: t + "/tokens", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      var _2 = q3 === s2, x = g2 === s2;
    }
    if (i.cost_usd !== void 0) {
      let n = i.cost_usd;
      const g2 = s2, q3 = s2, N3 = s2;
      if (typeof n == "number") {
        if (n < 0 || isNaN(n)) {
          const v = { instancePath: t + "/cost_usd", schemaPath: "#/definitions/nonneg/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [v] : e.push(v), s2++;
        }
      } else {
        const v = { instancePath: t + "/cost_usd", schemaPath: "#/definitions/nonneg/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      var L2 = q3 === s2, x = g2 === s2;
    }
    if (i.retries !== void 0) {
      let n = i.retries;
      const g2 = s2, q3 = s2;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n))) {
        const v = { instancePath: t + "/retries", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      const N3 = s2;
      if (typeof n == "number" && (n < 0 || isNaN(n))) {
        const v = { instancePath: t + "/retries", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [v] : e.push(v), s2++;
      }
      var J2 = q3 === s2, x = g2 === s2;
    }
    if (i.reused_from !== void 0) {
      let n = i.reused_from;
      const g2 = s2, q3 = s2;
      if (typeof n == "string") {
        if (!ce.test(n)) {
          const d = { instancePath: t + "/reused_from", schemaPath: "#/properties/reused_from/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: t + "/reused_from", schemaPath: "#/properties/reused_from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.stderr_tail !== void 0) {
      let n = i.stderr_tail;
      const g2 = s2, q3 = s2;
      if (typeof n == "string") {
        if (z2(n) > 8e3) {
          const d = { instancePath: t + "/stderr_tail", schemaPath: "#/properties/stderr_tail/maxLength", keyword: "maxLength", params: { limit: 8e3 }, message: "must NOT have more than 8000 characters" };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: t + "/stderr_tail", schemaPath: "#/properties/stderr_tail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.trace_excerpt !== void 0) {
      let n = i.trace_excerpt;
      const g2 = s2, q3 = s2;
      if (typeof n == "string") {
        if (z2(n) > 8e3) {
          const d = { instancePath: t + "/trace_excerpt", schemaPath: "#/properties/trace_excerpt/maxLength", keyword: "maxLength", params: { limit: 8e3 }, message: "must NOT have more than 8000 characters" };
          e === null ? e = [d] : e.push(d), s2++;
        }
      } else {
        const d = { instancePath: t + "/trace_excerpt", schemaPath: "#/properties/trace_excerpt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.warnings !== void 0) {
      let n = i.warnings;
      const g2 = s2, q3 = s2;
      if (Array.isArray(n)) {
        if (n.length > 50) {
          const w3 = { instancePath: t + "/warnings", schemaPath: "#/properties/warnings/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          e === null ? e = [w3] : e.push(w3), s2++;
        }
        let d = true;
        const v = n.length;
        for (let w3 = 0; w3 < v; w3++) {
          let $2 = n[w3];
          const G = s2, j4 = s2;
          if (typeof $2 == "string") {
            if (z2($2) > 1e3) {
              const r = { instancePath: t + "/warnings/" + w3, schemaPath: "#/properties/warnings/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
              e === null ? e = [r] : e.push(r), s2++;
            }
          } else {
            const r = { instancePath: t + "/warnings/" + w3, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [r] : e.push(r), s2++;
          }
          var h = G === s2;
          h || (d = false);
        }
      } else {
        const d = { instancePath: t + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
    if (i.cost_source !== void 0) {
      let n = i.cost_source;
      const g2 = s2, q3 = H.properties.cost_source.enum;
      if (!(n === "reported" || n === "priced" || n === "none")) {
        const d = { instancePath: t + "/cost_source", schemaPath: "#/properties/cost_source/enum", keyword: "enum", params: { allowedValues: H.properties.cost_source.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [d] : e.push(d), s2++;
      }
      var x = g2 === s2;
    }
  } else {
    const y2 = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [y2] : e.push(y2), s2++;
  }
  return re.errors = e, s2 === 0;
}
function te2(i, { instancePath: t = "", parentData: M2, parentDataProperty: Q, rootData: V = i } = {}) {
  let e = null, s2 = 0;
  const U2 = s2, x = s2;
  let A2 = true;
  const R = s2;
  if (i && typeof i == "object" && !Array.isArray(i)) if (i.holdout !== void 0) {
    let j4 = i.holdout;
    const r = s2;
    if (j4 !== true) {
      const o = {};
      e === null ? e = [o] : e.push(o), s2++;
    }
    var W2 = r === s2;
  } else var W2 = true;
  var P4 = R === s2;
  if (s2 = x, e !== null && (x ? e.length = x : e = null), P4) {
    const j4 = s2, r = s2, o = s2, p = s2;
    let c = false;
    const l = s2;
    if (i && typeof i == "object" && !Array.isArray(i)) {
      let u;
      if (i.file === void 0 && (u = "file")) {
        const b3 = {};
        e === null ? e = [b3] : e.push(b3), s2++;
      }
    }
    var D3 = l === s2;
    if (c = c || D3, !c) {
      const u = s2;
      if (i && typeof i == "object" && !Array.isArray(i)) {
        let O;
        if (i.line === void 0 && (O = "line")) {
          const I = {};
          e === null ? e = [I] : e.push(I), s2++;
        }
      }
      var D3 = u === s2;
      if (c = c || D3, !c) {
        const O = s2;
        if (i && typeof i == "object" && !Array.isArray(i)) {
          let f;
          if (i.title === void 0 && (f = "title")) {
            const k = {};
            e === null ? e = [k] : e.push(k), s2++;
          }
        }
        var D3 = O === s2;
        c = c || D3;
      }
    }
    if (c) s2 = p, e !== null && (p ? e.length = p : e = null);
    else {
      const u = {};
      e === null ? e = [u] : e.push(u), s2++;
    }
    var S2 = o === s2;
    if (S2) {
      const u = { instancePath: t, schemaPath: "#/then/not", keyword: "not", params: {}, message: "must NOT be valid" };
      e === null ? e = [u] : e.push(u), s2++;
    } else s2 = r, e !== null && (r ? e.length = r : e = null);
    if (i && typeof i == "object" && !Array.isArray(i)) {
      if (i.id !== void 0) {
        let u = i.id;
        const b3 = s2;
        if (typeof u == "string" && !be2.test(u)) {
          const O = { instancePath: t + "/id", schemaPath: "#/then/properties/id/pattern", keyword: "pattern", params: { pattern: "^holdout-[0-9a-f]{16}$" }, message: 'must match pattern "^holdout-[0-9a-f]{16}$"' };
          e === null ? e = [O] : e.push(O), s2++;
        }
        var m2 = b3 === s2;
      }
      if (i.guards !== void 0) {
        let u = i.guards;
        const b3 = s2;
        if (u !== null) {
          const f = { instancePath: t + "/guards", schemaPath: "#/then/properties/guards/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          e === null ? e = [f] : e.push(f), s2++;
        }
        const O = s2;
        var m2 = b3 === s2;
      }
      if (i.workflow !== void 0) {
        let u = i.workflow;
        const b3 = s2;
        if (u !== null) {
          const f = { instancePath: t + "/workflow", schemaPath: "#/then/properties/workflow/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          e === null ? e = [f] : e.push(f), s2++;
        }
        const O = s2;
        var m2 = b3 === s2;
      }
      if (i.severity !== void 0) {
        let u = i.severity;
        const b3 = s2;
        if (u !== null) {
          const f = { instancePath: t + "/severity", schemaPath: "#/then/properties/severity/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          e === null ? e = [f] : e.push(f), s2++;
        }
        const O = s2;
        var m2 = b3 === s2;
      }
      if (i.trials !== void 0) {
        let u = i.trials;
        const b3 = s2;
        if (Array.isArray(u)) {
          let I = true;
          const f = u.length;
          for (let k = 0; k < f; k++) {
            let T2 = u[k];
            const _e = s2, E = s2, le = s2, ie = s2;
            let Z = false;
            const me = s2;
            if (T2 && typeof T2 == "object" && !Array.isArray(T2)) {
              let C;
              if (T2.error === void 0 && (C = "error")) {
                const X = {};
                e === null ? e = [X] : e.push(X), s2++;
              }
            }
            var _2 = me === s2;
            if (Z = Z || _2, !Z) {
              const C = s2;
              if (T2 && typeof T2 == "object" && !Array.isArray(T2)) {
                let K2;
                if (T2.stderr_tail === void 0 && (K2 = "stderr_tail")) {
                  const ue = {};
                  e === null ? e = [ue] : e.push(ue), s2++;
                }
              }
              var _2 = C === s2;
              if (Z = Z || _2, !Z) {
                const K2 = s2;
                if (T2 && typeof T2 == "object" && !Array.isArray(T2)) {
                  let Y;
                  if (T2.trace_excerpt === void 0 && (Y = "trace_excerpt")) {
                    const pe = {};
                    e === null ? e = [pe] : e.push(pe), s2++;
                  }
                }
                var _2 = K2 === s2;
                if (Z = Z || _2, !Z) {
                  const Y = s2;
                  if (T2 && typeof T2 == "object" && !Array.isArray(T2)) {
                    let ge;
                    if (T2.warnings === void 0 && (ge = "warnings")) {
                      const fe = {};
                      e === null ? e = [fe] : e.push(fe), s2++;
                    }
                  }
                  var _2 = Y === s2;
                  Z = Z || _2;
                }
              }
            }
            if (Z) s2 = ie, e !== null && (ie ? e.length = ie : e = null);
            else {
              const C = {};
              e === null ? e = [C] : e.push(C), s2++;
            }
            var L2 = le === s2;
            if (L2) {
              const C = { instancePath: t + "/trials/" + k, schemaPath: "#/then/properties/trials/items/not", keyword: "not", params: {}, message: "must NOT be valid" };
              e === null ? e = [C] : e.push(C), s2++;
            } else s2 = E, e !== null && (E ? e.length = E : e = null);
            if (T2 && typeof T2 == "object" && !Array.isArray(T2) && T2.failures !== void 0) {
              let C = T2.failures;
              const X = s2;
              if (Array.isArray(C) && C.length > 0) {
                const K2 = { instancePath: t + "/trials/" + k + "/failures", schemaPath: "#/then/properties/trials/items/properties/failures/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
                e === null ? e = [K2] : e.push(K2), s2++;
              }
              var J2 = X === s2;
            }
            var h = _e === s2;
            h || (I = false);
          }
        }
        var m2 = b3 === s2;
      }
    }
    var P4 = j4 === s2;
    A2 = P4;
  }
  if (!A2) {
    const j4 = { instancePath: t, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    e === null ? e = [j4] : e.push(j4), s2++;
  }
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.id === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.guards === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "guards" }, message: "must have required property 'guards'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.workflow === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.severity === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.holdout === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "holdout" }, message: "must have required property 'holdout'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.definition_hash === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "definition_hash" }, message: "must have required property 'definition_hash'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.levels === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.trials === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trials" }, message: "must have required property 'trials'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.passes === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passes" }, message: "must have required property 'passes'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.runs === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.errors === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    const j4 = s2;
    for (const r in i) if (!ee.call(ne.properties, r)) {
      const o = { instancePath: t, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (i.id !== void 0) {
      let r = i.id;
      const o = s2, p = s2;
      if (typeof r == "string") {
        if (z2(r) > 200) {
          const c = { instancePath: t + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          e === null ? e = [c] : e.push(c), s2++;
        }
        if (z2(r) < 1) {
          const c = { instancePath: t + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          e === null ? e = [c] : e.push(c), s2++;
        }
        if (!ke.test(r)) {
          const c = { instancePath: t + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"' };
          e === null ? e = [c] : e.push(c), s2++;
        }
      } else {
        const c = { instancePath: t + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [c] : e.push(c), s2++;
      }
      var y2 = o === s2;
    }
    if (i.guards !== void 0) {
      let r = i.guards;
      const o = s2, p = s2, c = s2;
      let l = false, a2 = null;
      const u = s2;
      if (r !== null) {
        const k = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [k] : e.push(k), s2++;
      }
      const b3 = s2;
      var n = u === s2;
      n && (l = true, a2 = 0);
      const O = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const k = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [k] : e.push(k), s2++;
      }
      const I = s2;
      if (typeof r == "number") {
        if (r > 9007199254740991 || isNaN(r)) {
          const k = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
          e === null ? e = [k] : e.push(k), s2++;
        }
        if (r < 1 || isNaN(r)) {
          const k = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          e === null ? e = [k] : e.push(k), s2++;
        }
      }
      var n = O === s2;
      if (n && l) l = false, a2 = [a2, 1];
      else {
        n && (l = true, a2 = 1);
        const k = s2, T2 = s2;
        if (typeof r == "string") {
          if (z2(r) > 300) {
            const E = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/2/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
            e === null ? e = [E] : e.push(E), s2++;
          }
          if (!we.test(r)) {
            const E = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/2/pattern", keyword: "pattern", params: { pattern: "^([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100})?#[0-9]{1,15}$" }, message: 'must match pattern "^([A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/(?!\\.\\.?#)[A-Za-z0-9._-]{1,100})?#[0-9]{1,15}$"' };
            e === null ? e = [E] : e.push(E), s2++;
          }
        } else {
          const E = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [E] : e.push(E), s2++;
        }
        var n = k === s2;
        n && l ? (l = false, a2 = [a2, 2]) : n && (l = true, a2 = 2);
      }
      if (l) s2 = c, e !== null && (c ? e.length = c : e = null);
      else {
        const k = { instancePath: t + "/guards", schemaPath: "#/definitions/guards/oneOf", keyword: "oneOf", params: { passingSchemas: a2 }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [k] : e.push(k), s2++;
      }
      var g2 = p === s2, y2 = o === s2;
    }
    if (i.workflow !== void 0) {
      let r = i.workflow;
      const o = s2, p = s2;
      let c = false, l = null;
      const a2 = s2;
      if (r !== null) {
        const f = { instancePath: t + "/workflow", schemaPath: "#/properties/workflow/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [f] : e.push(f), s2++;
      }
      const u = s2;
      var q3 = a2 === s2;
      q3 && (c = true, l = 0);
      const b3 = s2, O = s2;
      if (typeof r == "string") {
        if (z2(r) > 200) {
          const f = { instancePath: t + "/workflow", schemaPath: "#/properties/workflow/oneOf/1/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          e === null ? e = [f] : e.push(f), s2++;
        }
      } else {
        const f = { instancePath: t + "/workflow", schemaPath: "#/properties/workflow/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [f] : e.push(f), s2++;
      }
      var q3 = b3 === s2;
      if (q3 && c ? (c = false, l = [l, 1]) : q3 && (c = true, l = 1), c) s2 = p, e !== null && (p ? e.length = p : e = null);
      else {
        const f = { instancePath: t + "/workflow", schemaPath: "#/properties/workflow/oneOf", keyword: "oneOf", params: { passingSchemas: l }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [f] : e.push(f), s2++;
      }
      var y2 = o === s2;
    }
    if (i.severity !== void 0) {
      let r = i.severity;
      const o = s2, p = s2;
      let c = false, l = null;
      const a2 = s2;
      if (r !== null) {
        const f = { instancePath: t + "/severity", schemaPath: "#/properties/severity/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [f] : e.push(f), s2++;
      }
      const u = s2;
      var N3 = a2 === s2;
      N3 && (c = true, l = 0);
      const b3 = s2, O = ne.properties.severity.oneOf[1].enum;
      if (!(r === "sev0" || r === "sev1" || r === "sev2" || r === "sev3")) {
        const f = { instancePath: t + "/severity", schemaPath: "#/properties/severity/oneOf/1/enum", keyword: "enum", params: { allowedValues: ne.properties.severity.oneOf[1].enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [f] : e.push(f), s2++;
      }
      var N3 = b3 === s2;
      if (N3 && c ? (c = false, l = [l, 1]) : N3 && (c = true, l = 1), c) s2 = p, e !== null && (p ? e.length = p : e = null);
      else {
        const f = { instancePath: t + "/severity", schemaPath: "#/properties/severity/oneOf", keyword: "oneOf", params: { passingSchemas: l }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [f] : e.push(f), s2++;
      }
      var y2 = o === s2;
    }
    if (i.holdout !== void 0) {
      let r = i.holdout;
      const o = s2;
      if (typeof r != "boolean") {
        const l = { instancePath: t + "/holdout", schemaPath: "#/properties/holdout/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      const p = s2;
      var y2 = o === s2;
    }
    if (i.definition_hash !== void 0) {
      let r = i.definition_hash;
      const o = s2, p = s2;
      if (typeof r == "string") {
        if (!de.test(r)) {
          const l = { instancePath: t + "/definition_hash", schemaPath: "#/properties/definition_hash/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/definition_hash", schemaPath: "#/properties/definition_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
    if (i.file !== void 0) {
      let r = i.file;
      const o = s2, p = s2;
      if (typeof r == "string") {
        if (z2(r) > 1e3) {
          const l = { instancePath: t + "/file", schemaPath: "#/properties/file/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
    if (i.line !== void 0) {
      let r = i.line;
      const o = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const l = { instancePath: t + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      const p = s2;
      if (typeof r == "number" && (r < 1 || isNaN(r))) {
        const l = { instancePath: t + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
    if (i.title !== void 0) {
      let r = i.title;
      const o = s2, p = s2;
      if (typeof r == "string") {
        if (z2(r) > 1e3) {
          const l = { instancePath: t + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
    if (i.levels !== void 0) {
      let r = i.levels;
      const o = s2, p = s2;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.system === void 0) {
          const a2 = { instancePath: t + "/levels", schemaPath: "#/properties/levels/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.trace === void 0) {
          const a2 = { instancePath: t + "/levels", schemaPath: "#/properties/levels/required", keyword: "required", params: { missingProperty: "trace" }, message: "must have required property 'trace'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.node === void 0) {
          const a2 = { instancePath: t + "/levels", schemaPath: "#/properties/levels/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        const l = s2;
        for (const a2 in r) if (!(a2 === "system" || a2 === "trace" || a2 === "node")) {
          const u = { instancePath: t + "/levels", schemaPath: "#/properties/levels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties" };
          e === null ? e = [u] : e.push(u), s2++;
        }
        if (r.system !== void 0) {
          let a2 = r.system;
          const u = s2;
          F(a2, { instancePath: t + "/levels/system", parentData: r, parentDataProperty: "system", rootData: V }) || (e = e === null ? F.errors : e.concat(F.errors), s2 = e.length);
          var d = u === s2;
        }
        if (r.trace !== void 0) {
          let a2 = r.trace;
          const u = s2;
          F(a2, { instancePath: t + "/levels/trace", parentData: r, parentDataProperty: "trace", rootData: V }) || (e = e === null ? F.errors : e.concat(F.errors), s2 = e.length);
          var d = u === s2;
        }
        if (r.node !== void 0) {
          let a2 = r.node;
          const u = s2;
          F(a2, { instancePath: t + "/levels/node", parentData: r, parentDataProperty: "node", rootData: V }) || (e = e === null ? F.errors : e.concat(F.errors), s2 = e.length);
          var d = u === s2;
        }
      } else {
        const l = { instancePath: t + "/levels", schemaPath: "#/properties/levels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
    if (i.trials !== void 0) {
      let r = i.trials;
      const o = s2, p = s2;
      if (Array.isArray(r)) {
        if (r.length > 1e3) {
          const u = { instancePath: t + "/trials", schemaPath: "#/properties/trials/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          e === null ? e = [u] : e.push(u), s2++;
        }
        let l = true;
        const a2 = r.length;
        for (let u = 0; u < a2; u++) {
          let b3 = r[u];
          const O = s2;
          re(b3, { instancePath: t + "/trials/" + u, parentData: r, parentDataProperty: u, rootData: V }) || (e = e === null ? re.errors : e.concat(re.errors), s2 = e.length);
          var v = O === s2;
          v || (l = false);
        }
      } else {
        const l = { instancePath: t + "/trials", schemaPath: "#/properties/trials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
    if (i.passes !== void 0) {
      let r = i.passes;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/passes", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/passes", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var w3 = p === s2, y2 = o === s2;
    }
    if (i.runs !== void 0) {
      let r = i.runs;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/runs", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/runs", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var $2 = p === s2, y2 = o === s2;
    }
    if (i.errors !== void 0) {
      let r = i.errors;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/errors", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/errors", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var G = p === s2, y2 = o === s2;
    }
    if (i.stochastic !== void 0) {
      let r = i.stochastic;
      const o = s2;
      if (typeof r != "boolean") {
        const l = { instancePath: t + "/stochastic", schemaPath: "#/properties/stochastic/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      const p = s2;
      var y2 = o === s2;
    }
    if (i.fingerprint !== void 0) {
      let r = i.fingerprint;
      const o = s2, p = s2;
      if (typeof r == "string") {
        if (!de.test(r)) {
          const l = { instancePath: t + "/fingerprint", schemaPath: "#/properties/fingerprint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/fingerprint", schemaPath: "#/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var y2 = o === s2;
    }
  } else {
    const j4 = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [j4] : e.push(j4), s2++;
  }
  return te2.errors = e, s2 === 0;
}
var Pe = { type: "object", additionalProperties: false, required: ["cases", "runs", "passes", "errors", "pass_rate", "pass_at_k", "pass_pow_k", "k", "cost_usd", "cost_per_success_usd", "latency_p50_ms", "latency_p95_ms", "tokens", "failures_by_class", "failures_by_level"], properties: { cases: { $ref: "#/definitions/count" }, runs: { $ref: "#/definitions/count" }, passes: { $ref: "#/definitions/count" }, errors: { $ref: "#/definitions/count" }, pass_rate: { type: "number", minimum: 0, maximum: 1 }, pass_at_k: { type: "number", minimum: 0, maximum: 1 }, pass_pow_k: { type: "number", minimum: 0, maximum: 1 }, k: { $ref: "#/definitions/count" }, cost_usd: { $ref: "#/definitions/nonneg" }, cost_per_success_usd: { oneOf: [{ type: "null" }, { $ref: "#/definitions/nonneg" }] }, latency_p50_ms: { $ref: "#/definitions/nonneg" }, latency_p95_ms: { $ref: "#/definitions/nonneg" }, tokens: { $ref: "#/definitions/count" }, failures_by_class: { type: "object", additionalProperties: false, required: ["tool_error", "bad_decision", "bad_output", "timeout", "cost_blowup"], properties: { tool_error: { $ref: "#/definitions/count" }, bad_decision: { $ref: "#/definitions/count" }, bad_output: { $ref: "#/definitions/count" }, timeout: { $ref: "#/definitions/count" }, cost_blowup: { $ref: "#/definitions/count" } } }, failures_by_level: { type: "object", additionalProperties: false, required: ["system", "trace", "node"], properties: { system: { $ref: "#/definitions/count" }, trace: { $ref: "#/definitions/count" }, node: { $ref: "#/definitions/count" } } } } };
function B(i, { instancePath: t = "", parentData: M2, parentDataProperty: Q, rootData: V = i } = {}) {
  let e = null, s2 = 0;
  const U2 = s2;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.cases === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cases" }, message: "must have required property 'cases'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.runs === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.passes === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passes" }, message: "must have required property 'passes'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.errors === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.pass_rate === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pass_rate" }, message: "must have required property 'pass_rate'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.pass_at_k === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pass_at_k" }, message: "must have required property 'pass_at_k'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.pass_pow_k === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pass_pow_k" }, message: "must have required property 'pass_pow_k'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.k === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "k" }, message: "must have required property 'k'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.cost_usd === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_usd" }, message: "must have required property 'cost_usd'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.cost_per_success_usd === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_per_success_usd" }, message: "must have required property 'cost_per_success_usd'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.latency_p50_ms === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latency_p50_ms" }, message: "must have required property 'latency_p50_ms'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.latency_p95_ms === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latency_p95_ms" }, message: "must have required property 'latency_p95_ms'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.tokens === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tokens" }, message: "must have required property 'tokens'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.failures_by_class === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failures_by_class" }, message: "must have required property 'failures_by_class'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    if (i.failures_by_level === void 0) {
      const r = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failures_by_level" }, message: "must have required property 'failures_by_level'" };
      e === null ? e = [r] : e.push(r), s2++;
    }
    const j4 = s2;
    for (const r in i) if (!ee.call(Pe.properties, r)) {
      const o = { instancePath: t, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties" };
      e === null ? e = [o] : e.push(o), s2++;
    }
    if (i.cases !== void 0) {
      let r = i.cases;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const l = { instancePath: t + "/cases", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const l = { instancePath: t + "/cases", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var x = p === s2, A2 = o === s2;
    }
    if (i.runs !== void 0) {
      let r = i.runs;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/runs", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/runs", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var R = p === s2, A2 = o === s2;
    }
    if (i.passes !== void 0) {
      let r = i.passes;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/passes", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/passes", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var W2 = p === s2, A2 = o === s2;
    }
    if (i.errors !== void 0) {
      let r = i.errors;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/errors", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/errors", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var P4 = p === s2, A2 = o === s2;
    }
    if (i.pass_rate !== void 0) {
      let r = i.pass_rate;
      const o = s2, p = s2;
      if (typeof r == "number") {
        if (r > 1 || isNaN(r)) {
          const l = { instancePath: t + "/pass_rate", schemaPath: "#/properties/pass_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [l] : e.push(l), s2++;
        }
        if (r < 0 || isNaN(r)) {
          const l = { instancePath: t + "/pass_rate", schemaPath: "#/properties/pass_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/pass_rate", schemaPath: "#/properties/pass_rate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var A2 = o === s2;
    }
    if (i.pass_at_k !== void 0) {
      let r = i.pass_at_k;
      const o = s2, p = s2;
      if (typeof r == "number") {
        if (r > 1 || isNaN(r)) {
          const l = { instancePath: t + "/pass_at_k", schemaPath: "#/properties/pass_at_k/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [l] : e.push(l), s2++;
        }
        if (r < 0 || isNaN(r)) {
          const l = { instancePath: t + "/pass_at_k", schemaPath: "#/properties/pass_at_k/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/pass_at_k", schemaPath: "#/properties/pass_at_k/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var A2 = o === s2;
    }
    if (i.pass_pow_k !== void 0) {
      let r = i.pass_pow_k;
      const o = s2, p = s2;
      if (typeof r == "number") {
        if (r > 1 || isNaN(r)) {
          const l = { instancePath: t + "/pass_pow_k", schemaPath: "#/properties/pass_pow_k/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          e === null ? e = [l] : e.push(l), s2++;
        }
        if (r < 0 || isNaN(r)) {
          const l = { instancePath: t + "/pass_pow_k", schemaPath: "#/properties/pass_pow_k/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [l] : e.push(l), s2++;
        }
      } else {
        const l = { instancePath: t + "/pass_pow_k", schemaPath: "#/properties/pass_pow_k/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var A2 = o === s2;
    }
    if (i.k !== void 0) {
      let r = i.k;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/k", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/k", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var D3 = p === s2, A2 = o === s2;
    }
    if (i.cost_usd !== void 0) {
      let r = i.cost_usd;
      const o = s2, p = s2, c = s2;
      if (typeof r == "number") {
        if (r < 0 || isNaN(r)) {
          const a2 = { instancePath: t + "/cost_usd", schemaPath: "#/definitions/nonneg/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
      } else {
        const a2 = { instancePath: t + "/cost_usd", schemaPath: "#/definitions/nonneg/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var S2 = p === s2, A2 = o === s2;
    }
    if (i.cost_per_success_usd !== void 0) {
      let r = i.cost_per_success_usd;
      const o = s2, p = s2;
      let c = false, l = null;
      const a2 = s2;
      if (r !== null) {
        const k = { instancePath: t + "/cost_per_success_usd", schemaPath: "#/properties/cost_per_success_usd/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [k] : e.push(k), s2++;
      }
      const u = s2;
      var _2 = a2 === s2;
      _2 && (c = true, l = 0);
      const b3 = s2, O = s2, I = s2;
      if (typeof r == "number") {
        if (r < 0 || isNaN(r)) {
          const k = { instancePath: t + "/cost_per_success_usd", schemaPath: "#/definitions/nonneg/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [k] : e.push(k), s2++;
        }
      } else {
        const k = { instancePath: t + "/cost_per_success_usd", schemaPath: "#/definitions/nonneg/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [k] : e.push(k), s2++;
      }
      var m2 = O === s2, _2 = b3 === s2;
      if (_2 && c ? (c = false, l = [l, 1]) : _2 && (c = true, l = 1), c) s2 = p, e !== null && (p ? e.length = p : e = null);
      else {
        const k = { instancePath: t + "/cost_per_success_usd", schemaPath: "#/properties/cost_per_success_usd/oneOf", keyword: "oneOf", params: { passingSchemas: l }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [k] : e.push(k), s2++;
      }
      var A2 = o === s2;
    }
    if (i.latency_p50_ms !== void 0) {
      let r = i.latency_p50_ms;
      const o = s2, p = s2, c = s2;
      if (typeof r == "number") {
        if (r < 0 || isNaN(r)) {
          const a2 = { instancePath: t + "/latency_p50_ms", schemaPath: "#/definitions/nonneg/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
      } else {
        const a2 = { instancePath: t + "/latency_p50_ms", schemaPath: "#/definitions/nonneg/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var L2 = p === s2, A2 = o === s2;
    }
    if (i.latency_p95_ms !== void 0) {
      let r = i.latency_p95_ms;
      const o = s2, p = s2, c = s2;
      if (typeof r == "number") {
        if (r < 0 || isNaN(r)) {
          const a2 = { instancePath: t + "/latency_p95_ms", schemaPath: "#/definitions/nonneg/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
      } else {
        const a2 = { instancePath: t + "/latency_p95_ms", schemaPath: "#/definitions/nonneg/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var J2 = p === s2, A2 = o === s2;
    }
    if (i.tokens !== void 0) {
      let r = i.tokens;
      const o = s2, p = s2;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const a2 = { instancePath: t + "/tokens", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      const c = s2;
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const a2 = { instancePath: t + "/tokens", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [a2] : e.push(a2), s2++;
      }
      var h = p === s2, A2 = o === s2;
    }
    if (i.failures_by_class !== void 0) {
      let r = i.failures_by_class;
      const o = s2, p = s2;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.tool_error === void 0) {
          const a2 = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/required", keyword: "required", params: { missingProperty: "tool_error" }, message: "must have required property 'tool_error'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.bad_decision === void 0) {
          const a2 = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/required", keyword: "required", params: { missingProperty: "bad_decision" }, message: "must have required property 'bad_decision'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.bad_output === void 0) {
          const a2 = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/required", keyword: "required", params: { missingProperty: "bad_output" }, message: "must have required property 'bad_output'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.timeout === void 0) {
          const a2 = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/required", keyword: "required", params: { missingProperty: "timeout" }, message: "must have required property 'timeout'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.cost_blowup === void 0) {
          const a2 = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/required", keyword: "required", params: { missingProperty: "cost_blowup" }, message: "must have required property 'cost_blowup'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        const l = s2;
        for (const a2 in r) if (!(a2 === "tool_error" || a2 === "bad_decision" || a2 === "bad_output" || a2 === "timeout" || a2 === "cost_blowup")) {
          const u = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties" };
          e === null ? e = [u] : e.push(u), s2++;
        }
        if (r.tool_error !== void 0) {
          let a2 = r.tool_error;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const I = { instancePath: t + "/failures_by_class/tool_error", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [I] : e.push(I), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const I = { instancePath: t + "/failures_by_class/tool_error", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [I] : e.push(I), s2++;
          }
          var y2 = b3 === s2, n = u === s2;
        }
        if (r.bad_decision !== void 0) {
          let a2 = r.bad_decision;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/bad_decision", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/bad_decision", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          var g2 = b3 === s2, n = u === s2;
        }
        if (r.bad_output !== void 0) {
          let a2 = r.bad_output;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/bad_output", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/bad_output", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          var q3 = b3 === s2, n = u === s2;
        }
        if (r.timeout !== void 0) {
          let a2 = r.timeout;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/timeout", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/timeout", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          var N3 = b3 === s2, n = u === s2;
        }
        if (r.cost_blowup !== void 0) {
          let a2 = r.cost_blowup;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/cost_blowup", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_class/cost_blowup", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          var d = b3 === s2, n = u === s2;
        }
      } else {
        const l = { instancePath: t + "/failures_by_class", schemaPath: "#/properties/failures_by_class/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var A2 = o === s2;
    }
    if (i.failures_by_level !== void 0) {
      let r = i.failures_by_level;
      const o = s2, p = s2;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.system === void 0) {
          const a2 = { instancePath: t + "/failures_by_level", schemaPath: "#/properties/failures_by_level/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.trace === void 0) {
          const a2 = { instancePath: t + "/failures_by_level", schemaPath: "#/properties/failures_by_level/required", keyword: "required", params: { missingProperty: "trace" }, message: "must have required property 'trace'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        if (r.node === void 0) {
          const a2 = { instancePath: t + "/failures_by_level", schemaPath: "#/properties/failures_by_level/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'" };
          e === null ? e = [a2] : e.push(a2), s2++;
        }
        const l = s2;
        for (const a2 in r) if (!(a2 === "system" || a2 === "trace" || a2 === "node")) {
          const u = { instancePath: t + "/failures_by_level", schemaPath: "#/properties/failures_by_level/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a2 }, message: "must NOT have additional properties" };
          e === null ? e = [u] : e.push(u), s2++;
        }
        if (r.system !== void 0) {
          let a2 = r.system;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const I = { instancePath: t + "/failures_by_level/system", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [I] : e.push(I), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const I = { instancePath: t + "/failures_by_level/system", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [I] : e.push(I), s2++;
          }
          var v = b3 === s2, w3 = u === s2;
        }
        if (r.trace !== void 0) {
          let a2 = r.trace;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_level/trace", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_level/trace", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          var $2 = b3 === s2, w3 = u === s2;
        }
        if (r.node !== void 0) {
          let a2 = r.node;
          const u = s2, b3 = s2;
          if (!(typeof a2 == "number" && !(a2 % 1) && !isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_level/node", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          const O = s2;
          if (typeof a2 == "number" && (a2 < 0 || isNaN(a2))) {
            const f = { instancePath: t + "/failures_by_level/node", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            e === null ? e = [f] : e.push(f), s2++;
          }
          var G = b3 === s2, w3 = u === s2;
        }
      } else {
        const l = { instancePath: t + "/failures_by_level", schemaPath: "#/properties/failures_by_level/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [l] : e.push(l), s2++;
      }
      var A2 = o === s2;
    }
  } else {
    const j4 = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [j4] : e.push(j4), s2++;
  }
  return B.errors = e, s2 === 0;
}
function oe(i, { instancePath: t = "", parentData: M2, parentDataProperty: Q, rootData: V = i } = {}) {
  let e = null, s2 = 0;
  const U2 = s2;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.schema === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.suite === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "suite" }, message: "must have required property 'suite'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.commit === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.ref === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.created_at === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.harness === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "harness" }, message: "must have required property 'harness'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.cases === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cases" }, message: "must have required property 'cases'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.totals === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totals" }, message: "must have required property 'totals'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.holdout_totals === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "holdout_totals" }, message: "must have required property 'holdout_totals'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    if (i.notices === void 0) {
      const m2 = { instancePath: t, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notices" }, message: "must have required property 'notices'" };
      e === null ? e = [m2] : e.push(m2), s2++;
    }
    const S2 = s2;
    for (const m2 in i) if (!ee.call(ae.properties, m2)) {
      const _2 = { instancePath: t, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: m2 }, message: "must NOT have additional properties" };
      e === null ? e = [_2] : e.push(_2), s2++;
    }
    if (i.schema !== void 0) {
      let m2 = i.schema;
      const _2 = s2;
      if (m2 !== "evalgate/results@1") {
        const L2 = { instancePath: t + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "evalgate/results@1" }, message: "must be equal to constant" };
        e === null ? e = [L2] : e.push(L2), s2++;
      }
      var x = _2 === s2;
    }
    if (i.suite !== void 0) {
      let m2 = i.suite;
      const _2 = s2, L2 = ae.properties.suite.enum;
      if (!(m2 === "benchmark" || m2 === "coverage")) {
        const h = { instancePath: t + "/suite", schemaPath: "#/properties/suite/enum", keyword: "enum", params: { allowedValues: ae.properties.suite.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
    if (i.commit !== void 0) {
      let m2 = i.commit;
      const _2 = s2, L2 = s2;
      if (typeof m2 == "string") {
        if (!ce.test(m2)) {
          const h = { instancePath: t + "/commit", schemaPath: "#/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
          e === null ? e = [h] : e.push(h), s2++;
        }
      } else {
        const h = { instancePath: t + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
    if (i.ref !== void 0) {
      let m2 = i.ref;
      const _2 = s2, L2 = s2;
      if (typeof m2 == "string") {
        if (z2(m2) > 512) {
          const h = { instancePath: t + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
          e === null ? e = [h] : e.push(h), s2++;
        }
      } else {
        const h = { instancePath: t + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
    if (i.created_at !== void 0) {
      let m2 = i.created_at;
      const _2 = s2, L2 = s2;
      if (typeof m2 == "string") {
        if (z2(m2) > 64) {
          const h = { instancePath: t + "/created_at", schemaPath: "#/properties/created_at/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          e === null ? e = [h] : e.push(h), s2++;
        }
        if (!ve.validate(m2)) {
          const h = { instancePath: t + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          e === null ? e = [h] : e.push(h), s2++;
        }
      } else {
        const h = { instancePath: t + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
    if (i.harness !== void 0) {
      let m2 = i.harness;
      const _2 = s2, L2 = s2;
      if (m2 && typeof m2 == "object" && !Array.isArray(m2)) {
        if (m2.command === void 0) {
          const y2 = { instancePath: t + "/harness", schemaPath: "#/properties/harness/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'" };
          e === null ? e = [y2] : e.push(y2), s2++;
        }
        if (m2.config_hash === void 0) {
          const y2 = { instancePath: t + "/harness", schemaPath: "#/properties/harness/required", keyword: "required", params: { missingProperty: "config_hash" }, message: "must have required property 'config_hash'" };
          e === null ? e = [y2] : e.push(y2), s2++;
        }
        const h = s2;
        for (const y2 in m2) if (!(y2 === "command" || y2 === "config_hash" || y2 === "uncommitted")) {
          const n = { instancePath: t + "/harness", schemaPath: "#/properties/harness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: y2 }, message: "must NOT have additional properties" };
          e === null ? e = [n] : e.push(n), s2++;
        }
        if (m2.command !== void 0) {
          let y2 = m2.command;
          const n = s2, g2 = s2;
          if (typeof y2 == "string") {
            if (z2(y2) > 4e3) {
              const q3 = { instancePath: t + "/harness/command", schemaPath: "#/properties/harness/properties/command/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" };
              e === null ? e = [q3] : e.push(q3), s2++;
            }
          } else {
            const q3 = { instancePath: t + "/harness/command", schemaPath: "#/properties/harness/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [q3] : e.push(q3), s2++;
          }
          var A2 = n === s2;
        }
        if (m2.config_hash !== void 0) {
          let y2 = m2.config_hash;
          const n = s2, g2 = s2;
          if (typeof y2 == "string") {
            if (z2(y2) > 128) {
              const N3 = { instancePath: t + "/harness/config_hash", schemaPath: "#/properties/harness/properties/config_hash/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              e === null ? e = [N3] : e.push(N3), s2++;
            }
          } else {
            const N3 = { instancePath: t + "/harness/config_hash", schemaPath: "#/properties/harness/properties/config_hash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [N3] : e.push(N3), s2++;
          }
          var A2 = n === s2;
        }
        if (m2.uncommitted !== void 0) {
          let y2 = m2.uncommitted;
          const n = s2, g2 = s2;
          if (Array.isArray(y2)) {
            if (y2.length > 10) {
              const v = { instancePath: t + "/harness/uncommitted", schemaPath: "#/properties/harness/properties/uncommitted/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
              e === null ? e = [v] : e.push(v), s2++;
            }
            let N3 = true;
            const d = y2.length;
            for (let v = 0; v < d; v++) {
              let w3 = y2[v];
              const $2 = s2, G = s2;
              if (typeof w3 == "string") {
                if (z2(w3) > 1e3) {
                  const j4 = { instancePath: t + "/harness/uncommitted/" + v, schemaPath: "#/properties/harness/properties/uncommitted/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
                  e === null ? e = [j4] : e.push(j4), s2++;
                }
              } else {
                const j4 = { instancePath: t + "/harness/uncommitted/" + v, schemaPath: "#/properties/harness/properties/uncommitted/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                e === null ? e = [j4] : e.push(j4), s2++;
              }
              var R = $2 === s2;
              R || (N3 = false);
            }
          } else {
            const N3 = { instancePath: t + "/harness/uncommitted", schemaPath: "#/properties/harness/properties/uncommitted/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            e === null ? e = [N3] : e.push(N3), s2++;
          }
          var A2 = n === s2;
        }
      } else {
        const h = { instancePath: t + "/harness", schemaPath: "#/properties/harness/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
    if (i.cases !== void 0) {
      let m2 = i.cases;
      const _2 = s2, L2 = s2;
      if (Array.isArray(m2)) {
        if (m2.length > 2e5) {
          const n = { instancePath: t + "/cases", schemaPath: "#/properties/cases/maxItems", keyword: "maxItems", params: { limit: 2e5 }, message: "must NOT have more than 200000 items" };
          e === null ? e = [n] : e.push(n), s2++;
        }
        let h = true;
        const y2 = m2.length;
        for (let n = 0; n < y2; n++) {
          let g2 = m2[n];
          const q3 = s2;
          te2(g2, { instancePath: t + "/cases/" + n, parentData: m2, parentDataProperty: n, rootData: V }) || (e = e === null ? te2.errors : e.concat(te2.errors), s2 = e.length);
          var W2 = q3 === s2;
          W2 || (h = false);
        }
      } else {
        const h = { instancePath: t + "/cases", schemaPath: "#/properties/cases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
    if (i.totals !== void 0) {
      let m2 = i.totals;
      const _2 = s2;
      B(m2, { instancePath: t + "/totals", parentData: i, parentDataProperty: "totals", rootData: V }) || (e = e === null ? B.errors : e.concat(B.errors), s2 = e.length);
      var x = _2 === s2;
    }
    if (i.holdout_totals !== void 0) {
      let m2 = i.holdout_totals;
      const _2 = s2, L2 = s2;
      let J2 = false, h = null;
      const y2 = s2;
      if (m2 !== null) {
        const N3 = { instancePath: t + "/holdout_totals", schemaPath: "#/properties/holdout_totals/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        e === null ? e = [N3] : e.push(N3), s2++;
      }
      const n = s2;
      var P4 = y2 === s2;
      P4 && (J2 = true, h = 0);
      const g2 = s2;
      B(m2, { instancePath: t + "/holdout_totals", parentData: i, parentDataProperty: "holdout_totals", rootData: V }) || (e = e === null ? B.errors : e.concat(B.errors), s2 = e.length);
      var P4 = g2 === s2;
      if (P4 && J2 ? (J2 = false, h = [h, 1]) : P4 && (J2 = true, h = 1), J2) s2 = L2, e !== null && (L2 ? e.length = L2 : e = null);
      else {
        const N3 = { instancePath: t + "/holdout_totals", schemaPath: "#/properties/holdout_totals/oneOf", keyword: "oneOf", params: { passingSchemas: h }, message: "must match exactly one schema in oneOf" };
        e === null ? e = [N3] : e.push(N3), s2++;
      }
      var x = _2 === s2;
    }
    if (i.notices !== void 0) {
      let m2 = i.notices;
      const _2 = s2, L2 = s2;
      if (Array.isArray(m2)) {
        if (m2.length > 100) {
          const n = { instancePath: t + "/notices", schemaPath: "#/properties/notices/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
          e === null ? e = [n] : e.push(n), s2++;
        }
        let h = true;
        const y2 = m2.length;
        for (let n = 0; n < y2; n++) {
          let g2 = m2[n];
          const q3 = s2, N3 = s2;
          if (typeof g2 == "string") {
            if (z2(g2) > 4e3) {
              const d = { instancePath: t + "/notices/" + n, schemaPath: "#/properties/notices/items/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" };
              e === null ? e = [d] : e.push(d), s2++;
            }
          } else {
            const d = { instancePath: t + "/notices/" + n, schemaPath: "#/properties/notices/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            e === null ? e = [d] : e.push(d), s2++;
          }
          var D3 = q3 === s2;
          D3 || (h = false);
        }
      } else {
        const h = { instancePath: t + "/notices", schemaPath: "#/properties/notices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [h] : e.push(h), s2++;
      }
      var x = _2 === s2;
    }
  } else {
    const S2 = { instancePath: t, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    e === null ? e = [S2] : e.push(S2), s2++;
  }
  return oe.errors = e, s2 === 0;
}

// evalgate-standalone:user-schema-meta
var L = a;
var M = { $schema: "http://json-schema.org/draft-07/schema#", $id: "http://json-schema.org/draft-07/schema#", title: "Core schema meta-schema", definitions: { schemaArray: { type: "array", minItems: 1, items: { $ref: "#" } }, nonNegativeInteger: { type: "integer", minimum: 0 }, nonNegativeIntegerDefault0: { allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }] }, simpleTypes: { enum: ["array", "boolean", "integer", "null", "number", "object", "string"] }, stringArray: { type: "array", items: { type: "string" }, uniqueItems: true, default: [] } }, type: ["object", "boolean"], properties: { $id: { type: "string", format: "uri-reference" }, $schema: { type: "string", format: "uri" }, $ref: { type: "string", format: "uri-reference" }, $comment: { type: "string" }, title: { type: "string" }, description: { type: "string" }, default: true, readOnly: { type: "boolean", default: false }, examples: { type: "array", items: true }, multipleOf: { type: "number", exclusiveMinimum: 0 }, maximum: { type: "number" }, exclusiveMaximum: { type: "number" }, minimum: { type: "number" }, exclusiveMinimum: { type: "number" }, maxLength: { $ref: "#/definitions/nonNegativeInteger" }, minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" }, pattern: { type: "string", format: "regex" }, additionalItems: { $ref: "#" }, items: { anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }], default: true }, maxItems: { $ref: "#/definitions/nonNegativeInteger" }, minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" }, uniqueItems: { type: "boolean", default: false }, contains: { $ref: "#" }, maxProperties: { $ref: "#/definitions/nonNegativeInteger" }, minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" }, required: { $ref: "#/definitions/stringArray" }, additionalProperties: { $ref: "#" }, definitions: { type: "object", additionalProperties: { $ref: "#" }, default: {} }, properties: { type: "object", additionalProperties: { $ref: "#" }, default: {} }, patternProperties: { type: "object", additionalProperties: { $ref: "#" }, propertyNames: { format: "regex" }, default: {} }, dependencies: { type: "object", additionalProperties: { anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }] } }, propertyNames: { $ref: "#" }, const: true, enum: { type: "array", items: true, minItems: 1, uniqueItems: true }, type: { anyOf: [{ $ref: "#/definitions/simpleTypes" }, { type: "array", items: { $ref: "#/definitions/simpleTypes" }, minItems: 1, uniqueItems: true }] }, format: { type: "string" }, contentMediaType: { type: "string" }, contentEncoding: { type: "string" }, if: { $ref: "#" }, then: { $ref: "#" }, else: { $ref: "#" }, allOf: { $ref: "#/definitions/schemaArray" }, anyOf: { $ref: "#/definitions/schemaArray" }, oneOf: { $ref: "#/definitions/schemaArray" }, not: { $ref: "#" } }, default: true };
var j3 = { enum: ["array", "boolean", "integer", "null", "number", "object", "string"] };
var D2 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
var T = require_formats().fullFormats.uri;
var q2 = require_formats().fullFormats.regex;
function P3(t, { instancePath: i = "", parentData: x, parentDataProperty: O, rootData: o = t } = {}) {
  let e = null, n = 0;
  if (!(typeof t == "number" && !(t % 1) && !isNaN(t))) {
    const u = { instancePath: i, schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    e === null ? e = [u] : e.push(u), n++;
  }
  if (typeof t == "number" && (t < 0 || isNaN(t))) {
    const u = { instancePath: i, schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
    e === null ? e = [u] : e.push(u), n++;
  }
  return P3.errors = e, n === 0;
}
var N2 = { validate: a };
function y(t, { instancePath: i = "", parentData: x, parentDataProperty: O, rootData: o = t } = {}) {
  let e = null, n = 0;
  if (Array.isArray(t)) {
    if (t.length < 1) {
      const d = { instancePath: i, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
      e === null ? e = [d] : e.push(d), n++;
    }
    const u = t.length;
    for (let d = 0; d < u; d++) N2.validate(t[d], { instancePath: i + "/" + d, parentData: t, parentDataProperty: d, rootData: o }) || (e = e === null ? N2.validate.errors : e.concat(N2.validate.errors), n = e.length);
  } else {
    const u = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    e === null ? e = [u] : e.push(u), n++;
  }
  return y.errors = e, n === 0;
}
var _ = require_equal().default;
function a(t, { instancePath: i = "", parentData: x, parentDataProperty: O, rootData: o = t } = {}) {
  let e = null, n = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && typeof t != "boolean") {
    const r = { instancePath: i, schemaPath: "#/type", keyword: "type", params: { type: M.type }, message: "must be object,boolean" };
    e === null ? e = [r] : e.push(r), n++;
  }
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.$id !== void 0) {
      let r = t.$id;
      if (typeof r == "string") {
        if (!D2.test(r)) {
          const s2 = { instancePath: i + "/$id", schemaPath: "#/properties/%24id/format", keyword: "format", params: { format: "uri-reference" }, message: 'must match format "uri-reference"' };
          e === null ? e = [s2] : e.push(s2), n++;
        }
      } else {
        const s2 = { instancePath: i + "/$id", schemaPath: "#/properties/%24id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.$schema !== void 0) {
      let r = t.$schema;
      if (typeof r == "string") {
        if (!T(r)) {
          const s2 = { instancePath: i + "/$schema", schemaPath: "#/properties/%24schema/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          e === null ? e = [s2] : e.push(s2), n++;
        }
      } else {
        const s2 = { instancePath: i + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.$ref !== void 0) {
      let r = t.$ref;
      if (typeof r == "string") {
        if (!D2.test(r)) {
          const s2 = { instancePath: i + "/$ref", schemaPath: "#/properties/%24ref/format", keyword: "format", params: { format: "uri-reference" }, message: 'must match format "uri-reference"' };
          e === null ? e = [s2] : e.push(s2), n++;
        }
      } else {
        const s2 = { instancePath: i + "/$ref", schemaPath: "#/properties/%24ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.$comment !== void 0 && typeof t.$comment != "string") {
      const r = { instancePath: i + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.title !== void 0 && typeof t.title != "string") {
      const r = { instancePath: i + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.description !== void 0 && typeof t.description != "string") {
      const r = { instancePath: i + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.readOnly !== void 0 && typeof t.readOnly != "boolean") {
      const r = { instancePath: i + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.examples !== void 0 && !Array.isArray(t.examples)) {
      const r = { instancePath: i + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.multipleOf !== void 0) {
      let r = t.multipleOf;
      if (typeof r == "number") {
        if (r <= 0 || isNaN(r)) {
          const s2 = { instancePath: i + "/multipleOf", schemaPath: "#/properties/multipleOf/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          e === null ? e = [s2] : e.push(s2), n++;
        }
      } else {
        const s2 = { instancePath: i + "/multipleOf", schemaPath: "#/properties/multipleOf/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.maximum !== void 0 && typeof t.maximum != "number") {
      const r = { instancePath: i + "/maximum", schemaPath: "#/properties/maximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.exclusiveMaximum !== void 0 && typeof t.exclusiveMaximum != "number") {
      const r = { instancePath: i + "/exclusiveMaximum", schemaPath: "#/properties/exclusiveMaximum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.minimum !== void 0 && typeof t.minimum != "number") {
      const r = { instancePath: i + "/minimum", schemaPath: "#/properties/minimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.exclusiveMinimum !== void 0 && typeof t.exclusiveMinimum != "number") {
      const r = { instancePath: i + "/exclusiveMinimum", schemaPath: "#/properties/exclusiveMinimum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.maxLength !== void 0) {
      let r = t.maxLength;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const s2 = { instancePath: i + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const s2 = { instancePath: i + "/maxLength", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.minLength !== void 0 && (P3(t.minLength, { instancePath: i + "/minLength", parentData: t, parentDataProperty: "minLength", rootData: o }) || (e = e === null ? P3.errors : e.concat(P3.errors), n = e.length)), t.pattern !== void 0) {
      let r = t.pattern;
      if (typeof r == "string") {
        if (!q2(r)) {
          const s2 = { instancePath: i + "/pattern", schemaPath: "#/properties/pattern/format", keyword: "format", params: { format: "regex" }, message: 'must match format "regex"' };
          e === null ? e = [s2] : e.push(s2), n++;
        }
      } else {
        const s2 = { instancePath: i + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.additionalItems !== void 0 && (a(t.additionalItems, { instancePath: i + "/additionalItems", parentData: t, parentDataProperty: "additionalItems", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.items !== void 0) {
      let r = t.items;
      const s2 = n;
      let p = false;
      const f = n;
      a(r, { instancePath: i + "/items", parentData: t, parentDataProperty: "items", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length);
      var u = f === n;
      if (p = p || u, !p) {
        const m2 = n;
        y(r, { instancePath: i + "/items", parentData: t, parentDataProperty: "items", rootData: o }) || (e = e === null ? y.errors : e.concat(y.errors), n = e.length);
        var u = m2 === n;
        p = p || u;
      }
      if (p) n = s2, e !== null && (s2 ? e.length = s2 : e = null);
      else {
        const m2 = { instancePath: i + "/items", schemaPath: "#/properties/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        e === null ? e = [m2] : e.push(m2), n++;
      }
    }
    if (t.maxItems !== void 0) {
      let r = t.maxItems;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const s2 = { instancePath: i + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const s2 = { instancePath: i + "/maxItems", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.minItems !== void 0 && (P3(t.minItems, { instancePath: i + "/minItems", parentData: t, parentDataProperty: "minItems", rootData: o }) || (e = e === null ? P3.errors : e.concat(P3.errors), n = e.length)), t.uniqueItems !== void 0 && typeof t.uniqueItems != "boolean") {
      const r = { instancePath: i + "/uniqueItems", schemaPath: "#/properties/uniqueItems/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.contains !== void 0 && (a(t.contains, { instancePath: i + "/contains", parentData: t, parentDataProperty: "contains", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.maxProperties !== void 0) {
      let r = t.maxProperties;
      if (!(typeof r == "number" && !(r % 1) && !isNaN(r))) {
        const s2 = { instancePath: i + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
      if (typeof r == "number" && (r < 0 || isNaN(r))) {
        const s2 = { instancePath: i + "/maxProperties", schemaPath: "#/definitions/nonNegativeInteger/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.minProperties !== void 0 && (P3(t.minProperties, { instancePath: i + "/minProperties", parentData: t, parentDataProperty: "minProperties", rootData: o }) || (e = e === null ? P3.errors : e.concat(P3.errors), n = e.length)), t.required !== void 0) {
      let r = t.required;
      if (Array.isArray(r)) {
        const s2 = r.length;
        for (let m2 = 0; m2 < s2; m2++) if (typeof r[m2] != "string") {
          const k = { instancePath: i + "/required/" + m2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          e === null ? e = [k] : e.push(k), n++;
        }
        let p = r.length, f;
        if (p > 1) {
          const m2 = {};
          for (; p--; ) {
            let k = r[p];
            if (typeof k == "string") {
              if (typeof m2[k] == "number") {
                f = m2[k];
                const c = { instancePath: i + "/required", schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: p, j: f }, message: "must NOT have duplicate items (items ## " + f + " and " + p + " are identical)" };
                e === null ? e = [c] : e.push(c), n++;
                break;
              }
              m2[k] = p;
            }
          }
        }
      } else {
        const s2 = { instancePath: i + "/required", schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.additionalProperties !== void 0 && (a(t.additionalProperties, { instancePath: i + "/additionalProperties", parentData: t, parentDataProperty: "additionalProperties", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.definitions !== void 0) {
      let r = t.definitions;
      if (r && typeof r == "object" && !Array.isArray(r)) for (const s2 in r) a(r[s2], { instancePath: i + "/definitions/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: r, parentDataProperty: s2, rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length);
      else {
        const s2 = { instancePath: i + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.properties !== void 0) {
      let r = t.properties;
      if (r && typeof r == "object" && !Array.isArray(r)) for (const s2 in r) a(r[s2], { instancePath: i + "/properties/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: r, parentDataProperty: s2, rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length);
      else {
        const s2 = { instancePath: i + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.patternProperties !== void 0) {
      let r = t.patternProperties;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        for (const s2 in r) {
          const p = n;
          if (typeof s2 == "string" && !q2(s2)) {
            const f = { instancePath: i + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames/format", keyword: "format", params: { format: "regex" }, message: 'must match format "regex"', propertyName: s2 };
            e === null ? e = [f] : e.push(f), n++;
          }
          var d = p === n;
          if (!d) {
            const f = { instancePath: i + "/patternProperties", schemaPath: "#/properties/patternProperties/propertyNames", keyword: "propertyNames", params: { propertyName: s2 }, message: "property name must be valid" };
            e === null ? e = [f] : e.push(f), n++;
          }
        }
        for (const s2 in r) a(r[s2], { instancePath: i + "/patternProperties/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: r, parentDataProperty: s2, rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length);
      } else {
        const s2 = { instancePath: i + "/patternProperties", schemaPath: "#/properties/patternProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.dependencies !== void 0) {
      let r = t.dependencies;
      if (r && typeof r == "object" && !Array.isArray(r)) for (const s2 in r) {
        let p = r[s2];
        const f = n;
        let m2 = false;
        const k = n;
        a(p, { instancePath: i + "/dependencies/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: r, parentDataProperty: s2, rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length);
        var $2 = k === n;
        if (m2 = m2 || $2, !m2) {
          const c = n;
          if (Array.isArray(p)) {
            const b3 = p.length;
            for (let g2 = 0; g2 < b3; g2++) if (typeof p[g2] != "string") {
              const v = { instancePath: i + "/dependencies/" + s2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + g2, schemaPath: "#/definitions/stringArray/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              e === null ? e = [v] : e.push(v), n++;
            }
            let l = p.length, h;
            if (l > 1) {
              const g2 = {};
              for (; l--; ) {
                let v = p[l];
                if (typeof v == "string") {
                  if (typeof g2[v] == "number") {
                    h = g2[v];
                    const A2 = { instancePath: i + "/dependencies/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/uniqueItems", keyword: "uniqueItems", params: { i: l, j: h }, message: "must NOT have duplicate items (items ## " + h + " and " + l + " are identical)" };
                    e === null ? e = [A2] : e.push(A2), n++;
                    break;
                  }
                  g2[v] = l;
                }
              }
            }
          } else {
            const b3 = { instancePath: i + "/dependencies/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringArray/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            e === null ? e = [b3] : e.push(b3), n++;
          }
          var $2 = c === n;
          m2 = m2 || $2;
        }
        if (m2) n = f, e !== null && (f ? e.length = f : e = null);
        else {
          const c = { instancePath: i + "/dependencies/" + s2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
          e === null ? e = [c] : e.push(c), n++;
        }
      }
      else {
        const s2 = { instancePath: i + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.propertyNames !== void 0 && (a(t.propertyNames, { instancePath: i + "/propertyNames", parentData: t, parentDataProperty: "propertyNames", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.enum !== void 0) {
      let r = t.enum;
      if (Array.isArray(r)) {
        if (r.length < 1) {
          const f = { instancePath: i + "/enum", schemaPath: "#/properties/enum/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          e === null ? e = [f] : e.push(f), n++;
        }
        let s2 = r.length, p;
        if (s2 > 1) {
          e: for (; s2--; ) for (p = s2; p--; ) if (_(r[s2], r[p])) {
            const f = { instancePath: i + "/enum", schemaPath: "#/properties/enum/uniqueItems", keyword: "uniqueItems", params: { i: s2, j: p }, message: "must NOT have duplicate items (items ## " + p + " and " + s2 + " are identical)" };
            e === null ? e = [f] : e.push(f), n++;
            break e;
          }
        }
      } else {
        const s2 = { instancePath: i + "/enum", schemaPath: "#/properties/enum/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        e === null ? e = [s2] : e.push(s2), n++;
      }
    }
    if (t.type !== void 0) {
      let r = t.type;
      const s2 = n;
      let p = false;
      const f = n;
      if (!(r === "array" || r === "boolean" || r === "integer" || r === "null" || r === "number" || r === "object" || r === "string")) {
        const m2 = { instancePath: i + "/type", schemaPath: "#/definitions/simpleTypes/enum", keyword: "enum", params: { allowedValues: j3.enum }, message: "must be equal to one of the allowed values" };
        e === null ? e = [m2] : e.push(m2), n++;
      }
      var I = f === n;
      if (p = p || I, !p) {
        const m2 = n;
        if (Array.isArray(r)) {
          if (r.length < 1) {
            const l = { instancePath: i + "/type", schemaPath: "#/properties/type/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            e === null ? e = [l] : e.push(l), n++;
          }
          const c = r.length;
          for (let l = 0; l < c; l++) {
            let h = r[l];
            if (!(h === "array" || h === "boolean" || h === "integer" || h === "null" || h === "number" || h === "object" || h === "string")) {
              const g2 = { instancePath: i + "/type/" + l, schemaPath: "#/definitions/simpleTypes/enum", keyword: "enum", params: { allowedValues: j3.enum }, message: "must be equal to one of the allowed values" };
              e === null ? e = [g2] : e.push(g2), n++;
            }
          }
          let w3 = r.length, b3;
          if (w3 > 1) {
            e: for (; w3--; ) for (b3 = w3; b3--; ) if (_(r[w3], r[b3])) {
              const l = { instancePath: i + "/type", schemaPath: "#/properties/type/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: w3, j: b3 }, message: "must NOT have duplicate items (items ## " + b3 + " and " + w3 + " are identical)" };
              e === null ? e = [l] : e.push(l), n++;
              break e;
            }
          }
        } else {
          const c = { instancePath: i + "/type", schemaPath: "#/properties/type/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          e === null ? e = [c] : e.push(c), n++;
        }
        var I = m2 === n;
        p = p || I;
      }
      if (p) n = s2, e !== null && (s2 ? e.length = s2 : e = null);
      else {
        const m2 = { instancePath: i + "/type", schemaPath: "#/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        e === null ? e = [m2] : e.push(m2), n++;
      }
    }
    if (t.format !== void 0 && typeof t.format != "string") {
      const r = { instancePath: i + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.contentMediaType !== void 0 && typeof t.contentMediaType != "string") {
      const r = { instancePath: i + "/contentMediaType", schemaPath: "#/properties/contentMediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), n++;
    }
    if (t.contentEncoding !== void 0 && typeof t.contentEncoding != "string") {
      const r = { instancePath: i + "/contentEncoding", schemaPath: "#/properties/contentEncoding/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      e === null ? e = [r] : e.push(r), n++;
    }
    t.if !== void 0 && (a(t.if, { instancePath: i + "/if", parentData: t, parentDataProperty: "if", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.then !== void 0 && (a(t.then, { instancePath: i + "/then", parentData: t, parentDataProperty: "then", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.else !== void 0 && (a(t.else, { instancePath: i + "/else", parentData: t, parentDataProperty: "else", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length)), t.allOf !== void 0 && (y(t.allOf, { instancePath: i + "/allOf", parentData: t, parentDataProperty: "allOf", rootData: o }) || (e = e === null ? y.errors : e.concat(y.errors), n = e.length)), t.anyOf !== void 0 && (y(t.anyOf, { instancePath: i + "/anyOf", parentData: t, parentDataProperty: "anyOf", rootData: o }) || (e = e === null ? y.errors : e.concat(y.errors), n = e.length)), t.oneOf !== void 0 && (y(t.oneOf, { instancePath: i + "/oneOf", parentData: t, parentDataProperty: "oneOf", rootData: o }) || (e = e === null ? y.errors : e.concat(y.errors), n = e.length)), t.not !== void 0 && (a(t.not, { instancePath: i + "/not", parentData: t, parentDataProperty: "not", rootData: o }) || (e = e === null ? a.errors : e.concat(a.errors), n = e.length));
  }
  return a.errors = e, n === 0;
}

// src/schemas/validators.ts
var table = { "case": xs, "config": J, "trace": W, "results": Ne, "user-schema-meta": L };
function ourValidator(name) {
  return table[name];
}

// src/user-schema.ts
var MAX_SCHEMAS = 1e3;
var SchemaPatternError = class extends Error {
  constructor(pattern, why) {
    super(`pattern ${JSON.stringify(pattern)}: ${why} (patterns run as ${PATTERN_SYNTAX})`);
    this.pattern = pattern;
  }
  pattern;
};
var re2Engine = Object.assign(
  (pattern) => {
    const compiled = compileUserPattern(pattern);
    if ("error" in compiled) throw new SchemaPatternError(pattern, compiled.error);
    return { test: (text) => compiled.test(text), toString: () => `re2:${pattern}` };
  },
  { code: "evalgate-re2" }
);
function findPattern(schema, pattern, at = "") {
  if (schema === null || typeof schema !== "object") return null;
  for (const [k, v] of Object.entries(schema)) {
    const here = `${at}/${escapePointerSegment(k)}`;
    if (k === "pattern" && v === pattern) return here;
    if (k === "patternProperties" && v !== null && typeof v === "object" && Object.hasOwn(v, pattern)) return `${here}/${escapePointerSegment(pattern)}`;
    const inner = findPattern(v, pattern, here);
    if (inner !== null) return inner;
  }
  return null;
}
function buildUserSchemaAjv() {
  const ajv2 = new import_ajv.Ajv({ allErrors: true, strict: false, addUsedSchema: false, validateSchema: false, code: { optimize: false, regExp: re2Engine } });
  addFormats(ajv2);
  return ajv2;
}
var ajv;
var cache2 = createCompileCache(MAX_SCHEMAS, (dropped) => {
  ajv?.removeSchema(dropped.schema);
});
function compileUserSchema(schema) {
  return cache2.get(stableStringify(schema), () => ({ schema, ...compileUncached2(schema) }));
}
var DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;
function usesDefaultMetaSchema(schema) {
  const declared = schema.$schema;
  return declared === void 0 || typeof declared === "string" && DRAFT_07.test(declared);
}
function compileUncached2(schema) {
  ajv ??= buildUserSchemaAjv();
  const meta = usesDefaultMetaSchema(schema) ? ourValidator("user-schema-meta") : null;
  const valid = meta ? meta(schema) : ajv.validateSchema(schema);
  const errors = meta ? meta.errors : ajv.errors;
  if (!valid) {
    const first = (errors ?? []).find((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf") ?? errors?.[0];
    if (first) {
      const at = first.instancePath ? `${first.instancePath.slice(1).replace(/\//g, ".")} ` : "";
      const allowed = first.params.allowedValues;
      return {
        error: {
          message: `${at}${first.message ?? "is invalid"}${allowed ? ` (${allowed.map(String).join(", ")})` : ""}`,
          pointer: first.instancePath
        }
      };
    }
  }
  try {
    return { validate: ajv.compile(schema) };
  } catch (err) {
    ajv.removeSchema(schema);
    const pointer = err instanceof SchemaPatternError ? findPattern(schema, err.pattern) ?? "" : "";
    return { error: { message: err.message, pointer } };
  }
}

// src/trace/tokens.ts
function unknownTokens(trace) {
  const llm = trace.steps.flatMap((s2, i) => s2.type === "llm" ? [{ s: s2, no: i + 1 }] : []);
  const silent = llm.filter(({ s: s2 }) => s2.input_tokens === void 0 && s2.output_tokens === void 0).map(({ no }) => no);
  const stepSum = trace.steps.reduce((acc, s2) => acc + (s2.input_tokens ?? 0) + (s2.output_tokens ?? 0), 0);
  const total = trace.usage.input_tokens + trace.usage.output_tokens;
  if (total > stepSum) return void 0;
  const fix = "make the model (or its instrumentation) report usage, or record input_tokens/output_tokens on llm steps";
  if (total === 0 && (llm.length === 0 || silent.length === llm.length)) {
    return llm.length === 0 ? `the trace has no llm steps and reports no usage, so its tokens are unknown; ${fix}` : `no llm step reports token counts (${listSteps(silent)}); ${fix}`;
  }
  if (silent.length > 0) return `${listSteps(silent)} report${silent.length === 1 ? "s" : ""} no token counts; ${fix}`;
  return void 0;
}
function listSteps(nos) {
  const shown = nos.slice(0, 8).join(", ") + (nos.length > 8 ? ` (+${nos.length - 8} more)` : "");
  return `${nos.length === 1 ? "llm step" : "llm steps"} ${shown}`;
}

// src/outcome/checks.ts
var CheckConfigError = class extends Error {
  name = "CheckConfigError";
};
var CheckUndecidableError = class extends CheckConfigError {
  name = "CheckUndecidableError";
};
var BUDGET_LIMITS = ["max_steps", "max_tool_calls", "max_tokens", "max_cost_usd", "max_latency_ms"];
var LEVELS = {
  output_schema: "system",
  output_match: "system",
  command: "system",
  trajectory: "trace",
  tool_not_called: "trace",
  budget: "trace",
  no_loop: "trace",
  side_effects: "trace",
  no_tool_errors: "trace",
  tool_args: "node"
};
function levelOf(check) {
  return LEVELS[typeof check === "string" ? check : check.type];
}
function defaultClassOf(type, limit) {
  switch (type) {
    case "trajectory":
    case "tool_not_called":
    case "tool_args":
    case "no_loop":
    case "side_effects":
      return "bad_decision";
    case "output_schema":
    case "output_match":
    case "command":
      return "bad_output";
    case "no_tool_errors":
      return "tool_error";
    case "budget":
      return limit === "max_latency_ms" ? "timeout" : "cost_blowup";
  }
}
function runCheck(check, index, trace) {
  const v = evaluate(check, trace);
  return toResult(check, index, v);
}
function commandCheckResult(check, index, verdict) {
  const reason = verdict.reason.trim() || `evaluator "${check.run}" gave no reason`;
  const score = verdict.score !== void 0 ? ` (score ${verdict.score})` : "";
  return toResult(check, index, { pass: verdict.pass, message: verdict.pass ? "" : `${reason}${score}`, score: verdict.score });
}
function toResult(check, index, v) {
  const limit = v.limit ?? (check.type === "budget" ? firstConfiguredLimit(check) : void 0);
  const result = {
    index,
    type: check.type,
    level: levelOf(check),
    pass: v.pass,
    class: check.class ?? defaultClassOf(check.type, limit),
    message: v.pass ? "" : v.message
  };
  if (v.score !== void 0) result.score = v.score;
  return result;
}
function evaluate(check, trace) {
  switch (check.type) {
    case "trajectory":
      return checkTrajectory(check.mode, check.tools, trace);
    case "tool_not_called":
      return checkToolNotCalled(check.tool, trace);
    case "tool_args":
      return checkToolArgs(check, trace);
    case "output_schema":
      return checkOutputSchema(check.schema, trace);
    case "output_match":
      return checkOutputMatch(check, trace);
    case "budget":
      return checkBudget(check, trace);
    case "no_loop":
      return checkNoLoop(check.max_repeats ?? 1, trace);
    case "side_effects":
      return checkSideEffects(check.tool, check.exactly, trace);
    case "no_tool_errors":
      return checkNoToolErrors(trace);
    case "command":
      throw new Error("command checks are resolved by the caller (commandCheckResult), not runCheck");
  }
}
function toolCalls(trace) {
  const out = [];
  trace.steps.forEach((step, i) => {
    if (step.type === "tool") out.push({ step, stepNo: i + 1 });
  });
  return out;
}
var MAX_LISTED = 20;
function list(names) {
  if (names.length <= MAX_LISTED) return `[${names.join(", ")}]`;
  return `[${names.slice(0, MAX_LISTED).join(", ")}, \u2026 +${names.length - MAX_LISTED} more]`;
}
function stepList(nos) {
  const shown = nos.length <= 10 ? nos.join(", ") : `${nos.slice(0, 10).join(", ")}, \u2026`;
  return nos.length === 1 ? `step ${shown}` : `steps ${shown}`;
}
function times(n) {
  return n === 1 ? "1 time" : `${n} times`;
}
function multisetMinus(a2, b3) {
  const counts = /* @__PURE__ */ new Map();
  for (const x of b3) counts.set(toolKey(x), (counts.get(toolKey(x)) ?? 0) + 1);
  const out = [];
  for (const x of a2) {
    const c = counts.get(toolKey(x)) ?? 0;
    if (c > 0) counts.set(toolKey(x), c - 1);
    else out.push(x);
  }
  return out;
}
function toolKey(name) {
  return name.replace(/[^A-Za-z0-9_-]/g, "_");
}
function sameTool(stepName, checkName) {
  return stepName === checkName || toolKey(stepName) === toolKey(checkName);
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function checkTrajectory(mode, tools, trace) {
  const calls = toolCalls(trace);
  const got = calls.map((c) => c.step.name);
  const gotText = `got ${list(got)}`;
  switch (mode) {
    case "exact": {
      const n = Math.max(tools.length, got.length);
      for (let i = 0; i < n; i++) {
        if (i < tools.length && i < got.length && sameTool(got[i], tools[i])) continue;
        const where = i >= got.length ? `missing ${tools[i]} at position ${i + 1}` : i >= tools.length ? `unexpected ${got[i]} at position ${i + 1} (step ${calls[i].stepNo})` : `position ${i + 1}: expected ${tools[i]}, got ${got[i]} (step ${calls[i].stepNo})`;
        return { pass: false, message: `expected exactly ${list(tools)}; ${gotText}; ${where}` };
      }
      return { pass: true, message: "" };
    }
    case "in_order": {
      let k = 0;
      for (const name of got) if (k < tools.length && sameTool(name, tools[k])) k++;
      if (k === tools.length) return { pass: true, message: "" };
      const message = k === 0 ? `expected ${tools[0]} to be called (first of ${list(tools)}); ${gotText}` : `expected ${tools[k]} after ${tools[k - 1]}; ${gotText}`;
      return { pass: false, message };
    }
    case "unordered": {
      const missing = multisetMinus(tools, got);
      const extra = multisetMinus(got, tools);
      if (missing.length === 0 && extra.length === 0) return { pass: true, message: "" };
      const parts = [`expected ${list(tools)} in any order`];
      if (missing.length > 0) parts.push(`missing ${list(missing)}`);
      if (extra.length > 0) parts.push(`unexpected ${list(extra)}`);
      parts.push(gotText);
      return { pass: false, message: parts.join("; ") };
    }
    case "subset": {
      const called = new Set(got.map(toolKey));
      const missing = [...new Set(tools)].filter((t) => !called.has(toolKey(t)));
      if (missing.length === 0) return { pass: true, message: "" };
      return { pass: false, message: `never called ${list(missing)} (expected every tool of ${list(tools)}); ${gotText}` };
    }
    case "superset": {
      const allowed = new Set(tools.map(toolKey));
      const outside = calls.filter((c) => !allowed.has(toolKey(c.step.name)));
      if (outside.length === 0) return { pass: true, message: "" };
      const names = [...new Set(outside.map((c) => c.step.name))];
      return {
        pass: false,
        message: `called tools outside ${list(tools)}: ${list(names)} (${stepList(outside.map((c) => c.stepNo))}); ${gotText}`
      };
    }
  }
}
function checkToolNotCalled(tool, trace) {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, tool));
  if (calls.length === 0) return { pass: true, message: "" };
  return { pass: false, message: `${tool} was called ${times(calls.length)} (${stepList(calls.map((c) => c.stepNo))}); expected never` };
}
function checkSideEffects(tool, exactly, trace) {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, tool));
  const ok = calls.filter((c) => c.step.status !== "error");
  if (ok.length === exactly) return { pass: true, message: "" };
  let message = `${tool} succeeded ${times(ok.length)}`;
  if (ok.length > 0) message += ` (${stepList(ok.map((c) => c.stepNo))})`;
  message += `; expected exactly ${exactly}`;
  const failed = calls.filter((c) => c.step.status === "error");
  if (failed.length > 0) {
    const first = failed[0];
    message += `; ${failed.length} failed call${failed.length > 1 ? "s" : ""} (${stepList(failed.map((c) => c.stepNo))}${first.step.error ? `: ${first.step.error}` : ""})`;
  }
  return { pass: false, message };
}
function checkNoLoop(maxRepeats, trace) {
  const groups = /* @__PURE__ */ new Map();
  for (const call of toolCalls(trace)) {
    const key = `${call.step.name}\0${stableStringify(call.step.args)}`;
    const g2 = groups.get(key);
    if (g2) g2.push(call);
    else groups.set(key, [call]);
  }
  let worst;
  let crossedAt = Infinity;
  for (const g2 of groups.values()) {
    if (g2.length > maxRepeats && g2[maxRepeats].stepNo < crossedAt) {
      crossedAt = g2[maxRepeats].stepNo;
      worst = g2;
    }
  }
  if (!worst) return { pass: true, message: "" };
  const { name, args } = worst[0].step;
  const others = [...groups.values()].filter((g2) => g2 !== worst && g2.length > maxRepeats).length;
  const more = others > 0 ? `; ${others} other repeated call${others > 1 ? "s" : ""}` : "";
  return {
    pass: false,
    message: `${name} called ${times(worst.length)} with identical args ${previewValue(args ?? null, 100)} (${stepList(worst.map((c) => c.stepNo))}); max_repeats ${maxRepeats}${more}`
  };
}
function checkNoToolErrors(trace) {
  const failing = trace.steps.map((step, i) => ({ step, stepNo: i + 1 })).filter((s2) => s2.step.status === "error");
  if (failing.length === 0) return { pass: true, message: "" };
  return { pass: false, message: describeFailingSteps(failing) };
}
function describeFailingSteps(failing) {
  const { step, stepNo } = failing[0];
  let message = `${step.name} failed at step ${stepNo}${step.error ? `: ${step.error}` : ""}`;
  if (failing.length > 1) message += `; ${failing.length - 1} more failing step${failing.length > 2 ? "s" : ""} (${failing.slice(1).map((f) => f.stepNo).slice(0, 10).join(", ")})`;
  return message;
}
function firstConfiguredLimit(check) {
  return configuredLimits(check)[0];
}
function configuredLimits(check) {
  const known = new Set(BUDGET_LIMITS);
  return Object.keys(check).filter((k) => known.has(k) && typeof check[k] === "number");
}
function formatUsd(v) {
  return `$${Number(v.toFixed(6))}`;
}
function checkBudget(check, trace) {
  const exceeded = [];
  const undecided = [];
  for (const limit of configuredLimits(check)) {
    const max = check[limit];
    switch (limit) {
      case "max_steps": {
        const n = trace.steps.length;
        if (n > max) exceeded.push({ limit, message: `${n} steps exceed max_steps ${max}` });
        break;
      }
      case "max_tool_calls": {
        const n = toolCalls(trace).length;
        if (n > max) exceeded.push({ limit, message: `${n} tool calls exceed max_tool_calls ${max}` });
        break;
      }
      case "max_tokens": {
        const n = trace.usage.input_tokens + trace.usage.output_tokens;
        const unknown = unknownTokens(trace);
        if (n > max) {
          const bound = unknown ? ` (at least: ${unknown})` : "";
          exceeded.push({ limit, message: `${n} tokens (${trace.usage.input_tokens} in + ${trace.usage.output_tokens} out) exceed max_tokens ${max}${bound}` });
        } else if (unknown) undecided.push(`max_tokens ${max} cannot be checked: ${unknown}${n > 0 ? ` (the ${n} counted are a lower bound)` : ""}`);
        break;
      }
      case "max_cost_usd": {
        const c = trace.usage.cost_usd;
        if (c > max) exceeded.push({ limit, message: `cost ${formatUsd(c)} exceeds max_cost_usd ${formatUsd(max)}` });
        break;
      }
      case "max_latency_ms": {
        const l = trace.latency_ms;
        if (l > max) exceeded.push({ limit, message: `latency ${Math.round(l)} ms exceeds max_latency_ms ${max}` });
        break;
      }
    }
  }
  if (exceeded.length === 0 && undecided.length > 0) throw new CheckUndecidableError(undecided.join("; "));
  if (exceeded.length === 0) return { pass: true, message: "" };
  return { pass: false, message: [...exceeded.map((e) => e.message), ...undecided].join("; "), limit: exceeded[0].limit };
}
function compileSchema(schema, what) {
  const compiled = compileUserSchema(schema);
  if (compiled.error) throw new CheckConfigError(`${what} schema is not a valid JSON Schema: ${compiled.error.message}`);
  return compiled.validate;
}
function checkOutputSchema(schema, trace) {
  const validate = compileSchema(schema, "output_schema");
  if (validate(trace.output)) return { pass: true, message: "" };
  return { pass: false, message: formatAjvErrors(validate.errors, trace.output, "output") };
}
function checkToolArgs(check, trace) {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, check.tool));
  if (calls.length === 0) return { pass: false, message: `${check.tool} was never called` };
  const validate = check.schema ? compileSchema(check.schema, `tool_args (${check.tool})`) : void 0;
  const ignore = (check.ignore ?? []).map((p) => p.split("."));
  const match = check.match ?? "exact";
  for (let i = 0; i < calls.length; i++) {
    const { step, stepNo } = calls[i];
    const where = calls.length > 1 ? `call ${i + 1} of ${calls.length}, step ${stepNo}` : `step ${stepNo}`;
    const args = step.args ?? {};
    if (validate && !validate(args)) {
      return { pass: false, message: `${check.tool} args (${where}): ${formatAjvErrors(validate.errors, args, "args")}` };
    }
    if (check.args !== void 0) {
      const diffs = diffValues(stripIgnored(check.args, ignore), stripIgnored(args, ignore), match, []);
      if (diffs.length > 0) {
        const shown = diffs.slice(0, 3).join("; ");
        const more = diffs.length > 3 ? `; ${diffs.length - 3} more difference${diffs.length > 4 ? "s" : ""}` : "";
        return { pass: false, message: `${check.tool} args (${where}, match ${match}): ${shown}${more}` };
      }
    }
  }
  return { pass: true, message: "" };
}
var REMOVED = /* @__PURE__ */ Symbol("removed");
function stripIgnored(value, paths) {
  let out = value;
  for (const path of paths) {
    const next = removePath(out, path);
    out = next === REMOVED ? void 0 : next;
  }
  return out;
}
function removePath(value, path) {
  if (path.length === 0) return REMOVED;
  const [head, ...rest] = path;
  const hit = (key) => head === "*" || head === key;
  if (Array.isArray(value)) {
    let touched = false;
    const out = [];
    value.forEach((item, i) => {
      if (!hit(String(i))) return void out.push(item);
      const r = removePath(item, rest);
      touched = true;
      if (r !== REMOVED) out.push(r);
    });
    return touched && out.length === 0 && value.length > 0 ? REMOVED : out;
  }
  if (isPlainObject(value)) {
    let touched = false;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (!hit(k)) {
        out[k] = v;
        continue;
      }
      touched = true;
      const r = removePath(v, rest);
      if (r !== REMOVED) out[k] = r;
    }
    return touched && Object.keys(out).length === 0 && Object.keys(value).length > 0 ? REMOVED : out;
  }
  return value;
}
function diffValues(expected, actual, mode, path) {
  const label = () => path.length === 0 ? "args" : renderPath("", path);
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const diffs = [];
    for (const k of Object.keys(expected)) {
      if (!(k in actual)) {
        if (mode !== "superset") diffs.push(`${renderPath("", [...path, k])} missing (expected ${previewValue(expected[k])})`);
      } else diffs.push(...diffValues(expected[k], actual[k], mode, [...path, k]));
    }
    if (mode !== "subset") {
      for (const k of Object.keys(actual)) {
        if (!(k in expected)) diffs.push(`${renderPath("", [...path, k])} unexpected (got ${previewValue(actual[k])})`);
      }
    }
    return diffs;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${label()} expected ${expected.length} item${expected.length === 1 ? "" : "s"}, got ${actual.length}: ${previewValue(actual)}`];
    }
    return expected.flatMap((e, i) => diffValues(e, actual[i], mode, [...path, i]));
  }
  if (stableStringify(expected) === stableStringify(actual)) return [];
  return [`${label()} expected ${previewValue(expected)}, got ${previewValue(actual)}`];
}
function compilePattern(pattern) {
  const re2 = compileUserPattern(pattern);
  if ("error" in re2) throw new CheckConfigError(`output_match pattern /${pattern}/ is not a valid regular expression: ${re2.error}`);
  return re2;
}
function resolvePath(root, path) {
  const segments = path === "" ? [] : path.split(".");
  let cur = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const here = renderPath("output", segments.slice(0, i));
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg) || Number(seg) >= cur.length) {
        return { found: false, missing: `${renderPath("output", segments.slice(0, i + 1))} is missing (${here} is an array of ${cur.length} item${cur.length === 1 ? "" : "s"})` };
      }
      cur = cur[Number(seg)];
    } else if (isPlainObject(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) {
        const keys = Object.keys(cur);
        const has = keys.length > 0 ? `has keys ${list(keys)}` : "is empty";
        return { found: false, missing: `${renderPath("output", segments.slice(0, i + 1))} is missing (${here} ${has})` };
      }
      cur = cur[seg];
    } else {
      const kind = cur === null ? "null" : typeof cur;
      return { found: false, missing: `${renderPath("output", segments.slice(0, i + 1))} is missing (${here} is ${kind}, not an object)` };
    }
  }
  return { found: true, value: cur };
}
function checkOutputMatch(check, trace) {
  const re2 = compilePattern(check.pattern);
  const path = check.path ?? "";
  const resolved = resolvePath(trace.output, path);
  if (!resolved.found) return { pass: false, message: resolved.missing };
  const value = resolved.value;
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "null";
  const matched = re2.test(text);
  const label = renderPath("output", path === "" ? [] : path.split("."));
  if (matched !== (check.negate === true)) return { pass: true, message: "" };
  const shown = previewValue(text, 120);
  return {
    pass: false,
    message: check.negate ? `${label} ${shown} matches /${check.pattern}/; expected no match (negate)` : `${label} ${shown} does not match /${check.pattern}/`
  };
}

// src/outcome/evaluate.ts
var TRACE_EXCERPT_CHARS = 2e3;
function buildTraceExcerpt(trace, max = TRACE_EXCERPT_CHARS) {
  const text = JSON.stringify(
    trace,
    (_key, value) => typeof value === "string" && value.length > 300 ? `${value.slice(0, 300)}\u2026(${value.length} chars)` : value
  );
  if (text.length <= max) return text;
  const marker = ` \u2026[truncated, ${text.length} chars]`;
  return text.slice(0, Math.max(0, max - marker.length)) + marker;
}
var MAX_WARNINGS = 20;
var MAX_WARNING_CHARS = 1e3;
function capWarnings(warnings) {
  const kept = warnings.slice(0, MAX_WARNINGS).map((w3) => w3.length > MAX_WARNING_CHARS ? `${w3.slice(0, MAX_WARNING_CHARS - 1)}\u2026` : w3);
  if (warnings.length > MAX_WARNINGS) kept[MAX_WARNINGS - 1] = `\u2026 and ${warnings.length - MAX_WARNINGS + 1} more warning(s)`;
  return kept;
}
function runChecks(checks, trace, commandVerdicts, onCheck) {
  const results = [];
  const unevaluated = [];
  checks.forEach((check, index) => {
    onCheck?.(index);
    if (check.type === "command") {
      const verdict = commandVerdicts.get(index);
      if (!verdict) unevaluated.push(`checks[${index}] (command "${check.run}") has no verdict`);
      else if ("error" in verdict) unevaluated.push(`checks[${index}] (command "${check.run}") could not evaluate the trace: ${verdict.error}`);
      else results.push(commandCheckResult(check, index, verdict));
      return;
    }
    try {
      results.push(runCheck(check, index, trace));
    } catch (err) {
      if (!(err instanceof CheckConfigError)) throw err;
      unevaluated.push(`checks[${index}] (${check.type}): ${err.message}`);
    }
  });
  return { results, unevaluated };
}
function redactedMessages(checks, failures, shown, redact, onCheck) {
  return failures.map((f) => {
    const check = checks[f.index];
    if (!check || check.type === "command") return { ...f, message: redact(f.message) };
    onCheck?.(f.index);
    let again = null;
    try {
      again = runCheck(check, f.index, shown);
    } catch {
      again = null;
    }
    const message = again && !again.pass ? again.message : `${f.type} failed on text that is redacted in reports (details withheld)`;
    return { ...f, message: redact(message) };
  });
}
function withEvidence(c, run, record, trace, redact, shown) {
  const red = (s2) => redact ? redact(s2) : s2;
  if (redact && record.error !== void 0) record.error = redact(record.error);
  if (record.outcome === "pass" || c.holdout) return record;
  if (run.stderr_tail !== "") record.stderr_tail = red(run.stderr_tail);
  if (trace) record.trace_excerpt = red(buildTraceExcerpt(shown(trace)));
  return record;
}
function traceBase(c, trial, run, retries) {
  const { trace } = run;
  const base = {
    trial,
    latency_ms: trace.latency_ms,
    tokens: trace.usage.input_tokens + trace.usage.output_tokens,
    cost_usd: trace.usage.cost_usd,
    retries
  };
  if (run.cost_source) base.cost_source = run.cost_source;
  if (run.warnings && run.warnings.length > 0 && !c.holdout) base.warnings = capWarnings(run.warnings);
  return base;
}
function evaluateTrial(c, trial, run, commandVerdicts, retries, redact, onCheck) {
  const red = (s2) => redact ? redact(s2) : s2;
  let shownTrace = null;
  const shown = (t) => redact ? shownTrace ??= redact.value(t, { keys: false }) : t;
  const evidence = (record, trace2) => withEvidence(c, run, record, trace2, redact, shown);
  if (run.kind === "timeout") {
    return evidence({
      trial,
      outcome: "fail",
      class: "timeout",
      failures: [
        {
          index: -1,
          type: "budget",
          level: "trace",
          class: "timeout",
          message: `harness timed out after ${Math.round(run.wall_ms)} ms (timeout_ms ${c.timeout_ms})`
        }
      ],
      latency_ms: run.wall_ms,
      tokens: 0,
      cost_usd: 0,
      retries
    });
  }
  if (run.kind === "error") {
    return evidence({ trial, outcome: "error", failures: [], error: run.reason, latency_ms: run.wall_ms, tokens: 0, cost_usd: 0, retries });
  }
  const { trace } = run;
  const base = traceBase(c, trial, run, retries);
  const { results, unevaluated } = runChecks(c.checks, trace, commandVerdicts, onCheck);
  let failures = results.filter((r) => !r.pass).map((r) => ({ index: r.index, type: r.type, level: r.level, class: r.class, message: r.message }));
  if (redact && failures.length > 0) failures = redactedMessages(c.checks, failures, shown(trace), redact, onCheck);
  if (failures.length > 0) {
    return evidence({ ...base, outcome: "fail", class: failures[0].class, failures }, trace);
  }
  if (unevaluated.length > 0) return evidence({ ...base, outcome: "error", failures: [], error: unevaluated.join("; ") }, trace);
  if (c.checks.length === 0) {
    const failing = trace.steps.map((step, i) => ({ step, stepNo: i + 1 })).filter((s2) => s2.step.status === "error");
    if (failing.length > 0) {
      const message = red(describeFailingSteps(failing));
      return evidence({ ...base, outcome: "fail", class: "tool_error", failures: [{ index: -1, type: "no_tool_errors", level: "trace", class: "tool_error", message }] }, trace);
    }
  }
  return { ...base, outcome: "pass", failures: [] };
}

// src/surfaces/redact.ts
var REDACTED = "***";
function compileRedactPattern(pattern) {
  const re2 = compileUserPattern(pattern);
  if ("error" in re2) return null;
  return { source: pattern, replaceAll: (text, replacement) => re2.replaceAll(text, replacement) };
}
function compileRedactPatterns(patterns) {
  return patterns.map(compileRedactPattern).filter((m2) => m2 !== null);
}
function escapeRegExp(s2) {
  return s2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function secretForms(secret) {
  const forms = /* @__PURE__ */ new Set();
  const add = (s2) => {
    if (s2.trim().length >= 3) forms.add(s2);
  };
  add(secret);
  add(JSON.stringify(secret).slice(1, -1));
  if (/[\r\n]/.test(secret)) for (const line of secret.split(/\r?\n|\r/)) add(line);
  return [...forms];
}
function createRedactor(opts) {
  const forms = [...new Set(opts.secrets.flatMap(secretForms))].sort((a2, b3) => b3.length - a2.length);
  const literal = forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join("|"), "g") : null;
  const matchers = [...opts.matchers];
  const text = (s2) => {
    if (!s2) return s2;
    let out = literal ? s2.replace(literal, REDACTED) : s2;
    for (const m2 of matchers) out = m2.replaceAll(out, REDACTED);
    return out;
  };
  const value = (v, o = {}) => {
    const key = o.keys === false ? (k) => k : text;
    const walk = (x) => {
      if (typeof x === "string") return text(x);
      if (Array.isArray(x)) return x.map(walk);
      if (x !== null && typeof x === "object") {
        const o2 = {};
        for (const [k, y2] of Object.entries(x)) o2[key(k)] = walk(y2);
        return o2;
      }
      return x;
    };
    return walk(v);
  };
  return Object.assign(text, { value, spec: { secrets: [...opts.secrets], patterns: opts.matchers.map((m2) => m2.source) } });
}
function redactorFromSpec(spec) {
  return createRedactor({ secrets: spec.secrets, matchers: compileRedactPatterns(spec.patterns) });
}
var NO_REDACTION = createRedactor({ secrets: [], matchers: [] });

// src/adapters/check-worker.ts
var progress = new Int32Array(workerData.progress);
var redactor = null;
function redactorFor(job) {
  if (job.redact === null) return void 0;
  const key = JSON.stringify(job.redact);
  if (redactor?.key !== key) redactor = { key, redact: redactorFromSpec(job.redact) };
  return redactor.redact;
}
parentPort.on("message", (job) => {
  Atomics.store(progress, 0, job.id);
  Atomics.store(progress, 1, 0);
  let reply;
  try {
    const record = evaluateTrial(job.c, job.trial, job.run, new Map(job.verdicts), job.retries, redactorFor(job), (index) => Atomics.store(progress, 1, index + 1));
    reply = { id: job.id, record };
  } catch (err) {
    reply = { id: job.id, crash: err instanceof Error ? `${err.name}: ${err.message}` : String(err), index: Atomics.load(progress, 1) - 1 };
  }
  parentPort.postMessage(reply);
});
parentPort.postMessage({ ready: true });
