#pragma once

#include <QLocale>
#include <QString>
#include <optional>

class QTranslator;

// The UI language: Chinese (zh_CN) by default, English on request. Installs QSDesk's and Qt's own
// translations and sets the default QLocale, so dates, numbers and the catalog follow it.
namespace Language {
QString defaultCode(); // "zh_CN"
bool install(const QString& code); // "zh_CN" or "en"; false if the translation could not be loaded
bool isChinese();

// Printed documents (reports, notices, receipts) are Chinese whatever the machine's locale
// (issue 19); another language only when asked for (the CLI's --lang).
void setDocumentCode(const QString& code);
// While it lives, what is translated and formatted reads in the documents' language, and the UI's
// language comes back after it.
class ForDocuments
{
public:
    ForDocuments();
    ~ForDocuments();
    ForDocuments(const ForDocuments&) = delete;
    ForDocuments& operator=(const ForDocuments&) = delete;

private:
    QTranslator* m_translator = nullptr;
    std::optional<QLocale> m_uiLocale;
};
} // namespace Language
