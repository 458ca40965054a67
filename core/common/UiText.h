#pragma once

#include <QString>

// A user-facing text held both in the UI language (translated at construction) and in English, the
// source language. The GUI shows `local`; the CLI prints both, so an administrator and a clerk read
// the same message. Build it with UiText::of() and mark the literal for lupdate:
//     UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required")).arg(label)
struct UiText
{
    QString local;
    QString english;

    static UiText of(const char* context, const char* sourceText);
    static UiText verbatim(const QString& text) { return { text, text }; }

    UiText arg(const UiText& a) const;
    UiText arg(const QString& a) const;
    UiText arg(qlonglong n) const;

    // "中文 (English)" when the two differ, otherwise the one text.
    QString bilingual() const;
    bool isEmpty() const { return local.isEmpty(); }
};
