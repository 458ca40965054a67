#pragma once

#include <QDate>
#include <QString>

// People read cases by number: LZ-LN-20261124-0007 = city, station, day of registration (China
// time), that station's sequence of the day (DESIGN.md §4). The sequence widens past 9999.
namespace CaseNumber {
QString format(const QString& cityCode, const QString& stationCode, const QDate& day, int sequence);
bool looksLikePrefix(const QString& text); // "LZ-LN-2026", "lz-ln-20261124-00": a search by number
QString normalisePrefix(const QString& text); // upper case, trimmed
} // namespace CaseNumber
