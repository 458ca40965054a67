#pragma once

#include "domain/CaseStatus.h"
#include "domain/Channel.h"
#include "domain/ClientKind.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Plain records as they are stored. Ids are client-made UUIDs (sync needs them, DESIGN.md §6);
// `seq` is the local integer key used for joins and the search index.

enum class StationLevel
{
    City,
    County,
    District,
    Park,
};

// 7.5.2: where the public complains about the platform, printed on every notice and visit sheet.
struct SupervisionContacts
{
    QString phone; // 监督电话, e.g. 0772-12315
    QString email; // 监督邮箱
    bool isEmpty() const { return phone.isEmpty() && email.isEmpty(); }
};

struct Station
{
    qint64 seq = 0; // its key in this database, where it was read from one
    QString id;
    QString cityCode;
    QString code;
    QString name;
    StationLevel level = StationLevel::County;
};

struct Client
{
    qint64 seq = 0;
    QString id;
    ClientKind kind = ClientKind::Enterprise;
    QString name;
    QString uscc; // 统一社会信用代码, normalised; empty for a person
    QString contactName;
    QString phone; // normalised
    QString address;
    QDateTime createdAt;
    int caseCount = 0; // filled by queries that count
};

// Input for a new client, as typed; the archive validates and normalises it.
struct NewClient
{
    QString name;
    QString uscc;
    QString contactName;
    QString phone;
    QString address;
};

struct CaseEvent
{
    QString id;
    QString kind; // "registered", "answered", "closed", …
    QString actor;
    QDateTime at;
    QString detail;
};

struct CaseRecord
{
    qint64 seq = 0;
    QString id;
    QString number;
    QString stationCode;
    qint64 clientSeq = 0;
    QString clientId;
    QString clientName;
    QString clientUscc;
    Channel channel = Channel::Window;
    QString itemCode;
    QString categoryCode;
    QString summary;
    CaseStatus status = CaseStatus::Registered;
    QDateTime receivedAt;
    QString receivedBy;
    QString visitorName; // who came to the window or called for the client; who is called back
    QString visitorPhone;
    QString answer;
    QDate dueDate; // the open handoff's deadline (7.2.4), if any
    // Issue 20: the limits it was registered under (working days; 0 before cases had clocks) and
    // where its clock stands (storage/ClockEventStore keeps these folded from its clock's facts).
    int responseDays = 0;
    int closeDays = 0;
    QDate dueResponse;
    QDate dueClose;
    QDateTime pausedSince; // invalid while the clock runs
    qint64 rev = 1; // the platform's revision this station last saw (sync, DESIGN.md §6)
    QList<CaseEvent> events; // only when asked for (case detail)
};

// What the clerk chose to do with a request at the counter.
enum class Outcome
{
    ByAnswer, // closed if an answer is given, else registered (the CLI's --answer)
    AnswerAndClose, // 7.2.2: answered at once and closed; the answer is required
    FollowUp, // 7.2.3: registered for follow-up; an answer given is kept as an interim reply
};

// Input for a new case, as the clerk gave it.
struct NewCase
{
    QString clientId; // an archived client, or empty with a NewClient passed beside the case
    QString channel;
    QString itemCode;
    QString summary;
    QString answer;
    QDateTime receivedAt; // defaults to now
    Outcome outcome = Outcome::ByAnswer;
    QString visitorName = {}; // optional: the person at the window or on the phone for the client
    QString visitorPhone = {}; // optional; a phone number
    QString kbEntry = {}; // optional: the knowledge entry the answer was taken from (issue 21)
};
