#pragma once

#include "common/UiText.h"

#include <QList>
#include <QString>
#include <optional>

// How a request reached the platform: clause 6 (website, counter window, phone, on-site
// consultation) and clause 7.1.2 (written survey, enterprise visit).
enum class Channel
{
    Website,
    Window,
    Phone,
    Onsite,
    Survey,
    Visit,
};

namespace Channels {
QList<Channel> all();
QString key(Channel c); // stable machine name stored in the database: "window"
std::optional<Channel> fromKey(const QString& key);
UiText label(Channel c); // 线下窗口 / Counter window
QString chinese(Channel c); // 线下窗口 whatever the UI language: for lines kept on a case's record
// What the person who asked for the client is called: 来访人 at the window, 来电人 on the phone, else 申请人.
UiText personLabel(Channel c);
} // namespace Channels
