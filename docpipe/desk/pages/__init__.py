"""One route module per page of the desk."""
from . import accounts, auth, close, documents, letters, patients, review, search, today

ALL_PAGES = [auth.bp, today.bp, review.bp, documents.bp, patients.bp, search.bp, letters.bp, close.bp, accounts.bp]
