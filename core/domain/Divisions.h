#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Administrative divisions (GB/T 2260) of Liuzhou, by the six-digit code a unified social credit
// code carries in its characters 3–8. Place names are data, like the stations' names: the same in
// every language.
namespace Divisions {
// The city's districts and counties in code order (code, name); not the city itself.
const QList<QPair<QString, QString>>& liuzhou();
// 450204 -> 柳南区; empty for a code that is not a Liuzhou one.
QString liuzhouName(const QString& code);
bool isCode(const QString& text); // six digits
} // namespace Divisions
