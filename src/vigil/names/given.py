"""Given names: cognate groups across Belarusian, Russian, Ukrainian, Polish and English, short
forms, genders, and whether two first names can be one person's.

Cognates are kept as data here because no library covers East Slavic name families; Cyrillic forms
meet their Latin spellings through `translit.phonemes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rigour.text import metaphone

from vigil.names.translit import align, latin_key, phonemes, typo

__all__ = ["full_given", "given_gender", "given_status", "is_initial", "known_given"]

_GIVEN_MALE = """
aleksandr alexander aleksander alexandr aliaksandr alaksandr alyaksandr oleksandr olexander | ales alies sasha
aleksandr | alex
aleksei alexei alexey aleksey aliaksei aliaksiej alaksiej alyaksei oleksii oleksiy alexis | alyosha lyosha
aleksei | alex
anatoly anatoli anatolii anatoliy anatol anatolij
andrei andrey andrej andrii andriy andrzej andrew andreas andzhei andzhey | andrus
artyom artem artiom artsiom artsem artsiem
arkady arkadi arkadiy arkadz arkadii
boris barys borys
vadim vadzim vadym
valentin valiantsin valentyn walenty
valery valeri valeriy valerii valer valeryi
vasily vasili vasiliy vasil vasyl wasyl vasilii
viktor victor viktar wiktor | vitya
vitaly vitali vitaliy vitalii vital vitalij
vladimir uladzimir uladzimier wladimir wlodzimierz volodymyr vladimer | vova volodya valodzia
vladislav uladzislau vladyslav wladyslaw vladzislau
vyacheslav viachaslau viacheslav vyacheslau wiaczeslaw
gennady genadi gennadi gennadiy henadz hienadz hennadiy genadz
georgy georgi georgiy heorhi heorhiy george jerzy
grigory grigori grigoriy ryhor hryhoriy gregory grzegorz
denis dzianis denys dzenis
dmitry dmitri dmitriy dmitrii dzmitry dzmitryi dmytro dmitrij | zmitser zmicier dima
evgeny yevgeny evgeni yevgeni evgenii evgeniy yauhen yauheni jauhien yevhen eugene eugeniusz zhenya
ivan iwan | vanya vania
igor ihar ihor igar
ilya illia ilia ilja ilia illya
iosif yosif joseph jozef iosef jazep yazep | joe
kirill kiryl kirill kyrylo cyril
konstantin kanstantsin konstantyn konstanty constantine | kastus kastus
leonid leanid leonid
maksim maxim maksym maksim maxime maxym
mikhail mihail michail mikhal michal mykhailo michael | mikhas misha mike mick
nikolai nikolay mikalai mikalaj mykola nikolaj mikola nicholas nicolai | kolya nick nicky
nikita mikita mykyta
oleg aleh oleh
pavel paval pavlo paul pawel pavla | pasha
pyotr piotr petr petro piatro peter petar pietro | pete
roman raman
ruslan
sergei sergey siarhei serhiy serhii sergej siarhiej sergiy sergiusz | seryozha serezha
stanislav stanislau stanislaw
stepan stsiapan sciapan stefan stepan stephen | steve
timofei timofey tsimafei timofiy
matvei matvey matsvei matviy mateusz
fyodor fedor fiodar fiodor fedir theodore khviedar khvedar
egor yegor yahor jahor
yury yuri yuriy yurii iury jury juri jurij yurij | yura yuras
yaroslav yaraslau yaroslaw jaroslaw
yakov yakau jakub jacob yakiv | jake
eduard edward eduardas | ed eddie ted
emil emilian
anton antoni antony antos | tony
yan jan ian
artur arthur artsur
taras
bogdan bahdan bohdan
daniil danila danil danila danilo danylo
gleb hleb
lev leu lew leo
semyon siamion semen semion symon
zakhar zakhar
efim yefim yafim jafim
mark marek
platon
makar
veniamin veniyamin beniamin
vitold vitaut witold vitautas
franak frants franc franciszek francis franz
leon lyavon lavon
ales alies
john jon johann | jack johnny
william wilhelm guillaume guillermo | bill billy will willy liam
robert | bob bobby rob robbie
james | jim jimmy jamie
richard | rick ricky dick
thomas tomas tomasz | tom tommy
charles karl carl carlos | charlie chuck
christopher krzysztof | chris
benjamin | ben benny bibi
daniel | dan danny
david | dave davy
"""
_GIVEN_FEMALE = """
maria mariya maryia marya mariia maryja marija marie mary | masha
anna hanna ganna ana
aleksandra alexandra aliaksandra alaksandra oleksandra | sasha alex
alesya alesia olesya olesia alesja
anastasia anastasiya nastassia nastasia anastasija nastassja | nastia nasta
valentina valiantsina valentyna
veronika veranika weronika veronica
viktoria viktoryia victoria wiktoria viktoriya
galina halina galyna
darya daria daryia daryja | dasha
ekaterina katsiaryna yekaterina kateryna katarzyna catherine katerina katsiarina | katya katsia
ekaterina | kate kathy katie
elena alena yelena olena helena jelena alyona | lena
irina iryna iryna irena
lyudmila liudmila ludmila liudmyla ludmila
natalia natallia natalya nataliya natalja natalie | natasha natasza
nina
olga volha olha wolha olga | olya
polina palina
svetlana sviatlana svitlana swietlana | sveta
tatiana tatsiana tatyana tetiana tacciana tatsyana | tanya tania
yulia yuliya julia yuliia julija iulia
marina maryna
oksana aksana
nadezhda nadzeya nadzieja nadiya
larisa larysa
evgenia yauheniya yevgenia evgeniya jauhienija
ksenia kseniya ksenija xenia ksenya
elizaveta lizaveta yelizaveta elizabeth elzbieta elisabeth | liz lizzie beth betty
sofia sofya sofiya sophia zofia
kristina krystsina khrystsina krystyna christina
vera viera wiera
lyubov liubou lyubou lyubov liubov
antonina antanina
inna
zhanna zhana
ulyana uliana ulyana ulijana
yana jana iana
alina alina
diana dziana
angelina anhelina
lidia lidziya lidiya lydia lidzia
valeria valeryia valeriya waleria
tamara
yanina janina ianina
emma
elvira
regina
violetta vialeta violeta
alla
raisa raisa
zinaida
margaret margarita | maggie meg peggy
susan | sue susie
jennifer | jen jenny
rebecca | becky
deborah | debbie
"""


@dataclass(frozen=True)
class _Given:
    group: str
    gender: str  # "m" or "f"
    short: bool  # a short form (Ales for Aleksandr): compatible, not certain


def _parse_table() -> dict[tuple[str, ...], list[_Given]]:
    table: dict[tuple[str, ...], list[_Given]] = {}
    for gender, text in (("m", _GIVEN_MALE), ("f", _GIVEN_FEMALE)):
        for line in text.strip().splitlines():
            full, _, short = line.partition("|")
            words = full.split()
            group = f"{gender}:{words[0]}"
            for names, is_short in ((words, False), (short.split(), True)):
                for word in names:
                    entry = _Given(group, gender, is_short)
                    bucket = table.setdefault(phonemes(word), [])
                    if entry not in bucket:
                        bucket.append(entry)
                    _GROUP_WORDS.setdefault(group, set()).add(word)
    return table


_GROUP_WORDS: dict[str, set[str]] = {}
_GIVEN_TABLE = _parse_table()

_INITIAL = re.compile(r"^\w{1,2}\.?$")


def is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word)) and (word.endswith(".") or len(word) == 1)


def known_given(word: str) -> _Given | None:
    entries = _GIVEN_TABLE.get(phonemes(word))
    return entries[0] if entries else None


def given_gender(word: str) -> str | None:
    """The gender of a known first name; None for unknown or both (Sasha, Zhenya)."""
    genders = {entry.gender for entry in _GIVEN_TABLE.get(phonemes(word), [])}
    return genders.pop() if len(genders) == 1 else None


def full_given(word: str) -> bool:
    """A first name in its full form (Artsiom), not only a short form (Bill, which Byl sounds like)."""
    return any(not entry.short for entry in _GIVEN_TABLE.get(phonemes(word), []))


@lru_cache(maxsize=262_144)
def given_status(a: str, b: str) -> tuple[str, str]:
    """Compare two first names: ("match"|"short"|"initial"|"different", reason)."""
    a_init, b_init = is_initial(a), is_initial(b)
    if a_init or b_init:
        la, lb = latin_key(a), latin_key(b)
        if a_init and b_init:
            ok = la[:1] == lb[:1]
        else:
            initial, full = (la, b) if a_init else (lb, a)
            ok = initial[:1] in _initials(full)
        return ("initial", "initial compatible") if ok else ("different", "initials differ")
    pa, pb = phonemes(a), phonemes(b)
    if pa == pb:
        return "match", "first name match"
    ga, gb = _GIVEN_TABLE.get(pa, []), _GIVEN_TABLE.get(pb, [])
    common = [(x, y) for x in ga for y in gb if x.group == y.group]
    if any(not (x.short or y.short) for x, y in common):
        return "match", "first name cognate"
    if common:
        if given_gender(a) is None or given_gender(b) is None:
            return "short?", "first name short form of either gender"
        return "short", "first name short form"
    if ga and gb:  # two known names of different groups: Anna and Yana are not spellings of one
        return "different", "different first names"
    al = align(pa, pb)
    if al.hard == 0 and al.similarity >= 0.9:
        return "match", "first name transliteration match"
    # An unknown name: compare with the known cognates of the other one.
    other = pb if ga else pa
    for x in ga or gb:
        for word in _GROUP_WORDS[x.group]:
            al = align(phonemes(word), other)
            if al.hard == 0 and al.similarity >= 0.9:
                return "match", "first name cognate (spelling variant)"
    la, lb = latin_key(a), latin_key(b)
    if typo(la, lb, minimum=4):
        return "typo", "first name differs by one letter: a typo? for review"
    if not (ga or gb) and min(len(la), len(lb)) >= 4 and la[0] == lb[0] and metaphone(la) == metaphone(lb):
        return "typo", "first names sound alike (Mohammed/Muhammad): for review"
    short, full = sorted((la, lb), key=len)
    if len(short) >= 3 and full.startswith(short) and not (ga and gb):
        return "short?", "first name may be a short form (Ben/Benjamin): for review"
    return "different", "different first names"


def _initials(name: str) -> set[str]:
    """Latin initials a first name may be abbreviated to (Yevgeny: y, e; Aleksandr: a, o)."""
    out = {latin_key(name)[:1]}
    for entry in _GIVEN_TABLE.get(phonemes(name), []):
        if not entry.short:
            out.update(word[0] for word in _GROUP_WORDS[entry.group])
    return out
