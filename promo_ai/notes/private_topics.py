"""What people put in their notes that no promotion email carries, by topic: rumours, health and family, how others
feel and one's own money and home, other people's pay, discipline and candidacy, and one's own plans beyond this
promotion. Patterns as text, joined with the keep-out cues into promo_ai.notes.privacy.PRIVATE."""

from __future__ import annotations

RUMOUR = (
    r"\brumou?r(?:s|ed)?\b|\bgossip\b|\b(?:chismis|tsismis)\b|\b(?:huwag|wag)\s+(?:banggitin|isama|ilagay|sabihin)\b|\bheard\s+(?:that|from|on\s+the)\b|\bi\s+(?:have\s+|'ve\s+)?heard\b(?!\s+back)|"
    r"\bword\s+(?:on\s+the\s+street|has\s+it|going\s+round)\b|\bon\s+the\s+grapevine\b|\bapparently\b|"
    r"\bword\s+is\b|\bgrapevine\b|\b(?:getting|being|to\s+be)\s+(?:let\s+go|poached|made\s+redundant|laid\s+off|sacked|"
    r"fired|pushed\s+out|managed\s+out)\b|\babout\s+to\s+(?:resign|quit|leave|hand\s+in)\b|\b(?:is|are)\s+(?:leaving|"
    r"quitting|retiring)\b|\b(?:might|may|could)\s+be\s+(?:sold|closed|shut|merged|wound\s+down|cut|restructured)\b|"
    r"\bwound\s+down\b|\bearly\s+retirement\b|\bthinking\s+(?:about|of)\s+(?:leaving|quitting|retiring)\b|"
    # hearsay and what may happen to others: "Heard Blue Watch might get merged", "nobody's supposed to know"
    r"^\W*heard\b|\b(?:i'?m|i\s+am|we'?re|been|keep)\s+hearing\s+(?!back\b)|^\W*hearing\s+(?!back\b)|\bwhispers?\b|\bthere'?s\s+talk\s+of\b|"
    r"\bdon'?t\s+know\s+if\s+(?:it'?s\s+)?true\b|\bpassed\s+over\b|\bleaving\s+for\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\bdon'?t\s+say\s+anything\b|"
    r"\b(?:nobody|no\s*one|no-one)(?:'s|\s+is)\s+supposed\s+to\s+know\b|\b(?:might|may|could)\s+"
    r"(?:get\s+)?(?:merged|close|shut|axed|scrapped)\b|\b(?:every(?:body|one))\s+is\s+(?:complaining|moaning)\b|"
    r"\b(?:salary|salaries|pay|wages)\s+(?:pending|delayed|late|unpaid|not\s+paid)\b")
HEALTH = (
    r"\bpoorly\b|\boff\s+with\s+(?:stress|flu|covid|illness|\w+itis)\b|\b(?:anxiety|depression|burn-?out|"
    r"panic\s+attacks?)\b|\b(?:having|expecting)\s+a\s+baby\b|\b(?:final\s+)?(?:written|verbal)\s+warning\b|\b(?:going|"
    r"go|goes|is|'s|leaving|off)\s+(?:on\s+|for\s+)?(?:maternity|paternity|parental|sick|medical)\b|\bivf\b|\bchemo\w*|"
    r"\bmedical\s+(?:leave|appointment|condition)|\bgoing\s+through\s+(?:a\s+)?(?:treatment|divorce|a\s+lot|"
    r"a\s+hard\s+time)\b|\billness\b|\bdiagnos(?:is|ed|es)\b|\bcancer\b|\bpregnan\w*|\bmiscarr\w*|"
    # an injury, not the "minor injuries module" or "zero injuries" on my shift
    r"(?<!\bminor\s)(?<!\bzero\s)(?<!\blost-time\s)\binjur(?:y|ies|ed)\b"
    r"(?!\s+(?:module|course|unit|clinic|training|prevention|rates?|reduction|free|down|fell)\b)|"
    r"\bhospitali[sz]\w*|\bsurgery\b|\brehab\b|\bbereave\w*|\bfuneral\b|\bpassed\s+away\b|\bmental\s+health\b|"
    r"\boff\s+sick\b|\blong-?term\s+sick\b|\bsick\s+note\b|"
    r"(?<!\bcut\s)(?<!\breduced\s)\bsick\s+leave\b"  # not the team's "sick leave down 30%"
    r"(?!\s+(?:down|fell|dropped|rates?|reduced|halved)\b)|"
    r"\blight\s+duties\b|\bocc(?:upational)?\s+health\b|"
    r"\bdrink\s+problem\b|\b(?:alcohol|drug)\s+(?:problem|issue)\b|\b(?:my|his|her|their)\s+(?:knee|back|shoulder|"
    r"health|condition|treatment|wife|husband|partner'?s?(?!\))|kids?|children|divorce|family|mum|mom|dad|mother|father|"
    r"son'?s?|daughter'?s?|baby|visa|immigration|pregnancy|religion|faith)\b(?<!back(?=\s+pay))|\bin\s+hospital\b|\b(?:\w+'s)\s+(?:health|"
    r"illness|wife|husband)\b|\b(?:got|was|been)\s+(?:bitten|hurt|injured|assaulted)\b|\bhealth\s+(?:issue|problem|"
    r"scare|reasons)\b|\bstress\s+leave\b|\bhospice\b|\b(?:my|his|her)\s+physio\b|\bphysio\s+(?:appointments?|appts?|sessions?)\b|\b(?:hip|knee|back|heart)\s+op\b|\bmy\s+own\s+(?:kid|son|daughter|child)'?s?\b|"
    r"\bthe\s+baby\s+(?:coming|due|arriv\w*)\b|\b(?:i'?m|she'?s|\w+'s)\s+pregnant\b|"
    r"\bdrinking\s+(?:on\s+shift|at\s+work|again)\b|\b(?:wife|partner|girlfriend)(?:'s|\s+is)\s+due\b|\b(?:\w+'s|his|her|their|my)\s+visa\b|\bvisa\s+(?:is|was|in\s+trouble|renewal|expir\w*)\b|"
    r"\b(?:is|'s|are|am|i'm|he's|she's)\s+relocating\b|\btaking\s+(?:maternity|paternity|parental|sick|medical)\s+leave\b|\bfighting\s+(?:w/|with)\b|\bnot\s+coping\b|\bcustody\s+(?:thing|battle|case|fight|hearing|dispute)\b|\b(?:girl|boy)friend\b|\bfianc[ée]e?\b|"
    r"\b(?:sort|sorting|arrange|arranging|find|finding|need|my|the\s+kids'?)\s+(?:out\s+)?child\s*care\b|"
    r"\bmigration\s+(?:exam|visa|application|agent)\b|"  # leaving the country (not "our migration to AWS")
    r"\bdivorc\w*|\bdementia\b|\b(?:had|having|suffered)\s+a\s+stroke\b|\b(?:\w+'s|his|her|their|"
    r"my)\s+stroke\b|\bseparat(?:ed|ing|ion)\s+from\b")
# How someone else feels, and the writer's asides about it: "she's clearly fed up with Rupert", "not my circus".
FEELINGS = (
    r"\b(?:is|'s|are|'re|was|were|been|clearly|really|so|getting|seems?)\s+(?:fed\s+up|furious|livid|fuming|gutted|"
    r"upset|miserable|seething|raging|bitter|jealous|resentful|sulking)\b|\bnot\s+my\s+(?:circus|monkeys)\b|"
    # and one's own money and home: "cash flow's tight at home", "my mortgage", "money worries"
    r"\b(?:tight|problems?|trouble|stuff|things|issues?|going\s+on)\s+at\s+home\b|\b(?:my|our)\s+(?:mortgage|debts?|"
    r"bills|finances|rent)\b|\bmoney\s+(?:worries|troubles|problems)\b|\b(?:my|our|his|her|their|the)\s+(?:car|personal|payday|student|bank)\s+loan\b(?!\s+(?:application|"
    r"process|product|team|book|portfolio|system|check))|"
    r"\b(?:i\s+)?(?:still\s+)?owe\s+[^.;]{0,30}[₦$£€¥₹]\s?\d|\b(?:my|his|her|their|in|having|started|starting|seeing\s+a)\s+(?!(?:speech|occupational|physical|"
    r"respiratory|art|music|iv|radiation|manual|group)\s)(?:\w+\s+)?(?:therapy|counselling|counseling)\b|"
    r"\btherapist\b|"  # not "IV therapy" or "speech therapy", which are work
    # care at home: "sort the dog sitter", "the Sept daycare waitlist", "creche hours change" (not a nursery's work)
    r"\b(?:dog|pet|cat|baby|house)[- ]?sitt(?:er|ing)\b|\bnanny\b|\b(?:do|doing|the|my)\s+school\s+runs?\b(?!\s+rota)|"
    r"\bcustody\s+(?:hearing|case|battle)\b|\b(?:child\s*care|day\s*care|cr[eè]che)\s+(?:hours|wait\s*list|"
    r"waiting\s+list|place|fees|costs?|pick-?ups?|drop-?offs?|situation)\b(?!\s+for\s+(?:the\s+)?(?:parents|families)"
    r")|\b(?:sort|arrange|find|book|need)\w*\s+(?:out\s+)?(?:a\s+|the\s+|my\s+|some\s+)?(?:child\s*care|day\s*care|"
    r"childminder|nursery\s+place|after[- ]school\s+(?:club|care)|cattery|kennels?|dog\s+walker|"
    r"(?:\w+['’]?s\s+)?carers?)\b(?!\s+(?:for\s+(?:the\s+)?(?:\w+\s+){0,2}(?:service\s+users?|residents?|clients?|"
    r"patients?|families)|rota))|\b(?:my|our|the\s+kids['’]?|(?:dad|mum|mom)['’]?s)\s+(?:carers?|childminder)\b")
OTHERS = (
    r"\b(?:makes?|earns?|paid)\s+[$£€]?\d[\w,.]*\s+(?:more|less)\b|\bon\s+[$£€₦₹]\s?\d[\w,./]*\s+(?:more|less)\b|"
    # someone's pay: "Priya is on 185k as senior" (not "page is on 12k followers")
    r"\b(?:is|'s|are|'re|was)\s+on\s+[$£€₦₹]?\s?\d[\d,.]*\s?k\b(?!\s+(?:followers|views|subscribers|users|customers|"
    r"visitors|members|orders|downloads|sales|for|in|of|the|a|per\s+(?:quarter|month))\b)|"
    r"\b(?:gets?|got)\s+(?:[$£€₦₹]\s?\d[\w,.]*|\d[\d,.]*\s?k)\s+(?:more|less)\b|\b(?:gets?|got)\s+\d[\d,.]*\s+"
    r"(?:more|less)(?=\s+(?:than|a\s+(?:year|month|week|yr)|an\s+hour|per|hourly|p\.?a|because|cos|as|since|for\s+the\s+"
    r"same|on\s+the\s+same)\b|\s*(?:$|[,.;!]))|"  # not "get 2 more checks"
    r"\b(?:his|her|their|\w+'s)\s+(?:salary|pay|"
    r"bonus|raise|pay\s+rise)\b|\bwhat\s+(?:the\s+)?(?:other|others|\w+)\s+\w*\s*(?:got|get|earn|make)s?\s+(?:as|in)\b|"
    r"\bperformance\s+(?:plan|improvement)\b|\bon\s+a\s+pip\b|\binvestigation\s+(?:is\s+)?(?:ongoing|open|pending|"
    r"still|isn'?t|hasn'?t|not)\b|\bunder\s+investigation\b|\bbeing\s+investigated\b|\b(?:tried|going|"
    r"threaten\w*)\s+to\s+sue\b|\bsu(?:ing|ed)\b|\blawsuit\b|\blegal\s+(?:action|thing|matter)\b|\bwith\s+legal\b|"
    r"\b(?:the|an)\s+assault\b|\bassaulted\b|\b(?:grievance|complaint|disciplinary)\s+(?:against|about|on|into)\b|"
    r"\b(?:his|her|their|\w+'s)\s+(?:disciplinary|grievance)\b|\bhr\s+(?:thing|matter|issue|case)\b|\bmove\s+us\s+to\b|"
    r"\bjob\s+hunting\b|\b(?:thinking\s+of|might|may|considering)\s+(?:applying|apply)\b|\b(?:an?|the|my)\s+onsite\s+(?:at|with)\b|\binterviewing\s+(?:at|with|for)\s+(?-i:[A-Z])|"
    r"\b(?:got\s+me|have|got|'ve\s+got)\s+an?\s+interview\s+(?:at|with)\b|"
    r"\b(?:talking|talks|conversations?|speaking|calls?|chats?)\s+(?:to|with)\s+(?:a\s+|the\s+)?recruiters?\b|"
    r"\binterviewing\s+elsewhere\b|\bapproached\s+by\s+(?:a\s+recruiter\b|(?-i:[A-Z])\w+\s+(?:for|about)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:role|job|"
    r"post|position|opening)\s+(?:at|in|with|there)\b)|"
    # people's jobs at risk: "losing 4 posts", "lay-offs", "half the team is being cut"
    r"\b(?:sacked|fired|laid\s+off|made\s+redundant)\b|\blay-?offs?\b|\bredundanc(?:y|ies)\b|\b(?:lose|losing|"
    r"cut|cutting)\s+(?:\d+|two|three|four|five|six|several|some)\s+(?:posts|jobs|roles|heads|people)\b|"
    r"\b(?:team|posts|jobs|roles|headcount)\s+(?:is|are)\s+(?:being\s+|getting\s+)?(?:cut|axed|halved)\b|"
    # someone else's discipline, exit, pay or candidacy, said as plain news or a plan
    r"\b(?:goes?|went|going|up)\s+before\s+(?:the\s+)?disciplinary\b|\b(?:his|her|their|\w+'s)\s+disciplinary\b|"
    r"\bfaces?\s+(?:a\s+)?disciplinary\b|\bdisciplinary\s+(?:against|for|over)\b|"
    r"\b(?:gets?|got|getting|was|been|being)\s+written\s+up\b(?!\s+as\b)|\bquery\s+letter\b|\bmisconduct\b|"
    r"\bdrug\s+test\b|\binfringement\b|\b(?:after|over|about|because\s+of)\s+(?:the|a|his|her|their)\s+"
    r"med(?:ication)?\s+error\b|\b(?:gross\s+)?negligence\b|\bresign(?:ing|ation)\b|\b(?:is|'s|will|to)\s+resign\b|"
    r"(?:\b(?:he|she|they)(?:'s|\s+is|\s+are)\s+|->\s*)being\s+replaced\b|"
    r"\b(?:won'?t|will\s+not|not)\s+(?:be\s+)?(?:being\s+)?renewed\b|"
    r"\bgets\s+[£$€₦₹]?\s?\d[\d,.]*\s?k?\s+(?:a|per|an)\s+(?:month|year|yr|hour|week)\b|\bmore\s+than\s+(?-i:[A-Z])\w+\s+lol\b|"
    r"\b(?-i:[A-Z])\w+(?:'s|\s+is)\s+(?:going|up|applying|in\s+the\s+running)\s+for\s+(?:the\s+)?[\w -]{0,30}?"
    r"(?:role|post|job|position)\b(?:\s+(?:himself|herself|themselves|too|as\s+well))?|"
    r"\bhas\s+(?:his\s+|her\s+|their\s+)?favou?rites\b|\bblocks\s+anyone\b|\b(?:he|she)(?:'s|\s+is)\s+(?:nervous|"
    r"panicking)\b")
# Life at home, which no email about work carries: money ("$412 in the account till the 15th", "rent due"), errands
# and appointments ("pick up Alfie's inhaler prescription", "dentist wed 8am"), family ("the missus", "mummy ko"),
# a pregnancy ("12 wks today 🤰"), venting and swearing, a night out, tears, and other people's failures and pay.
HOME = (
    r"[₦$£€¥₹]\s?\d[\d,.]*k?\s+in\s+(?:the|my)\s+(?:bank\s+)?account\s+(?:till|until|before|to\s+last)\b|"
    r"\bin\s+(?:the|my)\s+(?:bank\s+)?account\s+(?:till|until)\b|\b(?:till|until)\s+payday\b|\brent['’]?s?\s+(?:is\s+)?"
    r"due\b(?!\s+arrears)|\b(?:sister|brother|son|daughter|kids?)['’]?s?\s+(?:school|uni|tuition)\s+fees\b|"
    r"\b(?:payment|direct\s+debit|cheque|check)\s+bounced\b(?!\s+complaints)|"
    r"\bpay\s+(?:my\s+|off\s+my\s+)?[\w-]+\s+loan\b(?!\s+(?:drawdown|book|portfolio|application))|"
    r"\b(?:pick\s+up|collect|get|renew)\s+(?:my\s+|(?:mum|mom|dad|nan|gran)['’]?s\s+|(?-i:[A-Z])\w+['’]s\s+)(?:\w+\s+)?"
    r"prescription\b|\bboiler\s+(?:man|guy)\b|\bbook\s+the\s+boiler\b|"
    r"^\W*dentist\s+(?:appt\s+|appointment\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today)"
    r"(?![^.;]*\b(?:list|clinic|session|surgery|rota)\b)|"
    r"\b(?:ring|call|phone)\s+the\s+vet\s+(?:about|re)\s+(?-i:[A-Z])|\b\w+['’]s\s+parent[- ]teacher\b|"
    r"\b(?:missus|missis|hubby|wifey|mother-in-law|in-laws)\b|\bmy\s+mil\b|\bmummy\s+(?:ko|ki|ke|says|said|wants|is|keeps)\b|"
    r"\bshaadi\s+(?:talk|pressure|proposal|thing)\b|\bmy\s+shaadi\b|\bmi\s+(?:esposa|esposo|mam[aá]|pap[aá]|familia)\b|"
    r"🤰|\b\d+\s*(?:wks|weeks)\s+(?:today|pregnant|gone)\b|\b(?:i'?m|i\s+am|i'?ll\s+be|when\s+i'?m)\s+on\s+"
    r"mat(?:ernity)?\s+leave\b(?!\s+cover)|"
    r"\bf\*+(?:ing|k|ck)?\b|\bfkn\b|\bfeckin\w*|\bfuck\w*|\bshit(?:e|ty|s)?\b|\bkak\b|🖕|🤬|🤡|\brun\s+by\s+clowns\b|"
    r"\b(?:\d+|few|couple\s+of)\s+pints\s+(?:the\s+night|last\s+night|before)\b|\bhungover\b|\bhanging\s+out\s+(?:of\s+)?my\b|"
    r"\b(?:cried|cry|crying)\s+in\s+the\s+(?:car|loos?|toilets?|bathroom|ladies|car\s+park)\b|\b(?:went\s+home\s+(?:&|and)\s+|"
    r"i\s+)cried\b(?!\s+(?:and\s+)?(?:when|because|as)\s+(?:she|he|they)\s+(?:said|told))|\bhad\s+a\s+(?:little\s+|"
    r"good\s+|bit\s+of\s+a\s+|quiet\s+)?cry\b(?!\s+and\s+(?:said|thanked))|"
    r"\b(?-i:[A-Z])[a-z]+\s+only\s+got\s+\d+(?:\.\d+)?\s?%\s+(?:last\s+year|this\s+year|raise|rise|bonus|increase|pay)\b|"
    r"\b(?-i:[A-Z])\w+\s+failed\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:again|twice|check\s*ride|drug\s+test|probation|"
    r"pfa|bfa|fitness\s+test)\b|\bdrinks\s+(?:on\s+shift|at\s+work|on\s+duty)\b|"
    r"\b(?:wife|husband)['’]s\s+(?:scan|appointment|appt|op|operation|surgery|due\s+date)\b")
# One's own plans beyond this promotion, which a manager's manager need not read: another job, a move, less time.
PLANS = (
    r"\b(?:an?|the|some)\s+(?:\w+\s+)?(?:recruiter|headhunter)\s+(?:from|at|rang|called|reached|contacted|approached|"
    r"has|had|was|is|got|messaged|emailed|wants)\b|\brecruiters?\s+(?:keep|have\s+been)\b|\bheadhunt(?:ed|ing)\b|\b(?:job|other|another|outside|external|counter-?)\s*offer\b|\boffer\s+from\b|"
    r"\bcareers?\s+(?:site|page)\b|\b(?:applying|applied|interview(?:ing|ed)?)\s+(?:for\s+\w+\s+)?(?:elsewhere|"
    r"externally)\b|\b(?:considering|thinking\s+(?:of|about)|might|may)\s+(?:going|moving|leaving|quitting|"
    r"a\s+move|the\s+other|go\s+part-?time|go\s+self-?employed|relocat\w*|leave)\b|\bself-?employed\b|"
    r"\b(?:go|going)\s+part-?time\b|\bsabbatical\b|\bcareer\s+break\b|\bnotice\s+period\b|"
    # another employer's process, named: "got the Stripe final round", "decline Flipkart politely", "thinking of the
    # Atkins offer", "3 interviews at Quest", "Tata Motors interview 12th" (not this promotion's own: "Got the Ward
    # Manager offer", "the next round of promotions", "Mock interview Thursday", "had an interview with HR")
    r"\bgot\s+(?:the|a|my)\s+(?-i:[A-Z])\w+\s+(?:final|second|2nd|third|3rd|next)\s+round\b|"
    r"\b(?:decline|turn(?:ed|ing)?\s+down|counter(?:ed)?|match(?:ed)?|beat|thinking\s+(?:of|about)|compared\s+to|"
    r"tak(?:e|ing)|took|accept(?:ed|ing)?)\s+"
    r"(?:the\s+)?(?!(?:senior|lead|team|manager|head|principal|chief|deputy|assistant|acting|associate|director|"
    r"supervisor|band|grade|charge|staff|shift|store|promotion|ward|sous|clinical)\b)(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+"
    r"offer\b|"
    r"\bdecline\s+(?-i:[A-Z])\w+\s+(?:politely|nicely)\b|\bcounter(?:-offer)?\s+to\s+(?:my|the)\s+(?-i:[A-Z])\w+\s+offer\b|"
    r"\b(?:have|had|got)\s+(?:the|an?|my)\s+(?-i:[A-Z])\w+\s+(?:onsite|final\s+interview)\b|"
    r"\b(?:had|have|got)\s+an\s+interview\s+at\s+(?!(?:head|hq|regional|area|central|group|corporate|main|district|"
    r"county|city|trust|council|region)\b)(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s*(?:[,.;!]|$)|\b(?:been\s+on|had|done)\s+(?:\d+|two|three|four)\s+"
    r"interviews\s+at\s+(?-i:[A-Z])|^\W*(?-i:[A-Z][a-z]\w*)\s+(?-i:[A-Z])\w+\s+interview\s+(?:on\s+)?(?:\d|mon|tue|wed|thu|fri|"
    r"sat|sun|tomorrow|tmrw|next)|\blook(?:ing)?\s+into\s+(?:the\s+)?[\w ]{0,25}\b(?:FD|PD|fire|police|dept|"
    r"department)\s+lateral\b|\b(?:my|re:?)\s+resettlement\b|\bresettlement\s+(?:course|grant|leave|brief|officer)\b|"
    r"\bhand(?:ing)?\s+in\s+my\s+notice\b|'s\s+(?:leaving|quitting|retiring)\b|🤐|🤫")
