"""evalgate_harness: turns a Python agent into an evalgate harness.

One file, standard library only, Python 3.9+. Copy it next to your harness script
(``evalgate init`` does; it ships at node_modules/evalgate/harness/python/evalgate_harness.py)::

    from evalgate_harness import llm, main, tool

    @tool("policy.check_eligibility")
    def check_eligibility(order_id):
        return policy_api.check(order_id)

    def agent(case_input, ctx):
        with llm("planner", model="gpt-4.1-mini") as call:
            response = client.chat.completions.create(...)
            call.record(response)                # model and token counts from the response
        check_eligibility(order_id="8812")       # recorded as a tool step: name, args, result, status, latency
        return {"action": "refund"}              # the trace's output

    if __name__ == "__main__":
        main(agent)

``main`` speaks both of evalgate's protocols: exec (one process per trial, the case input as JSON
on stdin, EVALGATE_CASE_ID/EVALGATE_TRIAL/EVALGATE_SUITE/EVALGATE_FIXTURES in the environment) and
jsonl (EVALGATE_PROTOCOL=jsonl: one request per stdin line, one reply per stdout line carrying the
request's "id"). stdout is the trace channel: from the moment main/serve/run_once start, everything
else written to file descriptor 1 (print(), logging handlers, C extensions, child processes) goes
to stderr, which evalgate keeps as evidence.

A trial prints a native trace ({"output", "steps", "latency_ms"}), or, when OpenTelemetry spans
were attached with ``ctx.otlp(...)``, one OTLP/JSON export holding those spans plus the recorded
steps as GenAI spans (evalgate converts it). An exception raised by the agent prints its traceback
to stderr and reports an error instead of a trace (exec: exit code 1): an ``error`` outcome,
retried up to harness.retries and never counted as a pass.

Outside a trial (the agent running in production) @tool, llm() and step() record nothing and
change nothing: the decorated functions behave exactly as undecorated ones.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import decimal
import enum
import functools
import inspect
import json
import math
import os
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, Callable, Dict, List, Optional

__version__ = "0.1.0"

__all__ = [
    "Context",
    "LlmCall",
    "ToolCall",
    "current",
    "llm",
    "main",
    "otlp",
    "output",
    "run_once",
    "serve",
    "span_collector",
    "step",
    "tool",
]

_PREFIX = "evalgate_harness"
_lock = threading.RLock()
_trial: Optional["_Trial"] = None
_trace_out = None  # binary stream of the real stdout, claimed by _claim_stdout()
_loop: Optional[asyncio.AbstractEventLoop] = None
_UNSET = object()


def _log(message: str) -> None:
    sys.stderr.write(f"{_PREFIX}: {message}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- JSON-safe values


def _jsonable(value: Any, _depth: int = 0, _path: Optional[set] = None) -> Any:
    """`value` as plain JSON data: tool args, results and outputs are often SDK objects."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        # NaN and Infinity are not JSON; evalgate would reject the whole trace.
        return value if math.isfinite(value) else str(value)
    if _depth > 64:
        return str(value)[:200]
    path = _path if _path is not None else set()
    if id(value) in path:
        return "<cycle>"
    path.add(id(value))
    try:
        return _jsonable_container(value, _depth + 1, path)
    finally:
        path.discard(id(value))


def _jsonable_container(value: Any, depth: int, path: set) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v, depth, path) for k, v in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return _jsonable(value._asdict(), depth, path)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, depth, path) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_jsonable(v, depth, path) for v in value), key=repr)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, enum.Enum):
        return _jsonable(value.value, depth, path)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value) if value.is_finite() else str(value)
    if isinstance(value, (uuid.UUID, PurePath)):
        return str(value)
    if isinstance(value, BaseException):
        return f"{type(value).__name__}: {value}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name, None), depth, path) for f in dataclasses.fields(value)}
    # pydantic v2, then the usual to-dict methods of SDK objects (pydantic v1, OpenAI, Anthropic).
    for method in ("model_dump", "to_dict", "dict"):
        fn = getattr(value, method, None)
        if callable(fn) and not isinstance(value, type):
            try:
                return _jsonable(fn(), depth, path)
            except Exception:  # noqa: BLE001 - any failure: fall back to str()
                pass
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v, depth, path) for k, v in value.items()}
    # Anything else (a client, a response object) as its text: walking its attributes could
    # pull in a connection pool.
    return str(value)


def _dumps(doc: Any) -> str:
    # ASCII escapes keep the line valid UTF-8 whatever the strings hold (lone surrogates included).
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":"), allow_nan=False)


# ---------------------------------------------------------------- trials and steps

_STEP_NUMBERS = ("input_tokens", "output_tokens", "cached_input_tokens", "cost_usd", "latency_ms")


class _Trial:
    """What one trial recorded: steps, the output, attached OTLP exports."""

    def __init__(self, ctx: "Context") -> None:
        self.ctx = ctx
        self.steps: List[Dict[str, Any]] = []
        self.output: Any = _UNSET
        self.otlp: List[Any] = []
        self.started_ns = time.time_ns()


def _check_step(step: Dict[str, Any]) -> None:
    where = f"{_PREFIX}.step"
    for key in ("type", "name"):
        if not isinstance(step.get(key), str) or step[key] == "":
            raise ValueError(f"{where}: {key!r} must be a non-empty string, got {step.get(key)!r}")
    if "status" in step and step["status"] not in ("ok", "error"):
        raise ValueError(f"{where}: 'status' must be 'ok' or 'error', got {step['status']!r}")
    for key in _STEP_NUMBERS:
        v = step.get(key)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0):
            raise ValueError(f"{where}: {key!r} must be a number >= 0, got {v!r}")


def _record(step: Dict[str, Any]) -> Dict[str, Any]:
    """Appends a step to the running trial (in start order); outside a trial it is only returned."""
    step.setdefault("_start_ns", time.time_ns())
    with _lock:
        if _trial is not None:
            _trial.steps.append(step)
    return step


def _add_step(given: Optional[Dict[str, Any]], fields: Dict[str, Any]) -> Dict[str, Any]:
    s = dict(given or {}, **fields)
    s.setdefault("type", "tool")
    _check_step(s)
    return _record({k: (_jsonable(v) if k in ("args", "result") else v) for k, v in s.items() if v is not None})


def step(step: Optional[Dict[str, Any]] = None, **fields: Any) -> Dict[str, Any]:
    """Records one native step of the running trial, as a dict or keywords (type defaults to "tool").

    ``step(type="tool", name="policy.check_eligibility", args={...}, result={...}, status="ok", latency_ms=240)``
    or ``step(type="llm", name="planner", model="m", input_tokens=812, output_tokens=64, cost_usd=0.002)``.
    Outside a trial nothing is recorded.
    """
    return _add_step(step, fields)


def output(value: Any) -> None:
    """Sets the running trial's output (otherwise the agent function's return value)."""
    with _lock:
        if _trial is not None:
            _trial.output = value


def otlp(source: Any, since_trial: bool = True) -> None:
    """Attaches OpenTelemetry spans to the running trial (see Context.otlp)."""
    with _lock:
        t = _trial
    if t is not None:
        t.ctx.otlp(source, since_trial)


def current() -> Optional["Context"]:
    """The running trial's Context, or None outside a trial."""
    with _lock:
        return _trial.ctx if _trial is not None else None


class _Call:
    """Common part of a tool or model call being recorded."""

    def __init__(self, step: Dict[str, Any]) -> None:
        self._step = step
        self._t0 = time.perf_counter()

    def fail(self, message: Any) -> None:
        """Marks the call failed (status "error") without raising."""
        self._step["status"] = "error"
        self._step["error"] = str(message)

    def _finish(self, exc: Optional[BaseException]) -> None:
        s = self._step
        s["latency_ms"] = round((time.perf_counter() - self._t0) * 1000, 3)
        if exc is not None:
            s["status"] = "error"
            s["error"] = f"{type(exc).__name__}: {exc}"
        s.setdefault("status", "ok")


class ToolCall(_Call):
    """A tool call being recorded: set ``result`` (and ``fail(message)`` on a handled failure)."""

    @property
    def result(self) -> Any:
        return self._step.get("result")

    @result.setter
    def result(self, value: Any) -> None:
        self._step["result"] = _jsonable(value)


class LlmCall(_Call):
    """A model call being recorded: ``record(response)``, ``usage(...)``, or set the attributes."""

    def record(self, response: Any) -> Any:
        """Takes model and token counts from a provider response (OpenAI, Anthropic, LangChain, dicts); returns it."""
        usage = _usage_of(response)
        for key, v in usage.items():
            if self._step.get(key) is None:
                self._step[key] = v
        return response

    def usage(self, input_tokens: Optional[float] = None, output_tokens: Optional[float] = None,
              cached_input_tokens: Optional[float] = None, cost_usd: Optional[float] = None) -> None:
        """Sets token counts and cost (cost_usd: else evalgate.yml pricing applies by model)."""
        for key, v in (("input_tokens", input_tokens), ("output_tokens", output_tokens),
                       ("cached_input_tokens", cached_input_tokens), ("cost_usd", cost_usd)):
            if v is not None:
                setattr(self, key, v)

    def __getattr__(self, key: str) -> Any:
        if key in ("model",) + _STEP_NUMBERS:
            return self._step.get(key)
        raise AttributeError(key)

    def __setattr__(self, key: str, value: Any) -> None:
        if key in ("model",) + _STEP_NUMBERS:
            if value is None:
                self._step.pop(key, None)
            else:
                if key != "model":
                    _check_step({"type": "llm", "name": "llm", key: value})
                self._step[key] = value
        else:
            object.__setattr__(self, key, value)


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        v = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if v is not None:
            return v
    return None


def _usage_of(response: Any) -> Dict[str, Any]:
    """Model and token counts of a provider response, in evalgate's step fields."""
    out: Dict[str, Any] = {}
    if response is None:
        return out
    model = _get(response, "model", "model_name") or _get(_get(response, "response_metadata") or {}, "model_name", "model")
    if isinstance(model, str) and model:
        out["model"] = model
    usage = _get(response, "usage", "usage_metadata")
    if usage is None:
        return out
    num = lambda v: v if isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 else None  # noqa: E731
    inp = num(_get(usage, "input_tokens", "prompt_tokens", "prompt_token_count"))
    outp = num(_get(usage, "output_tokens", "completion_tokens", "candidates_token_count"))
    cached = num(_get(_get(usage, "prompt_tokens_details", "input_tokens_details") or {}, "cached_tokens"))
    # Anthropic counts cache reads and writes apart from input_tokens; evalgate's input includes them.
    cache_read = num(_get(usage, "cache_read_input_tokens"))
    cache_write = num(_get(usage, "cache_creation_input_tokens"))
    if cache_read is not None or cache_write is not None:
        inp = (inp or 0) + (cache_read or 0) + (cache_write or 0)
        cached = cache_read
    if cached is None:
        cached = num(_get(_get(usage, "input_token_details") or {}, "cache_read"))  # LangChain usage_metadata
    for key, v in (("input_tokens", inp), ("output_tokens", outp), ("cached_input_tokens", cached)):
        if v is not None:
            out[key] = v
    return out


def _bound_args(sig: Optional[inspect.Signature], args: tuple, kwargs: dict) -> Dict[str, Any]:
    """The call's arguments by parameter name (what a model's tool call holds), without self/cls."""
    if sig is None:
        return dict(kwargs, **({"args": list(args)} if args else {}))
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError:
        return dict(kwargs, **({"args": list(args)} if args else {}))
    params = list(sig.parameters.values())
    out: Dict[str, Any] = {}
    for name, value in bound.arguments.items():
        p = sig.parameters[name]
        if params and p is params[0] and name in ("self", "cls"):
            continue
        if p.kind is inspect.Parameter.VAR_KEYWORD:
            out.update(value)
        elif p.kind is inspect.Parameter.VAR_POSITIONAL:
            if value:
                out[name] = list(value)
        else:
            out[name] = value
    return out


class _Spec:
    """tool(...) and llm(...): a decorator and a context manager at once."""

    kind = ""

    def __init__(self, name: Optional[str], fields: Dict[str, Any]) -> None:
        if name is not None and (not isinstance(name, str) or name == ""):
            raise ValueError(f"{_PREFIX}.{self.kind}: the name must be a non-empty string, got {name!r}")
        self.name = name
        self.fields = fields
        self._call: Optional[_Call] = None

    def _start(self, name: str, extra: Dict[str, Any]) -> _Call:
        raise NotImplementedError

    def _end(self, call: _Call, result: Any) -> None:
        pass

    def __enter__(self) -> Any:
        if self.name is None:
            raise ValueError(f"{_PREFIX}.{self.kind}: `with {self.kind}(...)` needs a name, e.g. {self.kind}(\"search\")")
        self._call = self._start(self.name, {})
        return self._call

    def __exit__(self, exc_type: Any, exc: Optional[BaseException], tb: Any) -> bool:
        assert self._call is not None
        self._call._finish(exc)
        return False

    def __call__(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        if not callable(fn):
            raise TypeError(f"{_PREFIX}.{self.kind}: decorates a function, got {fn!r}")
        name = self.name or getattr(fn, "__name__", None) or self.kind
        try:
            sig: Optional[inspect.Signature] = inspect.signature(fn)
        except (TypeError, ValueError):
            sig = None
        spec = self

        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                if current() is None:
                    return await fn(*args, **kwargs)
                call = spec._start(name, {"args": _bound_args(sig, args, kwargs)})
                try:
                    result = await fn(*args, **kwargs)
                except BaseException as exc:
                    call._finish(exc)
                    raise
                spec._end(call, result)
                call._finish(None)
                return result

            return async_wrapper

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if current() is None:
                return fn(*args, **kwargs)
            call = spec._start(name, {"args": _bound_args(sig, args, kwargs)})
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                call._finish(exc)
                raise
            spec._end(call, result)
            call._finish(None)
            return result

        return wrapper


class _ToolSpec(_Spec):
    kind = "tool"

    def _start(self, name: str, extra: Dict[str, Any]) -> _Call:
        args = self.fields.get("args", _UNSET)
        s: Dict[str, Any] = {"type": "tool", "name": name}
        if args is not _UNSET:
            s["args"] = _jsonable(args)
        elif "args" in extra:
            s["args"] = _jsonable(extra["args"])
        return ToolCall(_record(s))

    def _end(self, call: _Call, result: Any) -> None:
        assert isinstance(call, ToolCall)
        call.result = result


class _LlmSpec(_Spec):
    kind = "llm"

    def _start(self, name: str, extra: Dict[str, Any]) -> _Call:
        s: Dict[str, Any] = {"type": "llm", "name": name}
        if self.fields.get("model"):
            s["model"] = str(self.fields["model"])
        return LlmCall(_record(s))

    def _end(self, call: _Call, result: Any) -> None:
        assert isinstance(call, LlmCall)
        call.record(result)


def tool(name: Any = None, *, args: Any = _UNSET) -> Any:
    """Records tool calls: a decorator (``@tool``, ``@tool("billing.issue_refund")``) or a context manager.

    As a decorator every call of the function becomes a tool step: args by parameter name, the
    return value as result, status "error" with the exception when it raises (re-raised).
    As a context manager, for tools dispatched by name::

        with tool("search", args={"q": q}) as call:
            call.result = search(q)
    """
    if callable(name) and not isinstance(name, str):
        return _ToolSpec(None, {})(name)
    return _ToolSpec(name, {} if args is _UNSET else {"args": args})


def llm(name: Any = "llm", *, model: Optional[str] = None) -> Any:
    """Records model calls: a context manager (``with llm("planner", model="m") as call``) or a decorator.

    The step gets its latency, status "error" on an exception, and the model and token counts
    from ``call.record(response)`` / ``call.usage(...)`` / ``call.input_tokens = ...``. Decorating
    a function that returns the provider's response records its usage automatically.
    """
    if callable(name) and not isinstance(name, str):
        return _LlmSpec(None, {"model": model})(name)
    return _LlmSpec(name, {"model": model})


# ---------------------------------------------------------------- OpenTelemetry


class _SpanCollector:
    """An OpenTelemetry SDK span exporter keeping finished spans in memory for the running trial.

    ``provider.add_span_processor(SimpleSpanProcessor(span_collector))``; main() adds it to the
    global SDK TracerProvider itself when opentelemetry-sdk is in use (see main's ``otel``).
    """

    def __init__(self) -> None:
        self._spans: List[Any] = []
        self._lock = threading.Lock()

    def export(self, spans: Any) -> Any:
        with self._lock:
            self._spans.extend(spans)
        try:
            from opentelemetry.sdk.trace.export import SpanExportResult  # type: ignore

            return SpanExportResult.SUCCESS
        except Exception:  # noqa: BLE001 - not the SDK: any truthy value does
            return 0

    def shutdown(self) -> None:
        pass

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True

    def take(self) -> List[Any]:
        """The spans exported since the last take."""
        with self._lock:
            spans, self._spans = self._spans, []
        return spans


span_collector = _SpanCollector()
_otel_attached = False


def _otel_provider() -> Any:
    """The global tracer provider when the agent uses OpenTelemetry (imported it), else None."""
    trace_api = sys.modules.get("opentelemetry.trace")
    if trace_api is None:
        return None
    try:
        return trace_api.get_tracer_provider()
    except Exception:  # noqa: BLE001
        return None


def _attach_otel(mode: Any) -> None:
    """Adds span_collector to the SDK TracerProvider, registering one when none is set (otel="auto"/True)."""
    global _otel_attached
    if _otel_attached or mode is False:
        return
    provider = _otel_provider()
    if provider is None and mode is True:
        try:
            import opentelemetry.trace  # type: ignore  # noqa: F401
        except Exception:  # noqa: BLE001
            _log("otel=True, but opentelemetry-api is not installed; spans are not collected")
            _otel_attached = True
            return
        provider = _otel_provider()
    if provider is None:
        return
    try:
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor  # type: ignore
    except Exception:  # noqa: BLE001
        if mode is True:
            _log("otel=True, but opentelemetry-sdk is not installed; spans are not collected")
        # The API without the SDK records nothing; it will not appear later: stop looking.
        _otel_attached = True
        return
    if not hasattr(provider, "add_span_processor"):
        # The API's proxy: nobody registered an SDK provider, so register one that feeds the kit.
        from opentelemetry import trace as trace_api  # type: ignore
        from opentelemetry.sdk.trace import TracerProvider  # type: ignore

        provider = TracerProvider()
        trace_api.set_tracer_provider(provider)
        provider = trace_api.get_tracer_provider()
        if not hasattr(provider, "add_span_processor"):
            return
    provider.add_span_processor(SimpleSpanProcessor(span_collector))
    _otel_attached = True


def _flush_otel() -> None:
    """Flushes the agent's span processors before its OTLP file is read (a BatchSpanProcessor holds spans for seconds).

    Bounded: an exporter to an unreachable collector must not hold every trial for the SDK's 30 s.
    """
    provider = _otel_provider()
    flush = getattr(provider, "force_flush", None)
    if callable(flush):
        try:
            try:
                flush(timeout_millis=5000)
            except TypeError:
                flush()
        except Exception as exc:  # noqa: BLE001
            _log(f"OpenTelemetry force_flush failed: {type(exc).__name__}: {exc}")


def _kv(key: str, value: Any) -> Dict[str, Any]:
    return {"key": key, "value": _any_value(value)}


def _any_value(v: Any) -> Dict[str, Any]:
    if isinstance(v, bool):
        return {"boolValue": v}
    if isinstance(v, int):
        return {"intValue": str(v)}
    if isinstance(v, float):
        return {"doubleValue": v} if math.isfinite(v) else {"stringValue": str(v)}
    if isinstance(v, str):
        return {"stringValue": v}
    if isinstance(v, (list, tuple)):
        return {"arrayValue": {"values": [_any_value(x) for x in v]}}
    return {"stringValue": _dumps(_jsonable(v))}


def _sdk_span_to_otlp(span: Any) -> Dict[str, Any]:
    """An OpenTelemetry SDK ReadableSpan as an OTLP/JSON span."""
    ctx = span.context
    parent = getattr(span, "parent", None)
    status = getattr(span, "status", None)
    code = getattr(getattr(status, "status_code", None), "value", 0) or 0
    kind = getattr(getattr(span, "kind", None), "value", 0) or 0
    out: Dict[str, Any] = {
        "traceId": format(ctx.trace_id, "032x"),
        "spanId": format(ctx.span_id, "016x"),
        "name": span.name,
        "kind": kind + 1,
        "startTimeUnixNano": str(span.start_time or 0),
        "endTimeUnixNano": str(span.end_time or 0),
        "attributes": [_kv(k, v) for k, v in dict(span.attributes or {}).items() if v is not None],
        "events": [
            {"name": e.name, "timeUnixNano": str(e.timestamp or 0), "attributes": [_kv(k, v) for k, v in dict(e.attributes or {}).items()]}
            for e in (getattr(span, "events", None) or ())
        ],
        "status": {"code": code},
    }
    if parent is not None:
        out["parentSpanId"] = format(parent.span_id, "016x")
    if getattr(status, "description", None):
        out["status"]["message"] = status.description
    return out


def _sdk_spans_to_resource_spans(spans: List[Any]) -> List[Dict[str, Any]]:
    by_scope: Dict[str, List[Dict[str, Any]]] = {}
    for s in spans:
        scope = getattr(s, "instrumentation_scope", None) or getattr(s, "instrumentation_info", None)
        by_scope.setdefault(getattr(scope, "name", "") or "", []).append(_sdk_span_to_otlp(s))
    if not by_scope:
        return []
    return [{"resource": {"attributes": []}, "scopeSpans": [{"scope": {"name": n}, "spans": l} for n, l in by_scope.items()]}]


def _nanos(v: Any) -> Optional[int]:
    if isinstance(v, str) and v.isdigit():
        return int(v)
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    return None


def _is_export(doc: Any) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("resourceSpans"), list)


def _read_otlp_file(path: str, since_ns: Optional[int]) -> List[Dict[str, Any]]:
    """The resourceSpans of an OTLP/JSON file (one export, or one per line as file exporters write).

    Spans that started before `since_ns` are left out: an exporter appending to one file writes
    the spans of earlier trials (and earlier runs) there too.
    """
    try:
        with open(path, "r", encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        raise ValueError(f"the OTLP file {path} does not exist (does the agent's exporter write there, and flush before the trial ends?)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read the OTLP file {path}: {exc}") from None
    docs: List[Any] = []
    try:
        whole = json.loads(text) if text.strip() else None
        docs = whole if isinstance(whole, list) else ([] if whole is None else [whole])
    except ValueError:
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line))
            except ValueError as exc:
                raise ValueError(f"the OTLP file {path}: line {n} is not JSON ({exc}); expected OTLP/JSON export requests, one per line") from None
    exports = [d for d in docs if _is_export(d)]
    if len(exports) < len(docs):
        _log(f"{path}: {len(docs) - len(exports)} record(s) without resourceSpans (not trace exports) were skipped")
    out: List[Dict[str, Any]] = []
    older = 0
    for doc in exports:
        for rs in doc["resourceSpans"]:
            if not isinstance(rs, dict):
                continue
            scopes = []
            for key in ("scopeSpans", "instrumentationLibrarySpans"):
                for ss in rs.get(key) or []:
                    if not isinstance(ss, dict):
                        continue
                    spans = [s for s in ss.get("spans") or [] if isinstance(s, dict)]
                    if since_ns is not None:
                        kept = [s for s in spans if (_nanos(s.get("startTimeUnixNano")) or since_ns) >= since_ns]
                        older += len(spans) - len(kept)
                        spans = kept
                    if spans:
                        scopes.append({**{k: v for k, v in ss.items() if k != "spans"}, "spans": spans})
            if scopes:
                out.append({"resource": rs.get("resource") or {"attributes": []}, "scopeSpans": scopes})
    if older:
        _log(f"{path}: {older} span(s) that started before this trial were left out (pass since_trial=False to keep them)")
    return out


_span_no = 0


def _next_span_id() -> str:
    global _span_no
    _span_no += 1
    return format(_span_no, "016x")


def _step_span(s: Dict[str, Any]) -> Dict[str, Any]:
    """A native step as a GenAI span, so it keeps its place among the agent's spans."""
    start = int(s.get("_start_ns") or time.time_ns())
    end = start + int(round(float(s.get("latency_ms") or 0) * 1e6))
    typ = s["type"]
    attrs = [_kv("gen_ai.operation.name", "execute_tool" if typ == "tool" else "chat" if typ == "llm" else typ)]
    if typ == "tool":
        attrs.append(_kv("gen_ai.tool.name", s["name"]))
    if "args" in s:
        attrs.append(_kv("gen_ai.tool.call.arguments", _dumps(s["args"])))
    if "result" in s:
        attrs.append(_kv("gen_ai.tool.call.result", _dumps(s["result"])))
    if s.get("model"):
        attrs.append(_kv("gen_ai.request.model", s["model"]))
    for key, attr in (("input_tokens", "gen_ai.usage.input_tokens"), ("output_tokens", "gen_ai.usage.output_tokens"),
                      ("cached_input_tokens", "gen_ai.usage.cache_read.input_tokens"), ("cost_usd", "evalgate.cost_usd")):
        if s.get(key) is not None:
            attrs.append(_kv(attr, s[key]))
    status = {"code": 2, "message": s.get("error") or "error"} if s.get("status") == "error" else {"code": 0}
    return {"spanId": _next_span_id(), "name": s["name"], "startTimeUnixNano": str(start), "endTimeUnixNano": str(end), "attributes": attrs, "status": status}


# ---------------------------------------------------------------- the context


class Context:
    """What the agent function gets besides the case input."""

    def __init__(self, case_id: str, trial: int, suite: str, fixtures: str, protocol: str, request_id: Optional[str] = None) -> None:
        self.case_id = case_id
        #: 1-based trial number.
        self.trial = trial
        self.suite = suite
        #: Absolute path of the case's fixtures file, or "".
        self.fixtures = fixtures
        #: "exec" or "jsonl".
        self.protocol = protocol
        #: The jsonl request id (None under exec).
        self.request_id = request_id
        self._state: Optional[_Trial] = None

    def step(self, step: Optional[Dict[str, Any]] = None, **fields: Any) -> Dict[str, Any]:
        """Records a native step (see the module-level step())."""
        return _add_step(step, fields)

    def output(self, value: Any) -> None:
        """Sets the final output (otherwise the agent function's return value)."""
        if self._state is not None:
            self._state.output = value

    def otlp(self, source: Any, since_trial: bool = True) -> None:
        """Attaches OpenTelemetry spans: an OTLP/JSON export (dict or JSON text), or a file path.

        A file is read when the trial ends (after the agent's tracer provider is flushed): one
        export, or one per line (the OTLP JSON file exporter); with since_trial, spans that started
        before this trial are left out, so an exporter appending to one file works under jsonl too.
        """
        if self._state is None:
            return
        if isinstance(source, (str, PurePath)) and not (isinstance(source, str) and source.lstrip().startswith("{")):
            self._state.otlp.append(("file", os.fspath(source), since_trial))
            return
        doc = json.loads(source) if isinstance(source, str) else source
        if not _is_export(doc):
            raise TypeError(f"{_PREFIX}: otlp() takes an OTLP/JSON export (an object with a resourceSpans list) or a file path, got {type(doc).__name__}")
        self._state.otlp.append(("doc", doc, False))

    def load_fixtures(self) -> Any:
        """The case's fixtures file parsed as JSON, or None when the case has none."""
        if not self.fixtures:
            return None
        with open(self.fixtures, "r", encoding="utf-8") as f:
            return json.load(f)


# ---------------------------------------------------------------- running trials


def _claim_stdout() -> Any:
    """Keeps the real stdout for traces and points fd 1 (print, logging, child processes) at stderr."""
    global _trace_out
    if _trace_out is not None:
        return _trace_out
    try:
        fd = os.dup(1)
        os.dup2(2, 1)
        _trace_out = os.fdopen(fd, "wb")
    except OSError:
        _trace_out = getattr(sys.__stdout__, "buffer", None) or sys.__stdout__
    # Flushed after the switch: what the agent printed while it was imported (still buffered, as
    # stdout is a pipe) goes to stderr too.
    try:
        sys.stdout.flush()
    except Exception:  # noqa: BLE001
        pass
    # The old sys.stdout object now writes to stderr (fd 1); line buffering keeps it in order.
    try:
        sys.__stdout__.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001
        pass
    sys.stdout = sys.stderr
    return _trace_out


def _emit(doc: Dict[str, Any]) -> None:
    out = _claim_stdout()
    data = (_dumps(doc) + "\n").encode("ascii")
    try:
        out.write(data)
        out.flush()
    except BrokenPipeError:
        # evalgate went away (timeout, Ctrl-C): nobody reads the trace.
        os._exit(1)


def _wants_ctx(fn: Callable[..., Any]) -> Optional[bool]:
    """True: call fn(input, ctx); False: fn(input); None: fn()."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return True
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params):
        return True
    positional = [p for p in params if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    if len(positional) >= 2:
        return True
    return False if positional else None


def _await(value: Any) -> Any:
    """Runs a coroutine the agent returned on one event loop kept for the process (clients bound to a loop survive trials)."""
    global _loop
    if not inspect.isawaitable(value):
        return value
    if _loop is None or _loop.is_closed():
        _loop = asyncio.new_event_loop()
        asyncio.set_event_loop(_loop)

    async def wrap() -> Any:
        return await value

    return _loop.run_until_complete(wrap())


def _agent_traceback(exc: BaseException) -> str:
    """The traceback from the agent's own frames on (the kit's and asyncio's outer frames are noise)."""
    here = os.path.abspath(__file__)
    loop_dir = os.path.dirname(os.path.abspath(asyncio.__file__))
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        filename = os.path.abspath(tb.tb_frame.f_code.co_filename)
        if filename != here and not filename.startswith(loop_dir + os.sep):
            break
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb))


def _run_trial(handler: Callable[..., Any], case_input: Any, ctx: Context, otel: Any) -> Dict[str, Any]:
    """One trial: the trace document to print, or {"error": ...} (and the traceback on stderr)."""
    global _trial
    state = _Trial(ctx)
    ctx._state = state
    _attach_otel(otel)
    span_collector.take()  # spans finished between trials belong to no trial
    with _lock:
        _trial = state
    wants = _wants_ctx(handler)
    t0 = time.perf_counter()
    try:
        try:
            if wants is True:
                returned = _await(handler(case_input, ctx))
            elif wants is False:
                returned = _await(handler(case_input))
            else:
                returned = _await(handler())
        except (Exception, asyncio.CancelledError) as exc:
            sys.stderr.write(f"{_PREFIX}: the agent raised an exception (case {ctx.case_id}, trial {ctx.trial}):\n")
            sys.stderr.write(_agent_traceback(exc))
            sys.stderr.flush()
            return {"error": f"the agent raised {type(exc).__name__}: {exc}"[:2000]}
        latency_ms = round((time.perf_counter() - t0) * 1000, 3)
        if any(kind == "file" for kind, _, _ in state.otlp):
            _flush_otel()
        return _trace_doc(state, returned, latency_ms)
    finally:
        with _lock:
            _trial = None
        ctx._state = None


def _trace_doc(state: _Trial, returned: Any, latency_ms: float) -> Dict[str, Any]:
    out_value = _jsonable(returned if state.output is _UNSET else state.output)
    steps = [{k: v for k, v in s.items() if not k.startswith("_")} for s in state.steps]
    resource_spans: List[Dict[str, Any]] = _sdk_spans_to_resource_spans(span_collector.take())
    attached = bool(state.otlp) or bool(resource_spans)
    try:
        for kind, value, since in state.otlp:
            if kind == "file":
                resource_spans.extend(_read_otlp_file(value, state.started_ns if since else None))
            else:
                resource_spans.extend(r for r in value["resourceSpans"] if isinstance(r, dict))
    except ValueError as exc:
        _log(str(exc))
        return {"error": str(exc)[:2000]}
    if not attached:
        return {"output": out_value, "steps": steps, "latency_ms": latency_ms}
    if not any(ss.get("spans") for rs in resource_spans for ss in (rs.get("scopeSpans") or []) + (rs.get("instrumentationLibrarySpans") or [])) and not steps:
        message = "OpenTelemetry spans were attached, but none belongs to this trial (no span started after it began), and no step was recorded"
        _log(message)
        return {"error": message}
    own = [_step_span(s) for s in state.steps]
    if out_value is not None:
        now = str(time.time_ns())
        own.append({"spanId": _next_span_id(), "name": "evalgate.output", "startTimeUnixNano": now, "endTimeUnixNano": now,
                    "attributes": [_kv("evalgate.output", _dumps(out_value))], "status": {"code": 0}})
    if own:
        resource_spans.append({"resource": {"attributes": []}, "scopeSpans": [{"scope": {"name": _PREFIX}, "spans": own}]})
    return {"resourceSpans": resource_spans}


def _env_trial() -> int:
    try:
        return int(os.environ.get("EVALGATE_TRIAL") or 1)
    except ValueError:
        return 1


def run_once(handler: Callable[..., Any], otel: Any = "auto") -> int:
    """exec protocol: one trial from stdin and the EVALGATE_* environment; returns the exit code (0, or 1 when the agent raised)."""
    _claim_stdout()
    text = sys.stdin.read()
    try:
        case_input = json.loads(text) if text.strip() else None
    except ValueError:
        case_input = text
    env = os.environ
    ctx = Context(env.get("EVALGATE_CASE_ID", ""), _env_trial(), env.get("EVALGATE_SUITE", ""), env.get("EVALGATE_FIXTURES", ""), "exec")
    doc = _run_trial(handler, case_input, ctx, otel)
    _emit(doc)
    return 1 if "error" in doc and "output" not in doc and "resourceSpans" not in doc else 0


def serve(handler: Callable[..., Any], otel: Any = "auto") -> int:
    """jsonl protocol: one trial per request line on stdin, one reply line (with its "id") each; returns 0 at end of input."""
    _claim_stdout()
    for raw in iter(sys.stdin.buffer.readline, b""):
        line = raw.decode("utf-8", "replace")
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            if not isinstance(req, dict):
                raise ValueError("not an object")
        except ValueError:
            _log(f"ignored a request line that is not a JSON object: {line[:200]!r}")
            continue
        rid = str(req.get("id"))
        try:
            trial = int(req.get("trial") or 1)
        except (TypeError, ValueError):
            trial = 1
        ctx = Context(str(req.get("case") or ""), trial, str(req.get("suite") or ""), str(req.get("fixtures") or ""), "jsonl", rid)
        doc = _run_trial(handler, req.get("input"), ctx, otel)
        _emit({"id": rid, **doc})
    return 0


def main(handler: Callable[..., Any], otel: Any = "auto") -> None:
    """Runs `handler(case_input, ctx)` (or `handler(case_input)`; async too) under evalgate and exits.

    Picks the protocol evalgate asks for: jsonl when EVALGATE_PROTOCOL=jsonl, else exec.
    otel: "auto" (default) adds span_collector to the agent's OpenTelemetry SDK provider when the
    agent imported OpenTelemetry (registering an SDK provider if none is set); True also imports
    it; False never touches OpenTelemetry.
    """
    if os.environ.get("EVALGATE_PROTOCOL") == "jsonl":
        code = serve(handler, otel)
    else:
        code = run_once(handler, otel)
    sys.exit(code)
