#include "domain/Channel.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>

namespace {
const KeyedEnumEntry<Channel> kEntries[] = {
    { Channel::Website, "website", QT_TRANSLATE_NOOP("Channel", "Platform website") }, // 6
    { Channel::Window, "window", QT_TRANSLATE_NOOP("Channel", "Counter window") }, // 6
    { Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone") }, // 6
    { Channel::Onsite, "onsite", QT_TRANSLATE_NOOP("Channel", "On-site consultation") }, // 6
    { Channel::Survey, "survey", QT_TRANSLATE_NOOP("Channel", "Written survey") }, // 7.1.2
    { Channel::Visit, "visit", QT_TRANSLATE_NOOP("Channel", "Enterprise visit") }, // 7.1.2
};
const KeyedEnum kTable("Channel", kEntries);
} // namespace

QList<Channel> Channels::all()
{
    return kTable.all();
}

QString Channels::key(Channel c)
{
    return kTable.key(c);
}

std::optional<Channel> Channels::fromKey(const QString& key)
{
    return kTable.fromKey(key);
}

UiText Channels::label(Channel c)
{
    return kTable.label(c);
}

QString Channels::chinese(Channel c)
{
    switch (c) {
    case Channel::Website:
        return QStringLiteral("平台网站");
    case Channel::Window:
        return QStringLiteral("线下窗口");
    case Channel::Phone:
        return QStringLiteral("电话联系");
    case Channel::Onsite:
        return QStringLiteral("现场咨询");
    case Channel::Survey:
        return QStringLiteral("书面调查");
    case Channel::Visit:
        return QStringLiteral("企业走访");
    }
    return {};
}

UiText Channels::personLabel(Channel c)
{
    if (c == Channel::Window)
        return UiText::of("Channel", QT_TRANSLATE_NOOP("Channel", "Visitor"));
    if (c == Channel::Phone)
        return UiText::of("Channel", QT_TRANSLATE_NOOP("Channel", "Caller"));
    return UiText::of("Channel", QT_TRANSLATE_NOOP("Channel", "Applicant"));
}
