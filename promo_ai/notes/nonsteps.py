"""What reads like a step but is not one: who the email goes to ("send to Ollie, cc Jo"), what a candidate should
have ("wants someone who's managed ..."), a state ("I'd be well placed") or an edit of the email itself ("lead with
that next time")."""

from __future__ import annotations

import re

from promo_ai.notes.patterns import compiled
from promo_ai.notes.when import when_phrase

# "wants someone who's managed ...", "needs multi-team ownership", "wants me loaded on the course": what it takes, not
# a thing of mine to send
_NOTHING_TO_SEND = re.compile(r"(?i)^send you\s+(?:.*\bfrom\s+(?:someone|somebody|another|outside)\b|"
                              r"me\b|(?:a\s+|an\s+|some\s+|one\s+)?(?:someone|somebody|person|"
                              r"people|candidates?|bigger|broader|wider)\b|(?:one\s+)?more\s+(?:[\w-]+\s+){0,2}"
                              r"(?:paper|papers|experience|years?|months?|awareness|impact|influence|leadership)\b|"
                              r"(?:[\w-]+\s+){0,2}(?:ownership|experience|exposure|scope|visibility|credibility|"
                              r"presence|maturity|awareness|gravitas|judge?ment|confidence|breadth|depth)\b)")
# Said as steps but not things anyone will do: a state ("I'd be well placed", "Maya will be acting Director", "she'll
# know after that") or an edit of the email itself ("I should lead with that next time", "mention it in my reply")
_NOT_AN_ACTION = re.compile(r"(?i)^(?:say\s+(?:i|it|that|this)\b|admit\b|"  # "I have to say I was relieved"
                            # how I would come across: "I'll just sound bitter", "I'll look desperate if I push now"
                            r"(?:just\s+|probably\s+|only\s+)?(?:sound(?!\s+(?:\w+\s+)?out\b)|look(?!\s+(?:into|at|"
                            r"over|through|for|after|up|out|again|to|in)\b)(?!\s+(?:\w+\s+){1,3}over\b)|seem|"
                            r"feel(?!\s+out\b)|come\s+(?:across|off)\s+as|appear)\b|"
                            r"be\s+(?!in\s+touch|there|at\b|on\b|back\b|available|around|(?:the\s+)?one\s+to)|"
                            r"(?:want|expect|prefer|like)\s+(?:more|to\s+see|evidence|proof|someone|a\s+(?:bigger|"
                            r"broader|stronger))\b|"  # "the committee will want more cross-team impact": what it takes
                            r"act\s+(?-i:[A-Z])|act\s+\w+\s+(?:on|from|for)\b|know\b|(?:lead|open|start)\s+with\b|got\b|"
                            r"go\s+in\s+as\b|travel\s+(?:\w+\s+)?(?:until|till|til)\b|"  # "He's travelling until 6 Feb"
                            # what the email is, or who sees it: "keep my email gracious", "Orla will likely be cc'd"
                            r"keep\s+(?:my|the|this)\s+(?:e-?mail|note|letter|reply)\b|"
                            r"(?:likely|probably|possibly)\s+be\s+(?:cc|copied|looped)|"
                            r"get\s+(?:a\s+)?(?:fwd|forward|copy|cc)\s+of\s+(?:this|the|my)\s+e?-?mail\b|"
                            r"want\s+to\s+(?:hear|know)\b|work\s+from\s|"  # "she'll want to hear about the memory café"
                            r"(?:encourage|advise|urge)\s+(?:me|you)\s+to\b|"  # "I'd encourage you to apply again"
                            r"give\s+(?:you|your|me|my|her|him)\s+(?:\w+\s+)?(?:days?|weeks?|time|a\s+bit)\b|"  # a wait
                            r"e-?mail\s+(?:her|him|them)\s+to\s+say\s+thanks|"
                            r"add\s+(?:this|that|it)\s*$|"
                            # "thank him", "thank her, highlight the dashboard": what the email says, not a step
                            r"thank\s+you\s*(?:[.!]\s*)?$|thank\s+you\s*[,;]\s*(?:and\s+)?(?:highlight|lead|put|keep|mention|"
                            r"include|add|short|then\s+(?:highlight|lead|put|mention))\b|"
                            r"(?:make\s+sure|mention|include|highlight)\b.*\b(?:the|my|this)\s+"
                            r"(?:letter|e-?mail|reply|write-?up|note)\s+(?:mentions?|says?|includes?|has|covers?|leads?)\b|"
                            r"(?:(?:remember\s+to\s+)?(?:mention|include|highlight|thank)|remember\s+to)\b.*\bin\s+(?:the|my)\s+"
                            r"(?:letter|e-?mail|reply|write-?up|note)\b)")
# Who the email goes to, not a step: "send to 1SG and cc CPT Walsh", "I'll cc Linda Park on the follow-up", "email
# should start with the Lekki delivery"
_ADDRESSING = re.compile(r"(?i),\s*b?cc\s+(?-i:[A-Z])[^,;]*$|"  # "thank Anjali, cc Vikram"
                         r"^\W*(?:(?:i'?ll|i\s+will|pls|please)\s+)?(?:send\s+(?:it\s+|the\s+e-?mail\s+)?to\s+[^,;]{1,40}?"
                         r"(?:,|\s+and)?\s+"
                         r"b?cc\b|b?cc\s+(?!me\b)[A-Z]|cc:)|^\W*(?:the\s+)?e-?mail\s+(?:should|must|to|needs\s+to)\s+"
                         r"(?:start|open|lead|begin|say|mention|include|be)\b|"
                         # "want the email to go to Craig"
                         r"\bthe\s+e-?mail\s+(?:to\s+go|goes|should\s+go|going)\s+to\b")


# "keep it short": about the email, never a step; a step's text that says no action ("promote me", "be on leave")
KEEP_SHORT, NOT_A_STEP = compiled(
    r"\bkeep\s+(?:the\s+email|it|the\s+note)\s+(?:short|brief)\b",
    r"^(?:promote\s+me|promoting\s+me|be\s+\w+ed\b|leav(?:e|ing)\b|go(?:ing)?\s+(?:on|off)\b|be\s+(?:on|off|away|out|"
    r"keen|happy|glad|fine|supportive)\b|retir\w*|"
    # a need or a way of working, nothing to do: "I will need some days off", "I'll get the head down"
    r"need(?:s)?\s+(?:some\s+|a\s+few\s+|a\s+couple\s+of\s+)?(?:days?|time|weeks?)\s+off\W*$|"
    r"get\s+(?:the|my)\s+head\s+down\W*$|"
    # a promise to bear me in mind, an answer to wait for: "he'll keep me in mind", "I should expect an answer by March"
    r"[\"“']?keep\s+(?:me|you)\s+in\s+mind(?:\s+for\s+(?:the\s+)?(?:next|future|any|other|another)\b[^,;]*)?\W*$|"
    r"expect\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:answer|decision|reply|response|news|outcome|word)\b"
    r"(?![^;]*\b(?:and|then)\s+\w)|"
    r"kill\s+(?:me|us)\b|(?:probably\s+)?say\s+the\s+same\b|be\s+acting\b|"
    r"mov(?:e|ing)\s+to\b|(?:support|back)\s+(?:me|it|this)\s*$|"
    r"freez\w*|cut(?:ting)?\s+(?:posts|jobs|roles|headcount)|"  # "the group's freezing posts": the why, not a step
    # comings and goings: "join from the Nairobi office in June", "start in July", "go back to China"
    r"join(?:s|ing)?\s+(?:from|us\b|the\s+team\b)|start(?:s|ing)?\s+(?:in|on|from|next|after|mid|early|late)\b|"
    r"go(?:es|ing)?\s+back\s+(?:to|home)\b|"
    # who will read the email, and what might have been: "Nadia will prob see it", "I'd have left"
    r"(?:prob(?:ably)?\s+|likely\s+|also\s+)?(?:see|read|be\s+reading)\s+(?:it|this|the\s+(?:email|summary|letter|"
    r"write-?up|note)|whatever)\b|have\s+(?:left|gone|quit|resigned|walked|put)\b|"
    r"not\s+be\s+\w+ing\b|"  # "I will not be doing the school committee anymore": what stops, no step
    r"stop\s+\w+ing\b[^,;]*\b(?:myself|so\s+much|all\s+the\s+time|too\s+much)\b|"  # "stop covering every shift myself"
    # done before the talk: "I told her I'd finished the sepsis audit and sent it to her" ('d as had)
    r"(?:finished|completed|submitted|sent|passed|written|handed|emailed|booked|signed|applied|registered|enrolled)"
    r"\s+(?!by\b|before\b|on\b|to\s+you\s+by\b)|"
    # done already ("I'd already sent him my evidence"), or with no when but a vague one ("talk again some time")
    r"already\b|(?:check\s+in|catch\s+up|touch\s+base|talk\s+again|chat\s+again)\s*$|"  # no when, no matter
    # the thanks the email itself says: "thank Ch Supt Barker for the commendation, cc you", "write to thank the
    # proprietor" (not "send a thank-you note to Capt Ortiz")
    r"thank\s+(?!you\b)\S|(?:e-?mail|write\s+to|message)\s+[^.;]{1,60}?\bto\s+thank\b|write\s+to\s+thank\b|"
    r"have\s+(?:a|the)\s+(?:stronger\s+|better\s+)?case\s*$|"  # "then he'll have a case": what a condition gives
    r"(?:call|chat|meeting|mtg|catch[- ]?up|1[:-]?1|one[- ]to[- ]one|talk)\b.*\bwent\s+(?:ok|okay|well|fine|great|"
    r"badly|alright|better|worse)\b|"  # "call with charlotte 29th went ok ish"
    # the head of a note added later, not "update the rota": "UPDATE thurs: HR called", "Update 16/04 - ..."
    r"update[ds]?\s+(?:\(?(?:mon|tue|wed|thu|fri|sat|sun)\w*|\d{1,2}(?:[/.]\d{1,2}|st|nd|rd|th)?|later|today|tonight|"
    r"tmrw|tomorrow|yesterday|(?:this|that)\s+(?:morning|afternoon|evening|arvo)|pm|am)(?:\s+\d{1,2}(?:[/.]\d{1,2})+)?"
    r"\)?(?=\s*(?:[:\-–—,(!]|$))|"
    r".*\b(?:(?:some\s*time|at\s+some\s+point)(?!\s+(?:this|next|in|on|before|after|around|by|during|early|late|mid|"
    r"over|today|tomorrow|tmrw|tonight|mon|tue|wed|thu|fri|sat|sun)\w*\b)|"
    r"(?:one|some)\s*day(?=\s*(?:[,.;!?)]|$|maybe|soon|lol))|eventually|if\s+(?:i\s+|you\s+)?ever)\b[^,;]*$)")

# my thinking it over, not a step: "need to think about whether I even want nights", "decide if I want the admin track
# ever", "have a think over the summer" (not "think it over and let you know by Friday", "decide by Friday")
_MUSING = re.compile(r"(?i)^(?:have\s+a\s+(?:think|ponder)\b|(?:think|decide|consider|mull|reflect|ponder|figure\s+out|"
                     r"work\s+out|weigh\s+up)\s+(?:\w+\s+){0,3}?(?:whether|if|kung|about\s+\w+ing|about\s+what)\b)")
# the answer promised beside the thinking: "I'll consider whether to do the MSc, let her know in Jan"
_ANSWERING = re.compile(r"(?i)\b(?:let\s+\w+\s+know|tell|get\s+back|come\s+back|confirm|revert|e-?mail|ring|call|text|"
                        r"message|reply|answer|send)\b")
# a when that is a deadline: "decide whether to go for it by Friday" is a step, "have a think over the summer" is not
_DEADLINE = re.compile(r"(?i)(?:by|before|until|till|til|end|eod|eow|cob|tomorrow|tmrw|today|tonight|"
                       r"(?:mon|tue|wed|thu|fri)\w*)\b")


def musing(step: str, sentence: str) -> bool:
    """A step of mine that is only my thinking it over (see _MUSING): no answer promised in its sentence, no
    deadline."""
    return bool(_MUSING.match(step)) and not _DEADLINE.match(when_phrase(step) or "") and not _ANSWERING.search(
        sentence)

# What the email says, not a step: "Email to Janet:", "email should say: ...", "In my email: thank her, ..."
_ABOUT_THE_EMAIL = re.compile(r"(?i)^\W*(?:(?:my|the|thank[- ]you|follow[- ]up)\s+)?"
                              r"(?:e-?mail|mail|letter|notes?|reply|message)(?:\s+(?:to\s+[^:]{1,60}|content|points|focus|angle|should\s+say|"
                              # "email mein:" (Hindi), "email sa" (Tagalog), "email → thank her"
                              r"for\s+\w+|back|lead|tone|mein|m[eè]|sa|ko|me))?\s*(?::|[-–—]\s|->|→|=>|$)|"
                              # "In my email: thank her, highlight ...", "For the reply - lead with the audit"
                              r"^\W*(?:in|for)\s+(?:the|my)\s+(?:e-?mail|reply|letter)\s*(?::|[-–—,])"
                              r"(?![^.]*\b(?:will|'ll|is\s+going\s+to|to\s+(?:send|book|bring|pull|set\s+up))\b)|"
                              # "email put the heat pumps first", "email short + gracious, lead w/ ..."
                              r"^\W*e-?mail\s+(?:put|short|shorter|lead|leads|open|opens|start|starts|first|keep|tone)\b|"
                              # "Points to keep in: KYC backlog cleared", "Results to include: 42 boreholes ..."
                              r"^\W*(?:(?:key|main|other|more)\s+)?(?:points?|results?|highlights?|wins?|numbers?|figures?|"
                              r"stats?|achievements?|bits?)\s+to\s+(?:include|keep\s+in|put\s+in|mention|highlight|add|"
                              r"stress|lead\s+with)\s*(?::|[-–—]\s|->|→)"
                              r"(?![^.]*\b(?:will|'ll|is\s+going\s+to|to\s+(?:send|book|bring|pull|set\s+up))\b)")


# someone's own comings and goings, not a step in my case: "Shauna's going to the Dublin site in Feb", "he's
# travelling to Kano Friday", "Macca's doing a secondment to HQ" (not "she's going to the panel with my case", "going to
# Finance with the regrade paperwork", "going to the director to push for band 7", "flying to Melbourne on the 2nd ...
# and will raise my case there")
_ON_THE_MOVE = re.compile(r"(?i)^(?:going\s+(?:to|for|on|off|back)\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+|"
                          r"(?-i:[A-Z]))|(?:travel+ing|heading|transferring|relocating|moving|flying|off)\s+(?:to|back|"
                          r"over|out|up|down|abroad|home)\b|doing\s+(?:a|her|his|their)\s+(?:secondment|stint|rotation|"
                          r"masters|mba|phd|degree)\b)(?!.*\b(?:with|about|regarding|re|to\s+(?!the\b|a\b|an\b)(?-i:[a-z]+))\b)")
_MY_CASE = re.compile(r"(?i)\b(?:me|my|case|nomination|promotion|panel|board|committee|calibration)\b")
# going to someone with something: "she's going to HR about the backpay", "going to the partners with my name"
GOES_TO_SOMEONE = re.compile(r"(?i)^going\s+to\s+(?:see\s+)?[\w'’ .&-]{1,40}?\s+(?:with|about|regarding|re|"
                             r"to\s+(?!the\b|a\b|an\b)(?-i:[a-z]+))\b")


def on_the_move(rest: str, sentence: str) -> bool:
    """What someone else is doing (`rest`, a clause of `sentence`) says where they are going, not a step in my case
    (see _ON_THE_MOVE)."""
    return bool(_ON_THE_MOVE.match(rest)) and not _MY_CASE.search(sentence)


def about_the_email(sentence: str) -> bool:
    """The sentence is about the email itself (what it says, leads with, how long it is), not a step."""
    return bool(_ABOUT_THE_EMAIL.match(sentence))


def addressing(sentence: str) -> bool:
    """The sentence says who the email goes to or how it starts, not a step."""
    return bool(_ADDRESSING.search(sentence))


# "tell Claire I accept (done in the meeting)", "send the form ✅": done already, nothing left to do
_DONE_ALREADY = re.compile(r"(?i)\((?:already\s+)?done\b(?!\s+(?:by|before|within)\b)[^)]*\)|[✅✔☑]|"
                           r"\s[-–—]\s*(?:already\s+)?done\s*[.!]*$")  # not "(done by Fri at the latest)"


def not_an_action(step: str) -> bool:
    """A step's text that is nothing anyone will do: copying someone in, a thing a candidate should have, a state,
    an edit of the email."""
    return bool(re.match(r"(?i)b?cc\b", step) or _NOTHING_TO_SEND.match(step) or _NOT_AN_ACTION.match(step)
                or _DONE_ALREADY.search(step))


# what the notes themselves say is no task: "get a notebook and write it all down (advice)", "IT ticket already
# raised, nothing to do", "Not actions: firing classification in Nov", "moves to me if approved – no action yet"
_NO_ACTION = re.compile(r"(?i)\((?:just\s+|general\s+|only\s+)?advice\b[^):]*\)|\badvice,?\s+not\s+an?\s+"
                        r"(?:task|action)\b|\bnot\s+an?\s+(?:formal\s+)?(?:task|action)(?:\s+as\s+such)?\b|"
                        r"\bnothing\s+(?:\w+\s+){0,3}?to\s+(?:do|prep|prepare)\b(?!\s+but\b)|^\W*not\s+(?:an?\s+)?actions?\s*:|"
                        r"\bno\s+action\s+(?:needed|required|yet|for\s+me)\b")
_ADVICE_ASIDE = re.compile(r"(?i)\s*\((?:advice|tip)\s*[:–—-][^)]*\)")
# where what the cue speaks of ends, and something else starts: "no action yet - Ruth to check with finance"
_THEN = re.compile(r"(?i)\s*(?:[,;.:]|\s[-–—]+)\s*(?:(?:but|and|so|though|however)\b[,\s]*)?|\s+(?:but|until|till)\s+")


# a line the notes label as news or advice is neither: "Other news: the Director is stepping down next year",
# "💡 his advice: get more time on the floor in produce"
_NEWS_OR_ADVICE = re.compile(r"(?i)^\W*(?:(?:other|general|office|team|some|misc|wider|company)\s+)?(?:news|gossip|"
                             r"background|context)\s*[:–—]|^\W*(?:(?:her|his|their|general|some|good|my)\s+)?"
                             r"(?:advice|tips?)\s*[:–—]")


def no_action(sentence: str) -> str | None:
    """What is left of a sentence to read for steps once what the notes call advice, news or nothing to do is taken
    out: "" when the cue speaks of all of it ("send copy to Karen (advice)", "Update the template – IT ticket raised,
    nothing to do", a line labelled "Other news:"), the part after it when something else follows ("no action yet
    - Ruth to check with finance", "Promo on hold, no action yet, but Ruth will chase HR"); None when there is no
    such cue."""
    if _NEWS_OR_ADVICE.match(sentence):
        return ""
    cue = _NO_ACTION.search(sentence)
    if cue is None:
        aside = _ADVICE_ASIDE.search(sentence)  # "Matron will sit in (advice: bring the falls data)": her step
        return sentence[:aside.start()] + sentence[aside.end():] if aside else None
    after = _THEN.search(sentence, cue.end())
    rest = sentence[after.end():].strip() if after else ""
    waiting = re.match(r"(?i)(?:i['’]?ll\s+|i\s+will\s+|just\s+)?wait(?:ing)?\b", rest)  # "- waiting on HR"
    return rest if re.search(r"[A-Za-z]{3}", rest) and not waiting else ""
