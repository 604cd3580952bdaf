"""An answer about something other than the promotion: "book club - no" (what goes in the email), "she'll nominate
me for the leadership course", "no chance of a pay rise", "yes, mention it", "he says no bother". Read by
promo_ai.notes.outcome before it reads a yes, a no or a wait as the promotion's."""

from __future__ import annotations

import re

from promo_ai.notes.patterns import QUESTIONS, ROLE_TALK

# put forward for something other than the promotion: "she'll nominate me for the leadership course"
SOMETHING_ELSE = re.compile(r"(?i)\b(?:for|on|onto|to|into)\s+(?:the\s+|a\s+|an\s+|my\s+|their\s+)?"
                            r"(?:[\w'&-]+\s+){0,4}(?:course|programme|program|training|academy|module|transfer|rotation|secondment|"
                            r"conference|award|scheme|bursary|workshop|cohort|serial|mentoring|fellowship)\b|"
                            r"\b(?:course|programme|program|training|academy|module|secondment|scheme|bursary|workshop|"
                            r"cohort|fellowship)\b[^.]*\b(?:nominat|recommend|sponsor|put\s+me|put\s+my\s+name)\w*")
# "book club - no", "— no, keep it", "Reconciliation report: no, still relevant": an answer about the email
_NO_TO_A_THING = re.compile(r"(?i)^\W*no\W*$|^\W*no\s*,?\s+(?:keep|drop|leave|cut|include|mention|put|add|skip)\b|"
                            r"^(?P<head>(?-i:[a-z0-9][\w\s'&/.()-]{0,39}?))\s*[-–—:=]+\s*(?:no|nope|nah)\W*$|"
                            r"^[^:–—=-]{1,60}[-–—:=]+\s*no\W*(?:still|definitely|keep|include|relevant|fine|ok|okay|"
                            rf"leave\s+it)\b|^\W*{QUESTIONS}\b[^:–—=-]*[-–—:=]+\s*(?:no|nope|nah)\W*$")
# what a "... - no" is about when it is the promotion: "panel: no", "decision - no" (a name or capitals count too)
_DECIDING = re.compile(r"(?i)\b(?:panel|board|committee|decision|answer|outcome|result|verdict|status|hr|a|q)\b")
_ROLE_SAID = re.compile(rf"(?i)\b{ROLE_TALK}\b")
def about_a_thing(sentence: str) -> bool:
    """"book club - no", "— no, keep it", a lone "no": a no about the email. Written with a name or capitals
    ("Priya: no.", "SA - no.") or about who decides ("panel: no", "outcome - no"), it is the answer."""
    m = _NO_TO_A_THING.match(sentence)
    return m is not None and not (m["head"] and (_ROLE_SAID.search(m["head"]) or _DECIDING.search(m["head"])))
# a no or not yet about something else: "the overtime slot went to the other guy", "no chance of a pay rise", a yes
# "about pairing me on the payments redesign"
OTHER_THING = re.compile(r"(?i)\b(?:overtime|courses?|training|pay\s+rise|raise|bonus|annual\s+leave|holidays?|toil|"
                         r"projects?|proposal|tender|business\s+case|about\s+(?:pairing|shadowing)|"
                         r"flexi\w*|"
                         r"conference|academy|secondment|expenses?|cover|firearms|parking|laptop|rota|shifts?|"
                         r"awards?|mentoring|programme|(?:study|annual|parental|maternity|paternity|sick)\s+leave)\b")
PROMOTION_SAID = re.compile(rf"(?i)\b(?:promo\w*|post|role|job|position|vacancy|{ROLE_TALK})\b")


# not the news: what is waited for ("until the org chart is signed off"), a thing to get approved, a task given
# a yes to what goes in the email, not to the post: "done: 4 CPD sessions, ~60 attendees. she said yes mention"
YES_TO_INCLUDE = re.compile(r"(?i)\byes\b[\s,:-]*(?=(?:to\s+)?(?:mention(?:ing)?|include|including|add|adding|use|"
                            r"using|quote|cite|keep|put\s+(?:it|that|this|them|those)\s+(?:in|first|down))\b)"
                            r"(?![^.;]*\b(?:title|promotion|promo|role|post|grade|band|rank)\b)")
# a "no" that answers nothing: "he says no bother", "she didn't say no"
NO_ANSWER = re.compile(r"(?i)\bno\s+(?:bother|worries|problem|probs?|drama|stress|doubt)\b|"
                       r"\b(?:didn'?t|did\s+not|never|won'?t)\s+say\s+no\b")
