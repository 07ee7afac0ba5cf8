"""What a label means: the words that name a deadline's kind, and the words that say a line
is not an author's deadline (a title, an event, a reviewer's date, a news item).
"""

from __future__ import annotations

import re
from functools import lru_cache

from deadlines.models import DeadlineKind
from deadlines.sources import dates as dates_

# --- what a label means -----------------------------------------------------------------

# 'open' naming a thing, not an opening: 'IEEE Open Journal …', 'open-source code'
_NAMING_OPEN = r"(?![- ](?:journal|access|source|world|set|vocabulary)\b)"
_SKIP = re.compile(
    r"proposal|tutori[ae]l|demo application|visa"  # (French: tutoriel)
    # an exhibitor's stand (not 'Demos & Exhibits', a track of the authors' demonstrations)
    r"|(?<!demos & )(?<!demos and )(?<!demo & )(?<!demo and )exhibit"
    # a stay booked, not a paper: 'Deadline to book', 'Hotel booking deadline'
    r"|\bdeadline\s+to\s+book\b|\bbooking\s+deadline\b|\bhotel\b|\broom\s+block\b"
    r"|review(?:s|ing)? (?:submitted|deadline|due)|review bidding|review period|bidding"
    r"|\bdeadline\s+for\s+(?:the\s+)?(?:\w+\s+)?reviews\b"  # 'Deadline for contribution reviews'
    r"|\bsubmit(?:ting)?\s+(?:the\s+|your\s+)?reviews\b"  # 'Deadline for submitting reviews'
    r"|^\W*review(?:ing)? of\b"  # 'Review of Working Notes': the reviewers' weeks
    r"|area chair|ac meeting|reviewer|student volunteer"
    rf"|submission (?:site |website |portal )?open|opens?\b{_NAMING_OPEN}"
    # 'Opening the submission system and releasing the dev sets': the window's first day
    r"|\bopening\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:submissions?|registration|portal|system)\b"
    r"|\bouverture\b|\bapertura\b|\babertura\b"  # an opening, in French, Spanish, Portuguese
    r"|开放(?!式)|開放(?!式)|开始"  # and in Chinese: opens (and in traditional characters), starts
    r"|開始|オープン|公開|시작|오픈"  # in Japanese and Korean: starts, opens, is published
    r"|へのコメント|コメント投稿"  # in Japanese: comments posted on the drafts, the reviewers' work
    r"|\bin[ií]cio\b"  # in Spanish and Portuguese: the start ('Inicio recepción de trabajos')
    r"|\bначал\w*|\bоткрыти\w*"  # and in Russian: the start, the opening
    r"|\botwarci\w*|\brozpocz[eę]ci\w*|\bpocz[aą]t\w*"  # and in Polish ('otwarcie rejestracji')
    r"|\b(?:åpner|åbner|öppnar|öppnas)\b"  # in Norwegian, Danish and Swedish: opens
    # in Turkish: the start (of the abstracts' sending in), a proposal, a call for special
    # sessions and workshops (the organisers', not the authors')
    r"|\bba[şs]la(?:mas[ıi]|ng[ıi][çc]|r)\b"
    r"|\b[öo]neri(?:si|leri)?\b|\b(?:[öo]zel\s+oturum|[çc]al[ıi][şs]tay)\w*\b.{0,20}\bdavet"
    r"|بدء|بداية|فتح\s|افتتاح|انطلاق"  # and in Arabic: the start, the opening
    r"|\b[έε]ναρξ\w*"  # and in Greek: the start ('Έναρξη Υποβολής Εργασιών')
    r"|(?<!decisions )(?<!decision )announced(?!\s+to\s+(?:the\s+)?authors)"
    r"|start of|starting|\bstarts?\b(?!\s+system)|\bbegins?\b|\bgo(?:es)? live\b"
    r"|\bbeginning\s+of\b|\bcommence(?:ment|s)?\b"  # 'Commencement of Paper Submission'
    r"|\bfirst\s+day\s+(?:for|of)\b"  # 'First day for manuscript submission'
    # a site that takes submissions from that day: 'The conference website accepts paper
    # abstract submissions'
    r"|\baccepts\s+(?:[\w-]+\s+){0,3}?submissions\b"
    # (not the winners' own paper, nor a step that names papers beside the winners: 'Winners
    # submit their camera ready papers', 'Notification of winners and paper acceptance')
    r"|travel|grant|sponsorship|award|winner(?![^|]*\bpapers?\b)(?!s?'?\s+reports?\b)|prizes?\b|raffle"
    # and the winners in other languages ('Pengumuman Pemenang', 'Anuncio de ganadores')
    r"|\bpemenang\b|\bganador(?:es|as?)?\b|\bvencedor(?:es|as?)?\b|\bgagnants?\b|\bgewinner"
    r"|posted|launch"
    # a call announced, its opening: 'announcement for registration and abstract submission'
    r"|\bannouncement\s+(?:for|of)\s+(?:the\s+)?(?:registration|call|(?:abstract|paper)\s+"
    r"submission)"
    # the call put out ('Call for Papers: Jan 2'), not a step of it ('Submission deadline for
    # the call for speakers')
    r"|(?<!deadline for the )(?<!deadline for )(?<!deadline of the )call for"
    # an application, unless a paper's type: 'Regular application/industry paper submission'
    r"|application(?!s?(?:\s*(?:/|&|,|-|\band\b)\s*\w+)?\s+(?:papers?|track))"
    r"|finali[sz]ed program"
    r"|release of (?:data|dataset)|dataset release|test (?:set|data)|leaderboard|start date"
    r"|\bpreview\s+for\s+checking\b"  # 'Working Notes Preview for Checking by Authors'
    r"|\bscripts?\b"  # 'Validation scripts for checking submission format': the organizers'
    # (not a form handed in with the paper: 'Camera-ready and signed copyright forms due')
    r"|discussion|(?<!& )(?<!and )(?<!and signed )copyright"
    r"|workshop paper presentation|data available|server open"
    # the committee's reading of the works, in Portuguese and Spanish ('Avaliação dos resumos
    # pelo comitê científico', 'Evaluación de los trabajos')
    r"|\b(?:avalia[çc][ãa]o|evaluaci[oó]n)\s+(?:d[aeo]s?\s+|de\s+l[oa]s\s+)?(?:resumos|trabalhos|artigos"
    r"|res[uú]menes|trabajos|art[ií]culos|ponencias)\b"
    r"|\bautoriza(?:[çc][ãa]o|ci[óo]n)\s+de\s+publica"  # the publication's rights form
    # (not the decisions sent out: 'the acceptance notification will be distributed')
    r"|(?<!notification will be )(?<!notifications will be )distributed"
    r"|assigned|assignment|program committee|(?<!open)review\w* submission"
    r"|\((?:to|for)\s+(?:the\s+)?organi[sz]ers\)",  # 'Workshop acceptance (to organizers)'
    re.IGNORECASE,
)
_TITLE = re.compile(  # the title of a dates section, not a label
    r"^(?:\W*(?:important|key|submission)\W+)?(?:dates|deadlines|timeline)\b", re.IGNORECASE
)
_EVENT = re.compile(
    r"^(?:the )?(?:main )?(?:conference|workshop|meeting|symposium|congress|colloquium)"
    r"(?: date| day| dates)?s?$|^workshop (?:date|day)"
    r"|^event date|^main conference(?!.*(?:deadline|submi|\bdue\b|notif|camera))"
    r"|^\w+ workshop(?: date| day)?$|^paper presentations?$"
    r"|\bpresentation (?:dates|days)$"  # 'Technical Paper Presentation Dates': the meeting's
    r"|^(?:the )?workshop sessions?\b"  # 'Workshop session with selected abstracts' talks
    # a programme's row, each cell a session ('Industrial vendor sessions | Paper presentations')
    r"|^(?!.*(?:deadline|\bdue\b|submi|notif|camera|regist|upload|video|slide|record|proposal"
    # (the spaces after a bar are the next cell's: a bar's own took exponential time)
    r"|\bcall\b))(?:[^|.!?]{0,50}\b(?:sessions?|presentations?|keynotes?)\s*\|)+"
    r"[^|.!?]{0,50}\b(?:sessions?|presentations?|keynotes?)\s*$"
    # the meeting's days, then what fills them: 'Conference dates, paper presentations and …'
    r"|^(?:the\s+)?(?:main\s+)?(?:conference|workshop|symposium|congress|event)\s+(?:dates|days)"
    r"\s*[,(&](?!.*\b(?:deadline|due|submi|notif|camera|regist))"
    r"|انعقاد",  # Arabic: the meeting's being held ('موعد انعقاد المؤتمر')
    re.IGNORECASE,
)
_FEE_TIER = re.compile(
    r"\W*(?:final|late|regular|standard|normal|general|advance)\s+registrations?\W*", re.IGNORECASE
)
# the registration named alone in a list of steps, its last day ('Registration: 1 November 2025
# to 31 May 2026', 'Conference Registration', a shared task's 'Registration for participation'; not
# the desk's at the venue, 'On-Site Registration')
_BARE_REGISTRATION = re.compile(
    r"\W*(?:(?:conference|workshop|symposium|event|participants?|delegates?|online)\s+)?"
    r"(?:pre-?)?registrations?(?:\s+form)?"  # ('Online Registration', 'Pre-Registration')
    r"(?:\s+(?:for|of)\s+(?:participation|participants|teams))?\W*",
    re.IGNORECASE,
)
_KINDS: list[tuple[re.Pattern[str], DeadlineKind]] = [
    (
        re.compile(
            r"camer[aey]|(?:publication|print|press)[- ]ready"
            r"|\bbask[ıi]ya\s+haz[ıi]r"  # Turkish: ready for print
            # (not 'Notification of Final Paper Acceptance': the decision on it)
            r"|(?<!notification of )(?<!notification for )"
            r"final[- ](?:(?:accessible|camera|revised|workshop|conference|accepted)\s+)?"
            r"(?:version|paper|manuscript|pdf|files?|materials?|documents?|cop(?:y|ies))"
            r"|\bfinal\s+abstracts\b"  # the accepted talks' final versions: 'Final abstracts due'
            r"|\bfinal\s+extended\s+abstracts?\b"  # ('Deadline for final extended abstract …')
            # and the accepted abstract's own file: 'Final abstract PDF and slides deadline'
            r"|\bfinal\s+abstract\s+(?:pdfs?|versions?|files?|and\s+slides)\b"
            r"|\bCRC\b"  # the camera-ready copy, as IEEE's calls say
            r"|\bCR\s+(?:deadline|due|version|copy)\b"  # and its initials: 'CR deadline'
            r"|\bTagungsband"  # German: the contribution for the proceedings volume
            r"|(?<!post-)(?<!post )\bproceedings\s+versions?\b"  # 'Proceedings version due'
            # (and in English: 'Contribution for Informal Proceedings', after the decisions)
            r"|\bcontributions?\s+for\s+(?:the\s+)?(?:informal\s+|pre-?)?proceedings\b"
            # (not 'initial and final submission deadline': one day for both, the paper's)
            r"|(?<!initial and )(?<!initial & )final submission|revisions? due"
            # the last edits to what is printed: 'Last changes to abstracts for publication'
            r"|\b(?:last|final)\s+(?:changes|revisions|corrections|edits|updates)\b"
            # and made to what was accepted: 'Last minute for changes to accepted manuscripts'
            r"|\bchanges\s+to\s+(?:the\s+)?accepted\s+(?:papers?|manuscripts?|abstracts?)\b"
            r"|revised (?:papers?|versions?|manuscripts?) due"
            # what the reviews asked for, handed in: 'Deadline for reviewed abstracts'
            r"|(?<![\w-])(?:reviewed|corrected)\s+(?:abstracts|papers|manuscripts)\b"
            # French: the revised abstracts or papers handed in ('Soumission des résumés révisés')
            # (or modified: 'Date limite de réception des communications modifiées')
            r"|\b(?:r[ée]sum[ée]s|articles?|versions?|communications?)\s+(?:r[ée]vis|modifi)[ée]e?s?\b"
            r"|(?:deadline|due)\s+(?:for|of)\s+(?:the\s+)?revised\s+(?:papers?|versions?|manuscripts?)"
            r"|^\W*final\b.*\bfor\s+accepted\b"  # 'Final talk title and abstract for accepted …'
            # French, Spanish, German calls: 'version finale', 'versión final' or 'definitiva',
            # 'Endfassung'
            r"|versi(?:[oó]n|ones) (?:finale?s?|d[ée]finitives?|definitivas?)|\bendfassung"
            r"|vers[aã]o final"
            r"|vers(?:[aã]o|[oõ]es)\s+definitivas?"  # Portuguese: the definitive version
            # and the texts sent again after the review ('Ressubmissão dos textos', 'reenvio')
            r"|\bressubmiss(?:[ãa]o|[õo]es)\b|\breenvio\b"
            # and the papers corrected ("Submissão da correção dos trabalhos")
            r"|\bcorre[çc](?:[ãa]o|[õo]es)\s+d[aeo]s?\s+(?:trabalhos|artigos|resumos)\b"
            r"|\bversions?\s+d[ée]finitives?\b"  # and French: 'des versions définitives'
            r"|versione finale"
            r"|\bostateczn\w*\s+wersj|\bwersj\w*\s+ostateczn"  # Polish: the final version
            r"|\bendbeitr[äa]g|\bendversion|druckfertig"  # German: the final contributions
            # Bulgarian: the corrected, edited paper sent again ('коригирания/редактирания доклад')
            r"|\b(?:коригиран|редактиран)\w*(?:\s*/\s*\w+)?\s+доклад"
            r"|\benv(?:[ií]o|oi) final"  # 'Envío final de artículos': the final papers sent
            # Chinese and Japanese: the final manuscript; Korean: the final manuscript
            r"|定稿|終稿|终稿|完稿|最終原稿|カメラレディ|최종\s*원고"
            # Chinese: the revised paper, the formal paper ('论文修改稿', '正式论文提交')
            r"|修改稿|正式论文|正式論文"
            r"|النسخ[ةه]?\s+النهائي[ةه]",  # Arabic: the final version
            re.IGNORECASE,
        ),
        DeadlineKind.CAMERA_READY,
    ),
    (  # the paper's supplement, or its appendix handed in after it ('Appendix submission')
        re.compile(r"^(?!.*paper).*(?:supplement|\bappendix\b|\bappendices\b)", re.IGNORECASE),
        DeadlineKind.SUPPLEMENTARY,
    ),
    (re.compile(r"rebuttal", re.IGNORECASE), DeadlineKind.REBUTTAL_END),
    (
        re.compile(r"reviews? (?:released|to authors|release|(?:are |is )?availab)", re.IGNORECASE),
        DeadlineKind.REVIEW_RELEASE,
    ),
    (
        re.compile(
            # not 'Codalab stops accepting submissions': the submissions' close
            # nor 'Slides for submissions accepted as oral': a step of the accepted ones
            # and not 'We accept papers via ARR': what the venue takes
            # nor 'Conditionally-accepted drafts due': what the accepted authors hand in
            # nor 'Submissions will be accepted until': the submissions' close
            r"notif|decision|(?<!will be )(?<!are being )accept(?!ed papers?\b)(?!ing\b)"
            r"(?!ed\s+as\b)(?!ed\s+(?:until|till|through|up\s+to)\b)"
            r"(?!ed\s+[\w-]+\s+(?:due|deadline)\b)"
            r"(?!s?\s+(?:papers|submissions|contributions|registrations|entries)\b)"
            # nor what the accepted ones then hand in: 'Accepted teams will be able to submit a
            # paper describing their approach until'
            r"(?!ed\s+(?:teams?|participants?|authors?|papers?)\s+(?:will\s+be\s+(?:able|asked"
            r"|invited|required)\s+to|will|can|must|should|may|are\s+(?:asked|invited|required)"
            r"\s+to)\s+(?:submit|send|upload|prepare|register|provide)\b)"
            r"|final decisions"
            r"|results? (?:to|announced)|\bfeedback\s+(?:to|for)\s+(?:the\s+)?authors\b"
            # the selection's results: 'email results of abstract selection'
            r"|\bresults?\s+of\s+(?:the\s+)?(?:abstracts?|papers?|submissions?)\s+selection\b"
            # ('Selection Results' alone, and 'Speakers selected')
            r"|^\W*selection\s+results?\W*$"
            r"|^\W*(?:speakers|talks|presenters|presentations)\s+selected\W*$"
            # the accepted papers announced, or the papers' feedback: 'Full Paper Feedback'
            r"|\baccepted\s+papers?\s+announce|\bpapers?\s+feedback\b"
            r"|\blist\s+of\s+(?:the\s+)?accepted\b"  # 'Final List of Accepted Papers'
            # 'Announcement of selected talks'
            r"|\bannounce\w*\s+(?:of\s+)?(?:the\s+)?(?:selected|accepted)\s+"
            r"(?:talks|papers|speakers|submissions|proposals|abstracts)\b"
            # and the selection made known: 'Announcing talk / poster selection'
            r"|\bannounc\w*\s+(?:of\s+)?(?:the\s+)?(?:(?:talks?|posters?|papers?|speakers?|abstracts?)"
            r"\s*(?:/|,|and|&)?\s*){1,3}selections?\b"
            r"|r[ée]ponse aux auteurs|^\W*r[ée]ponse\W*$|benachrichtigung|\bannahme\b|通知|採否"
            # (and the reviews' comments sent back, in Chinese: '反馈第一轮评审意见')
            r"|反馈.{0,8}(?:评审|审稿|評審|審稿)意见|(?:评审|审稿)意见反馈"
            # Chinese: the list of those admitted, made known
            r"|(?:录取|錄取|正取|入选|入選)\w{0,2}名[单單]公[布告]"
            r"|\bизпращане\s+на\s+рецензи"  # Bulgarian: the reviews sent to the authors
            r"|\bretours?\s+aux\s+auteurs"  # French: the feedback to the authors
            r"|^\W*(?:peer\s+)?reviews?\s+feedback\W*$"  # and in English: 'Peer Review Feedback'
            # (and the committee's opinions returned: 'Retour des avis du comité scientifique')
            r"|\bretours?\s+des\s+(?:avis|[ée]valuations)\b|\bavis\s+du\s+comit[ée]\b"
            r"|\bd[ée]lib[ée]ration\b"  # and the selection's deliberation, its decision
            # Spanish: the accepted papers published ('Publicación de trabajos aceptados')
            r"|\bpublicaci[oó]n\s+de\s+(?:los\s+)?(?:trabajos|art[ií]culos|ponencias)\s+aceptad"
            r"|\bconfirmaci[oó]n\s+de\s+resultados\b"  # Spanish: the results confirmed
            # and told or published (Portuguese 'Comunicação de resultados')
            r"|\b(?:comunica[çc][ãa]o|divulga[çc][ãa]o|publica[çc][ãa]o)\s+(?:d[eo]s?\s+)?resultados\b"
            # and the papers accepted made known ('Divulgação dos trabalhos aprovados')
            # (first and last: 'Divulgação preliminar de trabalhos aceitos', '… final dos …')
            r"|\b(?:comunica[çc][ãa]o|divulga[çc][ãa]o|publica[çc][ãa]o)\s+"
            r"(?:(?:preliminar|final|definitiva)\s+)?(?:d[aeo]s?\s+)?"
            r"(?:trabalhos|artigos|resumos)\s+(?:aprovad|aceit|selecionad)"
            r"|\b(?:comunicaci[oó]n|publicaci[oó]n)\s+de\s+(?:los\s+)?resultados\b"
            # Italian: the evaluation's outcome told ('Comunicazione dell'esito della valutazione')
            r"|\besit[oi]\s+(?:della\s+)?(?:valutazion|selezion|revision)"
            # Portuguese and Spanish: the acceptance ('Aceite: até 03/11/23', 'Aceptación')
            r"|\baceite\b|\baceita[çc][ãa]o\b|\baceptaci[oó]n\b"
            # and the selection's result, in Portuguese: 'Resultado da Seleção'
            r"|\bresultados?\s+d[ae]\s+(?:sele[çc][ãa]o|avalia[çc][ãa]o)\b"
            # and the committee's feedback, the approved works' list ('Devolutiva da Comissão
            # Científica', 'Informe final de trabalhos aprovados')
            r"|\bdevolutiva\b|\b(?:informe|lista|rela[çc][ãa]o)\s+(?:final\s+)?(?:d[eo]s?\s+)?"
            r"(?:trabalhos|artigos|resumos)\s+(?:aprovad|aceit|selecionad)"
            # Russian: the notification, the list of accepted talks announced
            r"|уведомлени|\bобъявлени\w*\s+(?:\w+\s+){0,2}принят"
            r"|결과\s*(?:통보|발표|안내)|채택\s*(?:통보|발표|여부)"  # Korean: results announced
            # Turkish: the acceptance (not a rule's 'kabul edilecektir', 'will be accepted'),
            # the evaluation's results
            r"|\bkabul\b(?!\s+edil(?:ecek|ir\b|mez|meyecek))|\bde[ğg]erlendirme\s+sonu[çc]"
            r"|\bsonu[çc]lar[ıi]n\s+a[çc][ıi]klanmas"  # and the results made known
            r"|\bobavijest\s+o\s+prihva"  # Croatian: the notice of acceptance
            # Polish: the decisions on qualifying, the notice of acceptance
            r"|\bdecyzj\w*\s+(?:o\s+)?(?:kwalifikac|przyj[eę]ci|akceptac)"
            r"|\b(?:powiadomieni|zawiadomieni|informacj)\w*\s+o\s+(?:przyj[eę]ci|akceptac|kwalifikac)"
            # the organisers' response to a submission (not the authors' to its reviews)
            r"|^\W*responses?\s+to\s+(?:the\s+|your\s+)?submissions?\W*$"
            # Hungarian: the notice, the acceptance; Malay and Indonesian: the notice, the
            # announcement, the decision; Thai: the results told, announced
            r"|\b[ée]rtes[íi]t[ée]s|\belfogad[áa]s|\bpemberitahuan\b|\bpengumuman\b"
            r"|\bkeputusan\b|แจ้งผล|ประกาศผล"
            # (and those chosen, announced: 'วันประกาศผู้ได้รับคัดเลือก')
            r"|ประกาศ(?:ผู้ได้รับ|รายชื่อ)"
            # Greek: the acceptance; Romanian: the notice; Norwegian and Danish: word to the
            # authors; Hebrew: the notice of acceptance
            r"|αποδοχ|\bnotificar|\bbes(?:kj)?ed\s+til\s+forfatter|הודע\w*\s+על\s+קבלה"
            # Indian English: 'Intimation for presentation of papers', the word sent
            r"|\bintimation\b"
            # Arabic: the acceptance notified, announced; the reviewing's results
            r"|(?:إشعار|اشعار|إبلاغ|ابلاغ|إعلان|اعلان|إخطار|اخطار)\s+(?:\w+\s+)?(?:ب)?(?:ال)?قبول"
            r"|نتائج\s+(?:ال)?تحكيم",
            re.IGNORECASE,
        ),
        DeadlineKind.NOTIFICATION,
    ),
    # 'Commitment deadline': committing reviewed papers (ACL Rolling Review) to a venue, also
    # said as 'Submission deadline (papers with ARR reviews)' or '… of ARR-reviewed papers'
    (
        re.compile(
            r"\bcommit(?:t?ment)?\b|\bwith (?:\w+[- ]){0,2}reviews\b|\b(?:pre|already)[- ]reviewed"
            r"|\bARR[- ]reviewed|\breviewed\s+(?:through|by|via|in)\s+(?:the\s+)?(?:ACL\s+Rolling"
            r"\s+Review|ARR)\b",
            re.IGNORECASE,
        ),
        DeadlineKind.COMMITMENT,
    ),
    (  # a short paper, or a track's own deadline
        re.compile(
            r"extended abstract|abstract paper|track(?:\s*\([^()]{1,30}\))?\s+(?:deadline|due)"
            # (and in Spanish and Portuguese: 'Envío de resumen extendido', 'resumo expandido')
            r"|\bres[uú]men(?:es)?\s+extendidos?|\bresumos?\s+(?:expandidos?|estendidos?)"
            # a science meeting's call: 'Deadline for contributed talks', 'Contributed abstracts'
            # (not 'Registration with contributed talk': the speaker's registration)
            r"|^(?!.*regist).*\bcontributed\s+(?:talks?|abstracts?|presentations?|papers?)\b"
            r"|\b(?:non-?)?archival deadline"
            # a shared task's papers: CLEF and FIRE's working notes, SemEval's system papers
            r"|\bworking[- ]notes?\b|\bsystem (?:description )?papers?\b"
            # a page count: the abstract is the submission itself ('1-page abstracts')
            r"|\b(?:\d+|one|two|three|four)[- ]pages? abstracts?",
            re.IGNORECASE,
        ),
        DeadlineKind.PAPER,
    ),
    (  # a short paper or an abstract: either is the submission itself
        re.compile(
            r"papers?\s+or\s+(?:extended\s+)?abstracts?|abstracts?\s+or\s+(?:\w+\s+)?papers?"
            # 'abstract/paper submission', 'Full paper/abstract submission deadline'
            r"|\babstracts?\s*/\s*(?:full[- ]?)?papers?\b"
            r"|\b(?:papers?|manuscripts?)\s*/\s*abstracts?\b"
            r"|บทคัดย่อ\s*/\s*บทความ"  # Thai: 'abstract/full paper'
            # Arabic: the papers and the abstracts, either order ('الأبحاث والملخصات')
            r"|(?:البحوث|الأبحاث|الابحاث|الأوراق|الاوراق)\s+وال?ملخصات"
            r"|ال?ملخصات\s+و(?:البحوث|الأبحاث|الابحاث|الأوراق|الاوراق)",

            re.IGNORECASE,
        ),
        DeadlineKind.PAPER,
    ),
    # and in French, Spanish, Portuguese, German and Italian calls
    (
        re.compile(
            r"abstract|r[ée]sum[ée]s?\b|\bres[uú]m(?:o|os|en|enes)\b|kurzfassung|riassunt|摘要"
            r"|アブスト"  # Japanese: the abstract, in full or cut ('アブスト投稿締切')
            r"|発表申(?:し)?込|講演申(?:し)?込"  # Japanese: applying to present, before the paper
            r"|абстракт|тезис|\bтези\b"  # Russian, Ukrainian: abstracts, theses (a talk's summary)
            r"|초록"  # Korean: the abstract
            r"|要旨"  # Japanese: the abstract
            r"|\b[öo]zet"  # Turkish: the abstract
            # Croatian and Serbian, Hungarian, Malay and Indonesian, Thai: the abstract
            r"|\bsa[žz]et(?:ak|ka|ke|aka)\b|\bkivonat|\babsztrakt|\babstrak\b|บทคัดย่อ"
            # Greek, Romanian, Norwegian and Danish, Bulgarian: the abstract
            r"|περίληψ|περιλήψ|\brezumat|\bsammendrag|\bрезюме"
            r"|ملخص"  # Arabic: the abstract, the abstracts
            r"|\bstreszcze|\babstrakt"  # Polish: the abstracts ('wysłania abstraktu')
            # Portuguese and Spanish: a paper registered (its title and abstract) before it
            r"|\bregistro\s+(?:de|dos|de\s+los)\s+(?:artigos|art[ií]culos|trabalhos|trabajos)\b"
            r"|\bregistrar\s+(?:los\s+|sus\s+)?(?:art[ií]culos|trabajos|ponencias)\b",
            re.IGNORECASE,
        ),
        DeadlineKind.ABSTRACT,
    ),
    (
        re.compile(
            r"(?:paper|author)s? (?:and author )?registration|\bearly(?:[- ]?bird)? registration"
            r"|^\W*registration\s+to\s+attend\b"  # 'Registration to Attend', the attendees' own
            # the fee's, unnamed
            r"|^\W*early[- ]?bird\s+(?:deadline|due|ends?|closes?|till|until)\b"
            # the fee paid by its last day: 'Last Date to Pay the Registration Fee is'
            r"|\blast\s+(?:date|day)\s+to\s+pay\s+(?:the\s+)?(?:registration\s+)?fees?\b"
            r"|^\W*(?:early|late|regular|reduced)\s+(?:registration\s+)?fees?\b"  # 'Late Fee'
            r"|^\W*registration\s+early[- ]?bird\b"  # a data file's 'registration: early_bird'
            # a fee's tier named alone, its close: 'Final Registration', 'Late Registration'
            rf"|^{_FEE_TIER.pattern}$"
            # its end or close: 'End of Registration', 'Close of early registration'
            r"|^\W*(?:end|close|closing)\s+of\s+(?:the\s+)?(?:(?:early[- ]?bird|early|regular"
            r"|standard|late)\s+)?registrations?\W*$"
            r"|registrations?(?:\s*[:–—-]\s*|\s+)(?:fees?\s+)?(?:(?:hard|final|firm|last)\s+)?"
            r"(?:deadline|due|clos(?:es?|ing)|end(?:s|ing)?)"  # ('Registration closing')
            r"|\bdeadline\s+(?:for|of)\s+(?:the\s+)?(?:(?:conference|workshop|symposium|meeting"
            r"|normal|regular|standard|early|late|advance)\s+)?"
            r"registration\b"  # ('Deadline for conference registration')
            # 'Deadline to register @ standard early bird rate' (not a paper's: 'Deadline to
            # register your paper')
            r"|\bdeadline\s+to\s+register\b"
            r"(?!\s+(?:your\s+|the\s+|a\s+)?(?:papers?|submissions?|abstracts?|titles?)\b)"
            # the presenters' seats, and the others': 'Registration of non-presenters'
            r"|\b(?:presenters?|speakers?)['’]?\s+registration\b"
            # and the authors': 'Registration for authors'
            # and the accepted works' ('Registration date for selected paper')
            r"|\bregistration\s+(?:(?:date|deadline)\s+)?for\s+(?:the\s+)?(?:selected|accepted)\s+"
            r"(?:papers?|abstracts?|submissions?|contributions?|posters?)\b"
            r"|\bregistration\s+(?:of|for)\s+(?:the\s+)?(?:non-?)?"
            r"(?:presenters?|attendees|participants|(?:presenting\s+)?authors?|speakers?)\b"
            # and its mode's: 'Registration for In-person Participation Deadline'
            r"|\bregistration\s+for\s+(?:(?:in[- ]person|virtual|online|onsite|on-site|remote"
            r"|hybrid)\s+)?participation\b\s+deadline\b"
            r"|参加申(?:し)?込|参加登録"  # Japanese: applying to attend, registering to
            r"|^\W*登録締め?切"  # (and the registration's close alone: '登録締め切り')
            r"|^\W*register\s+by\W*$"  # a card's 'Register by' over its day
            r"|^\W*date\s+of\s+registration\W*$"  # and a list's 'Date Of Registration'
            # Polish: the fee paid ('Ostateczna data wpłaty'), the registration
            r"|\bwp[łl]at\w*|\bop[łl]at\w*\s+(?:konferencyjn|rejestracyjn)|\brejestracj"
            # the authors told to register ('Authors of accepted papers must register by')
            r"|\b(?:authors?|presenters?|speakers?|posters?)\b[^.]{0,60}\b(?:must|should|need\s+to"
            r"|are\s+required\s+to)\s+register\b(?!\s+(?:their|the|a|your)\s+(?:papers?|abstracts?))"
            r"|\baccepts?\s+registrations?\b"  # 'We accept registrations … until'
            rf"|^{_BARE_REGISTRATION.pattern}$"
            r"|\bregistration\s+with\s+(?:a\s+)?(?:late|early|regular|reduced)\s+fees?\b"
            r"|\brsvps?\b"  # 'RSVP closes': the attendees' word that they come
            # its last day
            r"|\b(?:last|final)\s+(?:date|day)\s+(?:for|of)\s+(?:\w+\s+){0,2}?registration"
            r"|\b(?:last|final)\s+registration\s+(?:date|day)\b"  # 'Final Registration Date'
            r"|\blast\s+(?:date|day)\s+to\s+register\b(?!\s+(?:your\s+|the\s+|a\s+)?(?:papers?"
            r"|submissions?|abstracts?|titles?)\b)"  # ('The last date to register is')
            r"|^\W*(?:(?:registration|fee|full)\s+)?payment\s+(?:deadline|due)\b"  # the fee paid
            # and its payment handed in: 'Fee Submission', 'Last date of fee submission'
            r"|\bregistration\s+(?:and|&)\s+(?:full\s+)?payment\b"  # 'and full payment'
            r"|\bdeadline\s+for\s+(?:the\s+)?(?:full\s+)?payments?\b"  # 'Deadline for Full Payment'
            # Indonesian: the registration, its last day ('Batas akhir registrasi - Gelombang 1')
            r"|\bregistrasi\b|\bbatas\s+(?:akhir\s+)?pendaftaran\b"
            r"|\b(?:registration\s+)?fees?\s+(?:submission|payment)\b|\bpayment\s+of\s+(?:the\s+)?"
            r"(?:registration\s+)?fees?\b|\bsubmission\s+of\s+(?:the\s+)?(?:registration\s+)?fees?\b"
            # French, Spanish: 'Inscription & Payment'
            r"|^\W*inscriptions?\s*(?:$|&|\band\b|\bet\b|\by\b)"
            # 'Inscription deadline for presenters' (an English page of a Spanish-speaking
            # venue): the registration's last day
            r"|\binscriptions?\s+(?:deadline|closes?|due)\b"
            # the authors' registration in Portuguese and Spanish
            r"|\binscri(?:[çc](?:[ãa]o|[õo]es)|pci[óo]n(?:es)?)\s+(?:de\s+|dos\s+|de\s+los\s+)?autor"
            r"|\bpago\s+de\s+(?:la\s+)?inscripci[oó]n\b"  # Spanish: the registration's fee paid
            # and the presenters' registration paid, its last day: 'Registro de Pago de Ponencia'
            r"|\bregistro\s+de\s+(?:pago|ponentes?|ponencias?|autor(?:es)?|participantes)\b"
            # (alone, or with its fee: not 'de inscripción para presentadores', their talks')
            r"|\bfecha\s+l[ií]mite\s+de\s+(?:registro|inscripci[oó]n)(?:\s+y\s+pago\b.*)?\W*$"
            r"|^\W*(?:inscripci[oó]n|registro)\W*$"  # ('Registro' alone: Spanish, Portuguese)
            # Chinese: registration closes, early bird (not an early submission, 早鳥投稿)
            # (and the other word in brackets: '註冊(報名)截止')
            # (and its fee's tier, 'discount': '注册优惠截止日期'; the fee paid: '缴费截止日期')
            r"|(?:注册|报名|註冊|報名)(?:\s*[(（](?:注册|报名|註冊|報名)[)）])?\s*(?:优惠|優惠)?"
            r"(?:截[止至]|结束|結束)|(?:缴费|繳費)截[止至]"
            r"|早[鸟鳥](?!投稿)"
            r"|регистраци\w*\s+(?:\w+\s+){0,3}автор"  # Russian: the authors' registration
            # and its fee paid ('крайний срок для оплаты оргвзноса', 'оплата регистрационного
            # взноса')
            r"|\bоплат\w*\s+(?:\w+\s+){0,2}?\w*взнос|\bоргвзнос"
            r"|등록\s*(?:기간|마감)"  # Korean: the registration's period, its close
            # Turkish: registration's last day (either order, and the early one's), the fees
            r"|\bkay[ıi]t\s+(?:i[çc]in\s+)?son|\bson\s+kay[ıi]t|\b[üu]cret"
            r"|\bdate\s+limite\s+d[’']inscription"  # French: the registration's last day
            # German: the registration's close, the early bird's ('Anmeldeschluss', 'Frühbucher')
            r"|\banmelde(?:schluss|frist)|\bfr[üu]hbucher|\bregistrierungs(?:schluss|frist)"
            r"|\bpaiement\s+des\s+frais\b|\bfrais\s+d[’']inscription\b"  # and its fee paid
            r"|\bcl[ôo]ture\s+des\s+inscriptions\b"  # and its close
            # Portuguese: its fee tiers ('Fim das inscrições com desconto')
            r"|\binscri[çc](?:[ãa]o|[õo]es)\s+(?:com|sem)\s+desconto\b"
            # (and its period, named alone: 'Período de Inscrição')
            r"|^\W*per[íi]odo\s+de\s+inscri[çc](?:[ãa]o|[õo]es)\W*$"
            # Croatian and Serbian: the fee; Hungarian: registering; Malay and Indonesian:
            # registering, the fee; Thai: registering
            r"|\bkotizacij|\bregisztr[áa]ci|\bpendaftaran\b|\byuran\b|ลงทะเบียน"
            # Greek, Romanian, Norwegian and Danish, Bulgarian, Slovenian ('Zgodnja prijava',
            # the early registration), Hebrew: registering
            # (and in Greek the declaration of taking part: 'Λήξη Υποβολής Δήλωσης Συμμετοχής')
            r"|εγγραφ|\bδ[ήη]λωσ\w*\s+συμμετοχ|\b[îi]nscrier|\bp[åa]melding|\btilmelding"
            r"|\bрегистрация"
            r"|\b(?:zgodnja|pozna|redna)\s+prijava\b|הרשמה"
            r"|التسجيل|تسجيل",  # Arabic: registering
            re.IGNORECASE,
        ),
        DeadlineKind.REGISTRATION,
    ),
    (
        re.compile(
            # a bare 'Deadline: March 3' names the paper's, 'Deadline for …' names its object
            r"paper|submit|manuscript|contributions?\b"
            # the full text after the abstract ('Full Text Deadline'), and the results a call
            # for late-breaking work takes, 'Late breaking results deadline'
            r"|\bfull[- ]texts?\b|\blate[- ]breaking\s+(?:results?|news|work)\b"
            # what a W3C workshop's call takes: 'Registration and position statements deadline'
            r"|\bposition\s+statements?\b"
            r"|^(?:the\s+|la\s+)?(?:(?:revised|new|extended|updated|main|primary|secondary"
            r"|regular)\s+)?deadline(?!\s+(?:for|of)\b)"
            # Spanish: the deadline for the talks' (papers', abstracts') proposals, not a
            # workshop's or a tutorial's: 'Plazo para propuestas de charlas'
            r"|\bplazo\s+(?:para|de)\s+(?:el\s+env[ií]o\s+de\s+)?(?:las\s+|los\s+)?"
            r"(?:propuestas|trabajos|art[ií]culos|res[uú]menes|ponencias|charlas)\b"
            r"(?!.*\b(?:workshops?|tutorial))"
            # a round of the call: 'Round 1 deadline', 'Second round deadline'
            r"|^\W*(?:(?:round|cycle)\s*\d|(?:first|second|third|final)[\s-]+(?:round|cycle))"
            r"\s+(?:deadline|clos(?:es|ing)|ends|due\s+date)\b"  # ('First Round closes')
            r"|^\W*\d\s*차\s*마감"  # and in Korean: '1차 마감', the first round's close
            r"|^\W*cf[ps]\s*\d\W*$"  # and a round of the call named by its number: 'CFP1'
            r"|submi?s{1,2}i?on"  # and its slips: 'fast track submision'
            # (bare, as 'Deadline' is: 'Due date', 'Closing date', a config's 'close')
            r"|^(?:the )?due date$|^(?:the\s+)?(?:closing|close)(?:\s+date)?$"
            r"|soumission|\benv[ií]o\b|einreichung|submiss(?:[aã]o|[oõ]es)|sottomissione|\binvio\b"
            r"|\bsometimiento\b"
            r"|\bcierre\s+de\s+(?:la\s+)?convocatoria\b"  # Spanish: the call's close
            r"|제출|접수\s*마감"  # Korean: submitting, the call's close
            # the call for talks or papers, its period
            r"|(?:발표|논문|원고)\s*(?:제안\s*)?모집|^\W*모집\s*(?:기간|일정)"
            # Turkish: sending in, the last application ('Bildiri Gönderme Tarihi')
            r"|g[öo]nderim|\bg[öo]nderme\b|\bson\s+ba[şs]vuru"
            r"|\brok\s+za\s+(?:predaju|prijavu|slanje)"  # Croatian: the deadline for handing in
            r"|\bprijav\w*\s+radova\b"  # the papers' submission
            # Polish: sending in, handing in the papers ('nadsyłanie referatów')
            r"|\bnadsy[łl]\w*|\b(?:zg[łl]osze|sk[łl]adani)\w*\s+(?:referat|artyku[łl]|prac)"
            # (and the talks and posters entered, its close: 'Zamknięcie zgłaszania prezentacji,
            # plakatów', 'Termin zgłoszeń wystąpień'; not 'Zapisy … oraz zgłaszanie prezentacji')
            r"|\b(?:zamkni[eę]ci|koni?e?c|termin)\w*\s+zg[łl](?:osze|asza)\w*\s+"
            r"(?:prezentacj|plakat|wyst[aą]pie)"
            # Hungarian: sending in, uploading, the entry (a student contest's paper), a bare
            # deadline
            r"|\bbek[üu]ld|\bfelt[öo]lt|\bp[áa]lyamunk|^\W*(?:bek[üu]ld[ée]si\s+)?hat[áa]rid[őo]\W*$"
            # Malay and Indonesian: the sending in, the paper, the manuscript, a bare deadline
            r"|\bpenghantaran\b|\bpengiriman\b|\bkertas\s+kerja\b|\bmakalah\b|\bnaskah\b"
            r"|^\W*(?:tarikh|batas)\s+akhir\W*$"
            r"|ส่งบทความ|หมดเขต|กำหนดส่ง|บทความ"  # Thai: the paper sent, the deadline, the paper
            # Greek: the submission, the deadline; Romanian: sending, handing in, the deadline
            r"|υποβολ|προθεσμ|\btrimit|\bdepuner|\btermen(?:ul)?\s+limit"
            # Norwegian and Danish: sending in, a bare deadline; Bulgarian: proposals, the
            # submission, the deadline; Slovenian: handing in a contribution; Catalan: the
            # sending, a bare deadline; Hebrew: submitting
            r"|\binnsending|\bindsendelse|^\W*frist\W*$|\bпредложени|\bподаване|\bкраен\s+срок"
            # (and a Norwegian deadline for proposals, 'frist for forslag')
            r"|\bfrist\s+for\s+(?:forslag|bidrag|innsending|sammendrag|abstrakt)"
            r"|\boddaj[ao]\b|\benviament|^\W*termini\W*$|הגשת|להגיש|הגשה"
            r"|\bизпращане\s+на\s+(?:доклад|статия|пълния)"  # Bulgarian: the paper sent
            # the close of sending in, of handing in, in German ('Einsendeschluss', 'Abgabefrist'),
            # and submitting, in French ('soumettre votre présentation')
            r"|\beinsende(?:schluss|frist|termin)|\babgabe(?:schluss|frist|termin)|\bsoumettre\b"
            # Arabic: submitting, sending, receiving the papers; a bare deadline
            r"|تقديم|إرسال|ارسال|استلام|البحوث|الأبحاث|الابحاث|الأوراق\s+البحثية"
            r"|^\W*(?:آخر\s+موعد|الموعد\s+النهائي)\W*$"
            r"|\bl[ií]mite\s+(?:para\s+(?:la\s+)?|de\s+)?entrega\b"  # Spanish: the handing in
            # 'Fecha límite para la recepción de propuestas': the call's submissions received
            r"|\brecepci[oó]n\s+de\s+(?:las\s+|los\s+)?(?:propuestas|trabajos|art[ií]culos|res[uú]menes|ponencias)"
            # and said in a sentence: 'Los trabajos estarán siendo recibidos hasta', 'Se
            # recibirán propuestas hasta'
            r"|\b(?:trabajos|propuestas|ponencias|res[uú]menes)\s+(?:ser[áa]n|estar[áa]n)\s+"
            r"(?:siendo\s+)?recibid[oa]s\b|\bse\s+recibir[áa]n\s+(?:los\s+|las\s+)?"
            r"(?:trabajos|propuestas|ponencias|res[uú]menes)\b"
            # and with its object left to the call: 'Fecha límite de recepción con incentivo'
            r"|\bl[ií]mite\s+(?:de\s+|para\s+(?:la\s+)?)recepci[oó]n\b(?!\s+del?\b)"
            r"|\bpropostas?\s+de\s+trabalhos?\b"  # Portuguese: proposals of papers
            # Portuguese: submitting, submitted ('Os trabalhos poderão ser submetidos até')
            r"|\bsubmet(?:er|id[oa]s?)\b"
            # Spanish: sending the talks' (papers') proposals in, not a workshop's ('fecha
            # límite para enviar sus propuestas')
            r"|\b(?:enviar|presentar)\s+(?:sus\s+|las\s+|los\s+|tus\s+)?"
            r"(?:propuestas|trabajos|art[ií]culos|res[uú]menes|ponencias)\b"
            r"(?!.*\b(?:talleres|taller|tutoriales|tutorial|workshops?)\b)"
            # and the papers handed in by a last day: 'Fecha límite presentación de Trabajos'
            r"|\bl[ií]mite\s+(?:de\s+|para\s+(?:la\s+)?)?presentaci[oó]n\s+de\s+(?:los\s+)?"
            r"(?:trabajos|art[ií]culos|ponencias)\b"
            r"|投稿|截稿|提交|締切|〆切|提出期限"  # Chinese and Japanese: submitting, its deadline
            # (and the call's close with its kana, or a bare deadline: '募集締め切り', '締め切り')
            r"|募集締め?切|^\W*締め切り?\W*$"
            # Chinese: the call for papers' close ('征文截止日期'), not its poster or its news
            r"|(?:征文|征稿|徵文|徵稿)(?:截止|截稿|期限|日期)"
            # Chinese: the papers', proposals' or talks' manuscripts' deadline ('论文截止时间',
            # '提案截止', '講稿徵求截止')
            r"|(?:论文|論文|提案|講稿|讲稿|稿件)\w{0,4}截[止至]"
            r"|截[止至]收件|收件截[止至]"  # and the last day papers are received ('截止收件日期')
            # the call for papers; applying to it (not who may, how, or its terms: '応募資格',
            # '応募方法', '応募要項'), the call's period
            r"|征稿|応募(?!資格|方法|要項|条件)|募集期間"
            r"|\bподач\w*|\bстат(?:ья|ьи|ей)\b"  # Russian: submitting, papers
            r"|\bпода(?:ння|ти)\b|\bнадісла\w*"  # Ukrainian: submitting, sending in
            # Swedish: sending in, the contributions; Vietnamese: submitting, a bare deadline
            r"|\bskicka\s+in\b|\binl[äa]mning|\bbidrag\b|\bnộp\b|^\W*hạn(?:\s+chót)?\W*$"
            # and the talks' materials received: 'Конец приёма материалов доклада'
            r"|\bпри[её]м\w*\s+(?:\w+\s+)?(?:материал|стат|доклад|заяв|тезис|работ)"
            # French: 'dépôt des propositions', the call's submissions handed in
            # (and the first proposals, before the full texts: 'envoi des pré-propositions')
            # (and the call itself closing: 'La date limite de l'appel à communications'; the
            # proposals of talks: 'Les propositions de communication')
            r"|\b(?:date\s+limite|cl[ôo]ture)\s+(?:de\s+)?(?:l[’']\s*|la\s+)?appel\s+[àa]\s+"
            r"(?:communications?|contributions?|propositions?|articles?)\b"
            r"|\bpropositions?\s+de\s+(?:communications?|contributions?|pr[ée]sentations?)\b"
            r"|\b(?:d[ée]p[ôo]t|envoi|r[ée]ception)\s+(?:des?\s+|du\s+)?(?:pr[ée]-?)?"
            r"(?:propositions?"
            r"|communications?|articles?"
            r"|r[ée]sum[ée]s?|textes?|contributions?|manuscrits?)\b"
            # 'Date limite', 'Fecha límite' alone, as a bare 'Deadline'; 'Fecha límite de
            # inscripción' names its object
            r"|^(?:date limite|fecha l[ií]mite|prazo(?:\s+final)?|scadenza)\W*$",
            re.IGNORECASE,
        ),
        DeadlineKind.PAPER,
    ),
]
# a paper the call leaves optional (after an accepted abstract): not the call's deadline; an
# optional abstract before a paper is still the paper's abstract
_OPTIONAL_PAPER = re.compile(
    r"\boptional\s+(?:full[- ])?papers?\b|\b(?:full[- ])?papers?\s*\(optional\)", re.IGNORECASE
)
_PAGE_STAMP = re.compile(
    r"\blast (?:modified|updated|changed|edited)\b|\b(?:modified|updated) by commit\b",
    re.IGNORECASE,
)
# (the word after the talks': 'Talks and Workshops proposals' are the speakers')
AFTER_TALKS = r"(?<!talks and )(?<!talks & )"
_SKIP_SECTION = re.compile(
    # (whole words: 'Implementors' holds no mentor; a travel grant's, not how to get there:
    # 'Travel Information', a menu's heading over the rest of the page)
    r"travel(?!\s+(?:information|info|arrangements|logistics|guide)\b)"
    r"|\bgrants?\b|scholarship|fellowship|volunteer|\bmentor|schedule"
    # (not the talks' and the workshops' proposals together: 'Talks and Workshops proposals')
    rf"|{AFTER_TALKS}(?<!papers and )(?:workshop|tutorial)s?\s+proposals?",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(r"schedule|program|agenda", re.IGNORECASE)  # its zone notes are the talks'
_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|be|been|must|should|need|please)\b"
    r"|\b(?:a|ont)\s+[ée]t[ée]\b|\bser(?:a|ont)\b",  # French: has been, will be
    re.IGNORECASE,
)
# 'The deadline is 26 February 2025', 'the submission deadline is …': a sentence naming it
_BARE_DEADLINE = re.compile(
    # (and moved: 'Final extended submission deadline is February 17, 2026')
    # (and one of several: 'First deadline date for contributions is 12th July')
    r"(?:(?:the\s+)?(?:(?:final|new|first|second|third|next)\s+)?(?:(?:extended|revised|updated)\s+)?"
    r"(?:paper\s+)?(?:submission\s+)?(?:deadline(?:\s+date)?|due\s+date)"  # ('The due date for')
    r"(?:\s+for\s+(?:submissions?|contributions))?"
    # (German: 'Einsendeschluss für Vorschläge', 'Abgabefrist')
    r"|(?:einsende|einreichungs|abgabe)(?:schluss|frist|termin)(?:\s+f[üu]r\s+(?:die\s+)?\w+)?)"
    # 'The deadline to submit your results is May 30th'
    r"(?:\s+(?:to|for)\s+submit(?:ting)?\s+(?:your|the|their|all)\s+\w+)?"
    # 'The submission deadline is set to', 'Submission deadline will be'
    # ('The deadline is now April 3, 2020': moved, see `_EXTENDED_TO`)
    r"(?:\s+(?:(?:is|was)\s+(?:set|fixed)(?:\s+(?:to|for))?|is(?:\s+now)?|will\s+be))?",
    re.IGNORECASE,
)
# what a call is for: 'Call for Papers', 'Call for Speakers'
CALL_KINDS = (
    r"papers|submissions|abstracts|contributions|presentations|presenters|talks|speakers"
    r"|proposals|panel+ists"  # ('Call for Panelists': a meeting's call for its panels' speakers)
)
# how firm a deadline is said to be ('Hard Deadline', 'Firm deadline'): no step of its own
FIRMNESS = r"(?:hard|firm|strict|final)"
# the call itself, named in a sentence ('The CFP', 'El Call For Speakers', 'A chamada')
_THE_CALL = (
    r"(?:the\s+|our\s+|this\s+|el\s+|la\s+|a\s+|o\s+)?(?:cfp"
    r"|chamada(?:\s+de\s+(?:trabalhos|artigos|resumos|propostas|submiss[õo]es))?|convocatoria"
    r"(?:\s+de\s+(?:propuestas|trabajos|art[ií]culos|ponencias|charlas|comunicaciones))?"
    rf"|call[- ]for[- ](?:{CALL_KINDS}|participation))"
    r"(?:\s*\((?:cfp|cfs|cfa)\))?"  # its letters after it: 'call for proposals (CFP)'
)
# the call's close moved by its organisers: 'We are extending our Call For Proposals until',
# 'Call For Proposals Extended to' (its 'until' is often cut from the label with the date)
CALL_EXTENDED = (
    rf"(?:we\s+(?:are|have)\s+|we['’](?:re|ve)\s+)?extend(?:ing|ed)?\s+{_THE_CALL}"
    r"(?:\s+(?:until|till|to|through))?"
)
_CLOSES_VERB = (
    r"(?:(?:formally\s+|officially\s+)?clos(?:es?|ed|ing)|ends?|finaliza|cierra|termina|encerra"
    r"|se\s+(?:cierra|termine)"
    r"|(?:es|est[áa]\s+abiert[ao])\s+hasta"  # Spanish: 'is (open) until'
    # or its close moved: 'The call for papers has been extended until', the Portuguese 'A
    # chamada de trabalhos foi prorrogada até o dia', the Spanish '… ha sido ampliada hasta el'
    r"|(?:(?:has|have)\s+been\s+|was\s+|were\s+|is\s+(?:now\s+)?)?extended\s+(?:until|till|to|through)"
    r"|(?:foi|ser[áa]|est[áa])\s+(?:extendid|estendid|prorrogad|ampliad)a\s+at[ée](?:\s+o\s+dia)?"
    r"|(?:ha\s+sido|fue|ser[áa]|se\s+ha)\s+(?:extendid|ampliad|prorrogad)a\s+hasta"
    r"(?:\s+el(?:\s+d[ií]a)?)?)"
)
_KIND_WORDS = re.compile(
    r"paper|abstract|manuscript|notif|decision|accept|camera|supplement|rebuttal"
    r"|submissions?\b.{0,40}\b(?:due|close|open\s+until)"  # 'Submissions are due March 3'
    r"|\bsubmissions?\s+period\b"  # 'The submission period is from May 28 to June 22'
    # 'Submission of talks must be done by the end of day 30th of November 2024'
    r"|\bsubmissions?\s+of\s+(?:\w+\s+){1,3}?(?:must|should|shall)\s+be\s+(?:done|made|received)\b"
    rf"|\b{_THE_CALL}\s+(?:will\s+|shall\s+)?{_CLOSES_VERB}\b"  # 'The CFP will close on'
    rf"|\b{_THE_CALL}\s+deadline(?:\s+is)?\W*$"  # 'The call for speakers deadline is'
    # its window: 'The call for papers is open from …', '… is currently open and closes'
    rf"|\b{_THE_CALL}\s+(?:is|are|will\s+be)\s+(?:currently\s+|still\s+)?open"
    r"\s+(?:from|until|till|through|and\s+clos(?:es|ing)|and\s+ends)\b"
    # what is to be submitted by the date the sentence ends on: 'Entrants should have their
    # methods submitted by May 15'
    r"|\b(?:should|must|shall|need\s+to)\b.{0,40}\bsubmitted(?:\s+(?:by|before))?\W*$"
    # 'The deadline for contributed talks is Sunday, June 15th', 'The deadline for poster
    # submissions is February 28': a call's, said in a sentence
    r"|\bdeadline\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:submissions?|contributed\s+\w+|contributions?)\b"
    # 'The submission deadline for the call for speakers is', 'The deadline for submitting
    # proposals is August 5'
    r"|^\W*(?:the\s+)?(?:submission\s+deadline\b|deadline\s+(?:for|to)\s+submit(?:ting)?\b)",
    re.IGNORECASE,
)
# Chinese (simplified, then traditional): an evaluation campaign, a contest, taking part in one
CONTEST_ZH = "评测|测评|比赛|竞赛|参赛|評測|測評|比賽|競賽|參賽"
_CHALLENGE = re.compile(
    # (ACM's Student Research Competition is a track of students' abstracts, not a contest)
    # (not the call apart from it: 'Deadline for paper submission (non-challenge papers)')
    # (nor a students' paper or poster competition, a track of the call: 'IBM Student Paper
    # Competition manuscript', 'Student Competition Paper')
    # (nor a meeting's participants, its attendees: 'chosen by workshop participants')
    r"(?<!non-)(?<!non )challenge|contest\b"
    r"|(?<!workshop )(?<!conference )(?<!symposium )(?<!meeting )participants?\b"
    r"|(?<!research )(?<!student )(?<!student paper )(?<!student poster )competition"
    r"|(?<=student )competition(?!s?\s+(?:papers?|abstracts?|manuscripts?|posters?)\b)"
    r"|\bentrants?\b"
    # Spanish and Portuguese: a contest ('para o Concurso PUC Jovens Ideias'), a challenge and
    # a competition ('Desafio de Programação Paralela', 'competição', 'competición')
    r"|\bconcurso\b|\bdesaf[ií]os?\b|\bcompeti(?:[çc](?:[ãa]o|[õo]es)|ci[óo]n(?:es)?)\b"
    r"|\btest(?:ing)?[- ](?:phase|server|submission)"
    r"|\bevaluation[- ]server\b"
    # a competition's phases: 'Phase 1 Submission Deadline', 'Evaluation phase ends'
    r"|\bphase[- ]?(?:\d|one|two|three|iii|ii|i)\b"
    r"|\b(?:evaluation|simulation|development|submission)\s+phase\b"
    # a shared task's test phase closing: 'Evaluation end', 'Evaluation period ends' (not an
    # artifact's evaluation)
    r"|(?<!artifact )(?<!artifacts )(?<!artefact )(?<!artefacts )"
    r"\bevaluation\s+(?:period\s+)?ends?\b|\btest(?:ing)?\s+(?:period|phase)\s+(?:ends?|closes?)\b"
    rf"|{CONTEST_ZH}|测试集"  # Chinese: an evaluation campaign, a contest, its test set
    # Korean: a contest ('경진대회'; '대회 일정', the contest's schedule, not '학술대회' or
    # '독문학자 대회', a meeting), a challenge; Japanese: the same
    r"|경진대회|경시대회|^\W*대회(?!\w)|챌린지|コンペ|コンテスト|チャレンジ"
    r"|แข่งขัน"  # Thai: a competition
    r"|\bnate[čc]aj"  # Slovenian: a contest
    # its results ('结果提交', '提交测试结果'), an entry's technical report
    r"|结果提交|提交\w{0,4}结果|测试结果|技术报告|\btechnical\s+reports?\b"
    # (not 'Late-breaking results submission': a track of short papers)
    r"|(?<!breaking )(?<!breaking-)\bresults?\s+(?:data\s+)?(?:submission|due)"
    # (a competition's teams submitting their results for its tasks)
    r"|\b(?:submit(?:ting)?|submission\s+of)\s+(?:the\s+|your\s+|final\s+)?results\b"
    r"|\bdocker\b|\bcontainer\s+submission"
    r"|\bcoda(?:lab|bench)\b|\bkaggle\b|\beval\.?ai\b"  # a competition's platform
    r"|leaderboard|\bvalidation\s+(?:phase|submissions?)\b"
    r"|\bfact[- ]?sheets?\b"  # a fact sheet: a challenge entry's
    # and the paper describing an entry: 'the 2-pager description paper', 'Method description'
    r"|\bdescription\s+papers?\b|\bmethod\s+descriptions?\b"
    r"|\b(?:papers?|reports?)\s+describing\s+(?:their|your|the)\s+(?:approach|method|solution|entry)"
    # a shared task's system outputs ('Run Submission Deadline', 'submission of runs')
    r"|\bruns?\s+submission|\bsubmission\s+of\s+(?:the\s+)?runs\b|\bsystem\s+runs\b"
    r"|^\W*runs?\s+(?:due|deadline)\b"  # 'Runs due: September 10 (AoE)'
    r"|\bsystem\s+outputs?\s+submission|\bsubmission\s+of\s+(?:the\s+)?system\s+outputs?\b"
    r"|\bsystem\s+submissions?\b"  # a shared task's systems, run on its test data
    # a task's entries: 'Submission deadline for ASR and Speech-to-text translation tasks'
    r"|\bsubmissions?\s+(?:deadline\s+)?for\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?tasks?\b"
    # a solver competition's entries: 'Solver submission deadline', 'Benchmark submission'
    r"|\b(?:solvers?|benchmarks?)\s+(?:re)?submissions?\b|\bsubmission\s+of\s+(?:the\s+)?solvers?\b"
    r"|\bsubmission\s+of\s+(?:the\s+)?system\s+(?:responses|predictions)\b"
    r"|\bsystem\s+outputs?\s+submitted\b"
    # an entrant's work: 'Entry submission deadline', 'Submission of solution implementations',
    # 'Approaches submission deadline', the annotations of a batch submitted
    r"|\b(?:entry|entries|approaches|predictions|annotations)\s+submissions?\b"
    r"|\bsubmissions?\s+of\s+(?:the\s+)?(?:(?:best|final)\s+)?"
    r"(?:solutions?|entries|predictions|annotations)\b"  # ('Submission of best solutions')
    r"|\bsoumission\s+des\s+r[ée]sultats\b",  # French: the results' submission
    re.IGNORECASE,
)
# 'Challenges and Opportunities', 'Open Challenges in …': a title's prose, not a competition
_CHALLENGES_PROSE = re.compile(
    r"\bchallenges,?\s+(?:and|&|in|of|for|ahead|facing)\b|,\s*challenges\b"
    r"|\b(?:open|key|new|emerging|contemporary|current|future|recent|remaining|major|common"
    r"|technical|practical|fundamental|unique|critical|pressing|persistent|real-world"
    r"|complex|societal|social|global|environmental|ethical|scientific|clinical)\s+challenges"
    # what a workshop's theme faces: 'Hope in the Face of Complex Societal Challenges'
    r"|\b(?:face\s+of|facing|addressing|tackling|overcoming)\s+(?:[\w-]+\s+){0,3}?challenges\b"
    # ACM's Student Research Competition: a track of posters and short papers
    r"|\bstudent\s+research\s+competitions?\b"
    # a 'Call for Participants' is a workshop's call, as a call for papers is
    r"|\bcall\s+for\s+participa\w*"
    # nor is its 'Information for participants' (the dates, the place, the submission link)
    r"|\binformation\s+for\s+participants\b",
    re.IGNORECASE,
)
_SHARED_TASK = re.compile(r"\bshared[- ]tasks?\b", re.IGNORECASE)
_PAPER_WORDS = re.compile(r"\bpapers?\b|\babstracts?\b|\bmanuscripts?\b", re.IGNORECASE)
# a challenge's results: announced to its participants, not a deadline of theirs
_RESULTS = re.compile(r"\b(?:results?|winners?|rankings?)\b", re.IGNORECASE)
_ANNOUNCED = re.compile(r"notif|announc|release|publish", re.IGNORECASE)
_OPENING = re.compile(
    rf"releas|\bopen{_NAMING_OPEN}|launch|\bstart"
    r"|\bbegin|availab|online|kick-?off|announce|\bgo(?:es)? live\b"
    r"|开放(?!式)|開放(?!式)|开始|公布",  # Chinese: opens, starts, published
    re.IGNORECASE,
)
# moved, in Spanish and Portuguese: 'Extendido al día', 'prorrogado até', 'aplazado al',
# 'adiado para', and the noun: 'aplazo a', 'prórroga hasta'
MOVED_ES_PT = (
    r"(?:extendid|ampliad|prorrogad|estendid|aplazad|pospuest|postergad|adiad)[oa]s?"
    r"|aplazo|pr[oó]rroga"
    r"|se\s+(?:prorrog|extendi|ampli|posterg|aplaz)[óo]"  # (and said done: 'Se prorrogó hasta el')
)
MOVED_ES_PT_TO = r"al(?:\s+d[ií]a)?|a|hasta(?:\s+el)?|at[ée](?:\s+(?:o\s+)?dia)?|para"
# a sentence that moves a deadline: 'The submission deadline has been extended to March 22'
# Indonesian and Malay: '… memperpanjang penerimaan abstrak sampai dengan', 'diperpanjang hingga'
_PERPANJANG = r"\b(?:mem|di)?perpanjang\w*\b.{0,40}\b(?:sampai(?:\s+dengan)?|hingga|sehingga)\W*$"
_EXTENDED_TO = re.compile(
    # (and the noun: 'New extension until 23 June 2023')
    # and a system kept open longer: 'the submission system will be kept open until Nov. 8'
    # (not the noun's object: 'Extension to the March 6, 2015 deadline', the date it moves)
    r"\b(?:extended|(?<!no )extensions?(?!\s+to\s+the\W*$)|postponed|moved|pushed(?: back)?"
    r"|(?:kept|remain|stay)\s+open)\b"
    r"(?:(?!\b(?:from|since)\b).){0,40}"
    r"\b(?:to|until|till)(?:\s+the)?\W*$"  # ('… to the 28th of April')
    # (its time and weekday before the date: 'Submissions are extended to 23:59 Monday')
    r"|\bextended\s+(?:to|until)\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?"
    rf"(?:\s+{dates_.WEEKDAY})?,?\s*$"
    # and in French: 'la deadline a été étendue au', '… prolongée jusqu'au'
    r"|\b(?:[ée]tendue?|prolong[ée]e?|repouss[ée]e?|report[ée]e?)s?\s+(?:au|jusqu['’]au)\W*$"
    # and in Spanish and Portuguese: 'Extendido al día', 'prorrogado até'
    rf"|\b(?:{MOVED_ES_PT})\s+(?:{MOVED_ES_PT_TO})\W*$"
    # and in Croatian and Serbian: 'Rok za prijavu sažetaka produljen je do'
    r"|\bprodu(?:lj|ž)en[aoi]?\s+(?:je\s+|su\s+)?do\W*$"
    rf"|{_PERPANJANG}"  # and in Indonesian and Malay
    # and said as the deadline's new value: 'The deadline is now April 3, 2020'
    r"|\bdeadline\s+is\s+now\W*$",
    re.IGNORECASE,
)
# a line that moves the deadline above it: 'Postponed to May 31, 2023', '→ Extended to'
_MOVED_LINE = re.compile(
    r"^\W*(?:extended|postponed|moved|deferred|delayed|changed)\s+(?:to|until)\W*$"
    # and in Spanish and Portuguese: 'Extendido al día', 'Prorrogado até'
    rf"|^\W*(?:{MOVED_ES_PT})\s+(?:{MOVED_ES_PT_TO})\W*$",
    re.IGNORECASE,
)
# between a date and the one after it: the second is the first's earlier value
_EARLIER = re.compile(
    # (after the date's own note in brackets: 'April 26, 2013 (anywhere on earth) [was April
    # 19th')
    r"^\W*(?:\([^()]{1,40}\)\W*)?"
    r"(?:(?:extended|postponed|moved|changed)\s+from|originally|previously|formerly|was"
    # and the deadline it extends: 'March 13, 2015 (Extension to the March 6, 2015 deadline)'
    r"|(?:an?\s+)?extension\s+(?:to|of)(?:\s+the)?)\W*$",
    re.IGNORECASE,
)
_NEWER = re.compile(
    r"^(?:(?:final|second|further)\s+)?(?:new|extended|updated|revised|postponed)\b", re.IGNORECASE
)
_STATUS_WORDS = {
    "closed", "open", "passed", "expired", "extended", "updated", "new", "tentative",
    # Portuguese and Spanish: extended, postponed, the new date
    "prorrogado", "prorrogada", "adiado", "adiada", "nova data", "nueva fecha",
}
_STATUS_CELL = re.compile(
    r"\s*\|\s*(?:closed|open|upcoming|passed|done|expired|completed|ongoing|past|finished"
    r"|active|[✓✔✗✘])\s*$",
    re.IGNORECASE,
)
# the label's news after it: 'CFP Closes: DEADLINE EXTENDED'
_SAID_MOVED = (  # (from a run's first blank only: a long run is not scanned from each one)
    r"(?<![\s:\u2013\u2014-])\s*[:\u2013\u2014-]\s*(?:deadline\s+)?(?:extended|updated|postponed)\W*$"
)
_NEWS_AFTER = re.compile(_SAID_MOVED, re.IGNORECASE)
_CLOSED_NOTE = (
    r"\s*[(\[]\s*(?:closed|passed|expired|fechad[ao]s?|encerrad[ao]s?|cerrad[ao]s?"
    r"|ferm[ée]e?s?|chius[aoie]|geschlossen)\s*[)\]]"
)
_STATUS = re.compile(
    r"^(?:closed|open|passed|expired|extended|updated?|new)\s*[-–:!]\s*"  # ('Update: …')
    # (and in Portuguese and Spanish: 'Prorrogado: <s>…</s>', 'Nova data:', 'Nueva fecha:')
    r"|^(?:prorrogad[oa]|adiad[oa]|ampliad[oa]|extendid[oa]|nova\s+data|nueva\s+fecha)\s*[-–:!]\s*"
    # (and in brackets after the label: 'Submission deadline (Extension)')
    r"|\s*[(\[]\s*(?:extension|extended|new|updated)\s*[)\]]\W*$"
    # a notice's word before the label, exclaimed: 'NEW!', 'IMPORTANT!' (Croatian 'NOVO!',
    # 'VAŽNO!')
    r"|^(?:new|important|novo|va[žz]no)\s*!+\s*"
    # '(Extended!) | Paper submission': the status in brackets, then the label's cell
    r"|^[(\[]\s*(?:closed|passed|expired|extended|updated|new)\W*[)\]]\s*(?:\|\s*)?"
    # and in brackets after it, closed ('Submissão de Trabalhos (Fechada)', '(Cerrado)')
    rf"|{_CLOSED_NOTE}\s*$"
    # and after the label, exclaimed: 'Submission deadline extended!'
    r"|\s+(?:extended|updated|postponed)\s*!+\s*$|" + _SAID_MOVED,
    re.IGNORECASE,
)


_REBUTTAL_START = re.compile(
    r"(?:rebuttal|\bresponse)\W*(?:period\W*)?(?:starts?|begins?|opens?)"
    # (the reviews given out for it: 'Reviews available for author response')
    r"|^\W*reviews?\s+(?:available|released|sent|out)\s+(?:to\s+authors\s+)?for\b",
    re.IGNORECASE,
)
_RESPONSE = re.compile(
    r"\bauthors?'?\s+responses?\b|\bresponses? to (?:the )?reviews?\b"
    r"|\brebuttals? to (?:the )?reviews?\b"
    r"|\bauthors?'? feedback\b",  # 'Author feedback period': the authors' answer to their reviews
    re.IGNORECASE,
)
_LONG_REMARK = re.compile(r"\((?:[^()\s]+\s+){5,}[^()]*\)")  # six words or more in brackets
# a paper withdrawn, updated or turned down unreviewed: an author's step, neither the paper's
# submission nor its decision
_WITHDRAWAL = re.compile(
    r"\bwithdraw(?:al|n|s)?\b|\bdesk[- ]reject"
    # a submitted paper updated before the decisions ('Paper update deadline', 'Updated Papers
    # deadline'), not an extended submission deadline ('Updated submission deadline')
    r"|\bpapers?\s+updates?\b|\bupdated\s+papers?\s+(?:deadline|due)\b"
    # the extended versions of selected papers, for a journal or a volume after the meeting,
    # unless their camera-ready is named
    r"|^(?!.*camera).*(?:\bextended\s+(?:versions?\s+of\s+(?:the\s+)?)?selected\b"
    r"|\bselected\s+papers?['’]?\s+extended\b)",
    re.IGNORECASE,
)
# an author's deadline that no step names: 'Poster upload', 'SlidesLive last upload'
_OTHER = re.compile(r"deadline|\bdue\b(?!\s+to\b)|\bupload(?:s|ing)?\b", re.IGNORECASE)
# '11:59' with no am or pm after it: a 24-hour time, or the minute before midnight?
_BARE_1159 = re.compile(  # (the afternoon said before it: '下午 11:59', '오후 11:59')
    rf"(?<![\d:])(?<!{dates_.CJK_MERIDIEM})(?<!{dates_.CJK_MERIDIEM.replace('|', ' |')} )"
    r"11:59(?::59)?(?!\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)
# a step of the committee's that the page asks of every author is the authors' deadline
_FOR_AUTHORS = re.compile(r"\b(?:for|by) (?:all |every |each |the )?authors?\b", re.IGNORECASE)
# a notice of acceptance that also names travel grants or awards is the acceptance's
_NOTICE = re.compile(r"\baccept\w*\b.*\bnotif|\bnotif\w*\b.*\baccept", re.IGNORECASE)
_ALSO_GRANTS = re.compile(
    r"\s(?:and|&|/)\s+(?:travel\s+)?(?:grants?|awards?|funding)\b|\s(?:and|&|/)\s+travel\b",
    re.IGNORECASE,
)
_CHALLENGE_DEADLINE = re.compile(
    r"deadline|\bdue\b|\bclose|\bends?\b|submission|write-?up|report|截止|截至", re.IGNORECASE
)


_ARR_REVIEWED = re.compile(r"\bARR[- ]reviewed\b|\bwith\s+ARR\s+reviews\b", re.IGNORECASE)
_PAPERS_VIDEO = re.compile(  # a paper's video: 'Paper Video', 'videos of accepted papers'
    r"\bpapers?\s+videos?\b|\bvideo(?:'?s)?\s+(?:of|for)\s+(?:the\s+)?accepted\s+papers?\b"
    # and its talk's recording or slides: 'Paper Presentation Recordings'
    r"|\bpapers?\s+presentations?\s+(?:recordings?|videos?|slides)\b",
    re.IGNORECASE,
)
# what a talk or a poster shows at the event: its recording, its poster file
_PRESENTING = re.compile(
    r"\bvideos?\s+(?:presentations?\s+|recordings?\s+)?(?:submission|upload|due|deadline)"
    r"|\b(?:recorded|video)\s+(?:talks?|recordings?)\b"  # 'Recorded talk submission'
    r"|\bpresentations?\s+(?:recordings?|videos?)\b"  # 'Presentation recordings due'
    r"|\bvideo\s+presentations?\s*$|\bpre-?recorded\b.{0,30}\b(?:videos?|talks?)\b"
    r"|\bposters?\s+(?:pdfs?\s+|files?\s+)?uploads?\b"
    r"|\bslides?\s+(?:submission|upload|deadline|due)|\bslides\b|\bpre-?recordings?\b"
    r"|スライド"  # (Japanese: the slides)  # 'Slides for submissions accepted as oral'
    r"|\bdiapositivas\b"  # and in Spanish: 'Envío de diapositivas (personas seleccionadas)'
    r"|\bmaterial\s+de\s+apoyo\b"  # and the talk's material ('Envío de Material de apoyo')
    # and in Portuguese and Spanish, the talk's video: 'Submissão do link do vídeo dos trabalhos'
    r"|\blink\s+d[oe]l?\s+v[íi]deo|\bv[íi]deos?\s+d[aeo]s?\s+(?:trabalhos|apresenta|ponencias)"
    r"|\bpresentation\s+(?:materials?|files?)\b"
    # the talk's slides: 'Deadline for Submissions of PowerPoint Presentations'
    r"|\b(?:power\s?points?|pptx?)\s+(?:presentations?|slides?|files?|submissions?|uploads?"
    r"|due|deadline)\b"
    r"|\b(?:deadline|submission)\s+for\s+(?:the\s+)?video(?:'?s)?\b",  # '… for video's of …'
    re.IGNORECASE,
)
_POSTER = re.compile(  # (and 'a proposal for a contributed talk')
    r"\b(poster|demo(?:nstration)?|talk)s?\s+(?:proposals?|abstracts?|submissions?)\b"
    r"|\bproposals?\s+for\s+(?:an?\s+)?(?:contributed\s+|short\s+|lightning\s+|oral\s+)?"
    r"(poster|demo(?:nstration)?|talk|presentation)s?\b"
    # a presentation's proposal or abstract: a talk's ('full presentation proposals')
    r"|\b(presentation)s?\s+(?:proposals?|abstracts?)\b"
    # a paper's or a contribution's proposal: the abstract a call asks for ('paper proposals')
    r"|\b(paper|contribution)s?\s+proposals?\b"
    r"|\bproposals?\s+(?:of|for)\s+(?:an?\s+)?(paper|contribution)s?\b"
    # the posters or talks themselves due: 'Deadline for Posters & Lightning Talks'
    r"|\bdeadline\s+(?:for|of)\s+(?:the\s+)?(?:lightning\s+)?(poster|talk)s\b"
    # the demos themselves due: 'Software Demos: 15-30 minute demos, due', 'Posters due',
    # 'Workshop Sketches Due' (a short paper, as SIGGRAPH calls it)
    r"|\b(demo(?:nstration)?)s?\b(?=[^.]{0,40}\bdue\b)|\b(poster|sketch)e?s\s+(?:are\s+)?due\b"
    # a doctoral consortium's proposals: its students' papers ('Doctoral consortium proposals')
    r"|\b(doctoral\s+(?:consortium|colloquium|symposium))\s+proposals?\b",
    re.IGNORECASE,
)
# software handed in, not a paper: 'Code Upload', 'Docker Submission Deadline', 'First model
# submission round' (not 'Code of Conduct', nor a promotion's 'registration code')
_SOFTWARE = re.compile(
    r"\b(?:source\s+)?code\s+(?:submission|upload|repo)"
    r"|\bsubmi\w*\s+(?:of\s+)?(?:the\s+)?(?:source\s+)?code\b"
    r"|\bdeadline\s+for\s+(?:the\s+)?(?:[\w-]+\s+and\s+)?(?:source\s+)?code\b"  # 'report and code'
    r"|\b(?:docker|containers?)(?:\s+(?:images?|containers?))?\s+(?:submission|upload|deadline|due)"
    r"|\bmodels?\s+(?:submission|upload)"
    r"|\bpull[- ]requests?\b",  # code sent to a repository: 'final Pull Request submission'
    re.IGNORECASE,
)
_BESIDE_THE_PAPER = re.compile(
    # (not 'Abstracts and metadata due': the abstracts' registration)
    r"(?<!abstract and )(?<!abstracts and )meta-?data"
    r"|arxiv|\bart[ei]facts?\b|\binten(?:t|tion)s?\s+to\s+submit"  # (British 'artefact')
    # what follows the event: 'Final proceedings package (post-conference)', a post-proceedings
    r"|\bpost-?(?:conference|workshop|symposium|event|proceedings)\b"
    r"|\bpre-?submission\b"  # 'Pre-submission mentorship deadline', '… feedback returned'
    # a paper sent again, as its reviews asked: 'Paper Re-submissions', 'Resubmission for
    # conditionally accepted paper'
    r"|^\W*+(?:[\w-]+\s+){0,2}re-?submi(?:ssions?|t)\b",
    re.IGNORECASE,
)
# a mentoring programme's own steps ('Registration deadline for mentorship programme'), unless
# it takes submissions of its own ('Early Career Mentorship Program Submissions': a track)
_MENTORING = re.compile(r"\bmentor(?:ship|ing)\b", re.IGNORECASE)
# (not 'Submission for mentoring deadline': a paper sent for advice before the call's deadline)
_OWN_SUBMISSIONS = re.compile(r"(?<!-)\bsubmi(?:ssions?|t)\b(?!\s+for\s+mentor)", re.IGNORECASE)
_SUBMITTED_OR_CALLED = re.compile(r"submi|call\s+for|\bcf[ps]\b", re.IGNORECASE)
_OPEN_UNTIL = re.compile(r"\bopen\s+(?:until|till|through)\b", re.IGNORECASE)
# a call for the meeting's parts, the organisers' proposals: 'Call for workshops', '… tutorials'
_CALL_FOR_PARTS = re.compile(
    r"\bcall\s+for\s+(?:workshops?|tutorials?|panels?|special\s+sessions?)\b", re.IGNORECASE
)
# a state before the close its date names: 'Abstract submission: Now open! Closes 8th September'
_OPEN_NOW = re.compile(r"\b(?:now\s+)?open\W+(?=clos(?:es|ing)\s*$)", re.IGNORECASE)


# a call named alone, no step of it: the day it is put out
_CALL_NAMED = re.compile(
    r"[\W_]*call\s+for\s+"
    r"(?!.*\b(?:deadlines?|due|clos\w*|ends?|ending|submi\w*|extended|until|till|through|by)\b)"
    r"[\w&/, -]{1,40}?[\W_]*",
    re.IGNORECASE,
)


# a track named before a colon, its step after it ('Technical Papers: Camera-ready Deadline')
_TRACK_HEAD = re.compile(
    r"^\W*[^:]{0,40}\b(?:papers?|posters?|demos?|tracks?)\s*:\s+(\S.*)$", re.IGNORECASE
)


# a step, what it takes in brackets after it: 'submission (abstract)', 'Deadline (full paper)'
_KIND_IN_BRACKETS = re.compile(
    # (and the papers': 'Paper Submission (Abstracts)', then '… (Full Paper)')
    # (and 'Paper submissions (Abstract)', 'Submission Deadline(Abstract)')
    r"\W*(?:papers?\s+)?(?:submissions?\s+)?(submissions?|deadline|due)\s*\("
    r"\s*((?:full\s+|short\s+)?(?:abstracts?|papers?))\s*\)\W*",
    re.IGNORECASE,
)
# the call named for its papers ('Call for paper acceptance'), and a step deciding them
_CALLED_PAPERS = re.compile(r"\bcall\s+for\s+(papers?|abstracts?)\b", re.IGNORECASE)
_DECIDED = re.compile(r"notif|accept|decision|camera", re.IGNORECASE)
# papers named first in a list of the meeting's parts, one a slash ('Paper / Panel / Tutorial')
_PAPERS_THEN_PARTS = re.compile(
    # (and the talks' or presentations': 'Deadline for presentation and workshop proposal
    # submissions'; and a proposal beside the paper: 'Paper/Proposal submission deadline')
    # (and the abstracts': 'Abstract/breakout/tutorial submission deadline')
    r"\b(papers?|abstracts?|talks?|presentations?)(?:\s*(?:/|,|&|,?\s+and)\s*(?:(?:full|short"
    r"|long)\s+papers?|panels?|tutorials?|workshops?|posters?|demo(?:nstration)?s?|breakouts?"
    r"|special\s+sessions?"
    r"|doctoral\s+consortium|proposals?))+\b",
    re.IGNORECASE,
)


# the break between a line's sentences ('Interested in speaking? Send us your talks! CFP
# closes'), the last of which names the step
_SENTENCE_BREAK = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z])")


_DEADLINE_SENTENCE = re.compile(r"\W*the\s+deadline\s+(?:for|to)\s", re.IGNORECASE)
_BEFORE_ITS_TIME = re.compile(r"\s+(?:at|on|by)\W*$", re.IGNORECASE)

# characters of a label read: a longer one is a paragraph, named (if at all) by its end; the
# rules below rewrite a label and read it again, once a rewrite, so a label of a thousand
# 'released and's read whole would outrun Python's stack (the longest label a step was read
# from, over the corpus's pages, was 1,644 characters)
_LABEL_MAX = 2000


_PAPERS_REVIEWED = re.compile(
    r"\W*(?:(?:all|the)\s+)?(?:papers?|submissions?|abstracts?)\s+(?:are\s+)?reviewed\W*",
    re.IGNORECASE,
)

# the reviews' outcome sent back ('Draft Paper Review Result', 'Review results', 'paper reviews
# sent to the authors'): the decision on what was submitted
_REVIEW_RESULT = re.compile(
    r"\W*+(?:[\w-]+\s+){0,3}?(?:peer[- ])?review\s+results?"
    r"(?:\s+(?:notification|announced|released|sent(?:\s+to\s+(?:the\s+)?authors?)?))?\W*"
    r"|\W*+(?:[\w-]+\s+){0,2}?reviews?\s+(?:sent|returned|communicated)\s+(?:back\s+)?to\s+"
    r"(?:the\s+)?(?:authors?|participants?)\W*",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # (a page's lines are asked again and again, each at its length)
def classify(label: str) -> DeadlineKind | None:
    """Return the kind of deadline a label names, or None for a date that is not one; a label
    of sentences that names none, by its last sentence."""
    label = label[-_LABEL_MAX:]
    kind = _classify(label)
    last = _SENTENCE_BREAK.split(label)[-1]
    # (not after a sentence that opens something or names what is not a step: 'Call for
    # Papers & Challenge Now Open! Paper Submission Deadline', a banner over the list)
    if (
        kind is None
        and last != label
        # (or after it, a sentence naming the deadline: '… call for proposals! The deadline
        # for submissions is')
        and (not _SKIP.search(label[: -len(last)]) or _DEADLINE_SENTENCE.match(last))
    ):
        return _classify(last)
    if kind is None and (bare := " ".join(dates_.strip_clock(label).split())) != label:
        # 'CFP closes at 11:59 PM' over its date: the time is no name, nor the word before it
        return _classify(_BEFORE_ITS_TIME.sub("", bare))
    return kind


# a deadline said for whom, after its step's cell ('Registration | Deadline for presenters')
_DEADLINE_FOR_WHOM = re.compile(
    r"\W*deadline(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\W*", re.IGNORECASE
)
# a list named before its first step, on one line: 'Deadlines: Abstracts by 30th September'
_LIST_NAMED = re.compile(
    r"\W*(?:deadlines|(?:important|key)\s+dates|dates|timeline)\s*:\s*(?=\S)", re.IGNORECASE
)


def _classify(label: str) -> DeadlineKind | None:
    if _PAGE_STAMP.search(label):  # 'Page last modified by commit 04f62c1': the page's own
        return None
    label = _NEWS_AFTER.sub("", label) or label
    label = _OPEN_NOW.sub("", label)
    label = _EXTENDED_NOTE.sub("", label) or label
    label = _DEADLINE_OPENED.sub("", label) or label
    if _CALL_NOTIFIED.match(label):  # 'Call for proposals notifications': the call's answer
        return DeadlineKind.NOTIFICATION
    if _PAPERS_REVIEWED.fullmatch(label):  # 'Papers Reviewed': the reviews back, the decision
        return DeadlineKind.NOTIFICATION
    if _REVIEW_RESULT.fullmatch(label):  # 'Draft Paper Review Result': the decision, not a paper
        return DeadlineKind.NOTIFICATION
    if (listed := _LIST_NAMED.match(label)) and (kind := classify(label[listed.end() :])):
        return kind  # 'Deadlines: Abstracts by …': the list named, then its first step
    head, bar, tail = label.partition(" | ")
    if bar and _DEADLINE_FOR_WHOM.fullmatch(tail) and (kind := classify(head)) is not None:
        return kind  # 'Registration | Deadline for presenters': the step, then whom it binds
    short = _LONG_REMARK.sub(" ", label)
    if short != label and (kind := classify(short)) is not None:
        # 'Initial paper submission (this requires a semi-complete pdf, final title and
        # abstract)': a remark on the step, not the step's name
        return kind
    released = _RELEASE_NOTE.sub(" ", label)
    if released != label and (kind := classify(released)) is not None:
        # 'Runs submission (Test set available)': what the organisers give out that day, said
        # beside the step due
        return kind
    if (
        (given := _RELEASED_FIRST.match(label))
        and _SKIP.search(given[0])  # (what the organisers give out: not 'Reviews released and')
        and (kind := classify(label[given.end() :])) is not None
    ):
        return kind  # 'Test data released and registration closed': so too said before it
    if _BUTTON.fullmatch(label):  # 'Submit Now': a button's words, no step's name
        return None
    if (bracketed := _KIND_IN_BRACKETS.fullmatch(label)) and (
        kind := classify(f"{bracketed[2]} {bracketed[1]}")
    ) is not None:
        return kind  # 'submission (abstract)': an abstract's submission
    called = _CALLED_PAPERS.sub(r"\1", label)
    if called != label and _DECIDED.search(label) and (kind := classify(called)) is not None:
        # 'Notification of Call for paper acceptance': the call's papers, decided
        return kind
    papers_first = _PAPERS_THEN_PARTS.sub(r"\1", label)
    if papers_first != label and (kind := classify(papers_first)) is not None:
        # 'Paper / Panel / Tutorial / Workshop Notification': the papers' step, named first, the
        # meeting's other parts beside them
        return kind
    if (track := _TRACK_HEAD.match(label)) and classify(track[1]) is DeadlineKind.OTHER:
        # 'Technical Papers: Video Presentation Deadline': the track's papers name no step
        return DeadlineKind.OTHER
    if _CALL_NAMED.fullmatch(label):  # 'Call for Artifacts: Sep 2nd': the call put out
        return None
    if _ARR_REVIEWED.search(label):  # 'ARR reviewed submission due': no reviewer's step
        return DeadlineKind.COMMITMENT
    if re.search(r"(?:paper|author)s?\b.*registration", label, re.IGNORECASE):
        # 'Abstracts and paper registration due', '(Full) paper registration deadline': a paper's
        # title and abstract registered before it is submitted, not a seat at the venue
        if re.search(
            r"\babstracts?\b|^\W*(?:(?:full|short|long|regular|main|research)[- ])?papers?\s+"
            r"registration\b",
            label,
            re.IGNORECASE,
        ):
            return DeadlineKind.ABSTRACT
        return DeadlineKind.REGISTRATION
    if _WITHDRAWAL.search(label):  # 'Deadline for accepted papers to withdraw', 'Paper update'
        return DeadlineKind.OTHER
    if _OPTIONAL_PAPER.search(label):  # 'Optional full paper': what the call does not ask for
        return DeadlineKind.OTHER
    if _REBUTTAL_START.search(label):
        return DeadlineKind.REBUTTAL_START
    if _RESPONSE.search(label):  # 'Paper revision, response to reviews Submission Deadline'
        return DeadlineKind.REBUTTAL_END
    if (
        _PRESENTING.search(label)
        # 'Paper and video submission' names the paper too; 'Paper Video Submission', a paper's
        and not _PAPER_WORDS.search(_PAPERS_VIDEO.sub(" ", label))
        and "camera" not in label.lower()
    ):
        return DeadlineKind.OTHER  # 'Videos submission deadline': a talk's recording
    if _SOFTWARE.search(label) and not _PAPER_WORDS.search(label):
        return DeadlineKind.OTHER  # 'Final Code Submission Deadline': an entrant's software
    beside = _BESIDE_THE_PAPER.search(label) or (
        _MENTORING.search(label) and not _OWN_SUBMISSIONS.search(label)
    )
    if beside and not re.search(r"notif|decision", label, re.IGNORECASE):
        # author metadata to the proceedings' publisher; code and data for artifact evaluation;
        # a form saying one means to submit (the paper is due later); what follows the event;
        # a mentoring round before the paper is submitted
        return DeadlineKind.OTHER
    # 'Deadline for submitting poster proposal', 'Demonstration Proposals Submission
    # Deadline': an author's submission, not an organiser's
    label = _POSTER.sub(lambda m: f"{next(g for g in m.groups() if g)} submission", label)
    if re.search(r"\b(?:from|starting)\s*$", label, re.IGNORECASE) and not _RESPOND.search(label):
        # (not the answers going out from that day: 'CFP Responses sent out starting')
        return None  # 'Submission portal: OpenReview from 1 July': an opening
    if (
        _OPEN_UNTIL.search(label)
        and _SUBMITTED_OR_CALLED.search(label)
        and not _CALL_FOR_PARTS.search(label)  # ('Call for workshops will be open till')
    ):
        return DeadlineKind.PAPER  # 'The online submission is open until 19 June': it closes
    if _RESPOND.search(label):  # 'We plan to respond to all submissions by March 22'
        return DeadlineKind.NOTIFICATION
    if _ASKED_TO_NOTIFY.search(label):  # 'please notify the organizers by email by 5 September'
        return None  # the participants' word to the organisers, no decision sent to authors
    if _NOTICE.search(label):  # 'Acceptance and travel grant notification': the acceptance's
        label = _ALSO_GRANTS.sub(" ", label)
    if _CALL_CLOSES.search(label):  # 'CFP Closes', 'Call for papers deadline': the papers'
        return DeadlineKind.PAPER
    if _SPEAKERS_CONFIRMED.search(label):  # 'Confirm Speakers': the call's answer
        return DeadlineKind.NOTIFICATION
    if _TICKETS_CLOSE.search(label):  # 'Close Ticket Sales': the last day to register
        return DeadlineKind.REGISTRATION
    if _SKIP.search(label) and _FOR_AUTHORS.search(label) and _OTHER.search(label):
        return DeadlineKind.OTHER  # 'Reviewer registration deadline for ALL authors'
    # 'Abstracts due in Easy Chair and workshop proposals due': two steps due that day, the
    # authors' named first; the other is a part not for authors ('Registration deadline and
    # release of test data': the organisers' release that day)
    pair = _TWO_DUE.match(label) or _DUE_AND.match(label)
    if (
        pair
        and _SKIP.search(pair[2])
        and not _SKIP.search(pair[1])
        and (first_kind := classify(pair[1])) is not None
    ):
        return first_kind
    # and a step beside the programme it makes public: 'Speakers notified/program announced'
    if (
        (pair := _STEP_AND_PROGRAMME.match(label))
        and not _SKIP.search(pair[1])
        and (first_kind := classify(pair[1])) is not None
    ):
        return first_kind
    # and one step for two parts, the authors' named first: 'Submission Deadline for Abstracts
    # and Scholarship Applications'
    if (
        (pair := _FOR_TWO.match(label))
        and _SKIP.search(pair[3])
        and not _SKIP.search(pair[1] + pair[2])
        and (first_kind := classify(pair[1] + pair[2])) is not None
    ):
        return first_kind
    if _APPLICATIONS_DECIDED.search(label) and not _SUPPORT.search(label):
        # 'Notification of outcome of talk presentation application': the applicants told, whose
        # application is their submission (not a grant's or a visa's)
        return DeadlineKind.NOTIFICATION
    if _SKIP.search(label) and (submitted := _submission_listed(label)) is not None:
        # 'End of early registration, abstract submission deadline, travel grant application
        # deadline': steps of one day, listed; the submission's the one a plan is made for
        return submitted
    if _SKIP.search(label) or _TITLE.search(label) or _EVENT_NAME.match(label):
        return None
    if _TITLES_AND_ABSTRACTS.search(label) and not _FULL.search(label) and not _FINAL.match(label):
        return DeadlineKind.ABSTRACT  # 'Paper titles and abstracts due': the registration
    both = re.match(r"^(.+?)\s+(?:and|&|et|und|y|e)\s+(.+)$", label)  # (French, German…)
    if both and len(both.group(1).split()) == 1 and len(both.group(2).split()) > 1:
        both = None  # 'Paper and Demo Acceptance Notification': one notification of both
    if (
        both
        and not _STEP_WORDS.search(both.group(1))
        and classify(both.group(2)) not in {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}
    ):
        both = None  # 'Extended Abstracts & Posters Camera-ready Deadline': what is due, twice
    if both:  # 'Rolling submissions and notifications': the first named decides
        first, second = classify(both.group(1)), classify(both.group(2))
        if _FEE_TIER.fullmatch(both.group(1)):
            first = None  # 'Late registration and poster abstract submission': the rest decides
        if (
            first is DeadlineKind.REGISTRATION
            and second in {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}
            and not _EARLY_BIRD.search(both.group(1))  # (a fee's tier ends that day)
        ):
            # 'deadline for registration and abstract submission': one day for both, the
            # submission's the one a plan is made for
            return second
        if first is not None and second not in {None, first}:
            return first
    # what brackets add qualifies the kind the rest names: 'Decision about paper (acceptance
    # or rebuttal)' is a decision
    for text in (" ".join(_BRACKETS.sub(" ", label).split()), label):
        for pattern, kind in _KINDS:
            if pattern.search(text):
                if kind is DeadlineKind.PAPER and _RELEASED.search(text):
                    return None  # 'Data, baseline paper & code available': given, not due;
                    # 'Paper submission site available': an opening
                return kind
    return None


_EARLY_BIRD = re.compile(r"\bearly[- ]?bird\b", re.IGNORECASE)
_APPLICATIONS_DECIDED = re.compile(
    r"\b(?:notif\w*|decisions?|outcomes?|results?|acceptance)\b(?:\s+[\w-]+){0,5}?\s+"
    r"applica(?:tions?|nts)\b"
    r"|\bapplica(?:tions?|nts)\s+(?:[\w-]+\s+){0,2}?(?:notif\w*|decisions?|outcomes?|results?)\b"
    r"|\bsuccessful\s+applicants\b",
    re.IGNORECASE,
)
# a support applied for (a grant, a visa, a volunteer's place), not a submission
_SUPPORT = re.compile(
    r"grant|travel|award|scholarship|fellowship|financ|funding|volunteer|mentor|visa|child\s*care"
    r"|diversity|bursar|stipend|support",
    re.IGNORECASE,
)
_TWO_DUE = re.compile(
    r"^(.+?\b(?:due|deadline)\b.*?)\s+(?:and|&)\s+(.+?\b(?:due|deadline)\b.*)$", re.IGNORECASE
)
_LISTED = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)
_DUE_WORDS = re.compile(r"\b(?:deadline|due|submissions?)\b", re.IGNORECASE)


def _submission_listed(label: str) -> DeadlineKind | None:
    """The paper's or abstract's step among three or more steps listed in one label, each
    named as a deadline (or an end); None if there is none."""
    parts = [p for p in _LISTED.split(label.strip(" .;")) if p]
    if len(parts) < 3 or not all(_DUE_WORDS.search(p) or _ENDED.match(p) for p in parts):
        return None
    for part in parts:
        if not _SKIP.search(part) and _DUE_WORDS.search(part):
            kind = classify(part)
            if kind in {DeadlineKind.PAPER, DeadlineKind.ABSTRACT}:
                return kind
    return None


_ENDED = re.compile(r"\W*(?:end|close)\s+of\b", re.IGNORECASE)
# (its parts bounded, as a label's are: a long line of 'for's and 'and's stays quick)
_FOR_TWO = re.compile(r"^(.{1,80}?\bfor\s+)(.{1,120}?)\s+(?:and|&)\s+(.+)$", re.IGNORECASE)
_STEP_AND_PROGRAMME = re.compile(
    r"^(.+?)\s*(?:/|&|,|\band\b)\s*(?:the\s+)?(?:(?:final|full|conference)\s+)?"
    r"(?:program(?:me)?|schedule|agenda|line-?up)\s+(?:is\s+|will\s+be\s+)?"
    r"(?:announced|published|released|online|posted|out)\W*$",
    re.IGNORECASE,
)
_DUE_AND = re.compile(r"^(.+?\b(?:due|deadline|closes?)\b)\s+(?:and|&)\s+(.+)$", re.IGNORECASE)
_FULL = re.compile(r"\bfull\b", re.IGNORECASE)
# the call's answers going out ('Rejection notices will go out on'), the speakers chosen
# ('Selections will be made by') or told ('You will be informed of your proposals' status')
ANSWERS_GO_OUT = (
    r"\b(?:acceptance|rejection|decision)\s+(?:notices|letters|e-?mails)\s+(?:will\s+)?go\s+out\b"
    r"|\bselections?\s+will\s+be\s+(?:made|announced)\b|\byou\s+will\s+be\s+(?:informed|notified)\b"
)
_RESPOND = re.compile(
    r"\brespond\w*\s+to\s+(?:all\s+)?(?:the\s+)?(?:submissions|proposals|authors|submitters)\b"
    # the call's answers sent out, not the authors' own ('CFP Responses Sent', 'Responses will
    # be sent by')
    r"|(?<!author )(?<!authors )(?<!authors' )\bresponses\s+(?:(?:are|will\s+be)\s+)?"
    r"(?:sent|e-?mailed)\b"
    # and the speakers told when they hear: 'You will hear back from us before 1st June'
    r"|\b(?:you\s+will|you['’]ll)\s+hear\s+back\b|\bget\s+back\s+to\s+(?:you|all\s+speakers)\s+by\b"
    rf"|{ANSWERS_GO_OUT}",
    re.IGNORECASE,
)
# a bracket opened on the deadline the date after it closes: 'Registration form (deadline April 10)'
_DEADLINE_OPENED = re.compile(
    r"\s*[*_]*\(\s*(?:deadline|due)(?:\s+(?:is|on|by))?\W*$", re.IGNORECASE
)
# a bracketed note that the date after it moved: 'CFP Deadline: [Extended to] Sunday July 21'
_EXTENDED_NOTE = re.compile(r"\W*[\[(]\s*extended(?:\s+to)?\s*[\])]\W*$", re.IGNORECASE)
_EXTENSION_NEWS = re.compile(
    r"\W*announcement\s+of\s+(?:the\s+)?(?:(?:deadline|submission)\s+)?extensions?\b", re.IGNORECASE
)
_ASKED_TO_NOTIFY = re.compile(
    r"\bplease\s+(?:\w+\s+){0,2}notify\b|\bnotify\s+(?:us|the\s+(?:organi[sz]ers|chairs))\b",
    re.IGNORECASE,
)
# a community conference's timeline, said the other way round: 'Close CfP', 'Confirm
# Speakers', 'Close Ticket Sales'
_SPEAKERS_CONFIRMED = re.compile(
    r"^\W*(?:confirm(?:ing|ation\s+of)?\s+(?:the\s+)?(?:speakers|talks|presenters|presentations)"
    r"|(?:speakers|talks|presenters|presentations)\s+confirmed)\W*$",
    re.IGNORECASE,
)
_TICKETS_CLOSE = re.compile(
    r"^\W*(?:clos(?:e|es|ing)\s+(?:of\s+)?(?:the\s+)?ticket\s+sales?"
    r"|ticket\s+sales?\s+(?:close|closes|end|ends))\W*$",
    re.IGNORECASE,
)
_CALL_NOTIFIED = re.compile(
    r"\W*(?:the\s+)?(?:cf[pa]|call[- ]for[- ](?:papers|submissions|abstracts|contributions"
    r"|presentations|talks|speakers|proposals|sessions))\W*(?:acceptance\s+)?notifications?\W*$",
    re.IGNORECASE,
)
_CALL_CLOSES = re.compile(
    # (after whom it is for: 'For speakers and workshop instructors, the CFP closes')
    r"^[\W_]*(?:for\s+[^,]{1,60},\s*)?(?:the\s+|this\s+|our\s+)?"
    # (and the close said first: 'Close CfP', 'Closing of the Call for Papers')
    rf"(?:clos(?:e|es|ing)\s+(?:of\s+)?(?:the\s+)?(?:cf[pa]\b|call[- ]for[- ](?:{CALL_KINDS}))"
    # (and its deadline named first: 'Deadline for the CFP')
    rf"|deadline\s+(?:for|of)\s+(?:the\s+)?(?:cf[pa]s?\b|call[- ]for[- ](?:{CALL_KINDS}))"
    r"|call\s+(?:clos(?:es?|ing)|ends?)"  # (a call named alone: 'Call close', 'Call closes')
    # ('CFA': abstracts; 'RFP', a request for proposals: 'RFP deadline')
    r"|(?:cf[pa]|rfp)\W*(?:clos(?:es?|ing)|end(?:s|ing)?|deadline|due|until|till|~"
    r"|schlie(?:ß|ss)t|endet)"  # (German: 'CfP schließt')
    r"(?:\s+date)?"  # (a site's constant: 'CFP_END_DATE')
    # (and a practitioners' conference's 'Call for Presentations Closes', 'Call-for-Proposals
    # Closes': the talks it takes)
    r"|call[- ]for[- ](?:papers?|submissions|abstracts|contributions|presentations|talks|speakers"
    r"|proposals|sessions|panelists|participation)(?:\s+(?:and|&)\s+[\w-]+)?(?:\s+will)?\W*"
    # (and its will to close: 'This Call for Panelists will close on'; 'Call for Proposals due')
    r"(?:clos(?:e[sd]?|ing)|end(?:s|ed|ing)?|due\b)"
    # ('Call for Abstracts and Workshops close': the abstracts' call, and another closing too)
    # 'Call for Talk Proposals Submission Deadline': the call's own submissions, then their due
    r"|call for (?:papers?|abstracts|contributions|talks?|talk proposals|posters?)\W*"
    r"(?:submissions?\s+)+(?:deadline|due)"
    # '1st call for papers deadline', 'First call for papers: Submission deadline': a round of
    # the call, and its deadline (a bare 'Call for Papers, deadline …' is a call's title bar)
    r"|(?:first|second|third|final|last|\d(?:st|nd|rd|th))\s+"
    r"call for (?:papers|submissions|abstracts|contributions)\W*(?:submission\s+)?"
    r"(?:closes?|ends?|deadline|due)"
    r"|deadline\W*(?:(?:for|of)\s+(?:the\s+)?)?"
    r"call for (?:papers|submissions|abstracts|contributions)"
    # 'Call for Abstract Deadline: 10-02-2025' (its deadline named with no comma between; and a
    # meeting's 'Call for Proposal deadline', which closes as its 'Call for Proposals' does)
    r"|call[- ]for[- ](?:papers?|abstracts?|submissions|contributions|posters?|proposals?"
    r"|speakers|talks|presentations)[ \t]+deadline"  # ('The call for speakers deadline is')
    # a call open until its close: 'Call for Proposals 2025 open until 7 October' (Dutch: 'tot')
    # (named first: 'The CHAOSScon CfP will be open', 'The PyOhio 2024 CFP is open through')
    r"|(?:the\s+|our\s+)?(?:(?-i:[A-Z][\w'’.-]*|(?:19|20)\d\d)\s+){0,3}?"
    rf"(?:cfp|call[- ]for[- ](?:{CALL_KINDS}))"
    r"\b[^.!?]{0,60}?\b(?:is\s+|will\s+be\s+)?(?:still\s+|currently\s+)?open"
    r"\s+(?:until|till|through|tot|and\s+clos(?:es|ing)|and\s+ends)"
    # (in French: 'L'appel à conférences est ouvert jusqu'au 17 janvier', its 'jusqu'au' cut)
    r"|(?:l[’']\s*)?appel\s+[àa]\s+(?:communications|contributions|conf[ée]rences|propositions"
    r"|orat(?:eur|rice)s|interventions|pr[ée]sentations|articles)\b[^.!?]{0,40}?"
    r"\b(?:est|reste|sera)\s+ouvert(?:\s+jusqu[’']au)?\W*$"
    # its close named first: 'Close of the call for papers', the Italian 'Chiusura call for
    # papers e richieste stands' (and of the stands asked for: the papers' close still)
    r"|(?:clos(?:e|ing|ure)|end|chiusura|cierre|cl[oô]ture)\s+(?:of\s+|de\s+|della\s+)?(?:the\s+)?"
    r"call[- ]for[- ](?:papers|submissions|abstracts|contributions|presentations|talks|proposals)"
    r"(?:\s+(?:and|&|e|et|y|und)\s+\w+(?:\s+\w+)?)?"
    # a sentence saying the call closes: 'CFP will close on', the Spanish 'El Call For Speakers
    # finaliza el día', the Portuguese 'A chamada encerra em'
    # (or its organisers moving it)
    rf"|{CALL_EXTENDED}\W*$"
    rf"|{_THE_CALL}\s+(?:will\s+|shall\s+|is\s+going\s+to\s+)?{_CLOSES_VERB}"
    # (what a time said before the date leaves: 'closes at 23:59 UTC on', 'hasta las … del')
    r"(?:\s+(?:at|a\s+las|las))?(?:\s+(?:on|at|el(?:\s+d[ií]a)?|del?|em|no|le))?)"
    r"(?:\s+(?:extended|postponed|updated))?"  # ('… deadline EXTENDED': its news after it)
    # or in brackets: 'Call for abstracts closes (final extended deadline)'
    r"(?:\s*\(\s*(?:final\s+)?(?:extended|new|updated|firm|hard)?\s*(?:deadline|date)?\s*\))?"
    # or what closing it means: 'CFP Closes (Proposals Due)'
    r"(?:\s*\(\s*(?:talk\s+)?(?:proposals?|papers?|talks?|abstracts?|submissions?)\s+"
    r"(?:due|deadline)\s*\))?"
    # or its track: 'CFP closes for sessions', 'will close for talks & workshops at midnight on'
    r"(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+(?:(?:&|and)\s+)?[\w-]+)?(?:\s+at)?)?"
    r"\W*$",
    re.IGNORECASE,
)
_FINAL = re.compile(r"\W*final\b", re.IGNORECASE)  # 'Final talk title and abstract': the last
# an event's own name, over its days: 'First Workshop on Abstract and Concrete Techniques in
# Verification' (its topic's words are no step's)
_EVENT_NAME = re.compile(
    r"\W*+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:workshop|conference|symposium|congress|colloquium)"
    r"\s+on\s+(?!.*\b(?:deadlines?|due|submi\w*|notif\w*|camera|registr\w*|accept\w*"
    r"|decisions?|closes?|extended)\b)",
    re.IGNORECASE,
)
_TITLES_AND_ABSTRACTS = re.compile(
    r"\btitles?\s+(?:and|&)\s+abstracts?\b|\babstracts?\s+(?:and|&)\s+titles?\b", re.IGNORECASE
)
_BUTTON = re.compile(r"\W*(?:submit|register|apply)\s+(?:now|here|today)\W*", re.IGNORECASE)
# a remark in brackets on what is given out that day: '(Test set available)'
_RELEASE_NOTE = re.compile(
    r"\([^()]*\b(?:available|released?|opens?)\b[^()]*\)", re.IGNORECASE
)
_RELEASED_FIRST = re.compile(
    r"^[^;|()]{0,60}?\b(?:released|available|published)\s*(?:,|&|\band\b)\s*", re.IGNORECASE
)
# what the organisers hand out, named with no word of a deadline
_RELEASED = re.compile(
    r"^(?!.*(?:deadline|\bdue\b|\bclose|\bend))"
    # ('Workshop accepted papers online', 'Accepted papers published': put out, at its end)
    r"(?:.*\b(?:available|availability|released?|public)\b"
    r"|(?!.*submi).*\b(?:online|published)\W*$)",
    re.IGNORECASE,
)
# (and in Chinese, Japanese and Korean: '早鳥投稿截止', '投稿締切', '제출 마감')
_NAMES_DEADLINES = re.compile(r"\bdeadlines?\b|截止|截稿|締切|〆切|마감", re.IGNORECASE)
# a heading that names a submission's act is a label ('Paper Submission (Invited Track)')
_ACT = re.compile(r"submi|deadline|\bdue\b|notif|camera", re.IGNORECASE)
_SENTENCE = re.compile(r"\b(?:are|is)\b|[.!]\s*$", re.IGNORECASE)


def _is_other(label: str) -> bool:
    """Whether a label nobody's word list knows still says it is a deadline."""
    return (
        bool(label)
        and bool(_OTHER.search(label))
        and not _SKIP.search(label)
        and not _TITLE.search(label)
        and not _MOVE_NOTICE.search(label)
        and not _EXTENSION_NEWS.match(label)  # 'Announcement of Deadline Extension': news
    )


# a news item that moves a deadline: '<posted> Archival deadline extension from <old> to <new>'
_MOVE_NOTICE = re.compile(
    r"\b(?:extension|extended|postponed|moved|pushed(?:\s+back)?)\s+from\s*$", re.IGNORECASE
)


# the words of a label that names a step of the reviewing, not what is submitted
_STEP_WORDS = re.compile(
    r"deadline|\bdue\b|\bdates?\b|notif|decision|accept|camera|submi|registr|rebuttal"
    r"|response|release|\bopens?\b|\bclose",
    re.IGNORECASE,
)


_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


# 'Paper Abstract Submission. 20 May 2025': a short label that ends with a dot, not a sentence
_DOTTED_LABEL = re.compile(r"[A-Z][\w-]*(?:\s+[A-Za-z\d][\w-]*){0,5}\.")


_TRACK = re.compile(r"\btrack\b|\btracks\s+\d", re.IGNORECASE)  # not 'Submission Tracks'


def _names_track(heading: str) -> bool:
    """Whether a heading names a track ('Track 2: Non-archival'), not a column ('Track | Date')."""
    return bool(_TRACK.search(heading)) and "|" not in heading
