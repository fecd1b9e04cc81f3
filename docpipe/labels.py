"""What people read for each machine code: the one table of French labels (CLI, reports, exports, desk)."""
from __future__ import annotations

from .models import DocType, LetterStatus, Rule, Status

DOC_TYPE_LABELS = {
    DocType.LAB_RESULT: "Biologie",
    DocType.IMAGING_REPORT: "Imagerie",
    DocType.CONSULTATION_REPORT: "Compte rendu de consultation",
    DocType.LETTER: "Courrier",
    DocType.DISCHARGE_SUMMARY: "Compte rendu d'hospitalisation",
    DocType.OPERATIVE_REPORT: "Compte rendu opératoire",
    DocType.PRESCRIPTION: "Ordonnance",
    DocType.OTHER: "Autre",
}

# Statuses of documents and of journal lines ("duplicate" is a journal outcome, not a document status).
STATUS_LABELS = {
    Status.FILED: "classé",
    Status.REVIEW: "à revoir",
    Status.REJECTED: "rejeté",
    Status.SPLIT: "découpé",
    "duplicate": "doublon",
}

LETTER_STATUS_LABELS = {
    LetterStatus.DRAFT: "brouillon",
    LetterStatus.VALIDATED: "validé",
    LetterStatus.DISCARDED: "brouillon écarté",
}

RULE_LABELS = {
    Rule.INS: "INS du registre",
    Rule.TRAITS: "nom, prénom et date de naissance",
    Rule.NO_IDENTITY: "aucune identité patient lisible",
    Rule.NO_MATCH: "aucun patient du registre ne correspond de façon certaine",
    Rule.SEVERAL_PATIENTS: "plusieurs patients possibles",
    Rule.HOMONYMS: "homonymes ou jumeaux",
    Rule.UNKNOWN_INS: "INS absent du registre",
    Rule.CONTRADICTION: "traits d'identité contradictoires",
    Rule.UNREADABLE: "document illisible",
    Rule.EMPTY: "fichier vide",
    Rule.ENCRYPTED: "document protégé par mot de passe",
    Rule.UNSUPPORTED: "format non pris en charge",
    Rule.TOO_LARGE: "document trop volumineux",
    Rule.OCR_FAILED: "lecture OCR impossible",
    Rule.LINK: "lien ou fichier spécial refusé, rien n'a été lu",
    Rule.ASSIGNED: "attribué par le secrétariat",
    Rule.READINGS_DISAGREE: "deux lectures du document désignent deux patients",
    Rule.LAB_FILE: "fichier de laboratoire découpé en messages",
    Rule.MALFORMED_LAB_FILE: "fichier de laboratoire illisible",
    Rule.MALFORMED_LAB_PART: "message de laboratoire illisible",
}

AUDIT_ACTION_LABELS = {
    "received": "reçu", "filed": "classé", "sent_to_review": "mis en revue", "duplicate_received": "doublon reçu",
    "review_assigned": "attribué (revue)", "review_rejected": "rejeté (revue)", "retyped": "type corrigé",
    "review_split": "découpé (revue)", "patient_created": "patient créé",
    "registry_imported": "registre importé", "letter_rendered": "courrier rédigé", "letter_pdf": "PDF du courrier",
    "letter_validated": "courrier validé", "letter_discarded": "brouillon écarté",
    "exported": "exporté (droit d'accès)",
    "day_closed": "journée clôturée",
    "audit_anchor_missing": "ALARME : ancre du journal disparue", "audit_alarm_acknowledged": "alarme acquittée",
    "desk_login": "connexion au bureau", "desk_login_failed": "connexion refusée", "desk_logout": "déconnexion",
    "desk_downloaded": "original téléchargé", "desk_document_viewed": "document consulté",
    "desk_patient_viewed": "dossier patient consulté", "desk_user_added": "compte créé",
    "desk_password_changed": "mot de passe changé", "desk_user_disabled": "compte désactivé",
}

TRAIT_LABELS = {
    "name": "nom et prénom(s)",
    "birth_name": "nom de naissance",
    "used_name": "nom d'usage",
    "first_names": "prénoms",
    "birth_date": "date de naissance",
    "sex": "sexe",
    "ins": "INS",
    "ipp": "IPP",
    "birth_place": "lieu de naissance",
}


def label(table: dict, code) -> str:
    """The French label of a code, or the code itself when it is unknown (never a crash on old data)."""
    if code is None:
        return ""
    return table.get(code, str(code))


def doc_type_label(code) -> str:
    return label(DOC_TYPE_LABELS, code)


def status_label(code) -> str:
    return label(STATUS_LABELS, code)


def rule_label(code) -> str:
    return label(RULE_LABELS, code)
