"""A step someone else owes, said as what I am waiting for: "waiting on Aroha (HR) for the new pay band figures"
(Aroha sends them), "waiting on Finance for sign-off of the extra headcount" (Finance signs it off), "still
waiting for the DD (Harjit) to agree I can be released" (Harjit agrees)."""

from __future__ import annotations

import re

_WAITING = re.compile(
    r"(?i)^(?:(?:i'?m|i\s+am|im|we'?re|still|currently|now|also|just)\s+)*(?:waiting|wait)\s+(?:on|for)\s+"
    r"(?P<who>(?:the\s+)?(?!(?:the|a|an|my|(?-i:it)|that|this|them|her|him)\b)[\w&'’./-]+(?:\s+[\w&'’./-]+){0,3}?"
    r"(?:\s*\([^)]*\))?)\s+(?:(?:for|re|on)\s+(?P<thing>\S.*)|to\s+(?P<verb>\S.*))$")
_SIGN_OFF = re.compile(r"(?i)^(?:(?:the|their|his|her)\s+)?(?:final\s+)?(?:sign[- ]?off|approval|ok|go[- ]ahead)"
                       r"(?:\s+(?:of|on|for)\s+(?P<what>.+))?$")
_DECISION = re.compile(r"(?i)^(?:(?:the|a|their|his|her)\s+)?(?:final\s+)?(?:decision|answer|outcome|result|verdict)"
                       r"(?:\s+(?:on|about|re)\s+(?P<what>.+))?$")


def waited_on(clause: str) -> tuple[str, str] | None:
    """(who, the step) when the clause says what I am waiting on someone for, or None."""
    m = _WAITING.match(clause.strip())
    if not m:
        return None
    who = m["who"].strip()
    if re.search(r"(?i)['’]s\s+\w|^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                 r"next|this|the\s+(?:end|start))", who) or (m["thing"] and re.match(
                     r"(?i)(?:ages|a\s+while|weeks|months|days|ever|too\s+long|so\s+long|\d+\s+\w+)\b", m["thing"])):
        return None  # "waiting on Tom's feedback", "waiting on Friday for ...", "waiting on HR for ages"
    named = re.search(r"\(([A-Z][\w'’. -]+)\)", who)
    plain = re.sub(r"(?i)^the\s+", "", re.sub(r"\s*\(.*?\)", "", who)).strip()
    if re.fullmatch(r"(?i)(?:news|word|confirmation|approval|sign[- ]?off|results?|feedback|budget|funding)", plain):
        return None  # "waiting on news for the post": nobody named
    # "the DD (Harjit)": Harjit; "Aroha (HR)": Aroha; "Finance"
    doer = named[1] if named and not re.search(r"(?i)\b(?:hr|it|finance|payroll|legal|ops)\b", named[1]) else plain
    if m["verb"]:
        return doer, m["verb"].rstrip(" .;")
    thing = re.sub(r"(?i)\s+since\s+.*$", "", m["thing"].rstrip(" .;"))  # "for the back pay since March"
    if s := _SIGN_OFF.match(thing):
        return doer, f"sign off {s['what']}" if s["what"] else "sign it off"
    if d := _DECISION.match(thing):
        return doer, f"decide on {d['what']}" if d["what"] else "decide"
    if re.match(r"(?i)access\b", thing):
        return doer, f"give me {thing}"  # "waiting on IT for access to the finance system"
    thing = re.sub(r"(?i)^(?:a|an)\s+", "the ", thing)
    if not re.match(r"(?i)(?:the|my|his|her|their|our)\b", thing):
        thing = f"the {thing}"
    return doer, f"send me {thing}"
