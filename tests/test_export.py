"""Rendering and export: text, Markdown, HTML, .eml, .docx, mailto: and file names.

The .eml tests read the message back the way a mail client would, and try to smuggle headers in
through every field that ends up in a header. Cases are built with `model_copy(update=...)`, which
skips the case's own validators: a draft JSON can be hand-edited, so the exporter must hold on its own.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import re
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promo_ai.case import Accolade, Accomplishment, Case, Manager
from promo_ai.draft import Draft
from promo_ai.email import BODY_SECTIONS, PromotionEmail
from promo_ai.errors import ExportError
from promo_ai.export import (
    FORMATS,
    MAILTO_MAX_CHARS,
    MIME_TYPES,
    MailtoLink,
    checked_address,
    escape_markdown,
    export,
    mailto_link,
    one_line,
    render_html,
    render_markdown,
    render_text,
    slugify,
    suggested_filename,
    to_docx,
    to_eml,
    xml_safe,
)

SUBJECT = "Promotion to Senior Data Engineer: Zoë Ødegård"
QUOTE_1 = "“Zoë rebuilt the pipeline in a quarter & never missed a deadline.” — Ana Núñez, Director of Analytics"
QUOTE_2 = "“Best incident write-ups on the floor.” — Lars Bjørn, SRE Lead"


def make_case() -> Case:
    return Case(
        name="Zoë Ødegård",
        email="zoe.odegard@example.com",
        current_title="Data Engineer",
        target_title="Senior Data Engineer",
        team="Platform Data",
        company="Fjord & Co",
        manager=Manager(name="Søren Kristiansen", email="soren.kristiansen@example.com"),
        meeting_date=dt.date(2026, 11, 20),
        target_duties=["Owns the design of shared data pipelines"],
        accomplishments=[
            Accomplishment(summary="Rebuilt the nightly ingestion pipeline",
                           impact="Cut run time from 6 hours to 50 minutes",
                           duty="Owns the design of shared data pipelines", when="Q2 2026"),
            Accomplishment(summary="Mentored two junior engineers", impact="Both now own services on call"),
        ],
        accolades=[
            Accolade(quote="Zoë rebuilt the pipeline in a quarter & never missed a deadline.", author="Ana Núñez",
                     role="Director of Analytics"),
            Accolade(quote="Best incident write-ups on the floor.", author="Lars Bjørn", role="SRE Lead"),
        ],
    )


def make_email() -> PromotionEmail:
    return PromotionEmail(
        subject=SUBJECT,
        greeting="Hi Søren,",
        opening="Thanks for talking with me on November 20 about my next step. Here it is in writing.",
        request="I'd like to be promoted to Senior Data Engineer; I already do much of that job:",
        evidence=[
            "Owns the design of shared data pipelines: rebuilt the nightly ingestion pipeline (Q2 2026) — "
            "cut run time from 6 hours to 50 minutes.",
            "Mentored two junior engineers — both now own services on call.",
        ],
        praise_intro="People I work with have said:",
        praise=[QUOTE_1, QUOTE_2],
        context="For anyone reading this further up: I'm Zoë Ødegård, a Data Engineer on the Platform Data team.",
        closing="Thank you for taking this forward. Let me know what else the approval needs.",
        signature="Best wishes,\nZoë Ødegård\nData Engineer, Platform Data",
    )


def make_draft(**email_changes: object) -> Draft:
    email_model = make_email().model_copy(update=email_changes)
    return Draft(email=email_model, case=make_case(), created_at=dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC))


def with_case(draft: Draft, **changes: object) -> Draft:
    """A copy of the draft whose case skips validation, as a hand-edited draft JSON may."""
    return draft.model_copy(update={"case": draft.case.model_copy(update=changes)})


def with_manager(draft: Draft, **changes: object) -> Draft:
    return with_case(draft, manager=draft.case.manager.model_copy(update=changes))


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def header_block(raw: bytes) -> bytes:
    return raw.split(b"\r\n\r\n", 1)[0]


def section_markers(email_model: PromotionEmail) -> list[str]:
    """A distinctive opening of every section, in BODY_SECTIONS order."""
    markers: list[str] = []
    for name in BODY_SECTIONS:
        value = getattr(email_model, name)
        for text in value if isinstance(value, list) else [value]:
            if text:
                markers.append(text.split("\n")[0][:14])
    return markers


def assert_in_order(haystack: str, needles: list[str]) -> None:
    position = -1
    for needle in needles:
        found = haystack.find(needle, position + 1)
        assert found > position, f"{needle!r} missing or out of order"
        position = found


# ---------------------------------------------------------------------------------------------
# Text, Markdown, HTML
# ---------------------------------------------------------------------------------------------

def test_text_has_every_section_in_order_with_bullets_and_signature_lines() -> None:
    email_model = make_email()
    text = render_text(email_model)
    assert_in_order(text, section_markers(email_model))
    assert text.startswith("Hi Søren,\n\nThanks for talking")
    for item in [*email_model.evidence, *email_model.praise]:
        assert f"\n- {item}\n" in text
    assert "People I work with have said:\n- “Zoë" in text
    assert text.endswith("\n\nBest wishes,\nZoë Ødegård\nData Engineer, Platform Data\n")
    assert "\n\n\n" not in text
    assert SUBJECT not in text
    assert render_text(email_model, with_subject=True) == f"Subject: {SUBJECT}\n\n{text}"


def test_text_leaves_out_praise_when_there_is_none_and_indents_multiline_bullets() -> None:
    email_model = make_email().model_copy(update={"praise": [], "praise_intro": "",
                                                   "evidence": ["First line\nsecond line", "Another"]})
    text = render_text(email_model)
    assert "People I work with" not in text and "“" not in text
    assert "- First line\n  second line\n- Another\n\n" in text
    assert "\n\n\n" not in text


def test_markdown_has_subject_line_and_every_section_in_order() -> None:
    email_model = make_email()
    md = render_markdown(email_model)
    assert md.startswith(f"**Subject:** {SUBJECT}\n\n")
    assert_in_order(md, section_markers(email_model))
    assert "\n- Mentored two junior engineers — both now own services on call.\n" in md
    assert "Best wishes,\\\nZoë Ødegård\\\nData Engineer, Platform Data\n" in md  # hard line breaks


def test_markdown_escapes_user_text() -> None:
    assert escape_markdown("*bold* _it_ `code` [a](b) <b> ~s~ a|b") == (
        r"\*bold\* \_it\_ \`code\` \[a\](b) \<b\> \~s\~ a\|b"
    )
    assert escape_markdown("# Not a heading") == r"\# Not a heading"
    assert escape_markdown("1. not a list") == r"1\. not a list"
    assert escape_markdown("- not a bullet\n> not a quote") == "\\- not a bullet\\\n\\> not a quote"
    assert escape_markdown("back\\slash &amp; Q&A") == r"back\\slash \&amp; Q&A"


def test_markdown_renders_back_to_the_literal_user_text() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    tricky = "# Shipped *v2* of [the API](http://evil.example) with `rm -rf` and <script>alert(1)</script> & more"
    md = render_markdown(make_email().model_copy(update={"opening": tricky, "evidence": ["_x_ 1. done", "+ plus"]}))
    html = markdown_it.MarkdownIt("commonmark").render(md)
    body = html.split("</p>", 1)[1]  # past our own **Subject:** line
    for tag in ("<h1", "<em", "<strong", "<a ", "<code", "<script", "<ol"):
        assert tag not in body, tag
    assert "# Shipped *v2* of [the API](http://evil.example) with `rm -rf` and &lt;script&gt;" in body
    assert "<li>_x_ 1. done</li>" in body and "<li>+ plus</li>" in body


def test_html_is_a_standalone_document_with_every_section_in_order() -> None:
    email_model = make_email()
    html = render_html(email_model)
    assert html.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in html
    assert f"<title>{SUBJECT}</title>" in html
    assert_in_order(html, [m.replace("'", "&#39;").replace("&", "&amp;") if "&" in m else m.replace("'", "&#39;")
                           for m in section_markers(email_model)])
    assert html.count("<li>") == len(email_model.evidence) + len(email_model.praise)
    assert "<p>Best wishes,<br>\nZoë Ødegård<br>\nData Engineer, Platform Data</p>" in html


def test_html_escapes_all_user_text() -> None:
    evil = "<script>alert('x')</script> R&D"
    email_model = make_email().model_copy(update={
        "subject": f"{SUBJECT} {evil}", "opening": evil, "evidence": [evil], "praise": [evil], "signature": evil,
    })
    html = render_html(email_model)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; R&amp;D" in html
    assert "R&D" not in html
    assert html.count("&lt;script&gt;") == 5  # title, opening, one bullet of each list, signature


# ---------------------------------------------------------------------------------------------
# .eml
# ---------------------------------------------------------------------------------------------

def test_eml_parses_back_with_headers_and_body() -> None:
    draft = make_draft()
    raw = to_eml(draft)
    assert header_block(raw).isascii()  # non-ASCII names and subject are RFC 2047 encoded
    message = parse(raw)
    assert message["Subject"] == SUBJECT
    to = message["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [("Søren Kristiansen", "soren.kristiansen@example.com")]
    sender = message["From"].addresses
    assert [(a.display_name, a.addr_spec) for a in sender] == [("Zoë Ødegård", "zoe.odegard@example.com")]
    assert message["MIME-Version"] == "1.0"
    assert email.utils.parsedate_to_datetime(message["Date"]) == draft.created_at
    assert message["Message-ID"]
    plain = message.get_body(("plain",))
    assert plain is not None and plain.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == render_text(draft.email)
    html = message.get_body(("html",))
    assert html is not None and html.get_content().replace("\r\n", "\n") == render_html(draft.email)
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF line endings throughout


def test_eml_without_addresses_has_no_to_or_from() -> None:
    draft = with_manager(with_case(make_draft(), email=None), email=None)
    message = parse(to_eml(draft))
    assert message["To"] is None and message["From"] is None
    assert message["Subject"] == SUBJECT


INJECTIONS = ["\r\nBcc: evil@example.com", "\nX-Injected: 1", "\u2028X-Injected: 1", "\x85X-Injected: 1",
              "\rBcc: evil@example.com", "\x0bX-Injected: 1", "=?utf-8?q?=0D=0ABcc:_evil@example.com?="]

HEADER_FIELDS = ["subject", "name", "email", "manager.name", "manager.email"]


def inject(draft: Draft, field: str, payload: str) -> Draft:
    if field == "subject":
        return draft.model_copy(update={"email": draft.email.model_copy(update={"subject": SUBJECT + payload})})
    if field == "name":
        return with_case(draft, name="Zoë Ødegård" + payload)
    if field == "email":
        return with_case(draft, email="zoe.odegard@example.com" + payload)
    if field == "manager.name":
        return with_manager(draft, name="Søren Kristiansen" + payload)
    return with_manager(draft, email="soren.kristiansen@example.com" + payload)


def assert_clean_headers(raw: bytes) -> EmailMessage:
    message = parse(raw)
    assert message["Bcc"] is None and message["X-Injected"] is None
    for name in ("Subject", "To", "From", "Date", "MIME-Version", "Message-ID"):
        assert len(message.get_all(name) or []) == 1, name
    for name, value in message.items():
        assert not re.search(r"[\r\n\x0b\x0c\x85\u2028\u2029]", str(value)), name
    block = header_block(raw)
    assert not re.search(rb"(?im)^(bcc|x-injected):", block)
    return message


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("field", HEADER_FIELDS)
def test_header_injection_is_neutralised_or_refused(field: str, payload: str) -> None:
    draft = inject(make_draft(), field, payload)
    if field.endswith("email"):
        with pytest.raises(ExportError, match="not a single plain address"):
            to_eml(draft)
        return
    message = assert_clean_headers(to_eml(draft))
    if field == "subject":
        assert message["Subject"].startswith(SUBJECT)
    elif field == "name":
        assert message["From"].addresses[0].addr_spec == "zoe.odegard@example.com"
        assert message["From"].addresses[0].display_name.startswith("Zoë Ødegård")
    else:
        assert [a.addr_spec for a in message["To"].addresses] == ["soren.kristiansen@example.com"]


@pytest.mark.parametrize("address", [
    "a@example.com, evil@example.com", "Evil <evil@example.com>", '"a b"@example.com', "a@example.com (x)",
    "evil@example.com>", "no-at-sign", "a@@example.com", "a@b@example.com", " a@example.com", "a@localhost",
    "a@-bad-.com", "zoë@example.com", "a@example.test", "a@[127.0.0.1]", "a..b@example.com", "a@exa\u200bmple.com",
])
def test_addresses_that_are_not_one_plain_address_are_refused(address: str) -> None:
    with pytest.raises(ExportError) as caught:
        to_eml(with_case(make_draft(), email=address))
    assert "sender's email address" in caught.value.message
    assert caught.value.hint


def test_a_refused_address_says_why() -> None:
    with pytest.raises(ExportError, match=r"not a single plain address.*: the part after the @-sign"):
        checked_address("a@localhost", who="manager")
    assert checked_address("Soren.K+promo@Example.COM", who="manager") == ("Soren.K+promo", "example.com")


_address_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(["a", "b.c", "@", "example.com", " ", "\r\n", "<", ">", ",", ";", ":", '"', "(", ")",
                              "[", "]", "\\", "?", "=", "&", "%0A", "ø", "ë", "\u200b", "\x00", "\ud800", "."]),
             max_size=10).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(_address_text)
def test_any_accepted_address_is_one_plain_ascii_address(address: str) -> None:
    try:
        local, domain = checked_address(address, who="manager")
    except ExportError as exc:
        assert "not a single plain address" in exc.message
        return
    addr = f"{local}@{domain}"
    assert addr.isascii() and addr.count("@") == 1
    assert not re.search(r'[\s<>,;:"()\[\]\\\x00-\x1f\x7f]', addr)


def test_internationalised_domain_is_encoded() -> None:
    message = parse(to_eml(with_manager(make_draft(), email="soren@bjørn.example")))
    assert message["To"].addresses[0].addr_spec == "soren@" + "bjørn.example".encode("idna").decode("ascii")
    assert message["To"].addresses[0].addr_spec.isascii()


@pytest.mark.parametrize("name", ['Zoë "Z" Ødegård', "Ødegård, Zoë", "Zoë <admin@example.com>", "Zoë; Bcc: x@y.z",
                                  "Back\\slash", "王小明", "Zoë =?utf-8?b?QQ==?="])
def test_display_names_with_specials_round_trip(name: str) -> None:
    message = assert_clean_headers(to_eml(with_case(make_draft(), name=name)))
    (sender,) = message["From"].addresses
    assert sender.addr_spec == "zoe.odegard@example.com"
    assert sender.display_name.replace("\u200b", "") == name


_header_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(["\r", "\n", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x00", "\t", " ",
                              "Bcc: evil@example.com", "X-Injected: 1", "=?utf-8?q?", "?=", "=0D=0A", "Zoë", ":",
                              ";", ",", "<", ">", '"', "\\", "a" * 80]),
             max_size=12).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=_header_text, name=_header_text, manager=_header_text)
def test_any_subject_and_names_give_one_clean_header_each(subject: str, name: str, manager: str) -> None:
    base = make_draft()
    draft = with_case(base.model_copy(update={"email": base.email.model_copy(update={"subject": subject})}),
                      name=name, manager=base.case.manager.model_copy(update={"name": manager}))
    message = assert_clean_headers(to_eml(draft))
    assert message["Subject"].replace("\u200b", "") == one_line(subject)
    assert message["From"].addresses[0].display_name.replace("\u200b", "") == one_line(name)
    assert message["To"].addresses[0].display_name.replace("\u200b", "") == one_line(manager)
    assert message["To"].addresses[0].addr_spec == "soren.kristiansen@example.com"


@pytest.mark.parametrize("name", ["0" * 75 + ":", "Ødegård " * 24, "Dr. Zoë Ødegård, PhD, Head of Data: Platform"])
def test_long_display_names_keep_their_address(name: str) -> None:
    """The standard library's folder drops the quotes of a long quoted name ('x: <a@b>' becomes a group)."""
    raw = to_eml(with_case(make_draft(), name=name))
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    (sender,) = assert_clean_headers(raw)["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (one_line(name), "zoe.odegard@example.com")


def test_a_name_too_long_for_a_header_is_refused() -> None:
    with pytest.raises(ExportError, match="too long"):
        to_eml(with_case(make_draft(), name="\U0001F600" * 200))


def test_body_with_lone_surrogates_and_controls_still_exports() -> None:
    draft = make_draft(opening="Thanks \ud800 for the talk on November 20.\r\nMore\x00 text.")
    assert_clean_headers(to_eml(draft))
    assert "\ufffd" in export(draft, "txt").decode("utf-8")


# ---------------------------------------------------------------------------------------------
# .docx
# ---------------------------------------------------------------------------------------------

def test_docx_opens_back_with_subject_sections_and_quotes() -> None:
    draft = make_draft()
    document = docx.Document(io.BytesIO(to_docx(draft)))
    paragraphs = document.paragraphs
    assert paragraphs[0].text == SUBJECT and getattr(paragraphs[0].style, "name", None) == "Heading 1"
    texts = [p.text for p in paragraphs]
    assert_in_order("\n".join(texts), section_markers(draft.email))
    bullets = [p.text for p in paragraphs if getattr(p.style, "name", None) == "List Bullet"]
    assert bullets == [*draft.email.evidence, *draft.email.praise]
    assert QUOTE_1 in texts and QUOTE_2 in texts
    assert texts[-1] == draft.email.signature  # its line breaks kept
    assert document.core_properties.title == SUBJECT
    assert document.core_properties.author == "Zoë Ødegård"


def test_docx_with_control_characters_still_builds() -> None:
    dirty = "Bad\x00 \x01chars\x0b and \x1b[31m escapes\ufffe \ud800 here"
    draft = with_case(make_draft(subject=SUBJECT + "\x07", opening=dirty, evidence=[dirty], praise=[dirty]),
                      name="Zoë\x00 Ødegård")
    document = docx.Document(io.BytesIO(to_docx(draft)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Bad chars" in text and "[31m escapes" in text
    assert not re.search(r"[\x00-\x08\x0e-\x1f\ufffe\ud800]", text)
    assert document.paragraphs[0].text == SUBJECT


def test_xml_safe() -> None:
    assert xml_safe("a\x00b\x0bc\u2028d\r\ne\ufffff\U0001F600") == "ab\nc\nd\nef\U0001F600"


# ---------------------------------------------------------------------------------------------
# mailto:
# ---------------------------------------------------------------------------------------------

def short_draft() -> Draft:
    return make_draft(opening="Thanks for the talk on November 20.",
                      request="Please promote me to Senior Data Engineer.",
                      evidence=["Pipeline: 6 hours to 50 minutes."], praise_intro="", praise=[],
                      context="I'm Zoë Ødegård, Data Engineer.", closing="Thanks! Next: a 1-on-1?")


def test_mailto_carries_subject_and_body_and_round_trips() -> None:
    draft = short_draft()
    link = mailto_link(draft)
    assert isinstance(link, MailtoLink)
    assert not link.subject_only and link.note is None
    assert len(link.url) <= MAILTO_MAX_CHARS
    assert link.url.startswith("mailto:soren.kristiansen@example.com?subject=")
    assert "%0D%0A" in link.url and "+" not in link.url and " " not in link.url
    parts = urlsplit(link.url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "soren.kristiansen@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == [SUBJECT]
    assert query["body"] == [render_text(draft.email).rstrip("\n").replace("\n", "\r\n")]


def test_mailto_subject_with_line_breaks_and_ampersands_stays_one_parameter() -> None:
    draft = short_draft()
    draft = draft.model_copy(update={"email": draft.email.model_copy(update={"subject": "R&D\r\nbcc=x@y.z&body=hi"})})
    query = parse_qs(urlsplit(mailto_link(draft).url).query)
    assert query["subject"] == ["R&D bcc=x@y.z&body=hi"]
    assert "bcc" not in query and len(query["body"]) == 1


def test_mailto_falls_back_to_subject_only_when_too_long() -> None:
    draft = make_draft(evidence=make_email().evidence * 4)
    full_length = len(mailto_link(draft, max_chars=100_000).url)
    assert full_length > MAILTO_MAX_CHARS
    link = mailto_link(draft)
    assert link.subject_only
    assert link.note and "too long" in link.note and "paste" in link.note
    assert "body=" not in link.url
    assert parse_qs(urlsplit(link.url).query) == {"subject": [SUBJECT]}


def test_mailto_without_manager_address_and_with_a_bad_one() -> None:
    assert mailto_link(with_manager(short_draft(), email=None)).url.startswith("mailto:?subject=")
    bad = mailto_link(with_manager(short_draft(), email="a@example.com?bcc=evil@example.com"))
    assert bad.url.startswith("mailto:?subject=") and "evil" not in bad.url
    assert bad.note and "not a single plain address" in bad.note and "left out" in bad.note
    assert "bcc" not in parse_qs(urlsplit(bad.url).query)


# ---------------------------------------------------------------------------------------------
# Dispatcher and file names
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_export_gives_bytes_for_every_format(fmt: str) -> None:
    draft = make_draft()
    data = export(draft, fmt)  # type: ignore[arg-type]
    assert isinstance(data, bytes) and data
    assert fmt in MIME_TYPES
    if fmt == "txt":
        assert data.decode("utf-8") == f"Subject: {SUBJECT}\n\n" + render_text(draft.email)
    elif fmt == "md":
        assert data.decode("utf-8") == render_markdown(draft.email)
    elif fmt == "html":
        assert data.decode("utf-8") == render_html(draft.email)
    elif fmt == "eml":
        assert parse(data)["Subject"] == SUBJECT
    else:
        assert data[:2] == b"PK"


def test_export_refuses_an_unknown_format() -> None:
    with pytest.raises(ExportError, match="Unknown export format"):
        export(make_draft(), "pdf")  # type: ignore[arg-type]


def test_suggested_filename() -> None:
    draft = make_draft()
    assert suggested_filename(draft, "eml") == "promotion-email-zoe-odegard-2026-11-26.eml"
    jordan = with_case(draft, name="Jordan Lee")
    assert suggested_filename(jordan, "docx") == "promotion-email-jordan-lee-2026-11-26.docx"
    assert suggested_filename(with_case(draft, name="../../etc/passwd\r\n"), "txt") == (
        "promotion-email-etc-passwd-2026-11-26.txt"
    )
    assert suggested_filename(with_case(draft, name="王小明"), "md") == "promotion-email-wang-xiao-ming-2026-11-26.md"
    assert suggested_filename(with_case(draft, name="!!!"), "md") == "promotion-email-2026-11-26.md"
    with pytest.raises(ExportError):
        suggested_filename(draft, "exe")  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "slug"), [
    ("Zoë Ødegård", "zoe-odegard"), ("Łukasz Żółć", "lukasz-zolc"), ("Straße Æsir", "strasse-aesir"),
    ("Nguyễn Thị Minh Khai", "nguyen-thi-minh-khai"), ("  O'Brien--Smith  ", "o-brien-smith"), ("अनुराग", "anuraag"),
])
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@given(st.text())
def test_slug_is_always_a_safe_filename_part(name: str) -> None:
    slug = slugify(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*|", slug), slug  # python-slugify: ASCII, single hyphens
    assert not slug.startswith(("-", ".")) and len(slug) <= 60
