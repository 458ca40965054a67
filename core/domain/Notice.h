#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// 7.2.3 一次性告知: what an applicant must still bring or do, told all at once, numbered and signed.
struct Notice
{
    qint64 seq = 0;
    QString id;
    QString number; // 告知书编号
    QString caseNumber;
    QDateTime issuedAt;
    QString issuedBy; // the clerk's login
    QString issuedByName; // … and name, as printed (the account, without os:, when it has no name here)
    QStringList items;
    QString reason; // why it cannot be done now
    QString nextStep;
    QString contact;
    QDate deadline;
    QString repeatReason; // a second notice for the same case says why
    QString deliveredHow; // paper, sms, phone; empty until delivered
    QDateTime deliveredAt;
};

// What the clerk asks for; empty texts take the usual wording.
struct NewNotice
{
    QString caseNumber = {};
    bool withCatalogMaterials = true; // start from the service item's typical materials
    QStringList extraItems = {};
    QString reason = {};
    QString nextStep = {};
    QString contact = {};
    QDate deadline = {}; // null: ten working days from today
    QString repeatReason = {};
};
