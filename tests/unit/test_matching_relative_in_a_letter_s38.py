"""A relative presented in a letter's body, on a page with no identity fields: his birth date is no contradiction when
the letter first presents the patient, on a line that says she is the one it is about (`Objet : consultation de`, `Je
revois ce jour`, `Votre patiente`, `m'avoir adressé`), her name right after that cue and her own birth date closing it,
and the relative is an adult. The clause may go on about the relative as the one who helps (`(…), qui assure l'aide au
quotidien.`), and he may be introduced as the one the patient lives with (`Il vit avec son épouse (Mme … née …, née le
…)`, the subject said). Pure, no I/O.

Second independent corpus, seeds 68 to 72: 15 letters and forms naming a registered relative with his date went to
review (« date de naissance lue … »); five of them now file. A bare identity line (`Mme Nathalie GARCIA, née le …`),
which may be a parent's heading a child's paper, another person dated above the patient or named between the cue and
her, a minor relative, a relative said to be a patient of the practice too (`, que nous suivons également` — review48),
seen, spoken of again or named again keep the contradiction (review67, review68; the form's own guards are in
test_matching_relative_dated_below_the_form_s30.py).
"""
from datetime import date

import pytest

from docpipe.identity import read_document
from docpipe.matching import RegistryIndex, decide
from docpipe.models import Patient

TODAY = date(2026, 12, 4)
HUGUETTE = Patient("H1", "VERDAC", "Huguette Élisabeth", date(1947, 4, 17), "F", used_name="FERÈS")
PATRICK = Patient("P1", "FERÈS", "Patrick Michel", date(1951, 5, 15), "M")
FERNAND = Patient("F1", "BARAC", "Fernand", date(1942, 1, 13), "M")
MARIE = Patient("M1", "QUENY", "Marie", date(1941, 4, 28), "F", used_name="BARAC")
LETTERHEAD = "Service de Pneumologie\nDr Hélène BERTHEAU\nToulon, le 1er octobre 2024\n"
TAIL = "\nL'auscultation retrouve quelques sibilants. Poursuite du traitement.\nBien confraternellement."
# Since session 41 a letter must go on about the patient by a word of her sex (review76: a telegraphic body may be his)
HER_TAIL = "\nL'auscultation retrouve quelques sibilants. Je la reverrai dans trois mois.\nBien confraternellement."
HIS_TAIL = "\nL'auscultation retrouve quelques sibilants. Je le reverrai dans trois mois.\nBien confraternellement."


def decision(text: str, patients):
    return decide(read_document([text], today=TODAY), RegistryIndex.build(list(patients)))


@pytest.mark.parametrize("opening", [
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\nChère consœur,\n",
    "Chère consœur,\nJe revois ce jour Mme Huguette Élisabeth VERDAC, née le 17/04/1947, pour le suivi de sa BPCO.\n",
    "Cher confrère,\nJe vous remercie de m'avoir adressé Mme Huguette VERDAC, née le 17/04/1947, pour sa BPCO.\n",
    "Cher confrère,\nJ'ai vu en consultation votre patiente Mme VERDAC Huguette, née le 17/04/1947.\n",
])
@pytest.mark.parametrize("sentence", [
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.",
    "Elle vit avec son époux (M. Patrick FERÈS, né le 15/05/1951), qui assure l'aide au quotidien.",
    "La personne de confiance désignée est son époux, M. Patrick FERÈS, né le 15/05/1951.",
])
@pytest.mark.parametrize("registered", [True, False])
def test_a_relative_dated_in_a_letter_that_presents_the_patient_files(opening, sentence, registered):
    patients = (HUGUETTE, PATRICK) if registered else (HUGUETTE,)
    d = decision(f"{LETTERHEAD}{opening}{sentence}{HER_TAIL}", patients)
    assert d.files and d.patient_ipp == "H1"


@pytest.mark.parametrize("registered", [True, False])
def test_a_letter_saying_nothing_of_her_sex_after_the_relative_keeps_the_review(registered):
    """`Ancien fumeur, essoufflé au moindre effort.` after her husband's sentence may be his (review76)."""
    patients = (HUGUETTE, PATRICK) if registered else (HUGUETTE,)
    d = decision(f"{LETTERHEAD}Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\nChère consœur,\n"
                 f"Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.{TAIL}", patients)
    assert not d.files


@pytest.mark.parametrize("registered", [True, False])
def test_the_relatives_maiden_name_after_nee_is_still_the_relative(registered):
    """`Mme Marie BARAC née QUENY, née le …`: the registered wife named with her own date is the relative, not another
    patient the page is about (ood2 s70_009)."""
    patients = (FERNAND, MARIE) if registered else (FERNAND,)
    d = decision("Merci de recevoir en consultation M. Fernand BARAC, né le 13/01/1942, pour un nodule thyroïdien.\n"
                 "Il vit avec son épouse (Mme Marie BARAC née QUENY, née le 28/04/1941), qui assure l'aide au quotidien."
                 f"{HIS_TAIL}", patients)
    assert d.files and d.patient_ipp == "F1"


@pytest.mark.parametrize("text", [
    # a bare identity line: a parent's identity may head a child's paper
    "Mme Huguette VERDAC, née le 17/04/1947\nElle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.",
    # another person's birth date printed above the patient's
    "Objet : M. Patrick FERÈS, né le 15/05/1951\nJe revois ce jour Mme Huguette VERDAC, née le 17/04/1947.\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.",
    # a relation's word on the presenting line: she is presented as someone's relative
    "Je revois ce jour l'épouse de M. DURAND, Mme Huguette VERDAC, née le 17/04/1947.\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.",
    # the relative is the one seen, later or in the rest of the clause
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.\nJe le vois ce jour pour une toux.",
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Elle vit avec son époux (M. Patrick FERÈS, né le 15/05/1951), qui présente une toux depuis huit jours.",
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951, que nous suivons également pour une toux.",
    # the relative is a patient of the practice too: likelier the one seen (review48)
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951, que nous suivons également.",
    # `vit avec` without its subject: whoever the paper is about (review48)
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Vit avec son époux, M. Patrick FERÈS, né le 15/05/1951.",
    # the subject of `vit avec` is not the patient
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Il vit avec son épouse (Mme Marie QUENY, née le 28/04/1941), qui assure l'aide au quotidien.",
    # review68: the relative examined later, or presented on the object's line with her
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\nElle était accompagnée de son époux, M. Patrick "
    "FERÈS, né le 15/05/1951, également suivi dans le service.\nJ'ai profité de sa venue pour l'examiner : SpO2 88 %.",
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947, et de son époux\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.",
    # the relative named again
    "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\n"
    "Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.\nM. FERÈS signale une toux.",
])
def test_a_relative_dated_in_a_letter_stays_a_contradiction_without_a_presented_patient(text):
    d = decision(f"{LETTERHEAD}{text}{TAIL}", (HUGUETTE,))
    assert not d.files
    assert d.rule == "contradiction"


JULIE = Patient("J1", "KLEIN", "Julie", date(1985, 3, 12), "F")
LINA = Patient("L1", "KLEIN", "Lina", date(2020, 2, 3), "F")
PAUL = Patient("K1", "KLEIN", "Paul", date(1983, 1, 1), "M")
MARC = Patient("D1", "DURAND", "Marc", date(1980, 6, 21), "M")
HUGO = Patient("D2", "DURAND", "Hugo", date(2015, 9, 8), "M")


@pytest.mark.parametrize("text, patients", [
    # review67: the presenting line names someone else too, or describes the patient as someone's
    ("J'ai vu ce jour Lina, 4 ans, que m'amène Mme Julie KLEIN, née le 12/03/1985.\nElle est accompagnée de son époux, "
     "M. Paul KLEIN, né le 01/01/1983.\nOtite moyenne aiguë droite. Amoxicilline 50 mg/kg/j.", (JULIE, LINA)),
    ("J'ai vu ce jour le nourrisson de Mme Julie KLEIN, née le 12/03/1985.\nElle est accompagnée de son époux, "
     "M. Paul KLEIN, né le 01/01/1983.\nOtite moyenne aiguë droite.", (JULIE,)),
    ("Objet : consultation pédiatrique, représentant légal M. DURAND Marc, né le 21/06/1980\nIl était accompagné de son "
     "fils, Hugo DURAND, né le 08/09/2015.\nOtite moyenne aiguë droite.", (MARC, HUGO)),
    ("Objet : bilan d'infertilité du couple, Mme Julie KLEIN, née le 12/03/1985\nElle est accompagnée de son époux, "
     "M. Paul KLEIN, né le 01/01/1983.\nBilan masculin : azoospermie sécrétoire.", (JULIE, PAUL)),
    # review67: a minor who comes with a parent is the one usually seen; only a form's fields excuse her date
    ("Objet : consultation de Mme KLEIN Julie, née le 12/03/1985\nElle était accompagnée de sa fille, Lina KLEIN, née "
     "le 03/02/2020.\nOtite moyenne aiguë droite. Poids 14 kg.", (JULIE, LINA)),
    ("Je revois ce jour Mme Julie KLEIN, née le 12/03/1985.\nElle était accompagnée de sa fille, Lina KLEIN, née le "
     "03/02/2020.\nL'auscultation est normale.", (JULIE,)),
    # review67: both seen, the relative spoken of again by his kinship noun or as `Madame`
    ("Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\nElle était accompagnée de son époux, M. Patrick "
     "FERÈS, né le 15/05/1951, que nous suivons également.\nTous deux présentent un syndrome grippal.", (HUGUETTE, PATRICK)),
    ("Je revois ce jour Mme Julie KLEIN, née le 12/03/1985.\nElle était accompagnée de son mari, M. Paul KLEIN, né le "
     "01/01/1983, que nous suivons également.\nLe mari présente une hypertension.", (JULIE, PAUL)),
    ("Objet : consultation de M. BARAC Fernand, né le 13/01/1942\nIl est accompagné de son épouse, Mme Marie BARAC, née "
     "le 28/04/1941.\nChez Madame, nodule thyroïdien de 2 cm.", (FERNAND, MARIE)),
])
def test_a_letter_about_someone_else_or_both_stays_in_review(text, patients):
    d = decision(f"{LETTERHEAD}{text}{TAIL}", patients)
    assert not d.files


CLAIRE = Patient("S1", "SCHMITT", "Claire", date(1980, 5, 5), "F")
NATHALIE = Patient("N1", "GARCIA", "Nathalie", date(1955, 12, 15), "F")
JACQUES = Patient("J2", "DIALLO", "Jacques", date(1957, 1, 8), "M")


@pytest.mark.parametrize("text, patients", [
    # review48's traps, under a form's fields: a child's paper whose social line has no subject, and a relative who is
    # a patient of the practice too while the body treats someone unnamed
    ("CONSULTATION PÉDIATRIQUE\nNom : SCHMITT\nPrénom(s) : Claire\nDate de naissance : 05/05/1980\nSexe : F\n"
     "Enfant accompagné de sa mère Mme Claire SCHMITT.\nVit avec son frère, Théo SCHMITT, né le 01/01/1999.\n"
     "Angine érythémateuse, TDR négatif. Paracétamol.", (CLAIRE,)),
    ("CONSULTATION PÉDIATRIQUE\nNom : SCHMITT\nPrénom(s) : Claire\nDate de naissance : 05/05/1980\nSexe : F\n"
     "Enfant accompagnée de sa mère Mme Claire SCHMITT.\nElle vit avec son frère (Théo SCHMITT, né le 01/01/1999).\n"
     "Otite moyenne aiguë droite. Amoxicilline 50 mg/kg/j.", (CLAIRE,)),
    ("COMPTE RENDU DE CONSULTATION\nNom : GARCIA\nPrénom(s) : Nathalie\nDate de naissance : 15/12/1955\nSexe : F\n"
     "Visite à domicile chez Mme Nathalie GARCIA à la demande de sa fille.\nElle vit avec son époux, M. Jacques DIALLO, "
     "né le 08/01/1957.\nToux fébrile depuis 3 jours. Amoxicilline 1 g x 3/j.", (NATHALIE, JACQUES)),
    ("COMPTE RENDU DE CONSULTATION\nNom : GARCIA\nPrénom(s) : Nathalie\nDate de naissance : 15/12/1955\nSexe : F\n"
     "Visite à domicile chez Mme Nathalie GARCIA à la demande de sa fille.\nElle vit avec son époux, M. Jacques DIALLO, "
     "né le 08/01/1957, que nous suivons également.\nToux fébrile depuis 3 jours. Amoxicilline 1 g x 3/j.",
     (NATHALIE, JACQUES)),
])
def test_review48s_traps_under_a_form_stay_in_review(text, patients):
    assert not decision(text, patients).files


SON = Patient("S3", "FERÈS", "Julien", date(1975, 9, 2), "M")
DAUGHTER = Patient("D4", "FERÈS", "Claire", date(1978, 3, 11), "F")
OBJET = "Objet : consultation de Mme VERDAC Huguette, née le 17/04/1947\nChère consœur,\n"


@pytest.mark.parametrize("sentence, body", [
    # review69: after her husband, care only a man receives, a masculine patient, his age
    ("Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.",
     "Examen : TA 150/90. Toucher rectal : adénome.\nPSA 8,2 ng/ml. Je propose une biopsie."),
    ("Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.", "Patient de 75 ans, tabagique, BPCO."),
    ("Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.", "Votre patient présente une lombalgie."),
    ("Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.", "À l'examen, il est eupnéique."),
    ("Elle était accompagnée de son époux, M. Patrick FERÈS, né le 15/05/1951.", "Je le revois dans 3 mois."),
    ("Elle vit avec son fils, M. Julien FERÈS, né le 02/09/1975, qui l'aide au quotidien.",
     "J'en profite pour vous parler de lui : HTA à 170/100."),
    # her adult daughter: her age, a pregnancy at 79, named again by the surname they share
    ("Elle était accompagnée de sa fille, Mme Claire FERÈS, née le 11/03/1978.", "Patiente de 48 ans, migraine."),
    ("Elle était accompagnée de sa fille, Mme Claire FERÈS, née le 11/03/1978.", "Grossesse de 12 SA, échographie normale."),
    ("Elle était accompagnée de sa fille, Mme Claire FERÈS, née le 11/03/1978.", "Mme FERÈS présente une migraine."),
])
def test_a_letters_body_about_the_relative_keeps_his_date_a_contradiction(sentence, body):
    d = decision(f"{LETTERHEAD}{OBJET}{sentence}\n{body}{TAIL}", (HUGUETTE, PATRICK, SON, DAUGHTER))
    assert not d.files
