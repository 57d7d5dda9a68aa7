"""What resolving a relative expression needs: the dct, the last date mentioned, the tense."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .calendar import value_interval

# a sentence also ends before a closing quote or bracket: 'he has left." In June ...'
_SENTENCE_END = re.compile(r"[.!?;][\"'”’)\]]*\s|\n\s*\n")
# a full stop after these ends an abbreviation or an initial, not a sentence ("Mr. Bush", "Roe vs. Wade",
# "Sept. 30", "U.S. officials")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|vs|No|Co|Gen|Sen|Rep|Gov|Inc|Ltd|Corp|Jr|Jan|Feb|Mar|Apr|Aug|Sep|"
                           r"Sept|Oct|Nov|Dec)|\b[A-Z])\Z")


def _sentence_ends(text: str, start: int, end: int):
    """The sentence ends in ``text[start:end]``, skipping the full stops of abbreviations."""
    for found in _SENTENCE_END.finditer(text, start, end):
        if text[found.start()] == "." and _ABBREVIATION.search(text, max(0, found.start() - 5), found.start()):
            continue
        yield found


_IRREGULAR_PAST = (
    "was were had did said told left became sought took gave won lost fell rose met sent struck spoke wrote "
    "found got made came went saw knew thought brought bought began held kept led paid ran sold stood "
    "fought hit quit heard felt built drew grew threw flew chose broke drove rode spent shot ago earlier "
    "last yesterday "
    # more irregular pasts no noun or present shares ("fed", "bound", "ground", "bit", "lay" are left out)
    "sank swam rang sang drank shrank hung dug swore tore wore woke forgot froze stole hid slid fled meant dealt "
    "caught taught sprang shook mistook overtook withdrew undertook forgave bent lent swept slept wept crept "
    "leapt knelt arose strove overcame withheld upheld oversaw foresaw overthrew spun swung clung flung strode "
    "understood forbade awoke").split()
# verbs whose past is spelt like their plain present ("the mill shut in spring"): past only after a singular
# subject, where the present would end in -s; "we cut", "will cut", "to shut" and the nouns ("a tax cut") say nothing
_SAME_IN_PAST = frozenset("shut put cut set cost hurt spread split burst cast shed upset".split())
# of those, the ones that take an object: a verb only when one follows ("the firm cut jobs"), else often a noun
# ("the tax cut in May", "the film set on Friday")
_SAME_IN_PAST_TRANSITIVE = frozenset("put cut set cost hurt cast shed upset".split())
# "is set to", "seems certain to", "are likely to", "is poised to": what lies ahead
_BOUND_TO = {"set", "certain", "likely", "unlikely", "poised", "bound", "about", "sure"}
_BE_OR_SEEM = {"is", "are", "am", "'s", "’s", "seems", "seem", "looks", "look", "appears", "appear", "be", "now"}
# a present participle after "is/are": the present progressive, which with a date is an arrangement
_A_PROGRESSIVE = re.compile(r"[a-z]{2,}[^aeiou\W]ing")
_SINGULAR_PRONOUNS = {"he", "she", "it", "who"}
# words after which a form is no subject's verb: pronouns of other persons, modals, "to", determiners
_NO_SINGULAR_SUBJECT = {"i", "we", "you", "they", "to", "will", "would", "can", "could", "may", "might", "must",
                        "should", "shall", "did", "do", "does", "not", "never", "and", "or", "but", "was", "were",
                        "is", "are", "be", "been", "has", "have", "had", "of", "in", "on", "for", "with", "by", "at"}
# these open another clause, whose verb is not the date's when the other side of the date has one
_CLAUSE_CONJUNCTIONS = {"and", "but", "while", "whereas", "although", "though"}
_FUTURE_WORDS = ("will won't 'll ’ll shall tomorrow next upcoming scheduled planned planning plans expected "
                 "expects due ready").split()
_PRESENT_WORDS = "is are am has have says remains remain do does can seems now".split()
_REPORTING = {"said", "says", "told", "announced", "reported", "added", "noted"}
# a reporting verb opening what it reports: "announced that", "said:"
_REPORTED_CLAUSE_AFTER = re.compile(r"[\s\xa0]*(?:that\b|:)")
_PLAN_WORDS = {"scheduled", "planned", "planning", "expected", "due", "slated", "going"}
# before "planned" they make it a plan's participle ("is planned for May"); otherwise "planned" is a past verb
_PASSIVE_AUXILIARIES = {"is", "are", "am", "be", "been", "being", "was", "were", "'s", "’s", "get", "gets", "got"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
# before "to" and a verb they point ahead of the time they are told in ("did not plan to close")
_INTENT_WORDS = {"plan", "intend", "intends", "intended", "planned", "hoped", "hope", "hopes"}
# "our mission is to expand", "the first step is to ask": what a thing is, not an arrangement
_AIMS = set(("aim aims goal goals mission task job idea purpose plan challenge answer point objective priority "
             "problem solution hope intention target strategy thing duty role choice option way step test "
             "question key dream ambition wish need response reason policy approach result alternative "
             "remedy agenda business work concern fear danger rule principle what that this which").split())
# "the next day", "the next morning": a day counted on from the one the story is at, which tells no tense ("the
# next meeting", "the next tie" do: what is still to come)
_UNITS_COUNTED_ON = {"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}
_TOKEN = re.compile(r"[A-Za-z’']+")
_TENSE_OF: dict[str, str] = {
    **{w: "past" for w in _IRREGULAR_PAST}, **{w: "future" for w in _FUTURE_WORDS},
    **{w: "present" for w in _PRESENT_WORDS},
}
_AUXILIARY_BEFORE_PARTICIPLE = {"be": None, "been": None, "being": None, "to": None, "is": None, "are": None,
                                "am": None, "get": None, "gets": None, "getting": None, "got": "past",
                                "has": "present", "have": "present", "was": "past", "were": "past",
                                "had": "past", "will": "future"}
# the present told by form after a subject pronoun: "we live", "they hold", "I doubt", "it spins", "she owns" (the
# few present forms _TENSE_OF lists were all most verbs had); a weak reading, taken only when no word of the sentence
# has a listed tense (Context.tense)
_PLURAL_SUBJECTS = {"i", "we", "you", "they"}
_SINGULAR_SUBJECTS = {"he", "she", "it"}
# words that stand between a subject and its verb ("we still live", "they all agree")
_BEFORE_A_VERB = {"still", "also", "all", "both", "now", "just", "only", "never", "often", "always", "even",
                  "already", "ever", "sometimes", "usually", "rarely", "seldom", "too", "really", "truly", "each"}
# words after a pronoun that are no present verb: modals without a tense of their own, function words, a pronoun
# "you" or "it" as the object ("thank you for", "make it in time"), the reporting verbs (the telling's tense, kept
# only beside the date: see Context.tense)
_NO_PRESENT_AFTER_A_PRONOUN = frozenset((
    "would could should might must may ought the a an and or but nor of in on at to for with by from into onto "
    "about as than that which who whom whose what when where while if so not too very much more most less "
    "here there again together alone ourselves themselves yourself yourselves myself himself herself itself "
    "this these those some any no every another other such own one two three say tell report add note announce "
    "says tells reports adds notes announces being").split())
# "let you know", "help them find": a pronoun after these is the object of a verb before it
_VERBS_TAKING_AN_OBJECT_AND_A_BARE_VERB = {"let", "lets", "make", "makes", "made", "help", "helps", "helped", "see",
                                           "saw", "watch", "watched", "hear", "heard", "have", "had", "bid", "thank"}


def _a_present_after_a_pronoun(words: list[str], index: int) -> bool:
    """Whether a word with no listed tense is a present verb by its form and place: right after I/we/you/they (one
    adverb may stand between) in its plain form, or after he/she/it in -s ("we live", "they still hold", "it
    spins"). Not a modal or function word, not a name, not an -ing or -ed form (the past is read elsewhere)."""
    subject = index - 1
    if subject >= 0 and words[subject].lower() in _BEFORE_A_VERB:
        subject -= 1
    if subject < 0:
        return False
    pronoun = words[subject].lower()
    if pronoun not in _PLURAL_SUBJECTS and pronoun not in _SINGULAR_SUBJECTS \
            or pronoun == "i" and words[subject] != "I":
        return False
    word = words[index]
    lowered = word.lower()
    if not word.isalpha() or not word.islower() or lowered in _NO_PRESENT_AFTER_A_PRONOUN or lowered in _TENSE_OF \
            or lowered in _REPORTING or lowered in _SAME_IN_PAST \
            or lowered.endswith(("ing", "ed", "ly")):
        return False
    if subject > 0 and words[subject - 1].lower() in _VERBS_TAKING_AN_OBJECT_AND_A_BARE_VERB:
        return False
    if pronoun in _PLURAL_SUBJECTS:
        return True
    return len(lowered) > 2 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))


# the tense of a contracted auxiliary: "didn't", "wasn't" (past), "isn't", "don't", "can't", "we're", "I'm", "they've",
# "it's" (present), "we'll" (future); "I'd" (had or would) and a noun's "'s" (a possessive) tell none
_NEGATED_AUXILIARY_TENSE = {"did": "past", "was": "past", "were": "past", "had": "past", "is": "present",
                            "are": "present", "am": "present", "has": "present", "have": "present", "do": "present",
                            "does": "present", "ca": "present", "wo": "future", "sha": "future"}
_IS_OR_HAS_AFTER = {"it", "he", "she", "that", "there", "here", "what", "who", "where", "how"}


def _contraction_tense(word: str) -> str | None:
    """The tense a contracted auxiliary gives ("didn't" past, "it's" present, "we'll" future), or None."""
    word = word.lower().replace("’", "'")
    if word.endswith("n't"):
        return _NEGATED_AUXILIARY_TENSE.get(word[:-3])
    head, apostrophe, tail = word.rpartition("'")
    if not apostrophe or not head:
        return None
    if tail in ("re", "m", "ve"):
        return "present"
    if tail == "ll":
        return "future"
    return "present" if tail == "s" and head in _IS_OR_HAS_AFTER else None


# before a hyphen these make a verb of the form in -ed after it ("re-elected", "co-founded"); any other first part
# makes a compound adjective ("clear-sighted", "state-owned", "long-awaited")
_VERB_PREFIXES = {"re", "co", "pre", "de", "mis", "over", "under", "out", "up", "cross", "counter", "inter"}


def _a_compound_adjective(chunk: str, tokens: list[re.Match[str]], words: list[str], index: int) -> bool:
    """Whether a form in -ed no list names is the second part of a hyphenated compound adjective."""
    word = words[index].lower()
    if word in _TENSE_OF or not word.endswith("ed") or index == 0:
        return False
    start = tokens[index].start()
    return start > 0 and chunk[start - 1] == "-" and tokens[index - 1].end() == start - 1 \
        and words[index - 1].lower() not in _VERB_PREFIXES


# adverbs that may stand between an auxiliary and its participle ("has already signed", "is not allowed")
_BETWEEN_AUXILIARY_AND_PARTICIPLE = {"not", "never", "also", "already", "still", "just", "now", "well",
                                     "all", "both", "since"}


# a word, at most two more, then a preposition of time (and "the") right before a date
_PREPOSITION_AFTER_A_VERB = re.compile(
    r"\b[A-Za-z]+(?:[\s\xa0]+[a-z]+){0,2}?[\s\xa0]+(?:at|on|over|during|before|after|around|until|since|in)"
    r"[\s\xa0]+(?:the[\s\xa0]+)?\Z")


# nothing but a preposition of time before a date that opens its sentence
_OPENING_PREPOSITION = re.compile(r"[\s\xa0\"“']*(?:(?:In|On|At|During|By|Over|Around)[\s\xa0]+)?")
# a subject of one to three words (a determiner first) and the verb after it: ", the board approved"
_SUBJECT_AND_VERB = re.compile(r",?[\s\xa0]+(?:(?:the|a|an|its|his|her|their|our|this|that)[\s\xa0]+)?"
                               r"(?P<words>[A-Za-z'’.-]+(?:[\s\xa0]+[A-Za-z'’.-]+){0,2})", re.I)
_PARTICLES = {"away", "back", "up", "down", "out", "off", "home", "again", "there", "here", "early", "late", "only",
              "just", "first", "abroad", "open", "shut"}


# an unforeseen event named by the day it happened on is dated by it, and has happened: the last such day, whatever
# the tense ("aid for victims of the Boxing Day tsunami will arrive", "the October slaying")
MISHAP_NOUNS = frozenset("disaster disasters tragedy tsunami earthquake attack attacks bombing bombings massacre "
                         "raid raids storm storms flood floods fire fires riot riots crash crashes slaying slayings "
                         "killing killings murder murders assassination shooting shootings explosion explosions "
                         "blast blasts".split())


# an outcome is named only once it has happened: "June's 40-12 defeat", "the March drubbing"
_OUTCOME_NOUNS = frozenset("defeat defeats hammering hammerings thrashing drubbing rout humiliation".split())
# "the Oct. 23 shooting", "June's attack", "August's 3-1 defeat": a possessive and a score may stand between
_NOUN_AFTER_A_DATE = re.compile(r"(?:['’]s)?(?:[ \xa0]+\d{1,3}[-–]\d{1,3})?[ \xa0]+([a-z]+)")


def a_mishap_after(text: str, end: int) -> bool:
    """Whether an unforeseen event's or an outcome's noun follows the date ("the Boxing Day storm", "the Oct. 23
    shooting", "June's defeat"): told of, it has happened."""
    after = _NOUN_AFTER_A_DATE.match(text[end:end + 30])
    return after is not None and (after.group(1) in MISHAP_NOUNS or after.group(1) in _OUTCOME_NOUNS)


def _after_a_determiner(words: list[str], index: int) -> bool:
    """Whether a word follows a determiner, perhaps through one adverb ("the", "a still", "the newly")."""
    before = words[index - 1].lower() if index > 0 else ""
    if before in _DETERMINERS:
        return True
    return (before.endswith("ly") or before in ("still", "yet", "already", "so")) and index > 1 \
        and words[index - 2].lower() in _DETERMINERS


def _a_singular_subject_before(words: list[str], index: int) -> bool:
    """Whether a verb spelt alike in present and past follows a singular subject: "he shut", "Ford cut", "the mill
    shut", "the firm quietly cut" (an adverb in -ly may stand between). A present there would end in -s."""
    before = index - 1
    if before >= 0 and words[before].lower().endswith("ly"):
        before -= 1
    if before < 0:
        return False
    subject = words[before]
    lowered = subject.lower()
    if lowered in _SINGULAR_PRONOUNS:
        return True
    if lowered in _NO_SINGULAR_SUBJECT or lowered in _DETERMINERS or lowered in _TENSE_OF:
        return False
    if subject[0].isupper():
        # a name that opens the clause or follows a title or determiner ("Ford cut", "Dr. Kissinger put", "the
        # Pentagon cut"), not a plural ("Americans") nor the end of a phrase whose head is further back
        # ("dangers in southeast Asia cast")
        if lowered.endswith("s"):
            return False
        return before == 0 or words[before - 1][0].isupper() or words[before - 1].lower() in _DETERMINERS
    # a common noun: singular, after a determiner ("the mill shut", "its owner put")
    return not lowered.endswith("s") and before > 0 and words[before - 1].lower() in _DETERMINERS


def _same_form_past(words: list[str], index: int) -> str | None:
    """'past' for "shut", "cut", "put", ... after a singular subject (and, for a verb that takes one, before its
    object); otherwise no tense."""
    if not _a_singular_subject_before(words, index):
        return None
    if words[index].lower() in _SAME_IN_PAST_TRANSITIVE:
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if not after or after in _NO_SINGULAR_SUBJECT or after in ("in", "on", "at", "during", "since", "until",
                                                                  "after", "before", "last", "this", "next"):
            return None
    return "past"


def _token_tense(words: list[str], index: int) -> str | None:
    """The tense a word marks, looking at the auxiliary before a participle."""
    word = words[index].lower()
    if word in _BOUND_TO and index > 0 and words[index - 1].lower() in _BE_OR_SEEM \
            and index + 1 < len(words) and words[index + 1].lower() == "to":
        return "future"  # "is set to compete", "seems certain to end", "is likely to fall": ahead of the telling
    if word in _SAME_IN_PAST:
        return _same_form_past(words, index)
    if word in ("going",) and index + 1 < len(words) and words[index + 1].lower() == "to":
        return "future"
    if word == "would" and index + 2 < len(words) and words[index + 1].lower() == "be" \
            and words[index + 2].lower().endswith("ing") and words[index + 2].lower() != "being":
        return "future"  # "said the team would be flying home on Thursday": a plan ahead of the telling
    if word in ("is", "are", "am", "'s", "’s") and words[index + 1:index + 3] and \
            [w.lower() for w in words[index + 1:index + 3]] == ["going", "to"]:
        return "future"  # "he is going to be available"
    if word in ("has", "have", "had", "was", "were", "is", "are") and index + 1 < len(words) \
            and words[index + 1].lower() == "been":
        return _AUXILIARY_BEFORE_PARTICIPLE.get(word) or "present"
    if word in _REPORTING:
        return None  # the telling's tense; Context.tense keeps it only right beside the date ("said Friday")
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if word == "plans" and after != "to":
        return None  # "vacation plans", "the plans for": a noun; "the company plans to" is the verb
    if word in _INTENT_WORDS and after == "to" and index > 0:
        before = words[index - 1].lower()
        if before == "had":
            return "past"  # "they had planned to meet on Friday": a plan from before a past moment
        if word in ("plan", "intend") and before in _DETERMINERS:
            return None  # "the plan to": a noun
        return "future"  # "did not plan to close the road on Thursday": the date is the plan's, ahead
    if word in ("is", "are") and after == "to" and index + 2 < len(words) and index > 0 \
            and words[index + 2].lower() not in ("blame", "say") and words[index - 1].lower() not in _AIMS:
        return "arranged"  # "the ship is to sail on Thursday": an arrangement ("our aim is to": none)
    if word == "next" and index + 1 < len(words) and words[index + 1].lower() == "to":
        return None  # "next to the embassy": a place
    if word == "next" and index > 0 and words[index - 1].lower() == "the" and after in _UNITS_COUNTED_ON:
        return None  # "the next day", "the next morning": the day after the one the story is at, in any tense
    if word in _PLAN_WORDS and index > 0 and (words[index - 1].lower().endswith("ly")
                                              or words[index - 1].lower() in _DETERMINERS
                                              or words[index - 1].lower() in ("than", "as")):
        # "the hastily planned trip", "the expected ruling": an adjective, no tense; "more jobs than expected in
        # January", "as expected": a comparison with a forecast, not a plan
        return None
    if word in _PLAN_WORDS and index > 0 and words[index - 1].lower() in ("was", "were"):
        return "planned"
    if word in ("was", "were") and index + 1 < len(words) and words[index + 1].lower() in _PLAN_WORDS:
        return "planned"  # "were planning to", "was scheduled to": a plan, most often ahead of the telling
    if word in ("expected", "scheduled", "planned") and index > 0 and (
            words[index - 1].lower() == "had" or index > 1 and words[index - 1].lower() == "been"
            and words[index - 2].lower() == "had"):
        return "past"  # "many had expected sales to fall in November", "had been expected": a forecast overtaken
    tense = _TENSE_OF.get(word) or ("past" if len(word) > 4 and word.endswith("ed") else None)
    if tense is None and ("'" in word or "’" in word):
        tense = _contraction_tense(word)
        if tense == "present" and [w.lower() for w in words[index + 1:index + 3]] == ["going", "to"]:
            return "future"  # "we're going to review it", as "is going to"
        # "didn't", "we'll"; a contracted present ("it's", "we're", "I've") is read as a verb's form is (see
        # Context.tense): only when no other word of the sentence tells a tense
        return tense if tense != "present" else None
    if tense == "past" and word not in _TENSE_OF and _after_a_determiner(words, index):
        return None  # "an unnamed official", "a still unspecified date": an adjective
    if tense == "past" and index > 0 and words[index - 1].lower() in _AUXILIARY_BEFORE_PARTICIPLE:
        return _AUXILIARY_BEFORE_PARTICIPLE[words[index - 1].lower()]
    if tense == "past" and word not in _TENSE_OF and index > 1 and (
            words[index - 1].lower() in _BETWEEN_AUXILIARY_AND_PARTICIPLE or words[index - 1].lower().endswith("ly")) \
            and words[index - 2].lower() in _AUXILIARY_BEFORE_PARTICIPLE:
        return _AUXILIARY_BEFORE_PARTICIPLE[words[index - 2].lower()]  # "has already signed", "is widely expected"
    return tense


def _a_progressive(words: list[str], index: int) -> bool:
    """Whether "is"/"are"/"am" comes right before a present participle ("is playing", "are meeting"): with a date
    after it, an arrangement. Not "is being", "is going" (handled apart), nor a possessive "'s"."""
    if words[index].lower() not in ("is", "are", "am") or index + 1 >= len(words):
        return False
    after = words[index + 1].lower()
    return _A_PROGRESSIVE.fullmatch(after) is not None and after not in ("being", "going", "doing")


def _a_later_plan(words: list[str], index: int) -> bool:
    """Whether a word is part of "was/were <plan word>" ("was due", "were planning")."""
    word = words[index].lower()
    if word in ("was", "were"):
        return index + 1 < len(words) and words[index + 1].lower() in _PLAN_WORDS
    return word in _PLAN_WORDS and index > 0 and words[index - 1].lower() in ("was", "were")


def _a_past_planning(words: list[str], index: int) -> bool:
    """Whether a word is "planned" as a verb in the simple past ("the board planned to"), not a participle ("is
    planned for May"), or "plans" after a past verb ("unveiled plans to"). Only after the date does it date the
    planning: before it ("planned to leave on Thursday") the date is the plan's and lies ahead."""
    word, before = words[index].lower(), words[index - 1].lower() if index > 0 else ""
    if word == "plans":
        # "In September, the firm announced plans to ...": a noun after a past verb; the date is the announcing's
        return before in _TENSE_OF and _TENSE_OF[before] == "past" or (len(before) > 4 and before.endswith("ed"))
    return word == "planned" and before not in _PASSIVE_AUXILIARIES


def _beside(chunk: str, token: re.Match[str], before: bool) -> bool:
    """Whether a reporting verb stands right beside the date: "said Friday", "said on Friday", "said over the
    weekend", "Friday said"."""
    gap = chunk[token.end():] if before else chunk[:token.start()]
    return re.fullmatch(r"[\s\xa0]*(?:(?:on|over|at|during|late[\s\xa0]+on|early[\s\xa0]+on)[\s\xa0]+)?", gap) is not None


@dataclass
class Reference:
    """A date mentioned in the text that later anaphoric expressions refer to."""

    value: str
    begin: date
    granularity: str
    position: int


@dataclass
class Context:
    """Per-document resolution state; ``reference`` follows the text as it is resolved."""

    text: str
    dct: date | None
    reference: Reference | None = None
    last_day: Reference | None = None  # the last day the story named, however far back
    unresolved: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    # days that name an event ("the 11 September attacks"): (month, day) -> ((year, nouns), ...) (named_days.py)
    named_days: dict = field(default_factory=dict)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence-ish window around ``[start, end)`` (at most 200 chars each side)."""
        left = max(0, start - 200)
        cut = None
        for found in _sentence_ends(self.text, left, start):
            cut = found.end()
        sentence_start = cut if cut is not None else left
        right = min(len(self.text), end + 200)
        found = next(_sentence_ends(self.text, end, right), None)
        sentence_end = found.start() + 1 if found else right
        return sentence_start, sentence_end

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past', 'present', 'planned' ("was scheduled to") or None: the tense of the verb nearest the
        span in its sentence."""
        sentence_start, sentence_end = self.sentence(start, end)
        best: tuple[tuple[bool, int], str] | None = None
        present_by_form = False
        for offset, chunk, before in ((sentence_start, self.text[sentence_start:start], True),
                                      (end, self.text[end:sentence_end], False)):
            tokens = list(_TOKEN.finditer(chunk))
            words = [t.group() for t in tokens]
            # the nearest word with a tense on each side: walk outwards from the span and stop there
            crossed = False  # past a conjunction: a clause of its own ("in May and now it is")
            for index in (range(len(tokens) - 1, -1, -1) if before else range(len(tokens))):
                token = tokens[index]
                if words[index].lower() in _CLAUSE_CONJUNCTIONS:
                    crossed = True
                if not before and _a_later_plan(words, index):
                    continue  # "in September, and he was due to come back": a plan of its own after the date
                tense = _token_tense(words, index)
                if tense == "past" and _a_compound_adjective(chunk, tokens, words, index):
                    tense = None  # "clear-sighted fortitude", "state-owned firms": an adjective, no verb
                if tense is None and not present_by_form and (
                        _a_present_after_a_pronoun(words, index)
                        or ("'" in words[index] or "’" in words[index]) and _contraction_tense(words[index]) == "present"):
                    present_by_form = True  # "what a different world we live in": only when no listed word has one
                    continue
                if tense == "arranged":
                    # before the date an arrangement for it, ahead; after it, most often a clause of its own
                    # ("the way to pay for it is to ...")
                    tense = "future" if before else None
                if before and tense == "present" and _a_progressive(words, index) \
                        and start - (offset + token.end()) <= 45:
                    # "the band is playing in Leeds on Friday": an arrangement, ahead (only near the date: a
                    # clause further back is often another's)
                    tense = "future"
                if not before and tense == "future" and _a_past_planning(words, index):
                    tense = "past"  # "On Friday, the board planned to pay": the date is the planning's, told past
                if tense is None:
                    # (only when no verb stands before the date in its sentence: "the elections, which are expected
                    # to be held on 5 May, Mr Davey said: ..." dates the holding, not the saying)
                    opens_a_report = not before and best is None \
                        and _REPORTED_CLAUSE_AFTER.match(chunk, token.end()) is not None
                    if words[index].lower() not in _REPORTING or not (_beside(chunk, token, before) or opens_a_report):
                        continue
                    # "said Friday"; "On March 31, I announced that I would ...": the date is the telling's, not the
                    # reported clause's (whose verbs come after "that" or a colon)
                    tense = "present" if words[index].lower() == "says" else "past"
                distance = (start - (offset + token.end())) if before else (offset + token.start() - end)
                # a verb past a conjunction is another clause's: the verb on the side with none has the date ("had a
                # launch in the summer and now BT is waving"; "the time is up, but on Monday we will")
                key = (crossed, distance)
                if best is None or key < best[0]:
                    best = (key, tense)
                break
        if best is None and present_by_form:
            return "present"
        return best[1] if best else None

    def past_verb_governs(self, start: int, end: int) -> bool:
        """Whether a verb in the past tense governs the date: through the preposition just before it ("we met at
        Easter", "shops closed early over Christmas"), or as the verb of the clause the date opens ("In March the
        firm planned to expand"). The date is then surely that verb's, not just near it."""
        return self._past_verb_before(start) or self._past_verb_after_an_opening_date(start, end)

    def _past_verb_after_an_opening_date(self, start: int, end: int) -> bool:
        """'In March(,) the firm planned': the date opens its sentence and a past verb follows its subject."""
        sentence_start = self.sentence(start, end)[0]
        if not _OPENING_PREPOSITION.fullmatch(self.text, sentence_start, start):
            return False
        found = _SUBJECT_AND_VERB.match(self.text, end)
        if found is None:
            return False
        # the verb is one of the three words after the determiner: the first with a tense decides
        for word in found["words"].lower().split()[:3]:
            word = word.strip(".'’-")
            if word in ("planned", "said", "told", "announced", "reported"):
                return True  # "In March the firm planned to", "On Friday the minister said": told in the past
            if word in _TENSE_OF:
                return _TENSE_OF[word] == "past" and word not in ("last", "earlier", "ago", "yesterday")
            if len(word) > 4 and word.endswith("ed"):
                return True
        return False

    def _past_verb_before(self, start: int) -> bool:
        """'we met at', 'shops closed early over the': a past verb, then a preposition, right before ``start``."""
        found = _PREPOSITION_AFTER_A_VERB.search(self.text, max(0, start - 48), start)
        if found is None:
            return False
        words = _TOKEN.findall(self.text[found.start():start])[:-1]  # the preposition off
        # two words before the window too: a verb's subject may lie there ("southeast Asia spread")
        lead = _TOKEN.findall(self.text[max(0, found.start() - 24):found.start()])[-2:]
        words = lead + words
        for index, word in enumerate(words):
            if index < len(lead):
                continue
            if _token_tense(words, index) != "past" or word.lower() in ("last", "earlier", "ago"):
                continue
            between = [w.lower() for w in words[index + 1:]]
            # an irregular past is a verb; a form in -ed may be an adjective ("preferred shares on"), so only
            # an adverb may stand between it and the preposition ("passed away on")
            if word.lower() in _TENSE_OF or word.lower() in _SAME_IN_PAST \
                    or all(w in _PARTICLES or w.endswith("ly") for w in between):
                return True
        return False

    def recent_reference(self, start: int, window: int = 400) -> Reference | None:
        """The last mentioned date, if it was mentioned within ``window`` characters."""
        if self.reference is not None and start - self.reference.position <= window:
            return self.reference
        return None

    def remember(self, value: str, position: int) -> None:
        """Make ``value`` the date later anaphora refer to."""
        begin, _, granularity = value_interval(value)
        if begin is not None and granularity is not None:
            self.reference = Reference(value, begin, granularity, position)
            if granularity == "day":
                self.last_day = self.reference
