"""How notes say the promotion came through: the cues of a yes ("got it!!", "promoted to Sgt", "he's making me farm
manager as of March 1st", "approved, effective 1 April"), one lexicon that promo_ai.notes.outcome judges clause by
clause with the others (a cue after a negation or an "if" is not said)."""

from __future__ import annotations

import re

from promo_ai.notes.patterns import ROLE_NOUNS, ROLE_TALK, lexicon

ROLE_NOUN = r"(?:job|role|promotion|promo|post|position|grade|title)"
PROMOTED = lexicon(
    # got it, yes, official, mine
    rf"\bi(?:'ve| have)?\s+got\s+(?:it|the\s+(?:[\w-]+\s+){{0,3}}{ROLE_NOUN})\b",
    r"^\W*got\s+(?:it|the)\b(?!\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?:(?:final|second|next|first)\s+)?"
    r"(?:round|interview))",  # not another employer's "got the Stripe final round"
    r"(?:[:–—]|\s-)\s*got\s+it\b(?!\s+(?:signed|approved|done|sorted|back|wrong|fixed|in|to|from|off|through|"
    r"checked|over))",  # "Senior BA - got it!!!", not "Timesheet - got it signed"
    r"(?<!\bi\s)\bsaid\s+yes\b(?!\s+to\s+(?:cc|copy))", r"\bit'?s\s+a\s+yes\b",
    r"^\W*yes\b(?:\s+(?:on|to|for)\s+(?:the\s+|my\s+)?(?:promo|promotion|role|job|post|regrade|title))?\s*!",
    r"(?:^|[:–—]\s*|\s-\s)\W*(?:signed\s+off|approved|confirmed)\s*!", r"\bit'?s\s+happening\b",
    r"\bit'?s\s+official\b", r"\bofficially\b",
    r"(?<!not\s)\bselected\s+for\s+promotion\b(?!\s+(?:board|interview|panel|list|pool|exam|process))",
    r"\b(?:is|it's|are)\s+mine\b", r"\bcongrat", r"\bdone\s+deal\b", r"\bgreen\s+light\b", r"\bi'?m\s+in\b\s*(?:!|$)",
    r"\bi\s+accepted\b", r"\bi'?m\s+(?:now\s+)?the\s+new\b", r"\boffered\s*(?:&|and|\+)\s*accepted\b",
    r"\b(?:agreed|accepted)\s*!{2,}", r"\bye+s{3,}\b",
    # promoted
    r"\b(?:i'm|i am|i've been|i have been|i was|got|been)\s+promoted\b", r"(?:^|[:!–—-]\s*)\W*promoted\b",
    r"\bpromoted\s+to\b", r"\bgetting\s+promoted\b", r"\b(?:she|he|they)\s+promoted\s+me\b",
    r"\b(?:going\s+to|will|'ll)\s+promote\s+me\b", r"\bmade\s+me\s+(?:up\b|(?:the|an?)\s+(?-i:[A-Z]))",
    # "he's made me Farm Manager!! from 1 Sept" (not "she made me Team Lead for the project")
    r"\b(?:he|she|they|\w+)(?:['’]s|\s+has)\s+made\s+me\s+(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z])[\w&-]*){0,3}\s*(?:!|"
    r"\s+(?:from|effective|starting|as\s+of)\b)",
    # "A: YES - Gord confirmed" (not "YES, but not until ...")
    r"^\W*(?:a\s*:\s*)?(?-i:YES)\b(?!\s*,?\s*(?:but|if|once|when|in\s+principle)\b)\s*[-–—:!]",
    rf"\b(?:mak(?:ing|es)|(?:'s|has|have)\s+made)\s+me\s+(?:the\s+|an?\s+)?(?!acting\b|interim\b)(?:[\w-]+\s+){{0,3}}(?:{ROLE_NOUNS})s?\s+"
    r"(?:(?:at|on|in)\s+(?:the\s+)?[\w' -]{1,30}?\s+)?(?:from|starting|effective|"
    r"as\s+of)\b(?![^.]*\b(?:acting|cover|interim|temporar\w*|no\s+(?:extra\s+pay|title)|reviewed|till|until|"
    r"while|whilst|time\s+to\s+time)\b)",  # not "from time to time", "from Monday till Sarah's back"
    rf"\b(?:promo\w*|role|job|post|title|[as]?vp|{ROLE_NOUNS})\s+(?:is|'s)\s+done\s*,?\s+(?:effective|starting|"
    r"as\s+of)\b",  # "he's making me farm manager as of march 1st!!" (not acting), "avp is DONE, effective 6/1!!"
    r"\b(?:moving|moved|bumping|bumped)\s+me\s+up\b",
    r"\b(?:bump(?:ing|ed)?|mov(?:ing|ed))\s+me\s+(?:up\s+)?to\s+(?-i:[A-Z])",
    r"\b(?:giving|gave|given)\s+me\s+(?:the\s+)?(?:[\w-]+\s+){1,8}?(?:from|starting|effective|as\s+of)\b",
    r"(?<!\bnot\s)\b(?:approved|confirmed|signed\s+off),?\s+(?:from|effective|starting|as\s+of)\b",
    r"^\W*(?:a\s*:\s*)?yes\s*!", r"✅\s*(?:signed\s+off|approved|confirmed)\b",
    r"\bsays?\s+yes\b(?!\s+(?:cc|to\s+(?:cc|copy)))",
    r"\bi'?m\s+through\s*!", r"\bpromotion\s+(?:order|letter)\s+(?:came|has\s+come|arrived|is\s+out|was\s+issued)\b",
    r"\bcleared\s+my\s+(?:promotion|promo|case|application|move|step\s+up)\b",
    r"\bannounc\w*\s+me\s+as\b", r"\bconfirm(?:s|ed)?\s+my\s+promotion\b",
    r"\b(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+now\s+(?:the\s+|an?\s+)?(?-i:[A-Z])",
    r"\bit(?:'s|\s+has)\s+gone\s+through\b",
    rf"\breleased\s+as\s+(?:(?-i:[A-Z])[\w&-]*\s+){{0,3}}?(?:captain|commander|{ROLE_NOUNS})\b",  # "as Captain A350"
    rf"\bi'?m\s+now\s+(?:the\s+|an?\s+)?(?-i:[A-Z])(?:[\w&-]+\s+){{0,4}}?(?:{ROLE_NOUNS})s?\b(?:\s*\([^)]*\))?"
    r"(?:\s*!|\s+(?:from|effective|starting|as\s+of)\b)",
    # "I'm Assistant Principal 2nd violin from Jan 1", not "I'm OOO from the 3rd"
    rf"\bi'?m\s+(?:now\s+|officially\s+)?(?:the\s+|an?\s+)?(?!(?i:ooo|al|off|away|on|out|in|at|back|acting|covering)\b)"
    rf"(?-i:[A-Z])(?:[\w&-]+\s+){{0,4}}?(?:{ROLE_NOUNS})s?(?:\s+(?!for\b|on\b|in\b)[\w&-]+){{0,3}}\s+(?:from|effective|"
    r"starting|as\s+of)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|next\b|the\s+\d)",
    r"\bconfirm(?:ed)?\s+plus\s+chop\b",
    # "im senior carer now!!!! from 1st june", "I'm SM for the fall season!!!"
    rf"\bi['’]?m\s+(?:the\s+(?:new\s+)?)?(?!(?:acting|covering|relief|interim|temp\w*|cover|nurse\s+in)\b)"
    rf"(?:[\w&-]+\s+){{0,3}}?(?:{ROLE_NOUNS})\s+now\s*!(?![^.]*\b(?:acting|cover\w*|relief|interim|temp\w*|just\s+for|"
    r"only\s+for|tonight|today|till|until)\b)",  # Singapore's "confirmed, stamped"
    # "made VP!! official Jan 1", "im leading hand on the Parramatta job from Monday", "DSM on the tour - YES"
    r"(?:^\W*|\bi\s+(?:got|was|'ve\s+been|have\s+been)\s+)made\s+(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z])[\w&-]*){0,3}\s*!",
    rf"\bi'?m\s+(?:now\s+)?(?:the\s+|an?\s+)?(?:new\s+)?(?:[\w-]+\s+){{0,2}}(?:{ROLE_NOUNS})\s+(?:on|at)\s+"
    r"(?:the\s+)?[\w' -]{1,30}?\s+(?:from|effective|starting|as\s+of)\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|next\b|the\s+\d)",
    rf"^\W*(?:(?-i:[A-Z]{{2,5}})|[\w ]{{0,30}}\b(?:{ROLE_NOUNS}))\b[^.]{{0,30}}\s[-–—:]\s*(?-i:YES|Yes|yes\s*!)",
    r"\b(?:role|post|job|position|promotion)\s+(?:has\s+been|'s\s+been|was|is)\s+(?:given|offered|awarded)\s+to\s+me\b",
    r"\bi'?m\s+stepping\s+up\s+(?:from|on|as\s+of)\b", r"\bconfirmed\s+(?:that\s+)?\w+\s+gets?\s+the\b",
    r"(?-i:[A-Z][\w ]{3,40})!+\s+(?:starts?|from|effective)\b", r"🎉[^.]{0,40}\b(?:starts?|from|effective)\b",
    r"\bi'?m\s+(?:taking\s+over|stepping\s+up)\s+as\s+(?-i:[A-Z])",
    r"\bi'?m\s+(?:going|moving)\s+(?:straight\s+)?(?:up\s+)?to\s+(?-i:[A-Z])[\w ]{2,40}?\s+(?:from|effective|"
    r"starting)\b",
    rf"\bi'?m\s+getting\s+(?:the\s+)?(?:[\w()-]+\s+){{0,4}}{ROLE_NOUN}\b",
    rf"\boffered\s+(?:me\s+)?(?:it|the\s+[\w\s()-]{{0,40}}?{ROLE_NOUN})\b",
    # signed off, approved, confirmed, gone through
    rf"^\W*(?:(?-i:[A-Z]{{2,5}}\d?)|sgt|cpl|capt|insp|lt|[\w .&()-]{{0,30}}?\b{ROLE_TALK})\s+(?:confirmed|approved|"
    r"signed\s+off)\s*!", r"^\W*cleared\s*!",  # "Sgt confirmed!!", not "Rota signed off!"
    r"\bpassed\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,3}(?:board|panel)\s*!", r"\bmade\s+the\s+(?:list|cut)\s*!",
    # "made the TSgt list!!", "made the cutoff", "made substantive", "Outcome: made VP", "posted ... as SO from"
    # (a rank or "promotion" names the list: not "made the interview list", "made the cut for the cook-off")
    r"\bmade\s+the\s+(?:(?-i:[A-Z][\w-]*)|promotion|promo|sergeants?|inspectors?|captains?)\s+list\b",
    r"\bmade\s+the\s+cut-?off\b", r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bmade\s+(?:\w+\s+){0,2}substantive\b",
    r"\bi(?:'ve|\s+have|\s+was)\s+(?:been\s+)?made\s+substantive\b",
    r"^\W*(?:outcome|result|verdict)\s*[:=–—-]\s*(?:made\s+(?-i:[A-Z])|got\s+it\b|promoted\b)",
    r"(?:^|passed\W+|\bi'?m\s+|\bi\s+(?:am|was|have\s+been|'ve\s+been)\s+)posted\s+to\s+[^.]{1,40}?\s+as\s+"
    r"(?-i:[A-Z])[\w-]*\s+(?:from|effective|on)\b",
    r"\bwent\s+through\s+(?:at|with)\s+(?:the\s+)?(?:promo|promotion|panel|board|committee|calibration)[^.]{0,40}"
    r"\beffective\b",
    r"\bsigned\s+(?:it|me|my\s+\w+)\s+off\b", r"\bsigned\s+off\s+(?:as|my|on\s+my|at)\b",
    # "I'm being sworn in as Lt on the 15th", "SDS signed my appointment!!!", "made the cut - I pin E-6 on Aug 1"
    r"(?:^\W*|\bi(?:'m|\s+am|\s+was|'ll\s+be|\s+will\s+be|\s+get|\s+got)\s+(?:being\s+)?)sworn\s+in\s+as\s+(?-i:[A-Z])",
    r"\bsigned\s+my\s+appointment\b", r"^\W*(?:i\s+)?made\s+the\s+cut\b(?=\s*(?:[-–—:,;!]|$))",
    r"\bi\s+pin\s+(?:on\s+)?(?-i:[A-Z])",
    r"\b(?:has|have|she'?s|he'?s|they'?ve)\s+signed\s+(?:it\s+)?off\b",
    r"\b(?:they|she|he|panel|committee|board|partners|trustees)(?:\s+has|\s+have|'s|'ve)?\s+approved\s+(?:it|me|my)\b",
    r"^\W*(?:approved|confirmed)\b", r"(?<!\bbe\s)\bapproved\s+(?:at|by|as)\b", r"\bapproved!",
    r"\bconfirmed\s+(?:as|me)\b",
    rf"\b(?:promo|promotion|regrade|grade\s+change|{ROLE_NOUN})\b[^.]{{0,40}}(?<!\bbe\s)\b(?:approved|confirmed|signed\s+off|"
    r"went\s+through|gone\s+through|'s\s+through|is\s+through|granted|goes\s+live|is\s+live)\b",
    r"\b(?:it'?s|it\s+is|it\s+was|it\s+got|it'?s\s+been|it\s+has\s+been)\s+(?:now\s+|finally\s+)?"
    r"(?:approved|confirmed|signed\s+off|through)\b")

# covering for someone away, not a promotion: "made me team lead from Monday till Sarah's back from leave"
COVER = re.compile(r"(?i)\b(?:till|until)\s+(?:\w+['’]s|she'?s|he'?s|they'?re)\s+back\b|\b(?:while|whilst)\s+"
                   r"(?:she|he|they|\w+)\s*(?:'s|is|are)\s+(?:away|off|out|on\s+leave)\b")
