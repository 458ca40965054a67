#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The answer to one pushed op (server/PROTOCOL.md), written out by hand: building a QJsonObject for
// each op and serialising it, then the whole list again, was a fifth of a push's work (issue 22).
struct OpAnswer
{
    QString opId;
    const char* status = "rejected"; // applied, duplicate, conflict, rejected, missing_blob
    QString message;
    qint64 rev = 0; // written when > 0
    QJsonObject extra; // what a few answers carry besides: field, current, corrected, blob

    QByteArray toJson() const;
};

// A stored answer sent again, marked "replayed": true.
QByteArray replayedAnswer(const QByteArray& stored);
