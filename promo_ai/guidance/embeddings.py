"""Embedders: text -> vectors, offline by default.

`local` (the default) is a lexical embedding that needs no model and no network: words are
lower-cased, stop words dropped, stemmed (Snowball), mapped through a small thesaurus of this
domain (boss -> manager, wins -> accomplishments, ...) and hashed into a fixed-size vector with
sublinear term weights, L2-normalised. It is exact on shared words and cheap (about 0.1 ms a
chunk). Search pairs it with BM25 over the same analysed terms (see search.py).

Any other value of PROMO_AI_EMBEDDING is a litellm embedding model (`text-embedding-3-small`,
`ollama/nomic-embed-text`, ...), imported lazily.

A collection records the embedder's `key` (name + version + dimension); searching a collection
built by another embedder raises GuidanceError asking for `promo-ai index --rebuild`.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from promo_ai.errors import GuidanceError
from promo_ai.text import STOP_WORDS

if TYPE_CHECKING:
    from promo_ai.settings import Settings

LOCAL = "local"

# A small thesaurus of this domain: a word a person types -> the word the guide uses. Applied to
# documents and queries alike, after stemming (so keys and values are stems). Written from what
# people call these things at work; one concept per line.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "manag": ("boss", "supervisor", "superior", "lead", "line"),
    "skip": ("director", "vp", "head", "boss'", "grandboss"),
    "accomplish": ("win", "achiev", "result", "impact", "success", "contribut"),
    "brag": ("log", "journal", "diari", "record", "hype"),
    "prais": ("compliment", "kudo", "testimoni", "endors", "recognit", "thank", "accolad", "feedback", "quot",
              "nice", "kind"),
    "email": ("letter", "messag", "memo", "mail", "written", "write"),
    "exampl": ("sampl", "templat", "model"),
    "promot": ("advanc", "progress", "levelup"),
    "pay": ("rais", "salari", "compens", "money", "comp", "band", "wage", "increas"),
    "duti": ("respons", "requir", "expect", "competenc", "criteria", "skill"),
    "job": ("role", "posit", "titl", "level", "grade"),
    "meet": ("oneonon", "conversat", "talk", "chat", "call"),
    "plan": ("roadmap", "goal", "target", "goalpost"),
    "approv": ("sign", "committe", "hr", "calibr", "chain", "leadership"),
    "time": ("cycl", "season", "deadlin", "month", "year", "moment", "busi", "crisi"),
    "reject": ("no", "turn", "deni", "declin", "pass", "fail", "refus"),
    "object": ("pushback", "challeng", "push", "defens", "argu", "respons"),
    "remot": ("home", "video", "zoom", "distribut", "hybrid"),
    "visibl": ("notic", "seen", "visibil", "recogn", "credit"),
    "senior": ("higher",),
}
_EXPAND: dict[str, str] = {word: concept for concept, words in _CONCEPTS.items() for word in words}

_WORD = re.compile(r"[a-z0-9]+")
_ONE_ON_ONE = re.compile(r"\b(?:1|one)[ -]?(?:on|:)[ -]?(?:1|one)s?\b")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    try:
        import snowballstemmer
    except ImportError:  # pragma: no cover - a light fallback keeps search working without it
        return None
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    stemmer = _stemmer()
    if stemmer is None:  # pragma: no cover
        for suffix in ("ing", "ed", "es", "s", "ly"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
        return word
    return str(stemmer.stemWord(word))


def analyse(text: str) -> list[str]:
    """Text -> terms: words, stemmed, with the domain concept added beside a word that names one."""
    text = text.lower().replace("’", "'").replace("'", "")
    text = _ONE_ON_ONE.sub(" oneonone ", text)
    terms: list[str] = []
    for word in _WORD.findall(text):
        if word in STOP_WORDS:  # the package's one list: changing it changes the vectors of a built index
            continue
        stem = _stem(word)
        terms.append(stem)
        concept = _EXPAND.get(stem)
        if concept and concept != stem:
            terms.append(concept)
    return terms


class Embedder(Protocol):
    """What the index needs from an embedder."""

    @property
    def key(self) -> str:
        """Name, version and dimension: recorded on the collection, checked on every use."""
        ...

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class LocalEmbedder:
    """Hashed, stemmed, thesaurus-aware term vectors: offline, deterministic, no model."""

    name = LOCAL
    version = 1

    def __init__(self, dim: int = 2048) -> None:
        self.dim = dim

    @property
    def key(self) -> str:
        return f"{self.name}-v{self.version}-d{self.dim}"

    def _bucket(self, term: str) -> tuple[int, float]:
        digest = hashlib.blake2b(term.encode(), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        return value % self.dim, (1.0 if (value >> 40) & 1 else -1.0)

    def _vector(self, text: str) -> list[float]:
        import numpy as np  # imported here: a cached guidance lookup needs the embedder's key, not numpy

        vector = np.zeros(self.dim, dtype=np.float32)
        for term, count in Counter(analyse(text)).items():
            index, sign = self._bucket(term)
            vector[index] += sign * (1.0 + math.log(count))
        norm = float(np.linalg.norm(vector))
        if norm:
            vector /= norm
        else:  # a text with no words at all: any unit vector, so Chroma accepts it
            vector[0] = 1.0
        return [float(x) for x in vector]

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._vector(text) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


class LiteLLMEmbedder:
    """A provider's embedding model through litellm (keys from litellm's usual variables)."""

    version = 1

    def __init__(self, model: str, api_base: str | None = None, timeout: float = 30.0) -> None:
        self.model = model
        self.api_base = api_base
        self.timeout = timeout

    @property
    def key(self) -> str:
        return f"litellm:{self.model}-v{self.version}"

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        try:
            import litellm
        except ImportError as exc:  # pragma: no cover - litellm is a dependency
            raise GuidanceError("litellm is not installed.", hint="Install promo-ai with its dependencies.") from exc
        vectors: list[list[float]] = []
        try:
            for start in range(0, len(texts), 64):
                response = litellm.embedding(model=self.model, input=list(texts[start:start + 64]),
                                             api_base=self.api_base, timeout=self.timeout)
                vectors += [list(map(float, item["embedding"])) for item in response.data]
        except Exception as exc:  # litellm raises many types; a person needs one clear message
            raise GuidanceError(
                f"The embedding model {self.model!r} could not be reached ({type(exc).__name__}: {exc}).",
                hint="Check its API key and network, or set PROMO_AI_EMBEDDING=local to work offline.",
            ) from exc
        return vectors

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._embed([text])[0]


def get_embedder(name: str | None = None, settings: Settings | None = None) -> Embedder:
    """The embedder named by `name`, or by PROMO_AI_EMBEDDING (`settings`): 'local' or a litellm model.
    Building one is cheap: numpy and litellm are imported on first use."""
    if name is None:
        if settings is None:
            from promo_ai.settings import get_settings

            settings = get_settings()
        name = settings.embedding
        api_base = settings.api_base
        timeout = settings.timeout
    else:
        api_base, timeout = None, 30.0
    name = (name or LOCAL).strip()
    if name.lower() == LOCAL:
        return LocalEmbedder()
    return LiteLLMEmbedder(name, api_base=api_base, timeout=timeout)
