"""The one place where dependency label schemes are mapped onto UD.

spaCy's official English pipelines use ClearNLP labels (``dobj``, ``prep`` +
``pobj``, ``nsubjpass`` ...); the shipped NewsEvents model uses Universal
Dependencies. Event rules are written against UD, so ClearNLP trees are
relabelled and their prepositional phrases re-headed (UD makes the noun the
head and the preposition its ``case`` dependent).
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from .morphology import expand, irregular_forms

CLEAR_TO_UD = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "poss": "nmod:poss",
    "prt": "compound:prt",
    "neg": "advmod",
    "relcl": "acl:relcl",
    "attr": "obj",
    "dative": "iobj",
    "npadvmod": "obl:npmod",
    "quantmod": "advmod",
    "acomp": "xcomp",
    "oprd": "xcomp",
    "predet": "det:predet",
    "intj": "discourse",
    "meta": "discourse",
    "nn": "compound",
}
VERBAL_POS = {"VERB", "AUX", "ADJ"}


def normalise(deps: list[str], heads: list[int], pos: list[str]) -> tuple[list[str], list[int]]:
    """Return UD labels and heads for one document's tokens (indices are doc-level).

    UD input passes through unchanged apart from the root label's case.
    """
    deps = [d.lower() if d != "ROOT" else "root" for d in deps]
    heads = list(heads)
    for i, dep in enumerate(deps):
        if dep not in ("pobj", "pcomp"):
            continue
        prep = heads[i]
        if deps[prep] not in ("prep", "agent") or prep == i:
            continue
        governor = heads[prep]
        heads[i] = governor if governor != prep else i
        if dep == "pcomp":
            deps[i] = "advcl"
        elif deps[prep] == "agent":
            deps[i] = "obl:agent"
        else:
            deps[i] = "obl" if pos[governor] in VERBAL_POS else "nmod"
        heads[prep] = i
        deps[prep] = "mark" if dep == "pcomp" else "case"
    deps = [CLEAR_TO_UD.get(d, d) for d in deps]
    return deps, heads


def repair(
    deps: list[str], heads: list[int], words: list[str], pos: list[str] | None = None, tags: list[str] | None = None
) -> tuple[list[str], list[int]]:
    """Mend tree shapes that small parsers produce and prose does not have.

    - Two subjects of one predicate with a comma between them ("Jan Kowalski, the mayor of
      Warsaw, said") are a name and its apposition: the second becomes ``appos``; so is a
      name right after a title read as a second subject ("Member of Parliament [Yvette]
      Cooper added").
    - A sentence whose root is a noun with a participle and no other verb ("Thousands of
      students protested in Belgrade.") is a clause: the verb becomes the root and the noun
      its subject. A sentence of news prose has a predicate; a bare noun phrase is a headline.
    - A participle right after "has", "have" or "had" read as an adjective of the next noun
      ("Ethiopia has broken relations", "X have renewed ties") is the perfect verb: it
      takes the auxiliary's place in the tree and the noun becomes its object.
    - A verbless sentence read as one noun phrase with a verb inside it ("Hong Kong police
      used force against protesters." as "[police-used] force") is the clause it reads as:
      the verb is the root, the noun before it the subject, the root noun its object.
    - So is a reported clause or a sentence with other verbs read as one noun phrase whose
      past verb modifies the object ("Israeli jets [bombed] Palestinian targets, radio
      stations said", "The statement [denied] published reports that ..."): the verb takes
      the phrase's place, the noun right before it is its subject, the noun after its object.
    - The same with coordinated subjects ("Fabius and a group of deputies [held] talks
      with..." read as one list of nouns, "held" an adjective of its last item "talks"):
      the verb is the root, the list before it the subject, the noun after it the object.
    - A capitalised first word read as a verb right before a subject ("Arnor security
      officials are about to...": "Arnor" as an imperative) is a name in that subject: news
      sentences do not open with imperatives.
    - "after the EU sanctioned Iran" read as a phrase "after the EU" plus a verb without a
      subject is the clause it is: the noun is the verb's subject, "after" its mark.
    - A conjunct opened by "neither" or "either" right before a subjectless verb ("amid
      reports of violence, [neither the EU] nor the US would endorse", "EU" a conjunct of
      "violence") is that verb's subject: a correlative opens a coordination of its own.
    - A subjectless verb coordinated with a noun ("labeled him a terrorist and levied
      sanctions") is coordinated with the verb above that noun; so is one coordinated with an
      adjective that has no subject or copula of its own ("described the decision as
      'unjustified' and [called] on Ottawa ...").
    - A second subject with its own "and" ("Lawmakers in Fornost and Gondor welcomed") is
      coordinated with the noun inside the first subject.
    - A lone name right before the phrase of a second subject of the same verb ("[Somali]
      troops attacked", "[Kenyan] President Uhuru Kenyatta said") modifies the word after it:
      two subjects need a comma or a conjunction.
    - A subject that opens with a preposition ("On Monday the leaders ... met" read with
      "Monday" as subject and "the leaders" its apposition) is a fronted oblique: a subject
      takes no preposition, and the apposition after it is the subject; a subordinator
      read as its preposition ("after Trump had a call") is the clause's mark. Read as an
      oblique of a verb with no subject ("[On Sunday Presidents X and Y] signed"), the date
      right after the preposition is the oblique and the noun after it the subject.
    - A day relative to the writing read as a second subject right after the first ("ICI
      [today] announced", "France [today] repaid") is the verb's adverb of time, not a noun
      the name before it modifies.
    - An apposition opening with the same preposition as the noun it follows ("met with the
      IMF, then [with] President Trump") is a conjunct: an apposition takes no preposition.
    - A list of gerunds after one preposition ("accused the US of violating rights, [ignoring]
      law and [sending] a signal"), the later ones hung on the verb above, are conjuncts of
      the first.
    - A relative "that" read as its clause's object or subject while the clause, in the bare
      subjunctive, has another ("its call [that] Russia withdraw its troops") is the mark of a
      content clause.
    - A verb read as an adjective of the noun after it, with the subject hung on that noun
      ("bulldozers [demolished] homes, officials said", "homes" the complement of "said"
      with "bulldozers" as its subject): a noun takes a subject only with a copula, so the
      verb is the predicate, the noun its object.
    - A past-tense verb read as a reduced relative on the sentence's opening noun ("More
      than 1,000 protesters [marched] in Belgrade, police said" with "protesters" a loose
      dependent): the tagger's VBD (not VBN) says it is the clause's verb, the noun its
      subject; under a later verb of the sentence it is that verb's complement. So is a
      participle (VBN) with a direct object on a root noun ("The Syrian government, backed
      by Russia, [bombed] Idlib."): a passive participle takes no object.
    - A finite verb read as an adjective of the phrase after it while keeping its own
      subject ("the group subsequently [claimed] responsibility", the verb an ``amod`` of
      "responsibility"): an adjective takes no subject, so the verb is the predicate and the
      phrase its object.
    - A sentence read as a plural noun with a name before it and an infinitive after it
      ("Peru [plans] to implement a curfew", "plans" NNS): with no other verb, the noun is
      the present-tense predicate, the name its subject and the infinitive its complement.
    - An infinitive read as an adjective of the noun after it, with "to" as that noun's
      preposition ("have chosen [to suppress] protests" as "to [suppress-]protests"): a
      base-form verb (VB) is no adjective, so it is the complement of the verb above, the
      noun its object and "to" its marker.
    - A verbless sentence with one verb read as a modifier of the noun after it ("Economy
      Minister X on Thursday in a speech at the IMF [accused] creditor banks of ...", "President
      Reagan angrily [denounced] press reports", the verb an ``amod``): a sentence of news
      prose has a predicate, so the verb is the root, the noun phrase before it (the root
      itself, or the words before the verb that hung on the root after it) its subject, and
      the phrase after it its object. With no verb at all, an -ed word tagged an adjective
      ("Germany [summoned] Russian ambassador X") is that verb; and a name before it that the
      parse made the root, with the object's name hung on it ("[Kuwait] summoned Iranian
      Ambassador [Hossein] Karimi"), is its subject.
    - A participle read as the root with the subject, and the finite verb after it left
      subjectless ("The soldiers, [acting] on orders from X, had used tear gas", "had used" a
      parataxis of "acting"): a bare -ing form is no finite predicate, so the later verb is
      the root and the participle describes the subject. Likewise a past-tense verb read as a
      relative clause of the subject before a participle root ("Erdogan [called] for
      cooperation, claiming a right"): the verb is the root, the participle its adverbial.
    - A subjectless verb coordinated inside a complement clause when the same verb governs
      that clause ("The court found that it could rule on X, and [found] X unlawful", the
      second "found" a conjunct of "rule"): the repeated verb is coordinated with its twin.
    - A clause after "but" or "and" read as a noun coordinated with the object before it
      and a relative clause ("had poor relations, but [the leaders] of the two countries
      [spoke]", "leaders" a conjunct of "relations" and "spoke" an acl of "countries"), or
      with the noun the subject of a later verb ("[spoke] by telephone, and expressed"): a
      past-tense verb (VBD, not a participle) is a predicate, the noun phrase its subject.
    - A participle clause after a comma read as a relative clause of the object before it
      ("commented on the agreement, [calling] it void", "calling" an acl of "agreement"):
      set off by a comma, an -ing clause describes what the subject does, not the noun.
    - Coordinated subjects of a reported clause read as the object of the verb of saying
      ("said [Mulroney] and Tambo would discuss", "Mulroney" the object of "said" and
      "discuss" its conjunct with "Tambo" alone as subject): a conjunct verb with a modal,
      whose subject follows the "and" right after the name, continues no list of acts; the
      clause is the complement, the two names its subject.
    - The subject of a reported clause read as the object of the verb of saying, its verb
      a conjunct of that verb ("Police alleged [the accused] performed two attacks", "the
      accused" the object of "alleged" and "performed" its conjunct): a finite conjunct that
      follows the object with no conjunction, comma or subject of its own continues no list,
      so it is the complement clause and the noun phrase its subject.
    - A participle with its agent read as a clause with a copula ("fishing vessels [seized]
      recently by Iran were spy boats" with "seized" the predicate and "by Iran were spy
      boats" its oblique, "Iran" the subject inside it): a phrase opened by "by" has no
      subject, so the participle is a reduced relative on the noun before it, "Iran" its
      agent, and the noun after the copula the predicate; a "that" read as the relative's
      object ("charges [that] vessels seized by Iran were spy boats") is the conjunction of a
      content clause.
    - A subjectless present-tense verb after a past-tense clause of saying and its present-
      tense complement, read as the saying verb's conjunct or as the root with the saying
      clause its adverbial ("They concluded that the deal is void, infringes rights, [does
      not comply] with the law"): the tense says it continues the list inside the
      complement, so it is a conjunct of the complement's predicate (and the saying verb,
      if it was demoted, is the root again).
    - A name read as part of the name before it across an "and" ("Chancellor Angela Merkel
      and British Prime Minister [Boris] Johnson", "Boris" a flat of "Chancellor"): a name has
      no conjunction inside it, so the second name is a conjunct of the first.
    - A subordinating conjunction read as a noun's preposition ("withdraw its force from
      Chad [unless] President X arranged a ceasefire") marks the next clause that has none.
    - A preposition hung on the first modifier of its phrase ("called [for] President X's
      resignation" with "for" on "President") belongs to the phrase's head: a preposition
      opens a whole noun phrase, and a modifier before its head has no phrase of its own.
    - A list of subjects read as its first item with a relative clause ("Zambia, Mozambique,
      Botswana and Zimbabwe denied", with "Zambia" the root and "Botswana" the subject of a
      relative "denied"), or with the verb its conjunct ("France, Germany and Italy condemned",
      "France" the root): with no relative pronoun, the verb is the root and the whole list,
      headed by its first item, its subject. Two names as subjects with a comma between them
      whose second goes on with "and" ("Iraq, Iran and Syria condemned") are a list, not a
      name and its apposition.
    - A subjectless verb after a name the parse hung elsewhere is that name's predicate:
      "In Washington, Hatice Cengiz criticized" with the name an apposition of "Washington"
      (or, deeper, of any noun of the fronted phrase: "On Wednesday at the opening of the
      pipeline, president Erdogan called"; a title read as a conjunct of that phrase by a
      comma alone, "Following the vote, a spokesperson, Morgan Ortagus, said", is the subject;
      so is a name read as such a conjunct of a fronted date, "On Friday in Pakistan,
      [Mohammed Waseem], brother of X, was sentenced", the later conjuncts its appositions),
      and "Hatice Cengiz, the fiancée of ..., criticized" with the name as root and the verb a
      parataxis of it; news clauses have subjects, and the name is the only one in reach.
    - The same inside a complement clause, with its "that" read as the subject ("revealed
      that in December, Crown Prince [Mohammad] bin Salman accepted", the name a flat of
      "December"): a name does not run across a comma, and "that" right after the verb of
      saying opens its complement, so it is the mark and the name the subject.
    - A noun right before a subjectless finite verb read as its compound ("[Police] fired and
      landed a live round"): a compound modifies a noun (or a participle, "US-based"), and a
      verb in the past tense (or a participle read as the root, which has no auxiliary) takes
      its noun as subject. A present "-s" form is as often a noun ("a slide [show]"), and a
      capitalised form a title's ("Homes Wanted"): both are left alone.
    - A phrase with its preposition before a subjectless conjunct verb read as modifying the
      noun right after that verb ("labeled Soleimani [as a terrorist] and levied [sanctions]",
      "sanctions" hung on "Soleimani" with "as" and "terrorist" on it): an arc does not cross
      its sentence's verb, so the noun after the verb is its object, and the phrase before it
      stands on its own, headed by its last noun; an oblique of the first verb after the
      object goes with the second.
    - An irregular past form read as a noun in a sentence with no verb ("A gunman [shot]
      shoppers at a Walmart store.", "shot" a compound of "shoppers") is the predicate, the
      word before it the subject and the root noun its object.
    - A day read as the subject with the real subject its apposition ("Yesterday, Joe Biden,
      the nominee, announced" with "Biden" apposed to "Yesterday"): a day is the clause's
      time, and the name after the comma its subject.
    - A title after "but" read as a conjunct of the clause before, its name the subject of
      the next verb ("..., but [the general manager] of Abu Dhabi Media, Dr Ali bin Tamim,
      attributed"): a noun coordinates with no verb, so the title is the subject and the
      name after the comma its apposition.
    - A gerund right after a verb read as an adjective of a bare oblique noun ("denied
      [striking] Ukrainian cities", "cities" an oblique with no preposition): an oblique
      has a preposition, so the gerund is the verb's complement and the noun its object.
    - A noun "coordinated" with a name by a comma alone ("Qasem Soleimani, head of Iran's
      Quds Force, in an airstrike") is its apposition: a list of nouns has a conjunction.
    - A clause after "but" read as nouns coordinated with an earlier phrase and a participle
      with its own auxiliary as an adjective of the noun after it ("..., but both Saudi
      Arabia and the United States have [alleged] Iranian involvement", "Arabia" a conjunct of
      an earlier noun): an adjective takes no auxiliary, so the participle is a verb
      coordinated with the root, the list before it its subject and the noun its object.
    - A verbless sentence whose one finite verb is read as the preposition of a phrase on the
      root noun ("President Jair Bolsonaro [opposed] Macron's statement." with "opposed" the
      ``case`` of "statement"): a finite verb is no preposition, so it is the root, the noun
      before it its subject and the phrase after it its object.
    - A sentence read as a noun with a participle after it and a closing "..., a local
      official said" as its relative clause ("Five hundred rebels [surrendered] last week, a
      local official said", "surrendered" a VBN ``acl``): a relative clause after a comma
      opens with a relative word, so the closing clause is the attribution of a clause whose
      verb is the participle and whose subject is the noun.
    - A passive subject of a word neither tagged a participle (VBN) nor given a passive
      auxiliary ("[Germany] mediated between Serbia and Kosovo", "Germany" an ``nsubj:pass``
      and "mediated" tagged NNP): a passive needs "be" and a participle, so it is the active
      subject. Conversely, a plain subject of a participle with a passive auxiliary ("the
      charge d'affaires [was] summoned") is the passive's subject.
    - A participle read as an adjective with a passive auxiliary and an active subject ("The
      EU is [set] to impose sanctions", "set" an ADJ with "is" as ``aux:pass``) and a verb
      complement: the auxiliary says the word is a passive verb, so its subject is the
      passive subject (the word is retagged a verb by ``retag_from_tree``).
    - A closing "..., the Washington Post reported." read as an apposition with a loose verb
      after it ("Post" an ``appos`` of the object before the comma, "reported" an ``xcomp``
      or ``acl``): a finite verb that ends the sentence with no subject, right after a noun
      phrase that opens after the last comma, is the attribution; the phrase is its subject,
      the clause before the comma its complement.
    - A finite verb coordinated with an infinitive ("agreed to add two members but [did not
      accede] to the demands", "accede" a conjunct of "add"): an infinitive's conjunct has no
      tense or "do" of its own, so the verb is coordinated with the verb the infinitive
      completes, and shares its subject.
    - An auxiliary cut from its verb by a parenthetical and read as the root, the verb a
      subjectless conjunct with no conjunction ("The United States had not, as of yesterday,
      [announced] any plans"): a verb form that the auxiliary selects (a participle after
      "have", a bare form after a modal) is that auxiliary's verb, so it is the root and takes
      the auxiliary, the subject and the negation.
    - An infinitive right after the object of a verb whose object does what it says, read
      as a purpose clause ("advised Iraqi militias [to attack] soldiers", an ``advcl``): the
      object is who is to act, so the infinitive is the verb's complement (``xcomp``).
    - An infinitive in the perfect read as a purpose clause ("were reported by local media [to
      have visited] the hospital", an ``advcl``): what is already done is no purpose, so it is
      the governing verb's complement (``xcomp``), as "is said to have shelled" parses.
    - A verb of saying read as an adjective of the subject of the clause it reports ("Tamim
      [alleged] Houthis have attacked journalists", "DOE [alleged] Trigon caused overcharges",
      "alleged" an ``amod`` of the second name): right after a noun phrase and before the
      subject of a finite verb, a verb that takes a bare clause is the predicate, the phrase
      before it its subject and the clause after it its complement. Two subjects of one
      verb, a name "describing" the subject that follows it, or a subject of the "adjective"
      are what the misreading leaves; "the alleged killer" (an article before it) is left alone.
    - A participle that opens the sentence read as an adjective of a noun ("[Refusing] to give
      up power, Mugabe agreed" with "Refusing" an ``amod`` of "Mugabe"; "[Forecasting] sluggish
      growth in Japan, Wallis urged" with "growth" an oblique of "urged"): a participle with
      an object or a complement of its own, before the comma that ends the phrase, is the
      verb of an adverbial clause of the main verb, and a noun before the comma its object.
    - A name or noun before a finite verb that has no subject, hung on it as an adverb, a
      vocative, an interjection or a loose dependent ("[Barr] and Ross, however, refused",
      "<[Amoskeag] Co> said", "[Rittenhouse], in remarks to the Post, contended", an acronym
      "[UNITA] has been fighting"): a finite verb has a subject
      and a noun before it is no adverb, so the noun is the subject. A conjunct verb ("Sears
      mislabeled and falsely advertised") shares its first conjunct's subject and is left.
    - A bare singular noun read as the head of a phrase whose conjunct is a plural noun with
      one modifier ("Japan's [defence] and finance ministers", "ministers" a conjunct of
      "defence"): one determiner or possessor for both says the two nouns before the plural
      are its coordinated modifiers (defence ministers and finance ministers), so the plural
      is the head and takes the phrase's place and its determiners; the first noun becomes
      its modifier, the second that modifier's conjunct. A bare first noun may be a phrase of
      its own ("seeking [credit] and barter provisions") and is left.
    """
    original = list(deps), list(heads)
    deps, heads = list(deps), list(heads)
    if pos is not None:
        _verb_root(deps, heads, words, pos, tags)
        _perfect_participle(deps, heads, words, pos, tags)
        _verb_inside_noun_phrase(deps, heads, words, pos)
        _verb_inside_coordination(deps, heads, words, pos)
        _name_read_as_verb(deps, heads, words, pos)
        _clause_read_as_phrase(deps, heads, words, pos)
        _verb_conjunct_on_a_noun(deps, heads, pos, tags)
        _subject_behind_a_preposition(deps, heads, words, pos)
        _list_without_conjunction(deps, heads, words, pos)
        _verb_read_as_adjective(deps, heads, pos)
        _name_coordinated_as_part_of_a_name(deps, heads, pos)
        _gerund_read_as_adjective(deps, heads, words, pos)
        _day_read_as_subject(deps, heads, words, pos)
        _day_read_as_the_head_of_a_noun_phrase(deps, heads, words, pos)
        _title_read_as_a_conjunct_of_a_clause(deps, heads, words, pos)
        _name_read_as_a_loose_phrase(deps, heads, words, pos)
        _name_read_as_a_bare_modifier_of_a_fronted_phrase(deps, heads, words, pos)
        _passive_read_as_adjective(deps, heads, pos)
        if tags is not None:
            _copula_read_as_passive_auxiliary(deps, heads, words, tags)
            _passive_subject_without_a_passive(deps, heads, tags)
            _clause_read_as_reduced_relative(deps, heads, pos, tags)
            _finite_verb_read_as_adjective(deps, heads, pos, tags)
            _infinitive_read_as_adjective(deps, heads, words, tags)
            _verb_read_as_plural_noun(deps, heads, words, pos, tags)
            _verb_read_as_modifier_in_a_verbless_sentence(deps, heads, words, pos, tags)
            _past_verb_read_as_adjective_of_its_object(deps, heads, pos, tags)
            _past_form_read_as_noun_in_a_verbless_sentence(deps, heads, words, pos)
            _verb_read_as_preposition_in_a_verbless_sentence(deps, heads, pos, tags)
            _participle_read_as_root(deps, heads, pos, tags)
            _subjects_read_as_object(deps, heads, pos, tags)
            _clause_subject_read_as_object(deps, heads, words, pos, tags)
            _complement_read_as_purpose(deps, heads, words, tags)
            _perfect_infinitive_read_as_purpose(deps, heads, words, tags)
            _reduced_relative_before_a_copula(deps, heads, words, pos, tags)
            _complement_subject_hung_on_its_fronted_phrase(deps, heads, words, pos)
            _subject_read_as_compound(deps, heads, words, pos, tags)
            _participle_clause_read_as_relative(deps, heads, words, tags)
            _clause_read_as_conjoined_noun(deps, heads, pos, tags)
            _main_clause_swallowed_by_a_fronted_clause(deps, heads, words, pos, tags)
            _subjectless_root_after_a_reporting_clause(deps, heads, pos, tags)
            _clause_before_a_closing_attribution(deps, heads, words, pos, tags)
            _closing_attribution_read_as_apposition(deps, heads, words, pos, tags)
            _auxiliary_split_from_its_verb(deps, heads, words, pos, tags)
            _finite_conjunct_of_an_infinitive(deps, heads, words, tags)
            _reporting_verb_read_as_adjective(deps, heads, words, pos, tags)
            _subject_read_as_a_modifier(deps, heads, words, tags)
            _fronted_participle_read_as_adjective(deps, heads, words, tags)
            _coordinated_modifiers_read_as_heads(deps, heads, words, pos, tags)
        _subordinator_read_as_preposition(deps, heads, pos)
    _preposition_on_a_modifier(deps, heads, pos)
    _repeated_verb_coordination(deps, heads, words)
    if pos is not None:
        _apposition_with_its_own_preposition(deps, heads, words, pos)
        if tags is not None:
            _that_with_its_slot_taken(deps, heads, words, tags)
            _gerund_list_split(deps, heads, words, tags)
        _clause_read_as_a_conjunct_noun_with_an_adjective(deps, heads, words, pos)
    if pos is not None:
        _list_read_as_relative(deps, heads, words, pos)
        _object_split_across_a_conjunct_verb(deps, heads, pos)
        _correlative_subject_read_as_a_conjunct(deps, heads, words, pos)
    subjects: dict[int, list[int]] = {}
    for i, dep in enumerate(deps):
        if dep == "nsubj" and heads[i] != i:
            subjects.setdefault(heads[i], []).append(i)
    for found in subjects.values():
        for first, second in zip(found, found[1:], strict=False):
            inner = _conjunct_inside(deps, heads, first, second)
            if inner is not None:  # "Lawmakers in Fornost and Gondor welcomed": Gondor joins Fornost
                deps[second], heads[second] = "conj", inner
            elif (
                "," in words[first + 1 : second]
                and pos is not None
                and pos[first] == pos[second] == "PROPN"
                and _continues_a_list(deps, heads, second)
            ):
                deps[second], heads[second] = "conj", first  # "Iraq, [Iran] and Syria condemned": a list
            elif "," in words[first + 1 : second]:
                deps[second], heads[second] = "appos", first
            elif pos is not None and _modifier_read_as_a_subject(deps, heads, pos, first, second):
                deps[first], heads[first] = "compound", first + 1  # "[Somali] troops attacked": one subject
            elif (
                pos is not None
                and pos[first] in ("NOUN", "PROPN")
                and pos[second] == "PROPN"
                and words[first][:1].isalpha()
                and words[second][:1].isalpha()
                and second == _last_of(heads, first) + 1
            ):
                deps[second], heads[second] = "appos", first  # "Member of Parliament [Yvette] Cooper added"
    if _has_cycle(heads):  # a repair that met a tree it did not foresee: keep the parser's
        return original
    return deps, heads


CORRELATIVES = frozenset({"neither", "either"})


def _correlative_subject_read_as_a_conjunct(
    deps: list[str], heads: list[int], words: list[str], pos: list[str]
) -> None:
    """ "amid reports of violence, [neither] the EU nor the US would endorse the result" with
    "EU" a conjunct of "violence" and "endorse" left without a subject: "neither" and "either"
    open a coordination of their own, so a conjunct that carries one and runs up to a
    subjectless verb (its auxiliaries and adverbs between) is that verb's subject."""
    for noun, dep in enumerate(deps):
        if dep != "conj" or pos[noun] not in ("NOUN", "PROPN"):
            continue
        opened = [k for k in range(noun) if heads[k] == noun and deps[k] == "cc:preconj"]
        if not any(words[k].lower() in CORRELATIVES for k in opened):
            continue
        verb = _last_of(heads, noun) + 1
        while verb < len(deps) and pos[verb] in ("AUX", "ADV", "PART"):
            verb += 1
        if verb >= len(deps) or pos[verb] != "VERB" or _has_dependent(deps, heads, verb, SUBJECTS):
            continue
        deps[noun], heads[noun] = "nsubj", verb


def _modifier_read_as_a_subject(deps: list[str], heads: list[int], pos: list[str], first: int, second: int) -> bool:
    """Whether ``first``, a lone name, is read as a subject right before the phrase of the
    second subject ("[Somali] troops attacked", "[Kenyan] President Uhuru Kenyatta said"):
    with no comma or conjunction between them it modifies the word after it."""
    after = first + 1
    if pos[first] != "PROPN" or after > second or pos[after] not in ("NOUN", "PROPN"):
        return False
    return not any(h == first and k != first for k, h in enumerate(heads)) and _ancestors_include(heads, after, second)


def _has_cycle(heads: list[int]) -> bool:
    """Whether following heads from some word never reaches a root (a word its own head)."""
    state = [0] * len(heads)  # 0 unvisited, 1 on the current path, 2 known to reach a root
    for start in range(len(heads)):
        path, i = [], start
        while state[i] == 0 and heads[i] != i and 0 <= heads[i] < len(heads):
            state[i] = 1
            path.append(i)
            i = heads[i]
        if state[i] == 1:
            return True
        for k in path:
            state[k] = 2
        state[i] = 2
    return False


def _passive_read_as_adjective(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for word in _passives_read_as_adjectives(deps, heads, pos):
        for k, head in enumerate(heads):
            if head == word and deps[k] == "nsubj":
                deps[k] = "nsubj:pass"


def _copula_read_as_passive_auxiliary(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    """ "the decision by Canada [was] unjustified" with "was" the passive auxiliary of an
    adjective: with no agent ("was perplexed by") and no verb complement ("is set to impose"),
    an adjective (JJ) is a predicate and "be" its copula."""
    for aux in [k for k, dep in enumerate(deps) if dep == "aux:pass" and words[k].lower() in BE_FORMS]:
        adjective = heads[aux]
        if tags[adjective] != "JJ":
            continue
        if _has_dependent(deps, heads, adjective, frozenset({"obl:agent", "xcomp"})):
            continue
        obliques = [k for k in range(len(deps)) if heads[k] == adjective and deps[k] == "obl"]
        cases = [_preposition_of(deps, heads, k) for k in obliques]
        if any(case is not None and words[case].lower() == "by" for case in cases):
            continue
        deps[aux] = "cop"


def _passive_subject_without_a_passive(deps: list[str], heads: list[int], tags: list[str]) -> None:
    passives = _heads_with(deps, heads, "aux:pass")
    for k, dep in enumerate(deps):
        if dep == "nsubj:pass" and tags[heads[k]] != "VBN" and heads[k] not in passives:
            deps[k] = "nsubj"
        elif dep == "nsubj" and tags[heads[k]] == "VBN" and heads[k] in passives:
            deps[k] = "nsubj:pass"  # "the charge d'affaires [was] summoned": a passive's subject


def _heads_with(deps: list[str], heads: list[int], label: str) -> set[int]:
    """The words that have a dependent labelled ``label``."""
    return {heads[k] for k, dep in enumerate(deps) if dep == label}


def _passives_read_as_adjectives(deps: list[str], heads: list[int], pos: list[str]) -> list[int]:
    """Adjectives with a passive auxiliary and a verb complement ("is [set] to impose"); an
    adjective of feeling with one ("we are [concerned]", "was [perplexed] by") stays one."""
    auxiliaries = _heads_with(deps, heads, "aux:pass")
    complements = {heads[k] for k, dep in enumerate(deps) if dep == "xcomp" and pos[k] in ("VERB", "AUX")}
    return [w for w in auxiliaries & complements if pos[w] == "ADJ"]


def _last_of(heads: list[int], word: int) -> int:
    """The last word of the phrase ``word`` heads."""
    return max(k for k in range(len(heads)) if _ancestors_include(heads, k, word))


def _conjunct_inside(deps: list[str], heads: list[int], first: int, second: int) -> int | None:
    """The noun inside the first subject that a second subject with its own "and" is
    coordinated with: the word right before that "and", when the first subject's phrase
    holds it ("Lawmakers in [Fornost] and Gondor")."""
    ands = [i for i in range(first, second) if heads[i] == second and deps[i] == "cc"]
    if not ands or ands[0] - 1 <= first:
        return None
    inner = ands[0] - 1
    if deps[inner] in ("nmod", "conj") and _ancestors_include(heads, inner, first):
        return inner
    return None


def _ancestors_include(heads: list[int], i: int, target: int) -> bool:
    for _ in range(len(heads)):
        if i == target:
            return True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _verb_root(deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str] | None) -> None:
    if not words or words[-1] not in (".", "!"):
        return
    for root, dep in enumerate(deps):
        if dep != "root" or pos[root] not in ("NOUN", "PROPN"):
            continue
        verbs = [
            i
            for i, d in enumerate(deps)
            if d == "acl" and pos[i] == "VERB" and i > root and _ancestors_include(heads, heads[i], root)
        ]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        if tags is not None and tags[verb] in ("VBG", "VB"):
            continue  # "The hymn talks about [serving]", "a spot [to kick] back": no predicate
        others = [i for i, p in enumerate(pos) if p in ("VERB", "AUX") and not _ancestors_include(heads, i, verb)]
        if others:
            continue
        deps[verb], heads[verb] = "root", verb
        deps[root], heads[root] = "nsubj", verb
        for i in range(verb + 1, len(words)):
            if heads[i] == root:  # the final full stop and what follows the verb hang on the verb
                heads[i] = verb


PERFECT_AUXILIARIES = {"has", "have", "had", "'ve", "'d"}


def _perfect_participle(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str] | None
) -> None:
    for verb in range(1, len(words)):
        noun = heads[verb]
        # the tagger's VBN tells "had [orchestrated] attacks" from "had [armed] men" (JJ); before a
        # number ("have [tortured] scores of refugees", "had [killed] 12 people") an -ed word is the verb
        participle = pos[verb] == "VERB" or (
            pos[verb] == "ADJ" and tags is not None and (tags[verb] == "VBN" or _ed_before_a_number(words, pos, verb))
        )
        if not participle or deps[verb] != "amod" or noun <= verb or pos[noun] not in ("NOUN", "PROPN"):
            continue
        aux = verb - 1
        while aux > 0 and pos[aux] == "ADV":
            aux -= 1
        if words[aux].lower() not in PERFECT_AUXILIARIES or deps[noun] not in ("root", "obj"):
            continue
        place = ("root", verb)
        # "Ethiopia has [broken] relations": "has" read as the main verb; the same inside a
        # reported clause ("Forces have [tortured] scores of refugees, HRW said"), where the
        # participle takes the place of "have", the complement of "said"
        if deps[aux] == "root" or (heads[noun] == aux and _has_dependent(deps, heads, aux, SUBJECTS)):
            if deps[aux] != "root":
                place = (deps[aux], heads[aux])
            moved = [i for i, h in enumerate(heads) if h == aux and i != verb]
        elif deps[noun] == "root" and heads[aux] == verb:  # "X have [renewed] ties": the noun as root
            moved = [i for i, h in enumerate(heads) if h == noun and (i > noun and deps[i] == "punct")]
        elif _is_headless_clause(deps, heads, pos, verb, aux):  # "Old foes X and Y have [renewed] ties"
            root = deps.index("root")
            moved = [i for i, h in enumerate(heads) if h == root and i > verb and deps[i] == "punct"]
            deps[root], heads[root] = "dep", verb
        else:
            continue
        deps[verb], heads[verb] = place  # the participle is the clause's predicate
        deps[aux], heads[aux] = "aux", verb
        deps[noun], heads[noun] = "obj", verb
        for i in moved:
            heads[i] = verb


# "do" and the modals: auxiliaries of verbs only ("did not [accede]", never "did not president")
VERB_ONLY_AUXILIARIES = frozenset(
    {"do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
)


def _finite_conjunct_of_an_infinitive(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    """ "agreed to add members but did not accede": the finite conjunct joins "agreed"."""
    for verb, infinitive in enumerate(heads):
        if deps[verb] != "conj" or deps[infinitive] != "xcomp" or tags[infinitive] != "VB":
            continue
        if not any(heads[k] == infinitive and words[k].lower() == "to" for k in range(infinitive)):
            continue
        own = [k for k, h in enumerate(heads) if h == verb and k != verb]
        # VBP is spelt like the infinitive ("to take a stance and [suspend] payments"): no proof
        finite = tags[verb] in ("VBD", "VBZ") or any(
            deps[k] == "aux" and words[k].lower() in VERB_ONLY_AUXILIARIES for k in own
        )
        if finite and not any(deps[k] in SUBJECTS for k in own):
            heads[verb] = heads[infinitive]


# the verb forms each auxiliary takes: "had [announced]", "will [announce]", "is [announcing]"
# (a regular participle is often tagged as the past tense it is spelt like: VBD after "had")
SELECTED_FORMS = {
    **dict.fromkeys(("has", "have", "had"), frozenset({"VBN", "VBD"})),
    **dict.fromkeys(VERB_ONLY_AUXILIARIES, frozenset({"VB"})),  # "do" and the modals
    **dict.fromkeys(("is", "are", "was", "were"), frozenset({"VBG", "VBN"})),
}


def _auxiliary_split_from_its_verb(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    """ "had not, as of yesterday, announced": the verb a conjunct of its own auxiliary."""
    for aux in range(len(words)):
        forms = SELECTED_FORMS.get(words[aux].lower())
        if forms is None or deps[aux] != "root" or pos[aux] != "AUX":
            continue
        verbs = [i for i in range(aux + 1, len(words)) if heads[i] == aux and deps[i] == "conj"]
        if not verbs or pos[verbs[0]] != "VERB" or tags[verbs[0]] not in forms:
            continue
        verb = verbs[0]
        between = range(aux + 1, verb)
        if any(deps[i] == "cc" or words[i].lower() in ("and", "or", "but") for i in between):
            continue  # "had been ... and announced": a true coordination
        if _has_dependent(deps, heads, verb, SUBJECTS):
            continue
        for i, head in enumerate(heads):
            if head == aux and i != verb:
                heads[i] = verb
        deps[verb], heads[verb] = "root", verb
        deps[aux], heads[aux] = "aux", verb


QUANTITY_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})


def _ed_before_a_number(words: list[str], pos: list[str], word: int) -> bool:
    """ "have [tortured] scores of refugees": an -ed word right before a count, where having
    the thing counted makes no sense, so the word is the perfect participle."""
    after = word + 1
    if not words[word].lower().endswith("ed") or after >= len(words):
        return False
    return pos[after] == "NUM" or words[after].lower() in QUANTITY_WORDS


def _is_headless_clause(deps: list[str], heads: list[int], pos: list[str], verb: int, aux: int) -> bool:
    """A participle with its own subject and auxiliary under a sentence whose root is a
    noun before that subject: the clause is the sentence, the noun a fronted phrase."""
    if heads[aux] != verb or "root" not in deps:
        return False
    root = deps.index("root")
    subjects = [i for i, h in enumerate(heads) if h == verb and deps[i] == "nsubj"]
    return pos[root] == "NOUN" and bool(subjects) and root < subjects[0] and _ancestors_include(heads, verb, root)


def _verb_inside_noun_phrase(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    if not words or words[-1] not in (".", "!") or "root" not in deps:
        return
    root = deps.index("root")
    other_verbs = [i for i, p in enumerate(pos) if p == "AUX" or (p == "VERB" and deps[i] != "amod")]
    if pos[root] not in ("NOUN", "PROPN") or other_verbs:
        return
    verbs = [i for i in range(1, root) if heads[i] == root and deps[i] == "amod" and pos[i] == "VERB"]
    if len(verbs) != 1 or pos[verbs[0] - 1] not in ("NOUN", "PROPN"):
        return
    verb, subject = verbs[0], verbs[0] - 1
    for i, dep in enumerate(deps):
        if heads[i] == root and i > root and dep == "punct":  # the full stop closes the clause
            heads[i] = verb
    deps[verb], heads[verb] = "root", verb
    deps[subject], heads[subject] = "nsubj", verb
    deps[root], heads[root] = "obj", verb


def _name_read_as_verb(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    if len(words) < 4 or pos[0] != "VERB" or not words[0][:1].isupper():
        return
    subject = next((j for j in range(1, min(len(words), 6)) if deps[j] in ("nsubj", "nsubj:pass")), None)
    if subject is None or heads[subject] == 0 or any(pos[k] not in ("NOUN", "PROPN", "ADJ") for k in range(1, subject)):
        return
    if deps[0] != "root" and _ancestors_include(heads, subject, 0):
        return  # "Saying Rocky Linux is for the community, X said": a participle's own clause
    if deps[0] == "root":  # the clause under the misread word becomes the sentence
        clause = heads[subject]
        for _ in range(len(words)):  # bounded: a malformed tree must not hang the repair
            if heads[clause] == 0 or heads[clause] == clause:
                break
            clause = heads[clause]
        if heads[clause] != 0 or clause == 0:
            return
        for i, head in enumerate(heads):
            if head == 0 and i not in (0, clause):
                heads[i] = clause
        deps[clause], heads[clause] = "root", clause
    deps[0], heads[0] = "compound", subject


SUBORDINATORS = {"after", "before", "since", "until", "as", "because", "while", "when", "once"}
# nouns that name a day relative to the writing: a sentence's adverb of time, never its subject
# when a name follows them after a comma
DEICTIC_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
# the roles of a noun phrase in its clause that a misread "the Ministry yesterday" can take
DAY_PHRASE_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:unmarked"})
# words that open a sentence with an adverbial clause before the main one
FRONTING_SUBORDINATORS = SUBORDINATORS | {"although", "though", "whereas", "whenever", "if", "unless"}


def _clause_read_as_phrase(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for verb in range(2, len(words)):
        if pos[verb] != "VERB" or deps[verb] not in ("conj", "parataxis", "dep", "acl"):
            continue
        if any(heads[i] == verb and deps[i] in ("nsubj", "nsubj:pass", "aux:pass", "mark") for i in range(len(words))):
            continue
        noun = verb - 1
        while noun > 0 and deps[noun] in ("compound", "flat", "flat:name") and heads[noun] > noun:
            noun = heads[noun]  # from the last word of a name to its head
        if deps[noun] != "obl" or pos[noun] not in ("NOUN", "PROPN") or noun >= verb:
            continue
        marks = [i for i in range(noun) if heads[i] == noun and deps[i] == "case" and words[i].lower() in SUBORDINATORS]
        between = [i for i in range(noun + 1, verb) if heads[i] == noun and deps[i] != "punct"]
        if not marks or between:
            continue
        governor = heads[noun]
        deps[verb], heads[verb] = "advcl", governor
        deps[noun], heads[noun] = "nsubj", verb
        deps[marks[0]], heads[marks[0]] = "mark", verb


BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"})
SUBJECT_OR_COPULA = frozenset({"nsubj", "nsubj:pass", "cop"})


def _verb_conjunct_on_a_noun(deps: list[str], heads: list[int], pos: list[str], tags: list[str] | None) -> None:
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "conj" or pos[verb] != "VERB" or pos[noun] not in ("NOUN", "PROPN", "ADJ") or noun > verb:
            continue
        if _has_dependent(deps, heads, verb, SUBJECT_OR_COPULA):
            continue
        if pos[noun] == "ADJ" and not _finite_after_an_adjective(deps, heads, tags, noun, verb):
            continue
        governor = noun
        for _ in range(6):  # up to the verb that the noun's phrase belongs to
            if heads[governor] == governor or pos[governor] in ("VERB", "AUX"):
                break
            governor = heads[governor]
        if pos[governor] == "VERB" and governor < verb:
            heads[verb] = governor


def _finite_after_an_adjective(deps: list[str], heads: list[int], tags: list[str] | None, adj: int, verb: int) -> bool:
    """Whether a verb coordinated with an adjective is a finite predicate of the clause above
    it: a past or present tense ("described X as unfair and [called] for talks"), not a
    participle ("a move described as unprecedented and [welcomed] by Y"), and the adjective
    no predicate with a subject of its own ("said it was unfair and [violated] the law")."""
    if tags is None or tags[verb] not in FINITE_TAGS:
        return False
    return not _has_dependent(deps, heads, adj, SUBJECT_OR_COPULA)


def _subject_behind_a_preposition(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for noun, dep in enumerate(deps):
        if dep == "obl" and pos[noun] in ("NOUN", "PROPN") and _subject_behind_a_date(deps, heads, words, noun):
            continue
        if dep not in ("nsubj", "nsubj:pass") or heads[noun] == noun:
            continue
        preps = [i for i in range(noun) if heads[i] == noun and deps[i] == "case" and pos[i] == "ADP"]
        preps = preps or _according_before(deps, heads, words, noun)
        if not preps:
            continue
        predicate = heads[noun]
        if any(heads[i] == noun and deps[i] == "nummod" for i in range(noun)):
            continue  # "Up to 40 rockets had been fired": a quantity, not a preposition
        if words[preps[0]].lower() == "for" and any(heads[i] == predicate and words[i] == "to" for i in range(noun)):
            continue  # "for them to leave": the subject of an infinitive
        dates = [i for i in range(preps[0] + 1, noun) if heads[i] == noun and _opens_a_date(words[i])]
        if dates:  # "On Sunday Presidents X and Y signed": the date is the oblique, the rest the subject
            date = dates[0]
            deps[date], heads[date] = "obl", predicate
            heads[preps[0]] = date
            continue
        if words[preps[0]].lower() in SUBORDINATORS:  # "after Trump had a call": a clause's mark
            deps[preps[0]], heads[preps[0]] = "mark", predicate
            continue
        deps[noun] = "obl"
        appositions = [i for i in range(noun + 1, predicate) if heads[i] == noun and deps[i] == "appos"]
        if appositions and pos[appositions[0]] in ("NOUN", "PROPN", "PRON"):
            deps[appositions[0]], heads[appositions[0]] = dep, predicate


def _subject_behind_a_date(deps: list[str], heads: list[int], words: list[str], noun: int) -> bool:
    """ "On Sunday [Presidents] X and Y signed" read as one oblique "On Sunday Presidents ..."
    of a verb with no subject: the date after the preposition is the oblique, the noun after
    it the subject. Whether it mended the tree."""
    predicate = heads[noun]
    if predicate <= noun or _has_dependent(deps, heads, predicate, SUBJECTS):
        return False
    preps = [i for i in range(noun) if heads[i] == noun and deps[i] == "case"]
    dates = [i for i in range(noun) if heads[i] == noun and _opens_a_date(words[i])]
    if not preps or not dates or not preps[0] < dates[0] == preps[0] + 1 or noun != dates[0] + 1:
        return False  # the noun right after the date: "On May 5, the frontrunner" is a date and more
    deps[dates[0]], heads[dates[0]] = "obl", predicate
    heads[preps[0]] = dates[0]
    deps[noun] = "nsubj"
    return True


def _according_before(deps: list[str], heads: list[int], words: list[str], noun: int) -> list[int]:
    """The "According" of "According to news agency ISNA, the prosecutor said", often tagged a
    verb and hung on the descriptor before the name: no subject takes it."""
    owners = {noun} | {i for i in range(noun) if heads[i] == noun and deps[i] == "nmod:desc"}
    return [i for i in range(noun) if heads[i] in owners and deps[i] == "case" and words[i].lower() == "according"]


def _title_read_as_a_conjunct_of_a_clause(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for noun, dep in enumerate(deps):
        if dep != "conj" or pos[noun] != "NOUN" or pos[heads[noun]] != "VERB" or heads[noun] > noun:
            continue
        end = max(i for i in range(len(deps)) if _ancestors_include(heads, i, noun))
        if end + 2 >= len(words) or words[end + 1] != ",":
            continue
        name = next((i for i in range(end + 2, len(deps)) if deps[i] in ("nsubj", "nsubj:pass")), None)
        if name is None or pos[name] != "PROPN" or heads[name] <= name or pos[heads[name]] != "VERB":
            continue
        verb = heads[name]
        if not all(_ancestors_include(heads, i, name) or words[i] == "," for i in range(end + 2, verb)):
            continue
        deps[noun], heads[noun] = deps[name], verb
        deps[name], heads[name] = "appos", noun


def _day_read_as_subject(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for day, dep in enumerate(deps):
        if dep in ("nsubj", "nsubj:pass") and words[day] in DEICTIC_DAYS and _subject_before(deps, heads, day):
            deps[day] = "obl:tmod"  # "ICI [today] announced" with two subjects: the day is the adverb
            continue  # lower case only: "USA Today" is a name
        if dep != "nsubj" or not (words[day].lower() in DEICTIC_DAYS or _opens_a_date(words[day])):
            continue
        names = [
            a for a in range(day + 1, heads[day]) if heads[a] == day and deps[a] == "appos" and words[a - 1] == ","
        ]
        if names and pos[names[0]] in ("PROPN", "NOUN", "PRON"):
            verb = heads[day]
            deps[names[0]], heads[names[0]] = "nsubj", verb
            deps[day] = "obl:tmod"


def _subject_before(deps: list[str], heads: list[int], word: int) -> bool:
    """Whether the predicate of ``word``, a subject, has another subject before it."""
    return any(deps[i] in ("nsubj", "nsubj:pass") and heads[i] == heads[word] for i in range(word))


def _day_read_as_the_head_of_a_noun_phrase(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    """ "summoned by the Ministry [yesterday]", "ICI [today] announced", "will sign a loan
    [tomorrow]" read as one noun phrase headed by the day, the noun its compound: a day
    relative to the writing modifies no noun, so the noun before it heads the phrase and takes
    its role, and the day is the predicate's adverb of time."""
    for day, dep in enumerate(deps):
        if words[day] not in DEICTIC_DAYS or dep not in DAY_PHRASE_ROLES or pos[heads[day]] != "VERB":
            continue  # lower case only: "USA Today", "Russia Today" are names
        noun = day - 1
        if noun < 0 or heads[noun] != day or deps[noun] != "compound" or pos[noun] not in ("NOUN", "PROPN"):
            continue
        moved = [i for i in range(noun) if heads[i] == day]  # its article, preposition, modifiers
        for i in moved:
            heads[i] = noun
        marked = dep == "obl:unmarked" and any(deps[i] == "case" and heads[i] == noun for i in range(noun))
        deps[noun], heads[noun] = "obl" if marked else dep, heads[day]
        deps[day], heads[day] = "obl:tmod", heads[noun]


def _gerund_read_as_adjective(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for gerund, dep in enumerate(deps):
        if dep != "amod" or pos[gerund] != "VERB" or not words[gerund].lower().endswith("ing"):
            continue
        noun = heads[gerund]
        verb = heads[noun]
        if noun <= gerund or deps[noun] != "obl" or pos[verb] != "VERB" or verb != gerund - 1:
            continue
        if _has_dependent(deps, heads, noun, frozenset({"case"})):
            continue  # a true oblique: "rallied against [striking] workers"
        deps[gerund], heads[gerund] = "xcomp", verb
        deps[noun], heads[noun] = "obj", gerund


def _list_without_conjunction(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    nominal = ("NOUN", "PROPN")
    for head in set(heads):
        members = [i for i, h in enumerate(heads) if h == head and deps[i] == "conj" and i != head]
        if len(members) != 1 or pos[head] != "PROPN" or pos[members[0]] not in nominal:
            continue
        member = members[0]
        if words[member - 1] != "," or any(heads[i] in (head, member) and deps[i] == "cc" for i in range(len(deps))):
            continue
        if words[member][:1].isupper():  # "Paris, Lyon": names in an unfinished list stay
            continue
        deps[member] = "appos"


def _apposition_with_its_own_preposition(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    """An apposition renames the noun it follows and takes no preposition of its own; one
    that opens, after a comma, with the same preposition as that noun ("met with the IMF,
    then [with] President Trump") is a second phrase of the same kind: a conjunct."""
    for i, dep in enumerate(deps):
        if dep != "appos" or pos[i] not in ("NOUN", "PROPN"):
            continue
        mine = _preposition_of(deps, heads, i)
        theirs = _preposition_of(deps, heads, heads[i])
        if mine is None or theirs is None or words[mine].lower() != words[theirs].lower():
            continue
        before = mine - 1 if pos[mine - 1] not in ("ADV", "CCONJ") else mine - 2
        if before > heads[i] and words[before] == ",":
            deps[i] = "conj"


def bare_subjunctive(tag: str, subjects: list[tuple[str, str]]) -> bool:
    """Whether a verb with no auxiliary is in the bare (mandative) subjunctive: a base or
    present form after a singular subject it does not agree with ("that NATO [withdraw]",
    "that the budget [include]"); with "we" or "they" the form is the present tense. The
    subjects are given as (tag, word) pairs."""
    singular = any(t in ("NN", "NNP") or w.lower() in ("he", "she", "it") for t, w in subjects)
    return tag in ("VB", "VBP") and singular


def _that_with_its_slot_taken(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    """A relative "that" read as the clause's object or subject while the clause has another,
    and the clause's verb a bare subjunctive ("its call [that] Russia withdraw its troops":
    "that" an object beside "troops"): a clause has one of each, and a demand's content is put
    in the subjunctive, so "that" is the conjunction of a content clause on the noun (a past
    tense there is more often the parse's second object, "values that Anita showed on ...")."""
    for i, word in enumerate(words):
        verb = heads[i]
        if word.lower() != "that" or deps[i] not in ("obj", "nsubj") or deps[verb] != "acl:relcl":
            continue
        if any(heads[j] == verb and deps[j] in ("aux", "aux:pass") for j in range(len(deps))):
            continue
        subjects = [(tags[j], words[j]) for j in range(len(deps)) if heads[j] == verb and deps[j] == "nsubj" and j != i]
        if bare_subjunctive(tags[verb], subjects) and any(
            heads[j] == verb and deps[j] == deps[i] and j != i for j in range(len(deps))
        ):
            deps[i], deps[verb] = "mark", "acl"


def _gerund_list_split(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    """A list of gerunds after one preposition ("accused the US of [violating] rights,
    [ignoring] law and [sending] a signal") read as the first gerund and, hung on the verb
    above, a bare -ing clause after a comma and a conjunct: the later gerunds continue the
    list, so they are conjuncts of the first (and share what the preposition says of it)."""
    for first, dep in enumerate(deps):
        if dep != "advcl" or tags[first] != "VBG" or heads[first] == first:
            continue
        if not any(heads[m] == first and deps[m] == "mark" and m < first for m in range(len(deps))):
            continue
        head = heads[first]
        for later in range(first + 1, len(deps)):
            if heads[later] != head or tags[later] != "VBG" or words[later - 1] != ",":
                continue
            if deps[later] == "advcl" and not any(heads[m] == later and deps[m] == "mark" for m in range(len(deps))):
                deps[later], heads[later] = "conj", first
        for later in range(first + 1, len(deps)):  # "... and [sending] a signal" on the verb
            if heads[later] == head and deps[later] == "conj" and tags[later] == "VBG" and tags[head] != "VBG":
                heads[later] = first


def _preposition_of(deps: list[str], heads: list[int], word: int) -> int | None:
    return next((j for j in range(word) if heads[j] == word and deps[j] == "case"), None)


def _verb_read_as_adjective(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for noun in range(len(deps)):
        if pos[noun] not in ("NOUN", "PROPN"):
            continue
        kids = [i for i, h in enumerate(heads) if h == noun and i != noun]
        subjects = [i for i in kids if deps[i] == "nsubj" and i < noun]
        if not subjects or any(deps[i] == "cop" for i in kids):
            continue
        verbs = [i for i in kids if deps[i] == "amod" and pos[i] == "VERB" and subjects[-1] < i < noun]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        deps[verb], heads[verb] = deps[noun], (verb if heads[noun] == noun else heads[noun])
        for i in kids:  # the subject and the clause's punctuation go to the verb
            if i != verb and deps[i] in ("nsubj", "punct"):
                heads[i] = verb
        if deps[verb] == "root":
            heads[verb] = verb
        deps[noun], heads[noun] = "obj", verb


def _name_coordinated_as_part_of_a_name(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for name, dep in enumerate(deps):
        first = heads[name]
        if dep not in ("flat", "flat:name") or first >= name:
            continue
        joints = [k for k in range(first + 1, name) if pos[k] == "CCONJ" and _ancestors_include(heads, k, name)]
        if joints:
            deps[name] = "conj"
            deps[joints[0]], heads[joints[0]] = "cc", name


def _clause_read_as_reduced_relative(deps: list[str], heads: list[int], pos: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "acl" or noun >= verb or pos[noun] not in ("NOUN", "PROPN"):
            continue
        # a participle (VBN) with a direct object on the root noun is the predicate the
        # sentence lacks: "The government, backed by Russia, [bombed] Idlib."
        active = deps[noun] == "root" and _has_dependent(deps, heads, verb, frozenset({"obj"}))
        if tags[verb] != "VBD" and not (tags[verb] == "VBN" and active):
            continue
        if deps[noun] not in ("dep", "obl", "root") or any(
            heads[i] == verb and deps[i].startswith("nsubj") for i in range(len(deps))
        ):
            continue
        if any(pos[i] in ("VERB", "AUX") and heads[i] == i for i in range(noun)):
            continue  # the noun is not the opening phrase of the sentence
        governor = heads[noun]
        if deps[noun] == "root":
            _promote_to_root(deps, heads, verb, noun)
        else:
            deps[verb], heads[verb] = ("ccomp" if governor > verb else "parataxis"), governor
        for i, h in enumerate(heads):  # "Up to 100 ...": the prepositions were the number's
            if h == noun and deps[i] == "case" and i < noun:
                deps[i] = "advmod"
        deps[noun], heads[noun] = "nsubj", verb


def _verb_inside_coordination(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    if not words or words[-1] not in (".", "!") or "root" not in deps:
        return
    root = deps.index("root")
    verbs = [i for i, p in enumerate(pos) if p in ("VERB", "AUX")]
    if pos[root] not in ("NOUN", "PROPN") or len(verbs) != 1:
        return
    verb = verbs[0]
    noun = heads[verb]
    if deps[verb] != "amod" or noun != verb + 1 or deps[noun] != "conj" or heads[noun] != root or verb < root:
        return
    deps[verb], heads[verb] = "root", verb
    deps[root], heads[root] = "nsubj", verb
    deps[noun], heads[noun] = "obj", verb
    for i, head in enumerate(heads):
        if head == root and i > noun and deps[i] in ("punct", "obl"):
            heads[i] = verb


def retag_from_tree(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> list[str]:
    """Tags mended where the tree proves them wrong (labels mended in place).

    - A noun with a verb particle of its own ("offered to [hand] over two suspects", "hand"
      read as a noun) is a verb; after "to" under another verb it is that verb's infinitive
      complement.
    - A verb with a possessor ("called Trump's [conduct] a breach of duty") is a noun: a verb
      takes no possessive. Read as the small clause's verb under "called", it is the object,
      and what it had as its object is the label.
    - A noun heading a complement clause with a pronoun subject and no copula ("said he
      [counts] on Turkey"), or with a subject before it and an object after it ("said the
      gunman [surrendered] himself"), is a verb: a noun takes a subject only through a
      copula, and no object at all.
    - An adjective or a noun with a direct object ("had [orchestrated] attacks", "will this
      week [visit] Britain") is a verb.
    - An adjective as the root with a subject and no copula or auxiliary ("The army [prepared]
      to resume shelling") is a verb: an adjective takes a subject only through a copula.
    - An adjective with a passive auxiliary and a verb complement ("is [set] to impose") is
      a passive participle.
    - A noun or adjective with "do" or a modal as its auxiliary and no copula ("Lam did not
      [accede] to the demands", a rare verb read as a noun) is a verb: "will be president"
      has a copula, "did not president" is no English (unless the word has a noun's own
      modifiers: then the tree is wrong elsewhere).
    - A prepositional phrase labelled ``nmod`` under a verb ("did not accede [to the
      demands]") is an oblique: ``nmod`` attaches to nouns.
    - An adjective in a noun's place (object, subject, oblique) with an indefinite article or
      a possessor ("Iran launched a fresh [offensive]", "began its [offensive]") is a noun:
      an adjective takes neither; "the wounded", "the poor" keep their class.
    """
    pos = list(pos)
    _adjectives_read_for_nouns(deps, heads, words, pos)
    for word in _passives_read_as_adjectives(deps, heads, pos):  # "is [set] to impose"
        pos[word] = "VERB"
    _particle_verbs(deps, heads, words, pos)
    _possessed_verbs(deps, heads, pos)
    _nouns_with_subjects(deps, heads, pos)
    _verbs_with_do_or_a_modal(deps, heads, words, pos)
    _verb_phrases_read_as_noun_phrases(deps, heads, pos)
    for i, tag in enumerate(pos):  # "had [orchestrated] attacks": an adjective (or a noun) takes no object
        if tag in ("ADJ", "NOUN") and any(h == i and deps[k] == "obj" for k, h in enumerate(heads)):
            pos[i] = "VERB"
        if tag == "ADJ" and deps[i] == "root" and {deps[k] for k, h in enumerate(heads) if h == i} & {"nsubj"}:
            if not any(h == i and deps[k] in ("cop", "aux", "aux:pass") for k, h in enumerate(heads)):
                pos[i] = "VERB"
        # "Peru [plans] to implement" (see ``repair``): a noun with a subject and an infinitive
        if (
            tag == "NOUN"
            and deps[i] == "root"
            and {deps[k] for k, h in enumerate(heads) if h == i} >= {"nsubj", "xcomp"}
        ):
            pos[i] = "VERB"
    return pos


NOMINAL_SLOTS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass", "obl", "nmod"})


def _adjectives_read_for_nouns(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for i, tag in enumerate(pos):
        if tag != "ADJ" or deps[i] not in NOMINAL_SLOTS:
            continue
        dependents = [k for k, h in enumerate(heads) if h == i and k != i]
        if any(
            deps[k] == "nmod:poss" or (deps[k] == "det" and words[k].lower() in ("a", "an", "another"))
            for k in dependents
        ):
            pos[i] = "NOUN"


def _verbs_with_do_or_a_modal(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for i, tag in enumerate(pos):
        if tag not in ("NOUN", "ADJ"):
            continue
        dependents = [k for k, h in enumerate(heads) if h == i and k != i]
        auxiliaries = [k for k in dependents if deps[k] == "aux" and words[k].lower() in VERB_ONLY_AUXILIARIES]
        # a noun's own modifiers say the tree is wrong elsewhere ("did not artificially curb
        # domestic [demand]" read as one phrase under "did"): such a word stays a noun
        if auxiliaries and not any(deps[k] in ("cop", "aux:pass") or deps[k] in NOUN_MODIFIERS for k in dependents):
            pos[i] = "VERB"  # its phrases become obliques next (``_verb_phrases_read_as_noun_phrases``)


def _verb_phrases_read_as_noun_phrases(deps: list[str], heads: list[int], pos: list[str]) -> None:
    """A phrase with a preposition under a verb is an oblique: ``nmod`` attaches to nouns."""
    for i, head in enumerate(heads):
        if deps[i] == "nmod" and head != i and pos[head] == "VERB":
            deps[i] = "obl"


def _nouns_with_subjects(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for i, tag in enumerate(pos):
        if tag != "NOUN" or deps[i] not in ("ccomp", "parataxis", "conj"):
            continue
        kids = [k for k in range(len(deps)) if heads[k] == i and k != i]
        if any(deps[k] in ("cop", "det", "nmod:poss", "amod", "case") for k in kids):
            continue
        if any(deps[k] == "nsubj" and pos[k] == "PRON" and k == i - 1 for k in kids):
            pos[i] = "VERB"
        elif any(deps[k] == "nsubj" and k < i for k in kids) and any(deps[k] == "obj" and k > i for k in kids):
            pos[i] = "VERB"  # "said the gunman [surrendered] himself": a noun takes no object


def _particle_verbs(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    for i, tag in enumerate(pos):
        if tag != "NOUN" or not any(heads[k] == i and deps[k] == "compound:prt" for k in range(len(deps))):
            continue
        pos[i] = "VERB"
        to = [k for k in range(i) if heads[k] == i and deps[k] in ("case", "mark") and words[k].lower() == "to"]
        if to and heads[i] != i and pos[heads[i]] == "VERB" and deps[i] in ("obl", "nmod", "obj"):
            deps[i], deps[to[0]] = "xcomp", "mark"
            for k in range(i + 1, len(deps)):  # its object, which the parse gave the verb above
                if heads[k] == heads[i] and deps[k] == "obj":
                    heads[k] = i


def _possessed_verbs(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for i, tag in enumerate(pos):
        children = [k for k in range(len(deps)) if heads[k] == i and k != i]
        if tag != "VERB" or not any(deps[k] == "nmod:poss" and k < i for k in children):
            continue
        if any(deps[k] in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for k in children):
            continue
        pos[i] = "NOUN"
        if deps[i] != "xcomp" or heads[i] == i or pos[heads[i]] != "VERB":
            continue
        label = next((k for k in children if deps[k] == "obj" and k > i), None)
        if label is None:
            continue
        deps[i] = "obj"
        deps[label], heads[label] = "xcomp", heads[i]


SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl", "csubj"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}  # a tense of its own: the word gives its clause a subject


def _has_dependent(deps: list[str], heads: list[int], word: int, labels: frozenset[str]) -> bool:
    """Whether ``word`` has a dependent with one of these labels (a subject, an auxiliary)."""
    return any(heads[k] == word and deps[k] in labels for k in range(len(deps)))


def _repeated_verb_coordination(deps: list[str], heads: list[int], words: list[str]) -> None:
    for verb, dep in enumerate(deps):
        if dep != "conj" or _has_dependent(deps, heads, verb, SUBJECTS):
            continue
        node = heads[verb]
        for _ in range(len(deps)):  # bounded: a malformed tree must not hang the repair
            if deps[node] not in ("ccomp", "conj") or heads[node] == node:
                break
            governor = heads[node]
            if deps[node] == "ccomp" and governor < verb and words[governor].lower() == words[verb].lower():
                heads[verb] = governor
                break
            node = governor


def _main_clause_swallowed_by_a_fronted_clause(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    if "root" not in deps or not words or words[0].lower() not in FRONTING_SUBORDINATORS:
        return
    root = deps.index("root")
    if heads[0] != root or "," not in words[root:]:
        return
    comma = words.index(",", root)
    # a past form (VBD, or VBN for the same word) hung back into the fronted clause, or read
    # as an adjective: with no main clause left, it is the main clause's verb
    past = FINITE_TAGS | {"VBN"}
    verb = next(
        (
            i
            for i in range(comma + 1, len(words))
            if tags[i] in past and pos[i] == "VERB" and (heads[i] <= comma or deps[i] in ("amod", "acl"))
        ),
        None,
    )
    if verb is None or _has_dependent(deps, heads, verb, SUBJECTS | {"aux", "aux:pass"}):
        return
    before = [k for k in range(comma + 1, verb) if not comma < heads[k] < verb]
    if not before or pos[before[0]] not in ("NOUN", "PROPN", "PRON"):
        return
    if any(deps[k].split(":")[0] not in ("obl", "advmod", "punct") for k in before[1:]):
        return  # the subject, then at most adverbials ("police [in response] fired")
    for k in range(comma + 1, len(words)):  # the words after the comma left in the fronted clause
        if heads[k] <= comma and k != verb:
            heads[k] = verb
    if deps[heads[verb]] != "root" and heads[verb] > verb:
        deps[heads[verb]] = "obj"  # "fired" read as an adjective of "gas": gas is what it fired
        heads[heads[verb]] = verb
    _promote_to_root(deps, heads, verb, root)
    deps[root], heads[root] = "advcl", verb
    deps[before[0]], heads[before[0]] = "nsubj", verb


def _subjectless_root_after_a_reporting_clause(
    deps: list[str], heads: list[int], pos: list[str], tags: list[str]
) -> None:
    for verb in range(len(deps)):
        if pos[verb] != "VERB" or _has_dependent(deps, heads, verb, SUBJECTS):
            continue
        if deps[verb] == "conj" and heads[verb] < verb:
            said = heads[verb]
        elif deps[verb] == "root":
            opening = [a for a in range(verb) if heads[a] == verb and deps[a] == "advcl"]
            if not opening or _has_dependent(deps, heads, opening[0], frozenset({"mark"})):
                continue
            said = opening[0]
        else:
            continue
        if tags[said] != "VBD" or pos[said] != "VERB" or not _has_dependent(deps, heads, said, SUBJECTS):
            continue
        complements = [k for k in range(said + 1, verb) if heads[k] == said and deps[k] == "ccomp"]
        if not complements or not (_present(deps, heads, tags, verb) and _present(deps, heads, tags, complements[-1])):
            continue
        if deps[verb] == "root":
            _promote_to_root(deps, heads, said, verb)
        deps[verb], heads[verb] = "conj", complements[-1]
        return


RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def _clause_before_a_closing_attribution(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    roots = [i for i, d in enumerate(deps) if d == "root"]
    if len(roots) != 1 or pos[roots[0]] not in ("NOUN", "PROPN"):
        return
    noun = roots[0]
    verb = noun + 1
    if verb >= len(deps) or heads[verb] != noun or deps[verb] != "acl" or tags[verb] not in ("VBD", "VBN"):
        return
    closing = [i for i in range(verb + 1, len(deps)) if heads[i] == noun and deps[i] == "acl:relcl"]
    if len(closing) != 1:
        return
    report = closing[0]
    first = min(k for k in range(len(deps)) if _ancestors_include(heads, k, report))
    if first == 0 or words[first - 1] != "," or words[first].lower() in RELATIVE_WORDS:
        return
    if not _has_dependent(deps, heads, report, SUBJECTS):
        return
    _promote_to_root(deps, heads, verb, noun)
    for i in range(verb + 1, len(deps)):
        if heads[i] == noun:  # what followed the verb is the clause's: "last week", "in the town"
            heads[i] = verb
            deps[i] = {"nmod": "obl", "nmod:unmarked": "obl:unmarked", "acl": "advcl"}.get(deps[i], deps[i])
    deps[report] = "parataxis"
    deps[noun], heads[noun] = "nsubj", verb


PHRASE_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"})  # "the country's state news agency"
CLOSING_DEPENDENTS = frozenset({"obl", "obl:unmarked", "obl:tmod", "advmod", "punct", "case"})


def _closing_attribution_read_as_apposition(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    roots = [i for i, d in enumerate(deps) if d == "root"]
    if len(roots) != 1 or pos[roots[0]] != "VERB":
        return
    root = roots[0]
    verb = _closing_verb(deps, heads, pos, root)
    if verb is None or tags[verb] not in ("VBD", "VBZ") or _has_dependent(deps, heads, verb, SUBJECTS):
        return
    comma = max((k for k in range(root + 1, verb) if words[k] == ","), default=None)
    if comma is None or comma + 1 == verb or any(pos[k] not in PHRASE_WORDS for k in range(comma + 1, verb)):
        return
    noun = verb - 1
    if pos[noun] not in ("NOUN", "PROPN") or any(heads[k] == noun and k < comma for k in range(len(deps))):
        return
    _promote_to_root(deps, heads, verb, root)
    deps[root], heads[root] = "ccomp", verb
    deps[noun], heads[noun] = "nsubj", verb
    heads[comma] = root
    for k in range(comma + 1, noun):  # "the", "Washington": the subject's own words
        if not comma < heads[k] < verb:
            heads[k] = noun


def _closing_verb(deps: list[str], heads: list[int], pos: list[str], root: int) -> int | None:
    """The sentence's last verb, when nothing after it but a phrase of time or place and
    punctuation hangs on it ("reported on Tuesday."), and it is not the root."""
    last = max((k for k in range(len(deps)) if pos[k] == "VERB"), default=None)
    if last is None or last <= root:
        return None
    after = [k for k in range(last + 1, len(deps)) if heads[k] == last]
    if any(deps[k] not in CLOSING_DEPENDENTS for k in after):
        return None
    if any(pos[k] not in ("ADP", "PROPN", "NOUN", "NUM", "PUNCT", "ADV", "DET") for k in range(last + 1, len(deps))):
        return None
    return last


def _present(deps: list[str], heads: list[int], tags: list[str], word: int) -> bool:
    """Whether a predicate is in the present tense, by its own tag or its auxiliary's."""
    if tags[word] in ("VBZ", "VBP"):
        return True
    return any(heads[k] == word and deps[k] in ("aux", "cop") and tags[k] in ("VBZ", "VBP") for k in range(len(deps)))


def _clause_read_as_conjoined_noun(deps: list[str], heads: list[int], pos: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        if dep != "acl" or tags[verb] != "VBD" or heads[verb] >= verb or _has_dependent(deps, heads, verb, SUBJECTS):
            continue
        phrase = heads[verb]
        while deps[phrase] == "nmod" and heads[phrase] < phrase:
            phrase = heads[phrase]  # "the leaders of the two countries": the leaders
        first = heads[phrase]
        if deps[phrase] == "nsubj" and first > verb and pos[first] == "VERB":
            # "... the leaders of the two countries [spoke] by telephone, and expressed ...":
            # the verb the subject was given is the second of two predicates
            opening = [i for i in range(phrase) if heads[i] == first and deps[i] in ("cc", "punct")]
            if deps[first] == "root":
                _promote_to_root(deps, heads, verb, first)
            else:
                deps[verb], heads[verb] = deps[first], heads[first]
            deps[first], heads[first] = "conj", verb
        elif deps[phrase] == "conj" and deps[first] in ("obj", "obl") and pos[heads[first]] == "VERB":
            opening = [i for i in range(phrase) if heads[i] == phrase and deps[i] in ("cc", "punct")]
            if not any(deps[i] == "cc" for i in opening):
                continue
            deps[verb], heads[verb] = "conj", heads[first]
        else:
            continue
        for i in opening:  # the "but" and its comma open the clause
            heads[i] = verb
        deps[phrase], heads[phrase] = "nsubj", verb


def _participle_clause_read_as_relative(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "acl" or tags[verb] != "VBG" or not 0 < noun < verb - 1 or words[verb - 1] != ",":
            continue
        if tags[noun] not in ("NN", "NNS") or deps[noun] not in ("obj", "obl"):
            continue
        if any(heads[i] == verb and deps[i].startswith("nsubj") for i in range(len(deps))):
            continue
        deps[verb], heads[verb] = "advcl", heads[noun]
        heads[verb - 1] = verb


def _subjects_read_as_object(deps: list[str], heads: list[int], pos: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        if dep != "conj" or heads[verb] >= verb:
            continue
        own = [i for i, h in enumerate(heads) if h == verb and i != verb]
        modal = any(deps[i] == "aux" and tags[i] == "MD" for i in own)
        subjects = [i for i in own if deps[i] == "nsubj" and pos[i] == "PROPN"]
        links = [i for i in own if deps[i] == "cc"]
        if not modal or not subjects or not links or links[0] + 1 != subjects[0]:
            continue
        governor, link, second = heads[verb], links[0], subjects[0]
        first = [i for i, h in enumerate(heads) if h == governor and deps[i] == "obj" and pos[i] == "PROPN"]
        if not first or not _ends_right_before(heads, first[-1], link):
            continue
        if any(heads[i] == governor and deps[i] in ("ccomp", "xcomp") for i in range(len(deps))):
            continue
        deps[verb] = "ccomp"
        deps[first[-1]], heads[first[-1]] = "nsubj", verb
        deps[second], heads[second] = "conj", first[-1]
        heads[link] = second


@lru_cache(maxsize=4)
def _verb_forms(table: str) -> frozenset[str]:
    """The forms of the verbs a table of ``function_words.toml`` lists ("clause_taking_verbs")."""
    return expand(resources.read_toml("function_words.toml")[table]["lemmas"])


@lru_cache(maxsize=2)
def _calendar_words(kind: str) -> frozenset[str]:
    return frozenset(resources.read_toml("function_words.toml")["calendar_words"][kind])


def is_day_name(word: str) -> bool:
    """A day of the week ("Monday"): ``function_words.toml``."""
    return word.lower() in _calendar_words("days")


def is_month_name(word: str) -> bool:
    """A month, written out or abbreviated ("March", "Sept."): ``function_words.toml``."""
    return word.lower() in _calendar_words("months")


def _opens_a_date(word: str) -> bool:
    """A day or a month written out ("Sunday", "May"), the names a date phrase opens with
    (``function_words.toml``; an abbreviation such as "Sept." is left to the date readers)."""
    return is_day_name(word) or (is_month_name(word) and not word.endswith("."))


@lru_cache(maxsize=1)
def _reduced_clause_subordinators() -> frozenset[str]:
    return frozenset(resources.read_toml("function_words.toml")["reduced_clause_subordinators"]["words"])


def opens_a_reduced_clause(word: str) -> bool:
    """Whether a subordinator opens clauses with no subject ("when asked", "if elected")."""
    return word.lower() in _reduced_clause_subordinators()


def takes_a_bare_clause(word: str) -> bool:
    """Whether a verb form takes a finite clause with no "that" ("announced Avenatti intended
    to appeal"): after one, a noun and a verb are a subject and its predicate."""
    return word.lower() in _verb_forms("clause_taking_verbs")


def _clause_subject_read_as_object(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    for verb, dep in enumerate(deps):
        said = heads[verb]
        if dep != "conj" or said >= verb or pos[verb] != "VERB" or tags[verb] not in FINITE_TAGS:
            continue
        if not takes_a_bare_clause(words[said]):
            continue
        if _has_dependent(deps, heads, verb, SUBJECTS | {"cc", "punct", "mark"}):
            continue
        between = range(said + 1, verb)
        objects = [k for k in between if heads[k] == said and deps[k] == "obj"]
        if len(objects) != 1 or not all(_ancestors_include(heads, k, objects[0]) for k in between):
            continue  # only the subject's phrase between them
        nominal = pos[objects[0]] in ("NOUN", "PROPN", "PRON")
        if not nominal and not _has_dependent(deps, heads, objects[0], frozenset({"det"})):
            continue  # a nominal adjective or participle has its article: "the [accused]"
        if _has_dependent(deps, heads, said, frozenset({"ccomp", "xcomp"})):
            continue
        deps[verb] = "ccomp"
        deps[objects[0]], heads[objects[0]] = "nsubj", verb


def _reduced_relative_before_a_copula(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    for predicate, dep in enumerate(deps):
        verb = heads[predicate]
        if dep not in ("obl", "obl:agent", "nmod") or pos[verb] != "VERB" or tags[verb] not in ("VBN", "VBD"):
            continue
        own = [k for k in range(len(deps)) if heads[k] == predicate and k != predicate]
        by = [k for k in own if deps[k] == "case" and words[k].lower() == "by"]
        agent = [k for k in own if deps[k] == "nsubj"]
        copula = [k for k in own if deps[k] == "cop"]
        if not (by and agent and copula and by[0] < agent[0] < copula[0] < predicate):
            continue
        subject = [k for k in range(verb) if heads[k] == verb and deps[k] == "nsubj"]
        # "charges [that] vessels seized by Iran were spy boats": "that" read as the relative's
        # object is the content clause's conjunction
        that = [k for k in range(verb) if heads[k] == verb and deps[k] == "obj" and words[k].lower() == "that"]
        that = that if subject and that and that[0] < subject[0] else []
        objects = [k for k in range(len(deps)) if heads[k] == verb and deps[k] == "obj" and k not in that]
        if not subject or objects or _has_dependent(deps, heads, verb, frozenset({"aux", "aux:pass"})):
            continue
        if that:
            deps[that[0]] = "mark"
            deps[verb] = "acl" if deps[verb] == "acl:relcl" else deps[verb]
        for k in range(len(deps)):  # the clause's mark and closing punctuation go with its new head
            if heads[k] == verb and (deps[k] == "mark" or (deps[k] == "punct" and k > predicate)):
                heads[k] = predicate
        deps[predicate], heads[predicate] = deps[verb], predicate if deps[verb] == "root" else heads[verb]
        deps[verb], heads[verb] = "acl", subject[0]
        heads[subject[0]] = predicate
        deps[agent[0]], heads[agent[0]] = "obl:agent", verb
        heads[by[0]] = agent[0]


def _complement_subject_hung_on_its_fronted_phrase(
    deps: list[str], heads: list[int], words: list[str], pos: list[str]
) -> None:
    for that, word in enumerate(words):
        verb = heads[that]
        if word.lower() != "that" or deps[that] != "nsubj" or verb <= that or heads[verb] != that - 1:
            continue  # only "that" right after the verb whose complement it opens
        commas = [k for k in range(that + 2, verb) if words[k] == ","]
        if not commas or _has_dependent(deps, heads, verb, SUBJECTS - {"nsubj"}):
            continue
        phrase = range(commas[-1] + 1, verb)
        loose = [k for k in phrase if not commas[-1] < heads[k] < verb]
        if len(loose) != 1 or not _names_someone(deps, heads, pos, loose[0]) or heads[loose[0]] >= commas[-1]:
            continue
        deps[that], heads[that] = "mark", verb
        deps[loose[0]], heads[loose[0]] = "nsubj", verb


def _subject_read_as_compound(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    for noun, dep in enumerate(deps):
        verb = heads[noun]
        if dep != "compound" or verb != noun + 1 or pos[noun] not in ("NOUN", "PROPN") or words[verb].istitle():
            continue
        past = tags[verb] == "VBD" or (tags[verb] == "VBN" and deps[verb] == "root")
        if past and pos[verb] == "VERB" and not _has_dependent(deps, heads, verb, SUBJECTS | {"aux", "aux:pass"}):
            deps[noun] = "nsubj"


def _object_split_across_a_conjunct_verb(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for verb, dep in enumerate(deps):
        noun = verb + 1
        if dep != "conj" or pos[verb] != "VERB" or noun >= len(deps) or pos[noun] != "NOUN":
            continue
        if heads[noun] >= verb or _has_dependent(deps, heads, verb, SUBJECTS | {"obj", "ccomp", "xcomp"}):
            continue
        before = [k for k in range(heads[noun] + 1, verb) if heads[k] == noun]
        nouns = [k for k in before if pos[k] in ("NOUN", "PROPN")]
        if not nouns or not any(deps[k] == "case" for k in before):
            continue  # only a phrase with its own preposition before the verb: "as a terrorist"
        new_head = nouns[-1]
        deps[new_head], heads[new_head] = deps[noun], heads[noun]
        for k in before:
            if k != new_head:
                heads[k] = new_head
        deps[noun], heads[noun] = "obj", verb
        for k in range(noun + 1, len(deps)):  # "levied sanctions [against him]": the oblique after it
            if heads[k] == heads[verb] and deps[k] == "obl":
                heads[k] = verb


def _ends_right_before(heads: list[int], head: int, position: int) -> bool:
    """Whether the words hanging on ``head`` (a name and its flat parts) end at ``position - 1``."""
    last = max([head] + [i for i, h in enumerate(heads) if h == head])
    return last + 1 == position


def _participle_read_as_root(deps: list[str], heads: list[int], pos: list[str], tags: list[str]) -> None:
    if "root" not in deps:
        return
    root = deps.index("root")
    kids = [i for i, h in enumerate(heads) if h == root and i != root]
    subjects = [i for i in kids if deps[i] == "nsubj" and i < root]
    if tags[root] != "VBG" or not subjects or any(deps[i] in ("aux", "aux:pass", "cop") for i in kids):
        return
    for verb in kids:
        if verb < root or deps[verb] not in ("parataxis", "conj") or pos[verb] != "VERB":
            continue
        own = [i for i, h in enumerate(heads) if h == verb]
        finite = tags[verb] in FINITE_TAGS or any(deps[i] in ("aux", "aux:pass") for i in own)
        if not finite or any(deps[i] in SUBJECTS for i in own):
            continue
        _promote_to_root(deps, heads, verb, root)
        subject = subjects[0]
        deps[subject], heads[subject] = "nsubj", verb
        deps[root], heads[root] = "acl", subject
        return
    subject = subjects[0]
    clauses = [i for i in range(subject + 1, root) if heads[i] == subject and deps[i] in ("acl", "acl:relcl")]
    if len(clauses) == 1 and tags[clauses[0]] in FINITE_TAGS:  # "Erdogan [called] for X, claiming Y"
        verb = clauses[0]
        own = [i for i, h in enumerate(heads) if h == verb]
        if any(deps[i] in SUBJECTS or deps[i] == "mark" or pos[i] == "PRON" and i < verb for i in own):
            return  # a relative clause of its own ("who called")
        _promote_to_root(deps, heads, verb, root)
        deps[subject], heads[subject] = "nsubj", verb
        deps[root], heads[root] = "advcl", verb


def _finite_verb_read_as_adjective(deps: list[str], heads: list[int], pos: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        if dep != "amod" or tags[verb] not in FINITE_TAGS or heads[verb] <= verb:
            continue
        if not any(heads[i] == verb and deps[i] == "nsubj" and i < verb for i in range(len(deps))):
            continue
        phrase = _phrase_head(deps, heads, heads[verb])  # the phrase the verb sits in: "Macron's [recommendation]"
        if pos[phrase] not in ("NOUN", "PROPN") or deps[phrase] in SUBJECTS:
            continue  # (the phrase as a later clause's subject needs more than one move)
        if deps[phrase] == "root":
            _promote_to_root(deps, heads, verb, phrase)
        else:
            deps[verb], heads[verb] = deps[phrase], heads[phrase]
        deps[phrase], heads[phrase] = "obj", verb


def _complement_read_as_purpose(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        governor = heads[verb]
        if dep != "advcl" or tags[verb] != "VB" or governor >= verb:
            continue
        if words[governor].lower() not in _verb_forms("object_control_verbs"):  # "advised [militias] to"
            continue
        if not any(heads[k] == verb and deps[k] == "mark" and words[k].lower() == "to" for k in range(verb)):
            continue
        objects = [k for k in range(governor + 1, verb) if heads[k] == governor and deps[k] in ("obj", "iobj")]
        if objects and not _has_dependent(deps, heads, governor, frozenset({"xcomp", "ccomp"})):
            deps[verb] = "xcomp"


def _perfect_infinitive_read_as_purpose(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        if dep != "advcl" or tags[verb] != "VBN" or heads[verb] >= verb:
            continue
        before = [(deps[k], words[k].lower()) for k in range(heads[verb] + 1, verb) if heads[k] == verb]
        if ("mark", "to") in before and ("aux", "have") in before:  # "to have visited"
            deps[verb] = "xcomp"


LOOSE_NOMINAL_LABELS = frozenset({"advmod", "vocative", "dep", "discourse"})  # "[UNITA] has been fighting"
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _subject_read_as_a_modifier(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    for noun, dep in enumerate(deps):
        verb = heads[noun]
        if dep not in LOOSE_NOMINAL_LABELS or tags[noun] not in NOUN_TAGS or not noun < verb:
            continue
        if deps[verb] == "conj" or not _is_finite(deps, heads, tags, verb):
            continue  # a conjunct verb shares the subject of the first
        if _has_dependent(deps, heads, verb, SUBJECTS | {"csubj:pass"}):
            continue
        word = words[noun].lower()
        if word in DEICTIC_DAYS or is_day_name(word) or is_month_name(word):
            continue
        deps[noun] = "nsubj"


DETERMINER_LABELS = frozenset({"det", "nmod:poss"})


def _coordinated_modifiers_read_as_heads(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    for first, tag in enumerate(tags[:-3]):
        joint, modifier, noun = first + 1, first + 2, first + 3
        if tag != "NN" or pos[first] != "NOUN" or deps[first] in ("compound", "amod", "conj") or heads[first] == first:
            continue
        if words[joint].lower() not in ("and", "or") or deps[modifier] != "compound" or heads[modifier] != noun:
            continue
        if tags[noun] != "NNS" or deps[noun] != "conj" or heads[noun] != first:
            continue
        if any(heads[k] == first and k > first and k not in (joint, noun) for k in range(len(heads))):
            continue  # a first noun with words after it heads its own phrase
        if not _has_dependent(deps, heads, first, DETERMINER_LABELS):  # (none after it: checked above)
            continue  # a bare mass noun may be a phrase of its own: "seeking [credit] and barter provisions"
        deps[noun], heads[noun] = deps[first], heads[first]
        for k, head in enumerate(heads):
            if head == first and k < first:
                heads[k] = noun  # "Japan's", "the": the phrase's determiners
        deps[first], heads[first] = "compound", noun
        deps[modifier], heads[modifier] = "conj", first
        deps[joint], heads[joint] = "cc", modifier


def _fronted_participle_read_as_adjective(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    if not tags or tags[0] != "VBG" or deps[0] != "amod" or "," not in words:
        return
    comma, noun = words.index(","), heads[0]
    verb = heads[noun]
    subject = [k for k in range(comma + 1, verb) if heads[k] == verb and deps[k] == "nsubj"]
    if tags[verb][:2] != "VB" or not subject:
        return
    own = _has_dependent(deps, heads, 0, frozenset({"obj", "xcomp", "ccomp"}))
    if noun > comma and subject == [noun] and own:  # "Refusing to give up power, [Mugabe] agreed"
        deps[0], heads[0] = "advcl", verb  # ("Leading academic, research and ... institutions" stays)
    elif noun < comma and deps[noun] in ("obl", "obj") and not _has_dependent(deps, heads, noun, frozenset({"case"})):
        deps[0], heads[0] = "advcl", verb  # "Forecasting sluggish [growth] in Japan, Wallis urged"
        deps[noun], heads[noun] = "obj", 0


def _is_finite(deps: list[str], heads: list[int], tags: list[str], verb: int) -> bool:
    """A verb with a tense of its own or a finite auxiliary or modal: one that takes a subject."""
    auxiliaries = [k for k in range(len(deps)) if heads[k] == verb and deps[k] in ("aux", "aux:pass") and k != verb]
    return tags[verb] in FINITE_TAGS or any(tags[k] in FINITE_OR_MODAL_TAGS for k in auxiliaries)


def _reporting_verb_read_as_adjective(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    for said, dep in enumerate(deps):
        subject = heads[said]
        if dep != "amod" or subject != said + 1 or said == 0 or not takes_a_bare_clause(words[said]):
            continue
        verb = heads[subject]
        if deps[subject] != "nsubj" or verb <= subject or pos[verb] not in ("VERB", "AUX"):
            continue
        if tags[verb] not in FINITE_TAGS and not _has_dependent(deps, heads, verb, frozenset({"aux"})):
            continue  # the clause reported is finite: "have attacked", "caused"
        speaker = said - 1  # the head of the phrase that ends right before the verb
        if pos[speaker] not in ("NOUN", "PROPN") or _last_of(heads, speaker) != speaker:
            continue
        if not (heads[speaker] == verb and deps[speaker] == "nsubj") and heads[speaker] not in (subject, said):
            continue  # two subjects of one verb, or the speaker hung on the reported subject or the "adjective"
        if deps[verb] == "root":
            _promote_to_root(deps, heads, said, verb)
        else:
            deps[said], heads[said] = deps[verb], heads[verb]
        deps[verb], heads[verb] = "ccomp", said
        deps[speaker], heads[speaker] = "nsubj", said


def _infinitive_read_as_adjective(deps: list[str], heads: list[int], words: list[str], tags: list[str]) -> None:
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "amod" or tags[verb] != "VB" or noun <= verb or noun == heads[noun]:
            continue
        to = [k for k in range(verb) if heads[k] == noun and deps[k] in ("case", "mark") and words[k].lower() == "to"]
        if not to or deps[noun] not in ("obl", "nmod", "obj"):
            continue
        deps[verb], heads[verb] = "xcomp", heads[noun]
        deps[noun], heads[noun] = "obj", verb
        deps[to[0]], heads[to[0]] = "mark", verb


def _verb_read_as_plural_noun(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    root = next((i for i, d in enumerate(deps) if d == "root"), None)
    if root is None or root == 0 or tags[root] != "NNS" or deps[root - 1] != "compound" or heads[root - 1] != root:
        return
    if pos[root - 1] != "PROPN" or _has_dependent(deps, heads, root, frozenset({"det", "nmod:poss"})):
        return
    after = root + 2
    if after >= len(words) or words[root + 1].lower() != "to" or heads[after] != root or deps[after] != "acl":
        return
    if tags[after] != "VB" or any(
        p in ("VERB", "AUX") and k != after and not _ancestors_include(heads, k, after) for k, p in enumerate(pos)
    ):
        return  # another verb is the predicate: "Peru plans to build roads were shelved"
    deps[root - 1] = "nsubj"
    deps[after] = "xcomp"


def _past_verb_read_as_adjective_of_its_object(
    deps: list[str], heads: list[int], pos: list[str], tags: list[str]
) -> None:
    """ "Israeli jets [bombed] Palestinian targets ..., local radio stations said", "The
    statement [denied] published reports that ...": a clause (the root, or a complement of
    saying) read as one noun phrase, its past verb an adjective of the object, its subject a
    modifier right before that verb. The clause has no subject, copula or auxiliary of its
    own; a participle must be followed by its object's own modifiers ("bombed [Palestinian]
    targets"), since "state owned firms" is a noun phrase."""
    for verb, dep in enumerate(deps):
        noun = heads[verb]
        if dep != "amod" or tags[verb] not in ("VBD", "VBN") or noun <= verb or verb == 0:
            continue
        if deps[noun] not in ("root", "ccomp", "parataxis"):
            continue
        kids = [i for i, h in enumerate(heads) if h == noun and i != noun]
        if any(deps[i] in ("cop", "aux", "aux:pass", "nsubj", "nsubj:pass") for i in kids):
            continue
        subject = verb - 1
        if heads[subject] != noun or pos[subject] not in ("NOUN", "PROPN"):
            continue
        if deps[subject] not in ("compound", "nmod:poss", "amod", "nmod"):
            continue
        if tags[verb] == "VBN" and not any(verb < i < noun for i in kids):
            continue
        for i in kids:
            if i < subject:  # "[The] statement", "[Spain 's] Finance Ministry": the subject's words
                heads[i] = subject
        if deps[noun] == "root":
            _clause_of(deps, heads, verb, noun, subject, noun)
            return
        deps[verb], heads[verb] = deps[noun], heads[noun]  # a reported clause keeps its place
        for i in kids:
            if i > noun and deps[i] == "punct":
                heads[i] = verb
        deps[subject], heads[subject] = "nsubj", verb
        deps[noun], heads[noun] = "obj", verb
        return


def _verb_read_as_modifier_in_a_verbless_sentence(
    deps: list[str], heads: list[int], words: list[str], pos: list[str], tags: list[str]
) -> None:
    if "root" not in deps or pos[-1] != "PUNCT":
        return
    root = deps.index("root")
    verbs = [i for i, p in enumerate(pos) if p == "VERB" and tags[i] not in ("VBG", "VB")]
    if not verbs:  # "Germany [summoned] Russian ambassador X": a rare past form tagged an adjective
        verbs = [i for i, p in enumerate(pos) if p == "ADJ" and words[i].lower().endswith("ed") and i > 0]
    if pos[root] not in ("NOUN", "PROPN") or len(verbs) != 1 or "AUX" in pos:
        return
    verb = verbs[0]
    noun = heads[verb]
    finite = [k for k, t in enumerate(tags) if k != verb and t in FINITE_OR_MODAL_TAGS]
    if deps[verb] != "amod" or noun <= verb or finite:
        return
    before = [i for i in range(verb) if heads[i] == noun]  # words before the verb hung on the noun after it
    names = [i for i in before if pos[i] in ("NOUN", "PROPN")]
    if root < verb and noun != root and names:
        phrase = names[-1]  # "in a speech at [the IMF]": the words before the verb are a phrase of their own
        deps[phrase], heads[phrase] = deps[noun], heads[noun]
        subject = root
    elif noun == root and names:
        phrase = subject = names[-1]  # "President [Reagan] angrily denounced press reports"
    elif root < verb and heads[noun] == root and not before:
        phrase, subject = noun, root  # "[Kuwait] summoned Iranian Ambassador X" with X a flat of "Kuwait"
    else:
        return
    for i in before:
        if i != phrase:
            deps[i], heads[i] = ("advmod", verb) if pos[i] == "ADV" else (deps[i], phrase)
    _clause_of(deps, heads, verb, root, subject, noun)


@lru_cache(maxsize=1)
def _irregular_pasts() -> frozenset[str]:
    """Past forms unlike their verb's base ("shot", "struck", "fought")."""
    return frozenset(form for lemma, forms in irregular_forms().items() for form in forms if form != lemma)


def _past_form_read_as_noun_in_a_verbless_sentence(
    deps: list[str], heads: list[int], words: list[str], pos: list[str]
) -> None:
    """ "A gunman [shot] shoppers at a Walmart store." read as one noun phrase ("shot" a
    noun modifying "shoppers", "gunman" an adjective): with no verb in the sentence, an
    irregular past form modifying the root noun, with a noun or adjective right before it,
    is the predicate, that word its subject and the root its object."""
    if "root" not in deps or pos[-1] != "PUNCT" or "VERB" in pos or "AUX" in pos:
        return
    root = deps.index("root")
    for verb in range(1, root):
        subject = verb - 1
        if pos[verb] != "NOUN" or heads[verb] != root or deps[verb] not in ("compound", "amod"):
            continue
        if words[verb].lower() not in _irregular_pasts() or pos[subject] not in ("NOUN", "PROPN", "ADJ"):
            continue
        for i in range(subject):  # "A" of "A gunman"
            if heads[i] in (root, verb):
                heads[i] = subject
        _clause_of(deps, heads, verb, root, subject, root)
        return


def _verb_read_as_preposition_in_a_verbless_sentence(
    deps: list[str], heads: list[int], pos: list[str], tags: list[str]
) -> None:
    if "root" not in deps or pos[-1] != "PUNCT" or "AUX" in pos:
        return
    root = deps.index("root")
    verbs = [k for k, p in enumerate(pos) if p == "VERB" and deps[k] == "case" and tags[k] not in ("VBG", "VB")]
    finite = [k for k, t in enumerate(tags) if t in FINITE_OR_MODAL_TAGS and k not in verbs]
    if pos[root] not in ("NOUN", "PROPN") or len(verbs) != 1 or finite:
        return
    verb = verbs[0]  # tagged as a verb by one model, as a preposition ("IN") by the other at times
    noun = heads[verb]
    if not root < verb < noun or heads[noun] != root:
        return
    _clause_of(deps, heads, verb, root, root, noun)


def _clause_read_as_a_conjunct_noun_with_an_adjective(
    deps: list[str], heads: list[int], words: list[str], pos: list[str]
) -> None:
    if "root" not in deps:
        return
    root = deps.index("root")
    for verb in range(2, len(deps)):
        noun = heads[verb]
        if deps[verb] != "amod" or pos[verb] != "VERB" or noun <= verb:
            continue
        auxiliaries = [k for k in range(verb) if heads[k] == verb and deps[k] == "aux"]
        if not auxiliaries:
            continue  # an adjective takes no auxiliary: "have [alleged] Iranian involvement" is a clause
        end = auxiliaries[0] - 1
        if pos[end] not in ("NOUN", "PROPN") or deps[end] != "conj":
            continue
        subject = end
        while deps[subject] == "conj" and heads[subject] < subject and "," not in words[heads[subject] : subject]:
            subject = heads[subject]  # "Saudi Arabia and the United States": the list's first item
        if deps[subject] != "conj" or heads[subject] == root or pos[heads[subject]] not in ("NOUN", "PROPN"):
            continue
        opening = [k for k in range(subject) if heads[k] == subject and deps[k] == "cc"]
        if not opening:
            continue
        for k in opening:  # "but" opens the clause
            heads[k] = verb
        deps[verb], heads[verb] = "conj", root
        deps[subject], heads[subject] = "nsubj", verb
        deps[noun], heads[noun] = "obj", verb
        return


def _clause_of(deps: list[str], heads: list[int], verb: int, old_root: int, subject: int, obj: int) -> None:
    """A verbless sentence's verb made its predicate: the root, with its subject and object."""
    _promote_to_root(deps, heads, verb, old_root)
    deps[subject], heads[subject] = "nsubj", verb
    deps[obj], heads[obj] = "obj", verb


def _promote_to_root(deps: list[str], heads: list[int], verb: int, old_root: int) -> None:
    """The verb becomes the sentence's root and takes the punctuation after it that hung on
    the old root; the caller says what the old root becomes."""
    for i, head in enumerate(heads):
        if head == old_root and i > verb and deps[i] == "punct":
            heads[i] = verb
    deps[verb], heads[verb] = "root", verb


def _name_read_as_a_loose_phrase(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    if "root" not in deps:
        return
    root = deps.index("root")
    has_subject = {heads[i] for i, d in enumerate(deps) if d in SUBJECTS}
    if pos[root] == "PROPN":  # "Hatice Cengiz, the fiancée of X, criticized ...": a parataxis of the name
        verbs = [v for v in range(root + 1, len(deps)) if heads[v] == root and deps[v] in ("parataxis", "acl")]
        verbs = [v for v in verbs if pos[v] == "VERB" and v not in has_subject and words[v - 1] == ","]
        if verbs and any(heads[a] == root and deps[a] == "appos" and a < verbs[0] for a in range(len(deps))):
            _promote_to_root(deps, heads, verbs[0], root)
            deps[root], heads[root] = "nsubj", verbs[0]
        return
    if pos[root] != "VERB" or root in has_subject:
        return
    names = [  # "In Washington, Hatice Cengiz criticized": the name hung on the fronted phrase
        a
        for a in range(root)
        if (deps[a] == "appos" or _conjunct_by_a_comma_alone(deps, heads, a))
        and words[max(_first_word(deps, heads, a) - 1, 0)] == ","
        and _names_someone(deps, heads, pos, a)
        and _inside_a_fronted_phrase(deps, heads, a, root)
    ]
    if not names:
        return
    subject = _listed_by_a_comma(deps, heads, words, names[-1])
    # "On Friday in Pakistan, [Mohammed Waseem], brother of X, was sentenced": the later
    # comma-only conjuncts of the date are the name's appositions
    later = [
        i
        for i in range(subject + 1, root)
        if deps[subject] == "conj" and heads[i] == heads[subject] and _conjunct_by_a_comma_alone(deps, heads, i)
    ]
    phrase = [subject, *later]
    between = range(subject + 1, root)
    if all(
        any(_ancestors_include(heads, i, p) for p in phrase) or deps[i] in ("punct", "aux", "aux:pass") for i in between
    ):
        for i in later:
            deps[i], heads[i] = "appos", subject
        _hang_as_subject(deps, heads, subject, root)


def _name_read_as_a_bare_modifier_of_a_fronted_phrase(
    deps: list[str], heads: list[int], words: list[str], pos: list[str]
) -> None:
    """ "reported that, in a phone call in late July, Trump might have encouraged": a name
    right after the comma that closes a phrase fronted in a clause, hung on that phrase as a
    bare modifier (the label dates take: "the call Monday") while the clause's verb has no
    subject, is that verb's subject; only auxiliaries and adverbs stand between them."""
    has_subject = {heads[i] for i, d in enumerate(deps) if d in SUBJECTS}
    for name, dep in enumerate(deps):
        if dep != "nmod:unmarked" or pos[name] != "PROPN" or heads[name] > name:
            continue
        first = _first_word(deps, heads, name)
        end = _last_of(heads, name)
        verb = end + 1
        while verb < len(deps) and deps[verb] in ("aux", "aux:pass", "advmod") and heads[verb] > verb:
            verb += 1
        if first == 0 or words[first - 1] != "," or verb >= len(deps) or pos[verb] != "VERB" or verb in has_subject:
            continue
        if not all(heads[k] == verb for k in range(end + 1, verb)):
            continue
        if _inside_a_fronted_phrase(deps, heads, name, verb):
            _hang_as_subject(deps, heads, name, verb)


def _hang_as_subject(deps: list[str], heads: list[int], word: int, verb: int) -> None:
    """Make ``word`` the subject of ``verb``: a passive one when the verb has a passive auxiliary."""
    passive = _has_dependent(deps, heads, verb, frozenset({"aux:pass"}))
    deps[word], heads[word] = "nsubj:pass" if passive else "nsubj", verb


def _conjunct_by_a_comma_alone(deps: list[str], heads: list[int], word: int) -> bool:
    """A conjunct with no conjunction of its own ("On Friday, [Mohammed Waseem], brother of
    X, was sentenced" with the name and "brother" conjuncts of "Friday"): two phrases with a
    comma between them and no "and" are no list, so the name stands apart from the phrase."""
    return deps[word] == "conj" and not _has_dependent(deps, heads, word, frozenset({"cc"}))


def _listed_by_a_comma(deps: list[str], heads: list[int], words: list[str], name: int) -> int:
    """The noun a name is apposed to when that noun was read as a conjunct by a comma alone
    ("Following the vote, a State Department spokesperson, Morgan Ortagus, indicated" with
    "spokesperson" a conjunct of "vote"): that noun, title and name together, is the
    subject; otherwise the name itself."""
    noun = heads[name]
    if deps[name] != "appos" or deps[noun] != "conj" or noun > name:
        return name
    if _has_dependent(deps, heads, noun, frozenset({"cc"})):
        return name
    first = _first_word(deps, heads, noun)
    return noun if first > 0 and words[first - 1] == "," else name


def _first_word(deps: list[str], heads: list[int], word: int) -> int:
    """The first word of the phrase a word heads, punctuation aside."""
    return min(i for i in range(word + 1) if deps[i] != "punct" and _ancestors_include(heads, i, word))


def _names_someone(deps: list[str], heads: list[int], pos: list[str], word: int) -> bool:
    """A name ("Hatice Cengiz") or a title with one ("president Erdogan")."""
    if pos[word] == "PROPN":
        return True
    return pos[word] == "NOUN" and any(
        heads[i] == word and deps[i] in ("flat", "appos", "compound") and pos[i] == "PROPN"
        for i in range(word + 1, len(deps))
    )


def _inside_a_fronted_phrase(deps: list[str], heads: list[int], word: int, root: int) -> bool:
    """The word hangs, at any depth, on an oblique of the root that opens the sentence
    ("On Wednesday during the ceremony of the pipeline, ..."), and on nothing else."""
    for _ in range(len(deps)):  # bounded: a malformed tree must not hang the repair
        head = heads[word]
        if head == word or head > root:
            return False
        if head == root:
            return deps[word] == "obl"
        word = head
    return False


def _list_read_as_relative(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    if "root" not in deps:
        return
    root = deps.index("root")
    if pos[root] not in ("NOUN", "PROPN"):
        return
    clauses = ("acl:relcl", "acl", "conj")  # "France, [Germany and Italy condemned]": the verb a conjunct
    verbs = [i for i in range(root + 1, len(deps)) if heads[i] == root and deps[i] in clauses and pos[i] == "VERB"]
    if len(verbs) != 1:
        return
    verb = verbs[0]
    subjects = [i for i in range(root + 1, verb) if heads[i] == verb and deps[i] == "nsubj"]
    if len(subjects) != 1:
        return
    subject = subjects[0]
    between = range(root + 1, subject)
    listed = any(deps[i] == "conj" and heads[i] == root for i in between) or _continues_a_list(deps, heads, subject)
    if not listed or words[subject - 1] != ",":
        return
    if any(words[i].lower() in ("who", "which", "that", "whom", "whose") for i in range(root, verb)):
        return
    for i, head in enumerate(heads):  # the list's items
        if head == subject and deps[i] == "conj":
            heads[i] = root
    deps[subject], heads[subject] = "conj", root
    _promote_to_root(deps, heads, verb, root)
    deps[root], heads[root] = "nsubj", verb


def _continues_a_list(deps: list[str], heads: list[int], word: int) -> bool:
    """Whether a word has a conjunct joined by a conjunction ("Germany [and Italy]")."""
    conjuncts = [i for i, h in enumerate(heads) if h == word and deps[i] == "conj" and i != word]
    return any(heads[c] == j and deps[c] == "cc" for j in conjuncts for c in range(len(deps)))


NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod:poss", "nummod", "det", "flat", "nmod:desc"})


def _phrase_head(deps: list[str], heads: list[int], word: int) -> int:
    """The head of the noun phrase a word modifies from before it ("President" in "President
    X's resignation" -> "resignation"); the word itself when it modifies nothing later."""
    for _ in range(len(deps)):  # bounded: a malformed tree must not hang the repair
        if deps[word] not in NOUN_MODIFIERS or heads[word] <= word:
            break
        word = heads[word]
    return word


def _preposition_on_a_modifier(deps: list[str], heads: list[int], pos: list[str] | None) -> None:
    for i, dep in enumerate(deps):
        if dep == "case" and heads[i] > i:
            if pos is not None and i > 0 and pos[i - 1] == "PROPN" and pos[heads[i]] == "PROPN":
                continue  # inside a name: "the District [of] Columbia Court", "Bank of America"
            heads[i] = _phrase_head(deps, heads, heads[i])
            if deps[heads[i]] == "obj":  # an object takes no preposition: "called [on] President X" is oblique
                deps[heads[i]] = "obl"


def _subordinator_read_as_preposition(deps: list[str], heads: list[int], pos: list[str]) -> None:
    for i, tag in enumerate(pos):
        if tag != "SCONJ" or deps[i] != "case":
            continue
        verb = next((v for v in range(i + 1, len(pos)) if pos[v] in ("VERB", "AUX") and heads[v] != v), None)
        if verb is None or deps[verb] not in ("advcl", "ccomp", "conj", "parataxis"):
            continue
        if any(heads[k] == verb and deps[k] == "mark" for k in range(len(deps))):
            continue
        deps[i], heads[i] = "mark", verb
