#pragma once

#include "documents/PagedDocument.h"
#include "domain/Records.h"
#include "domain/Visit.h"

class Catalog;
class Database;

// 7.3.4/7.6.1: the on-site visit sheet on A4, to be filed: every field of the record, the photos as
// thumbnails and the client's signature with the signer's printed name.
namespace VisitSheet {
struct Document
{
    QString html;
    PagedDocument::Images images;
};
// The sheet, with the signature and photo images read from the station's blobs; the service item
// by its name from the catalog.
Result<Document> build(
    Database& db, const Visit& visit, const CaseRecord& kase, const Station& station, const Catalog& catalog);
// The record's own number, "LZ-LN-SM-2026-0001"; for a record made before visits were numbered,
// the case's number and which of its records it is, "LZ-LN-20261124-0007-002", as it was printed.
QString recordNumber(const QList<Visit>& visitsOfCase, const QString& visitId, const QString& caseNumber);
} // namespace VisitSheet
