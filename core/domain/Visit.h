#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// 7.3.3/7.3.4: an on-site visit to an enterprise, confirmed by the client's signature. Once signed
// the record is locked; a correction is a new record that supersedes it.
struct VisitPhoto
{
    QString sha256;
    QString fileName;
    int width = 0;
    int height = 0;
};

struct Visit
{
    qint64 seq = 0;
    QString id;
    QString number; // LZ-LN-SM-2026-0001; empty for records made before migration 21
    QString caseNumber;
    QDateTime visitedAt;
    QString place;
    QString staff; // staff present
    QString clientPeople; // the client's people present
    QString summary; // what was asked
    QString answers; // answered on the spot
    QString materials; // materials and information collected
    QStringList followUps; // promised, each a follow-up item on the case
    QString signerName;
    QString signatureSha256;
    QString signatureStrokes; // JSON, from the signature pad
    QDateTime signedAt;
    QString supersedes;
    QString recordedBy;
    QList<VisitPhoto> photos;

    bool isSigned() const { return signedAt.isValid(); }
};

// A visit as entered: photo and signature files are read, checked and stored by the workflow.
struct NewVisit
{
    QString caseNumber;
    QDateTime visitedAt; // default: now
    QString place;
    QString staff;
    QString clientPeople;
    QString summary;
    QString answers;
    QString materials;
    QStringList followUps;
    QString signerName;
    QString signatureFile; // a PNG on disk, or
    QByteArray signaturePng; // the pad's PNG
    QString signatureStrokes;
    QStringList photoFiles;
    QString supersedes; // correcting this visit
};
