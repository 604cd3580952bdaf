"""The book format -> chunks.

A book file is markdown with YAML front matter (title, chapter, section, book_section, ...). Its body
uses `## ` headings and Liquid links such as `[the email]( {{ site.baseurl }}/book/promotion/x/)`.
Parsing turns each file into chunks: one per `## ` section (the text before the first heading is a
chunk of its own, headed by the page title), a long section split further at paragraph boundaries.
Liquid links become their text plus a citation; other Liquid tags go. A section whose body is only
links (a "you may also like" list) carries no advice and is left out.

Nothing here raises on a bad file: it becomes a `Skipped(path, reason)` and the rest go on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 1_000_000
MAX_CHUNK_CHARS = 1_200
SUFFIXES = (".md", ".markdown")

_COMMENT = re.compile(r"{%-?\s*comment\s*-?%}.*?{%-?\s*endcomment\s*-?%}", re.S | re.I)
_RAW = re.compile(r"{%-?\s*raw\s*-?%}(.*?){%-?\s*endraw\s*-?%}", re.S | re.I)
_TAG = re.compile(r"{%.*?%}", re.S)
_OUTPUT = re.compile(r"{{.*?}}", re.S)
# [text](target): the target may hold spaces around a Liquid prefix, and an optional "title".
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\(\s*(?P<target>[^()\s]*(?:\s*{{[^}]*}}\s*)?[^()\s]*)"
                   r"(?:\s+\"[^\"]*\")?\s*\)")
_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\)")
_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$", re.M)
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, and why, in words a person can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Chunk:
    """One passage of the book with where it came from."""

    text: str
    source: str
    title: str
    heading: str
    link: str
    position: int
    chapter: str = ""
    section: str = ""
    book_section: str = ""
    tagline: str = ""
    excerpt: str = ""
    cites: list[str] = field(default_factory=list)
    file_hash: str = ""

    @property
    def id(self) -> str:
        return f"{self.source}#{self.position}"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(f"{self.heading}\n{self.text}".encode()).hexdigest()[:16]

    @property
    def embed_text(self) -> str:
        """What the embedder sees: where the passage sits helps it match a question."""
        head = self.title if self.heading == self.title else f"{self.title}. {self.heading}"
        return f"{head}.\n{self.text}"

    def metadata(self) -> dict[str, str | int]:
        """Flat metadata for Chroma (scalars only)."""
        return {
            "source": self.source,
            "title": self.title,
            "heading": self.heading,
            "chapter": self.chapter,
            "section": self.section,
            "book_section": self.book_section,
            "tagline": self.tagline,
            "excerpt": self.excerpt,
            "link": self.link,
            "cites": " ".join(self.cites),
            "position": self.position,
            "file_hash": self.file_hash,
            "content_hash": self.content_hash,
        }


@dataclass
class ParsedFile:
    source: str
    file_hash: str
    chunks: list[Chunk]


# --- Liquid and markdown -------------------------------------------------------------------------

def _link_target(target: str) -> str:
    """`{{ site.baseurl }}/book/x/` -> `/book/x/`; other targets kept as written."""
    return _OUTPUT.sub("", target).strip()


def render_liquid(text: str) -> tuple[str, list[str]]:
    """Markdown with Liquid -> readable text and the list of links it cites (in order, unique).

    Links become their text; a site-internal target (a `{{ ... }}` prefix or a path starting with
    `/`) is kept as a citation, an external one too (its text still reads well). Images go, comment
    blocks go whole, a raw block keeps its content, other `{% %}` and `{{ }}` tags are removed.
    """
    text = _COMMENT.sub("", text)
    text = _RAW.sub(lambda m: m.group(1), text)
    cites: list[str] = []

    def link(match: re.Match[str]) -> str:
        target = _link_target(match.group("target"))
        if target and target not in cites:
            cites.append(target)
        return match.group("text").strip()

    text = _IMAGE.sub(lambda m: m.group("alt"), text)
    text = _LINK.sub(link, text)
    text = _TAG.sub("", text)
    text = _OUTPUT.sub("", text)
    return text, cites


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _only_links(raw_body: str) -> bool:
    """True when every paragraph/list item of a section is just a link (a "see also" list)."""
    lines = [line for line in raw_body.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        rest = _LIST_MARK.sub("", line)
        rest = _LINK.sub("", rest)
        if re.sub(r"[\s*_.,;:()\-–—]", "", rest):
            return False
    return True


def _split_long(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Split at paragraph boundaries into pieces of at most ~limit characters (a single long
    paragraph stays whole rather than being cut mid-sentence)."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in _paragraphs(text):
        if current and size + len(paragraph) > limit:
            pieces.append("\n\n".join(current))
            current, size = [], 0
        current.append(paragraph)
        size += len(paragraph) + 2
    if current:
        # A very short tail reads better joined to the piece before it.
        if pieces and size < limit // 4:
            pieces[-1] = pieces[-1] + "\n\n" + "\n\n".join(current)
        else:
            pieces.append("\n\n".join(current))
    return pieces


def _clean(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _meta_str(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


def page_link(path: Path, chapter: str, meta: dict[str, Any]) -> str:
    """The page path of a book file: `permalink` when given, else `/book/<chapter>/<slug>/`."""
    permalink = _meta_str(meta.get("permalink"))
    if permalink:
        return _link_target(permalink)
    slug = path.stem
    return f"/book/{chapter}/{slug}/" if chapter else f"/book/{slug}/"


# --- files ---------------------------------------------------------------------------------------

def _relative(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def parse_file(path: Path | str, root: Path | str | None = None) -> ParsedFile | Skipped:
    """One book file -> its chunks, or a `Skipped` saying why it cannot be used."""
    path = Path(path)
    source = _relative(path, Path(root) if root is not None else None)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Skipped(source, f"too large to be a book page ({size:,} bytes, the limit is 1 MB)")
        raw = path.read_bytes()
    except OSError as exc:
        return Skipped(source, f"cannot be read ({exc.strerror or exc})")
    if not raw.strip():
        return Skipped(source, "is empty")
    if b"\x00" in raw[:8192]:
        return Skipped(source, "is a binary file, not markdown text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(source, f"is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8")
    file_hash = hashlib.sha256(raw).hexdigest()
    return parse_text(text, source=source, file_hash=file_hash, path=path)


def parse_text(text: str, *, source: str, file_hash: str | None = None,
               path: Path | None = None) -> ParsedFile | Skipped:
    if not text.lstrip().startswith("---"):
        return Skipped(source, "has no front matter (it should start with a '---' block holding at least a title)")
    import frontmatter  # imported here: walking the book's files (state.py) must stay cheap
    import yaml

    try:
        post = frontmatter.loads(text)
    except (yaml.YAMLError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return Skipped(source, f"has front matter that is not valid YAML ({first})")
    meta = dict(post.metadata)
    if not meta:
        return Skipped(source, "has no front matter (it should start with a '---' block holding at least a title)")
    title = _meta_str(meta.get("title"))
    if not title:
        return Skipped(source, "has front matter without a title")
    chapter = _meta_str(meta.get("chapter"))
    link = page_link(path or Path(source), chapter, meta)
    file_hash = file_hash or hashlib.sha256(text.encode()).hexdigest()

    sections: list[tuple[str, str]] = []
    body = post.content
    matches = list(_HEADING.finditer(body))
    intro_end = matches[0].start() if matches else len(body)
    sections.append((title, body[:intro_end]))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(body)
        heading, _ = render_liquid(match.group(1))
        sections.append((heading.strip() or title, body[match.end():end]))

    chunks: list[Chunk] = []
    for heading, raw_body in sections:
        if _only_links(raw_body):
            continue
        rendered, cites = render_liquid(raw_body)
        rendered = _clean(rendered)
        if not rendered:
            continue
        pieces = _split_long(rendered)
        for piece in pieces:
            own = [c for c in cites if _cited_in(c, raw_body, piece)] if len(pieces) > 1 else cites
            chunks.append(Chunk(
                text=piece, source=source, title=title, heading=heading, link=link,
                position=len(chunks), chapter=chapter, section=_meta_str(meta.get("section")),
                book_section=_meta_str(meta.get("book_section")), cites=own,
                tagline=_meta_str(meta.get("tagline")), excerpt=_meta_str(meta.get("excerpt")),
                file_hash=file_hash,
            ))
    if not chunks:
        return Skipped(source, "has no text to index (only front matter, or only lists of links)")
    return ParsedFile(source=source, file_hash=file_hash, chunks=chunks)


def _cited_in(cite: str, raw_body: str, piece: str) -> bool:
    """Whether the link `cite` belongs to this piece of a split section (its link text is there)."""
    for match in _LINK.finditer(raw_body):
        if _link_target(match.group("target")) == cite and match.group("text").strip() in piece:
            return True
    return False


def iter_book_files(paths: Iterable[Path | str]) -> Iterator[tuple[Path, Path]]:
    """Yield (file, root) for each markdown file under the given files and folders, sorted.
    The root is what `source` is relative to: the folder given, or a file's own folder."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()):
                if any(part.startswith(".") for part in file.relative_to(path).parts):
                    continue
                yield file, path
        else:
            yield path, path.parent


def parse_paths(paths: Iterable[Path | str]) -> tuple[list[ParsedFile], list[Skipped]]:
    """Every book file under the paths -> parsed files and skipped ones. A missing path is skipped."""
    parsed: list[ParsedFile] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for file, root in iter_book_files(paths):
        if not file.exists():
            skipped.append(Skipped(str(file), "does not exist"))
            continue
        result = parse_file(file, root)
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        if result.source in seen:  # two roots holding the same relative name: keep both apart
            result = _renamed(result, f"{root.name}/{result.source}")
        seen.add(result.source)
        parsed.append(result)
    return parsed, skipped


def _renamed(parsed: ParsedFile, source: str) -> ParsedFile:
    for chunk in parsed.chunks:
        chunk.source = source
    return ParsedFile(source=source, file_hash=parsed.file_hash, chunks=parsed.chunks)
