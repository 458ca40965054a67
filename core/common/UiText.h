#pragma once

#include <QString>
#include <type_traits>

// A user-facing text held both in the UI language (translated at construction) and in English, the
// source language. The GUI shows `local`; the CLI prints both, so an administrator and a clerk read
// the same message. Build it with UiText::of() and mark the literal for lupdate:
//     UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required")).arg(label)
// Several placeholders are filled in one call, .arg(a, b, c): one pass over the text, so a %2 that
// a user typed into `a` stays as typed. Chaining .arg(a).arg(b) would fill it in with b, so it does
// not compile (UiText::Filled).
struct UiText
{
    QString local;
    QString english;

    struct Filled;

    static UiText of(const char* context, const char* sourceText);
    static UiText verbatim(const QString& text) { return { text, text }; }

    Filled arg(const UiText& a) const;
    Filled arg(const QString& a) const;
    Filled arg(qlonglong n) const;
    // The multi-argument form: UiTexts, QStrings and whole numbers, %1 to %N in order.
    template<typename A, typename B, typename... More>
    Filled arg(const A& a, const B& b, const More&... more) const;

    // "中文 (English)" when the two differ, otherwise the one text.
    QString bilingual() const;
    bool isEmpty() const { return local.isEmpty(); }

private:
    static UiText part(const UiText& a) { return a; }
    static UiText part(const QString& a) { return { a, a }; }
    template<typename N, typename = std::enable_if_t<std::is_integral_v<N>>>
    static UiText part(N n)
    {
        return verbatim(QString::number(n));
    }
};

// A text whose placeholders were filled by one arg() call: it is a UiText in every other way.
struct UiText::Filled : UiText
{
    explicit Filled(UiText text)
        : UiText(std::move(text))
    { }
    // Fill every placeholder in the one arg() call before this.
    template<typename... Any>
    void arg(const Any&...) const = delete;
};

template<typename A, typename B, typename... More>
UiText::Filled UiText::arg(const A& a, const B& b, const More&... more) const
{
    return Filled({ local.arg(part(a).local, part(b).local, part(more).local...),
        english.arg(part(a).english, part(b).english, part(more).english...) });
}
