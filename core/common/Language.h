#pragma once

#include <QString>

// The UI language: Chinese (zh_CN) by default, English on request. Installs QSDesk's and Qt's own
// translations and sets the default QLocale, so dates, numbers and the catalog follow it.
namespace Language {
QString defaultCode(); // "zh_CN"
bool install(const QString& code); // "zh_CN" or "en"; false if the translation could not be loaded
bool isChinese();
} // namespace Language
