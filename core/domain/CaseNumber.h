#pragma once

#include <QDate>
#include <QString>
#include <optional>

// People read cases by number: LZ-LN-20261124-0007 = city, station, day of registration (China
// time), that station's sequence of the day (DESIGN.md §4). The sequence widens past 9999.
namespace CaseNumber {
QString format(const QString& cityCode, const QString& stationCode, const QDate& day, int sequence);
bool looksLikePrefix(const QString& text); // "LZ-LN-2026", "lz-ln-20261124-00": a search by number
QString normalisePrefix(const QString& text); // upper case, trimmed

// The end of a number as a clerk reads it out (issue 18): the last digits of the day and the
// sequence, "1125-0011", "25-0011", "20261125-0011", or with the station, "LN-20261125-0011";
// a space may stand for the hyphen, full-width digits count. A bare sequence ("0011") is a word
// and needs no tail.
struct Tail
{
    QString station; // empty unless given
    QString day; // 1 to 8 digits: the end of yyyyMMdd
    QString sequence; // 2 to 6 digits: the sequence or its beginning, while it is typed
    QString text() const; // as it appears in the number: "LN-20261125-0011", "1125-0011"
};
std::optional<Tail> tailOf(const QString& text);
} // namespace CaseNumber
