#!/usr/bin/env python3
"""Feed articles to a stancegraph server (POST /v1/articles). Python 3 standard library only.

  scripts/ingest.py [--url http://127.0.0.1:8080] [options] PATH...     (PATH "-" reads stdin)

PATH is a directory (searched recursively for .txt, .html/.htm, .json and .jsonl files), a single
file of one of those kinds, or "-" for JSON/JSONL (or one plain-text article) on stdin.

  .txt    optional header lines "Title:", "Date:", "Source:", "URL:" then a blank line; without a
          Title: header the first line is the title. The date comes from the Date: header, else a
          YYYY-MM-DD in the file name, else --published-at.
  .html   title from og:title or <title>, date from article:published_time, <meta name="date">,
          <time datetime> (then file name, then --published-at); text from <article> or <body>
          without script/style/nav/footer.
  .json   one article object, a list of them, or {"articles": [...]}.  .jsonl: one article a line.

A file without a usable date is reported and skipped; it is never given today's date.
Re-running on the same input adds nothing: the server answers "duplicate": true for known articles,
so an interrupted run resumes by running it again.

Exit status: 0 everything ingested or already present; 1 something was rejected or skipped;
2 usage error; 3 the server could not be reached (after retries) or refused the API key.
"""
import argparse
import concurrent.futures
import datetime as dt
import email.utils
import html.parser
import http.client
import json
import os
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.request

ARTICLE_FIELDS = ("url", "title", "published_at", "source", "text")
TEXT_EXTS = {".txt"}
HTML_EXTS = {".html", ".htm"}
JSON_EXTS = {".json", ".jsonl"}
ISO_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
HEADER_LINE = re.compile(r"^(title|date|source|url)\s*:\s*(.*?)\s*$", re.IGNORECASE)
MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}


class Item:
    """One article to send (article set) or one input that cannot be sent (reason set)."""

    def __init__(self, origin, article=None, reason=None):
        self.origin, self.article, self.reason = origin, article, reason


# ---- dates ---------------------------------------------------------------------------------------
def parse_date(text):
    """A calendar date from the forms publishers use, as YYYY-MM-DD; None when there is none."""
    if not text:
        return None
    text = text.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", text)
    if m:
        return _real_date(*map(int, m.groups()))
    m = re.match(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$", text)  # 3 June 2015
    if m and m.group(2).lower() in MONTHS:
        return _real_date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.match(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$", text)  # June 3, 2015
    if m and m.group(1).lower() in MONTHS:
        return _real_date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    try:  # RFC 2822, as in RSS: "Wed, 03 Jun 2015 10:00:00 GMT"
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _real_date(y, m, d):
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def date_from_name(path):
    m = ISO_IN_NAME.search(os.path.basename(path))
    return _real_date(*map(int, m.groups())) if m else None


# ---- readers -------------------------------------------------------------------------------------
def read_text_file(path, raw, defaults):
    lines = raw.replace("\r\n", "\n").split("\n")
    headers, i = {}, 0
    while i < len(lines):
        m = HEADER_LINE.match(lines[i])
        if not m:
            break
        headers[m.group(1).lower()] = m.group(2)
        i += 1
    body = "\n".join(lines[i:]).strip()
    if not body:
        return [Item(path, reason="no article text")]
    title = headers.get("title") or body.split("\n", 1)[0].strip()
    if "date" in headers:
        date = parse_date(headers["date"])
        if not date:
            return [Item(path, reason=f"Date: header {headers['date']!r} is not a date")]
    else:
        date = date_from_name(path) or defaults.published_at
    return [make_article(path, defaults, title, date, body, headers.get("source"), headers.get("url"))]


class PageReader(html.parser.HTMLParser):
    """Title, date, url, outlet and readable text of a news page."""

    SKIP = {"script", "style", "nav", "footer", "noscript", "template", "svg", "head", "form"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
             "blockquote", "tr", "header", "figcaption", "ul", "ol", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.title, self.time_datetime, self.h1 = {}, "", None, ""
        self.skip_depth, self.in_title, self.in_h1 = 0, False, False
        self.body_parts, self.article_parts, self.article_depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"].strip())
        elif tag == "time" and a.get("datetime") and self.time_datetime is None and not self.skip_depth:
            self.time_datetime = a["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag == "h1":
            self.in_h1 = True
        if tag == "article":
            self.article_depth += 1
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.skip_depth -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag == "h1":
            self.in_h1 = False
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1 += data
        self._emit(data)

    def _emit(self, s):
        if self.skip_depth:
            return
        self.body_parts.append(s)
        if self.article_depth:
            self.article_parts.append(s)

    def text(self):
        raw = "".join(self.article_parts) or "".join(self.body_parts)
        paras = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", raw))
        return "\n\n".join(p for p in paras if p)


def read_html_file(path, raw, defaults):
    page = PageReader()
    page.feed(raw)
    page.close()
    m = page.meta
    title = (m.get("og:title") or page.title or page.h1).strip()
    title = re.sub(r"\s+", " ", title)
    date = None
    for key in ("article:published_time", "date", "pubdate", "publish-date", "datepublished",
                "dc.date", "dcterms.date"):
        date = date or parse_date(m.get(key))
    date = date or parse_date(page.time_datetime) or date_from_name(path) or defaults.published_at
    text = page.text()
    if not text:
        return [Item(path, reason="no readable text in the page")]
    url = m.get("og:url") or m.get("canonical")
    return [make_article(path, defaults, title or text.split("\n", 1)[0], date, text,
                         m.get("og:site_name"), url)]


def make_article(origin, defaults, title, date, text, source=None, url=None):
    if not date:
        return Item(origin, reason="no usable date (no Date: header or page date, no YYYY-MM-DD in the "
                                   "file name, no --published-at)")
    art = {"title": title.strip(), "published_at": date, "text": text}
    if source or defaults.source:
        art["source"] = (source or defaults.source).strip()
    if url:
        art["url"] = url.strip()
    return Item(origin, art)


def json_articles(origin, raw, defaults, jsonl):
    """Articles from JSON or JSONL text; field checks are left to the server, whose messages rule."""
    docs = []
    if jsonl:
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    docs.append((f"{origin}:{n}", json.loads(line)))
                except json.JSONDecodeError as e:
                    docs.append((f"{origin}:{n}", Item(f"{origin}:{n}", reason=f"invalid JSON: {e.msg}")))
    else:
        try:
            doc = json.loads(raw)
        except json.JSONDecodeError as e:
            return [Item(origin, reason=f"invalid JSON: {e.msg} (line {e.lineno})")]
        if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
            doc = doc["articles"]
        docs = [(f"{origin}[{i}]", d) for i, d in enumerate(doc)] if isinstance(doc, list) else [(origin, doc)]
    items = []
    for where, d in docs:
        if isinstance(d, Item):
            items.append(d)
        elif not isinstance(d, dict):
            items.append(Item(where, reason="not a JSON object"))
        else:
            art = {k: d[k] for k in ARTICLE_FIELDS if k in d and d[k] is not None}
            if "published_at" not in art:
                art["published_at"] = d.get("date") or defaults.published_at
            if "source" not in art and defaults.source:
                art["source"] = defaults.source
            items.append(Item(where, {k: v for k, v in art.items() if v is not None}))
    return items


def read_path(path, defaults):
    ext = os.path.splitext(path)[1].lower()
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return [Item(path, reason=f"cannot read: {e.strerror}")]
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [Item(path, reason="not UTF-8 text")]
    if ext in HTML_EXTS:
        return read_html_file(path, raw, defaults)
    if ext in JSON_EXTS:
        return json_articles(path, raw, defaults, jsonl=(ext == ".jsonl"))
    if ext in TEXT_EXTS:
        return read_text_file(path, raw, defaults)
    return [Item(path, reason=f"unsupported file type {ext or '(none)'}")]


def collect(paths, defaults, stdin):
    """(items, file count) for every input in command-line order, directories sorted recursively."""
    items, files = [], 0
    for p in paths:
        if p == "-":
            raw = stdin.read()
            files += 1
            looks_json = raw.lstrip()[:1] in ("{", "[")
            if looks_json:
                whole = raw.strip()
                jsonl = not (whole.startswith("[") or _is_single_json(whole))
                items += json_articles("<stdin>", raw, defaults, jsonl)
            else:
                items += read_text_file("<stdin>", raw, defaults)
        elif os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    ext = os.path.splitext(name)[1].lower()
                    if not name.startswith(".") and ext in TEXT_EXTS | HTML_EXTS | JSON_EXTS:
                        files += 1
                        items += read_path(os.path.join(root, name), defaults)
        elif os.path.exists(p):
            files += 1
            items += read_path(p, defaults)
        else:
            files += 1
            items.append(Item(p, reason="no such file or directory"))
    return items, files


def _is_single_json(text):
    try:
        json.loads(text)
        return True
    except json.JSONDecodeError:
        return False


# ---- HTTP ----------------------------------------------------------------------------------------
class Fatal(Exception):
    """The run cannot go on: server unreachable after retries, or the API key was refused."""


class Client:
    def __init__(self, base_url, api_key, retries, backoff, timeout, log):
        self.endpoint = base_url.rstrip("/") + "/v1/articles"
        self.api_key, self.retries, self.backoff, self.timeout, self.log = api_key, retries, backoff, timeout, log

    def post(self, payload):
        """(status, parsed body) of a POST, retrying connection errors, 5xx and 429 with backoff."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = "Bearer " + self.api_key
        for attempt in range(self.retries + 1):
            req = urllib.request.Request(self.endpoint, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    return resp.status, _json_or_text(resp.read())
            except urllib.error.HTTPError as e:
                status, answer = e.code, _json_or_text(e.read())
                if status < 500 and status != 429:
                    return status, answer
                problem = f"HTTP {status}"
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError) as e:
                problem = str(getattr(e, "reason", e)) or type(e).__name__
            if attempt == self.retries:
                raise Fatal(f"{self.endpoint}: {problem}, gave up after {self.retries} retries")
            delay = min(self.backoff * 2 ** attempt, 30.0) * random.uniform(0.8, 1.2)
            self.log(f"{problem}; retrying in {delay:.1f}s ({attempt + 1}/{self.retries})")
            time.sleep(delay)
        raise AssertionError("unreachable")


def _json_or_text(data):
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return data.decode("utf-8", "replace")


def error_reason(status, answer):
    err = answer.get("error") if isinstance(answer, dict) else None
    if isinstance(err, dict):
        field = f" (field {err['field']})" if err.get("field") else ""
        return f"HTTP {status} {err.get('code', '?')}: {err.get('message', '')}{field}"
    return f"HTTP {status}: {str(answer)[:200]}"


def per_article_results(answer, expected):
    """The server's per-article results, in request order, whatever the envelope key is."""
    if isinstance(answer, dict):
        for key in ("results", "articles", "items"):
            if isinstance(answer.get(key), list) and len(answer[key]) == expected:
                return answer[key]
        if expected == 1 and "duplicate" in answer:
            return [answer]
    raise Fatal(f"unexpected answer from the server: {json.dumps(answer)[:300]}")


def edges_added(result):
    n = result.get("edges_added")
    if n is None and isinstance(result.get("edges"), list) and not result.get("duplicate"):
        n = len(result["edges"])
    return int(n or 0)


# ---- the run -------------------------------------------------------------------------------------
class Tally:
    """Counts shared by the worker threads; also draws the progress line."""

    def __init__(self, items, nfiles, show_progress):
        self.lock = threading.Lock()
        self.ingested = self.duplicates = self.edges = self.done = 0
        self.rejected = [(i.origin, i.reason) for i in items if i.reason]
        self.total = sum(1 for i in items if i.article)
        self.nfiles, self.show, self.start, self.last_draw = nfiles, show_progress, time.monotonic(), 0.0
        self.pending_by_file, self.files_done = {}, nfiles
        for i in items:
            if i.article:
                f = file_of(i.origin)
                if f not in self.pending_by_file:
                    self.files_done -= 1
                self.pending_by_file[f] = self.pending_by_file.get(f, 0) + 1

    def record(self, item, result=None, reason=None):
        with self.lock:
            if reason:
                self.rejected.append((item.origin, reason))
            elif result.get("duplicate"):
                self.duplicates += 1
            else:
                self.ingested += 1
                self.edges += edges_added(result)
            self.done += 1
            f = file_of(item.origin)
            self.pending_by_file[f] -= 1
            self.files_done += self.pending_by_file[f] == 0
            self.draw()

    def draw(self, final=False):
        if not self.show:
            return
        now = time.monotonic()
        if not final and now - self.last_draw < 0.2:
            return
        self.last_draw = now
        rate = self.done / max(now - self.start, 1e-6)
        eta = (self.total - self.done) / rate if rate > 0 else 0
        sys.stderr.write(f"\r\033[Kfiles {self.files_done}/{self.nfiles}  articles {self.done}/{self.total}"
                         f"  {rate:.1f} articles/s  ETA {int(eta) // 60}:{int(eta) % 60:02d}")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def file_of(origin):
    """The file an origin names: "dir/a.jsonl:3" and "dir/a.json[2]" belong to dir/a.json(l)."""
    return re.sub(r"(:\d+|\[\d+\])$", "", origin)


def send_batch(client, tally, batch, stop):
    if stop.is_set():
        return
    status, answer = client.post({"articles": [i.article for i in batch]} if len(batch) > 1 else batch[0].article)
    if status in (401, 403):
        stop.set()
        raise Fatal(error_reason(status, answer) + " - give the key with --api-key-file or STANCEGRAPH_API_KEY")
    if 200 <= status < 300:
        for item, result in zip(batch, per_article_results(answer, len(batch))):
            if isinstance(result, dict) and "error" in result:
                tally.record(item, reason=error_reason(status, result))
            else:
                tally.record(item, result)
    elif len(batch) > 1:  # one bad article must not reject the good ones: send them one by one
        for item in batch:
            send_batch(client, tally, [item], stop)
    else:
        tally.record(batch[0], reason=error_reason(status, answer))


def read_api_key(args):
    if args.api_key_file:
        try:
            with open(args.api_key_file, encoding="utf-8") as f:
                return f.read().strip()
        except OSError as e:
            sys.exit(f"ingest: cannot read --api-key-file {args.api_key_file}: {e.strerror}")
    return os.environ.get("STANCEGRAPH_API_KEY", "").strip() or None


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help='directory, file, or "-" for stdin')
    p.add_argument("--url", default=os.environ.get("STANCEGRAPH_URL", "http://127.0.0.1:8080"),
                   help="server base URL (default $STANCEGRAPH_URL or http://127.0.0.1:8080)")
    p.add_argument("--api-key-file", help="file holding the API key (default $STANCEGRAPH_API_KEY)")
    p.add_argument("--published-at", type=lambda s: parse_date(s) or _bad_date(s),
                   help="date for files that carry none of their own (YYYY-MM-DD)")
    p.add_argument("--source", help="outlet name for articles that name none")
    p.add_argument("--batch-size", type=_positive, default=25, help="articles per request (default 25)")
    p.add_argument("--concurrency", type=_positive, default=2, help="requests in flight (default 2)")
    p.add_argument("--retries", type=int, default=8, help="retries per request on connection errors/5xx")
    p.add_argument("--backoff", type=float, default=0.5, help="first retry delay in seconds, doubling")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for one answer")
    p.add_argument("--dry-run", action="store_true", help="print the articles as JSONL, send nothing")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress line, no retry messages")
    return p.parse_args(argv)


def _positive(s):
    if not s.isdigit() or int(s) < 1:
        raise argparse.ArgumentTypeError(f"{s!r} is not a positive integer")
    return int(s)


def _bad_date(s):
    raise argparse.ArgumentTypeError(f"{s!r} is not a date (YYYY-MM-DD)")


def print_summary(tally, as_json, out, dry_run=False):
    if as_json:
        out.write(json.dumps({"ingested": tally.ingested, "duplicates": tally.duplicates,
                              "edges_added": tally.edges, "would_send": tally.total if dry_run else 0,
                              "rejected": [{"origin": o, "reason": r} for o, r in tally.rejected]}) + "\n")
        return
    if dry_run:
        out.write(f"dry run: {tally.total} articles would be sent\n")
    else:
        out.write(f"ingested: {tally.ingested}\nduplicates: {tally.duplicates}\n"
                  f"edges added: {tally.edges}\n")
    out.write(f"rejected: {len(tally.rejected)}\n")
    for origin, reason in tally.rejected:
        out.write(f"  {origin}: {reason}\n")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    items, nfiles = collect(args.paths, args, sys.stdin)
    show = sys.stderr.isatty() and not args.quiet and not args.dry_run
    tally = Tally(items, nfiles, show)
    if args.dry_run:
        for item in items:
            if item.article:
                sys.stdout.write(json.dumps(item.article, ensure_ascii=False) + "\n")
        print_summary(tally, args.json, sys.stdout if args.json else sys.stderr, dry_run=True)
        return 1 if tally.rejected else 0

    clear = "\r\033[K" if show else ""  # wipe the progress line before a message
    log = (lambda msg: None) if args.quiet else (lambda msg: sys.stderr.write(f"{clear}ingest: {msg}\n"))
    client = Client(args.url, read_api_key(args), args.retries, args.backoff, args.timeout, log)
    sendable = [i for i in items if i.article]
    batches = [sendable[k:k + args.batch_size] for k in range(0, len(sendable), args.batch_size)]
    fatal, stop = None, threading.Event()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        futures = [pool.submit(send_batch, client, tally, b, stop) for b in batches]
        for fut in concurrent.futures.as_completed(futures):
            try:
                fut.result()
            except Fatal as e:
                stop.set()
                fatal = fatal or e
    tally.draw(final=True)
    print_summary(tally, args.json, sys.stdout)
    if fatal:
        sys.stderr.write(f"ingest: {fatal}\n"
                         f"ingest: {tally.total - tally.done} articles not sent; run again to resume\n")
        return 3
    return 1 if tally.rejected else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
