"""How notes say no to the promotion: the cues of a no ("it's a no", "she won't support it", "not successful", "the
panel picked Sam", "supervisor job going to his nephew Brodie"), one lexicon that promo_ai.notes.outcome judges clause
by clause with the others, as it does promo_ai.notes.promoted's cues of a yes."""

from __future__ import annotations

from promo_ai.notes.patterns import ROLE_TALK, lexicon
from promo_ai.notes.promoted import ROLE_NOUN

NO = lexicon(
    # the answer is no (a "no" said as an answer, not "no budget")
    r"(?:\b(?:said|says|answer(?:'s|\s+(?:is|was))?|it'?s|it\s+was|that'?s|flat|firm|clear|hard|straight|"
    r"outright)\s*:?\s*(?:a\s+)?"
    r"(?:firm\s+|flat\s+|clear\s+|hard\s+)?[\"“']?|^\W*|[:–—-]\s*)no\b(?=\s*(?:[,.:;!\"”']|\s[-–—]|$)|\s+(?:for\s+now|"
    r"right\s+now|for\s+the\s+moment|this\s+(?:time|cycle|year|round)|not\s+right\s+now|and|but|because|as|since|"
    rf"to\s+(?:the\s+)?(?:{ROLE_TALK}|(?-i:[A-Z]{{2,5}}))\b)\b)",
    # "IFS upgrade - NOT recommended" (not "not recommended yet")
    r"(?:(?:^|[-–—:]\s*)\W*|\b(?:i'?m|i\s+(?:am|was)|me)\s+)not\s+recommended\b(?!\s+(?:yet|this|for\s+now|right\s+now|"
    r"until|till|at\s+this|in\s+(?:the\s+)?(?:current|this)))",
    # a support refused, a role that will not be
    r"\b(?:won'?t|will\s+not|not\s+going\s+to|can'?t|cannot|could\s*n'?t|couldnae|cannae|canna|wouldnae|doesn'?t|does\s+not|unable\s+to|refused\s+to|"
    r"declined\s+to)\s+"
    r"(?:support|back|approve|put\s+me\s+(?:forward|up)|promote|recommend|(?:be\s+)?push(?:ing)?\s+(?:for|it)|"
    r"sign\s+(?:it\s+)?off(?!\s+(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:her|him)self))|happen|"
    # the decision will not change (not "can't change roles mid-harvest": a when)
    r"change(?=\s*(?:[,.;!]|$)|\s+(?:it|that|this|the\s+decision|(?:his|her|their)\s+mind)\b)|"
    r"come\s+back|be\s+happening)\b", r"\b(?:not|isn'?t|isnt|is\s+not)\s+going\s+to\s+happen\b",
    r"\b(?:isn'?t|is\s+not|not|won'?t\s+be|aren'?t)\s+happening\b",
    r"\b(?:isn'?t|is\s+not|aren'?t)\s+(?:being\s+)?(?:creat|fund)\w*",
    r"\bturned\s+(?:me|it|my\s+\w+)\s+down\b", r"\b(?:panel|board|committee|they|she|he)\s+turned\s+down\b",
    r"\b(?:not|wasn'?t|was\s+not|weren'?t|haven'?t\s+been|have\s+not\s+been)\s+successful\b",
    r"\b(?:interview\s+)?(?:panel|board|committee)\s+(?:picked|chose|selected|appointed|went\s+for)\s+(?-i:[A-Z])[a-z]+\b",
    r"\b(?:has|have)\s+brought\s+(?:in\s+)?(?:his|her|their)\s+(?:own\s+)?(?:nephew|niece|son|daughter|cousin|brother|"
    r"sister|friend|guy|man|woman|person|candidate)\b",  # "The Farm Manager post - MD has brought his nephew"
    r"\b(?:board|panel|committee|interview\s+board)\s+(?:went|have\s+gone|has\s+gone)\s+with\s+"
    r"(?-i:[A-Z])[a-z]+\b", r"(?:^|[.!]\s*)\W*so\s+(?:it'?s\s+(?:a\s+)?)?no\s*[.!]*\s*$",
    r"\b(?:not|isn'?t|won'?t\s+be)\s+making\s+me\b", r"\b(?:not|wasn'?t|isn'?t)\s+supported\b",
    r"\b(?:isn'?t|is\s+not|not)\s+(?:going|coming)\s+to\s+me\b", r"=\s*(?:no|nope|nah)\b", r"\bsays?\s+no\b",
    r"\bis\s+a\s+(?:proper\s+)?no\b",
    r"\b(?:i'?m\s+)?not\s+getting\s+(?:it|the\s+(?:[\w-]+\s+){0,3}(?:job|role|post|slot|spot|position))\b",
    r"\bthat'?s\s+final\b", r"\bhas\s+been\s+(?:deleted|cut|removed|scrapped)\b",
    r"\bwon'?t\s+be\s+re-?created\b",
    r"(?:^|[.!]\s*)final\s*[.!]?\s*$|\bdecision(?:\s+is\s+|\s+was\s+|['’]s\s+|\s+)final\b",
    r"\banswer'?s?\s+(?:is\s+|was\s+)?no\s+for\s+(?:this|the)\s+(?:role|job|post|position)\b",
    r"(?<!reviewer\s)(?<!referee\s)(?<!invite\s)\b(?:rejected|declined|unsuccessful)\b", r"\bgone\s+for\s+good\b",
    r"\bit'?s\s+a\s+no\s+for\s+me\b", r"\bvoted\s+(?:[\d-]+\s+)?against\s+(?:me|my|it|(?:the\s+)?promotion)\b",
    r"\bnot\s+selected\b(?=\s*(?:[.,;!)]|$|\s+for\s+(?:the\s+)?(?:promotion|role|post|job|position)\b))",
    r"\b(?:they|we)\s+(?:went|are\s+going|'re\s+going)\s+external\b",
    # "the post went to the external candidate", "they went with the other applicant"
    r"\b(?:went|gone|given|going|offered)\s+(?:to|with)\s+(?:the|an?)\s+(?:external|internal|other|outside)\s+"
    r"(?:candidate|applicant|hire|person|guy|woman|man)\b",
    rf"\b(?:job|role|post|position|spot|opening|vacancy|{ROLE_TALK}(?:\s+\w+)?\s+slot)(?:'s|\s+has|\s+is)?\s*[-–—:]?\s*(?:has\s+)?(?:gone|went)\s+to\s+(?!(?:HR|Finance|Payroll|"
    r"Legal|Ops|People|Panel|Board|Committee|Exco|Grading|Job\s+Evaluation)\b)(?-i:[A-Z])[\w'-]+(?!\s+for\b)",
    r"(?<!\bnothing\s)(?<!\bbefore\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bonce\s)(?<!\bwhen\s)\b(?:is|it'?s)\s+final\b",
    r"\b(?:post|role|job|position)\s+(?:has\s+gone(?!\s+(?:to|through|up|in|for|back)\b)|"
    r"is\s+being\s+(?:deleted|cut|removed)|"
    r"goes\s+away|was\s+(?:eliminated|cut|deleted|removed|given\s+to))\b", r"\bdeleting\s+the\s+(?:post|role|job)\b",
    r"\bgoes\s+away\b", r"\bno\s+longer\s+(?:available|exists|an\s+option)\b",
    r"\b(?:is|was)\s+still\s+a\s+(?:firm\s+|clear\s+)?no\b",
    r"(?<!\bmy\s)(?<!\bold\s)\b(?:post|role|job|position|vacancy)\s+(?:has\s+(?:already\s+)?been|was|got)\s+filled\b",
    # "no SHO.", "the post won't exist after April"
    r"^\W*no\s+(?-i:[A-Z]{2,5})\s*[.!]",
    r"\b(?:post|role|job|position)\s+(?:won['’]?t|will\s+not|doesn['’]?t)\s+exist\b",
    rf"\bdidn'?t\s+get\s+(?:it|the\s+(?:[\w-]+\s+){{0,3}}{ROLE_NOUN})\b",
    r"\b(?:went|gone|given|gave\s+it|going|offered\s+it)\s+to\s+(?:someone\s+else|an?\s+external|another|"
    r"somebody\s+else|an?\s+(?:outside|internal)\s+candidate)",
    r"\bhir(?:e|ed|ing)\s+(?:externally|from\s+outside)\b",
    r"\bit'?s\s+a\s+(?:hard\s+|firm\s+)?no\s+(?:on|to)\b",
    r"\b(?:given|gave|offered)\s+(?:it|the\s+(?:job|role|post|position))\s+to\s+(?:someone\s+else|an?\s+external|"
    r"another|somebody\s+else|an?\s+(?:outside|internal))",
    r"\b(?:given|gave|offered)\s+the\s+(?:job|role|post|position)\s+to\s+(?-i:[A-Z])[\w'-]+(?!\s+to\s)",
    r"\b(?:job|role|post|position)\s+(?:was\s+|has\s+been\s+)?(?:given|offered)\s+to\s+(?-i:[A-Z])[\w'-]+(?!\s+to\s)",
    r"\b(?:job|role|post|position)\s+is\s+gone\b",
    # "floor mgr -> going to Tasha"
    rf"\b{ROLE_TALK}\s*(?:->|→|[-–—:])\s*(?:going|gone|went|given)\s+to\s+(?!(?:HR|Finance|Payroll|Legal|Ops|People|"
    r"Panel|Board|Committee|Exco|the)\b)(?-i:[A-Z])[\w'-]+(?=\s*(?:[.,;!]|$|[-–—]|\s+(?:not|instead)\b))",
    r"\bwent\s+with\s+(?:an?\s+)?(?:internal|external|someone\s+else|somebody\s+else|(?:another|the\s+other)\s+"
    r"(?:candidate|applicant|person|guy|girl|lad|woman|man))\b", r"\b(?:not|isn'?t)\s+(?:a|the\s+right)\s+fit\b",
    r"\bdoesn'?t\s+(?:think|see)\s+(?:i'?m|me\s+as)\s+(?:a|the\s+right)\s+fit\b",
    rf"(?:{ROLE_TALK}|application|case|nomination)\b[^.]{{0,30}}\b(?:not|wasn'?t|isn'?t)\s+(?:been\s+)?approved\b"
    r"(?!\s+yet)",  # "TL post: NOT approved", not "expense claim not approved"
    r"\b(?:has\s+not|hasn'?t|did\s+not|didn'?t)\s+recommend(?:ed)?\s+me\s+for\s+(?-i:[A-Z])(?![^.]*\byet\b)",
    r"^\W*nope\b(?=.*\b(?:went|going|gone|given|picked|chose|hired|someone|somebody|another|external|internal|"
    r"didn'?t\s+get|not\s+(?:getting|successful|supported|this\s+time))\b)",
    r"\bmy\s+case\s+is\s+closed\b", r"\b(?:wasn'?t|was\s+not|not)\s+found\s+suitable\b",
    r"\bmy\s+name\s+(?:is\s+not|isn'?t|was\s+not|wasn'?t)\s+(?:there|on\s+the\s+(?:promotion\s+)?list)\b",
    r"\b(?:board|panel|committee)\s+(?:did\s+not|didn'?t|has\s+not|hasn'?t)\s+recommend(?:ed)?\s+me\b",
    # "it has gone to Lisa Marsh", "they gave it to a guy from the other site", "has been given to Wanjiru"
    r"\bit\s+(?:has\s+)?(?:gone|went)\s+to\s+(?!(?:HR|Finance|Payroll|Legal|Ops|People|Panel|Board|Committee|Exco|The)\b)"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b"
    r"(?![^.,;]{0,30}\b(?:for\s+(?:grading|scoring|review|approval|sign[- ]?off|checking|"
    r"a\s+decision)|in\s+(?:HR|hr)|to\s+(?:check|review|approve|sign|look|read))\b)",  # not a hand-off for grading
    r"\b(?:they|she|he|management|the\s+\w+)\s+gave\s+it\s+to\s+(?:an?\s+(?:guy|girl|woman|man|lad|lass|bloke)\b|someone|"
    r"somebody|another|(?:(?:sir|ma'?am|mr|mrs|ms|dr)\.?\s+)?(?-i:[A-Z])[a-z]+\b)"
    r"(?!\s+to\s+(?:check|review|approve|sign|look|read)\b|\s+for\s+(?:grading|review|approval|checking)\b)",
    r"\b(?:post|role|job|position|vacancy)\b[^.]{1,40}\b(?:has\s+been|was)\s+given\s+to\s+(?-i:[A-Z])[a-z]+",
    r"\bhindi\s+ako\s+(?:napili|pinili|nakuha)\b|[:–—-]\s*hindi\s+ako\b",  # Tagalog: I was not chosen; not me
    r"\bthe\s+(?:[\w-]+\s+){0,2}(?:post|role|job|position|vacancy)\s+is\s+being\s+filled\s+by\b",
    # "exec chef role going to the guy from the marriott", "HQ did not support his recommendation"
    r"\b(?:job|role|post|position|spot)(?:\s+is\s+|['’]s\s+|\s+)(?:going|gone|went)\s+to\s+(?:the|a|an|some)\s+"
    r"(?:guy|girl|woman|man|lad|bloke|person|candidate|one)\s+(?:from|at|in|who)\b",
    r"\b(?:did\s+not|didn'?t|does\s+not|doesn'?t|would\s+not|wouldn'?t)\s+support\s+(?:his|her|their|my|the)\s+"
    r"(?:recommendation|nomination|application|case|request)\b(?![^.]*\byet\b)",

    r"\bdecided\s+(?:to\s+)?give\s+(?:it\s+)?to\s+(?-i:[A-Z])[\w'-]*(?!\s+to\s)(?=\s*(?:[,.;]|$))",
    # the role gone to someone else: "lead CNA spot is going to Keisha, she has seniority", "supervisor job going to his
    # nephew Brodie" (not "the post is going to panel", "going to Finance for sign-off")
    r"(?<!\bmy\s)(?<!\bold\s)(?<!\bacting\s)(?<!\bon\s)(?<!\bon\sthe\s)\b(?:job|role|post|position|slot|spot)\s+(?:is\s+|was\s+|"
    r"has\s+(?:been\s+)?)?(?:going|gone|went|given)\s+to\s+(?:(?!(?-i:HR|Finance|Panel|Board|Committee|Council|Exec|Ops|"
    r"Legal|Payroll|Head|Director|Senior|Marketing|Sales|Engineering|Operations|IT|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|"
    r"June?|July?|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|Mon\w*|Tue\w*|Wed\w*|Thu\w*|Fri\w*|Sat\w*|Sun\w*)\b)"
    r"(?-i:[A-Z][a-z]+)(?=\s*(?:[.;(]|$|\s+(?:instead|because|since|who|tho|though)\b|,\s*(?:she|he)\s+(?:has|had|was|"
    r"is)\b))(?![^.]*\b(?:cover|while\s+i|acting|decide|i\s+start)\b)|"
    r"(?:his|her|their|the\s+boss['’]?s?)\s+(?:nephew|niece|son|daughter|mate|friend|cousin|brother|sister|favourite))",
    # a record's "the DPC did not recommend the undersigned"
    r"\bdid(?:\s*n['’]?t|\s+not)\s+recommend\s+(?:me|the\s+undersigned)\b(?!\s+for\s+(?:the\s+|a\s+)?(?:course|"
    r"training|programme|program|scheme|award|trip|conference|secondment))",
    rf"(?:{ROLE_TALK})\b[^.:]{{0,30}}[:–—]\s*cannot\b")  # "Senior Event Manager: cannot"
