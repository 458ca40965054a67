#include "domain/Channel.h"

#include <QCoreApplication>

namespace {
struct ChannelInfo
{
    Channel channel;
    const char* key;
    const char* label;
};

const ChannelInfo kChannels[] = {
    { Channel::Website, "website", QT_TRANSLATE_NOOP("Channel", "Platform website") }, // 6
    { Channel::Window, "window", QT_TRANSLATE_NOOP("Channel", "Counter window") }, // 6
    { Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone") }, // 6
    { Channel::Onsite, "onsite", QT_TRANSLATE_NOOP("Channel", "On-site consultation") }, // 6
    { Channel::Survey, "survey", QT_TRANSLATE_NOOP("Channel", "Written survey") }, // 7.1.2
    { Channel::Visit, "visit", QT_TRANSLATE_NOOP("Channel", "Enterprise visit") }, // 7.1.2
};

const ChannelInfo& info(Channel c)
{
    for (const auto& i : kChannels)
        if (i.channel == c)
            return i;
    return kChannels[1];
}
} // namespace

QList<Channel> Channels::all()
{
    QList<Channel> list;
    for (const auto& i : kChannels)
        list << i.channel;
    return list;
}

QString Channels::key(Channel c)
{
    return QString::fromLatin1(info(c).key);
}

std::optional<Channel> Channels::fromKey(const QString& key)
{
    for (const auto& i : kChannels)
        if (key == QLatin1String(i.key))
            return i.channel;
    return std::nullopt;
}

UiText Channels::label(Channel c)
{
    return UiText::of("Channel", info(c).label);
}
